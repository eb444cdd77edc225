#pragma once

#include "duplicatefilter.h"
#include "framedecoder.h"
#include "framesource.h"
#include "scannedcode.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace pd::scan {

class KeyboardWedgeFilter;
class SerialScannerSource;
struct ScanSettings;

// Where every way of scanning meets: the frame source's frames go through
// FrameDecoder; keyboard-wedge and serial scans arrive as text. Each code
// is reported once by codeScanned(), repeats within the duplicate window
// suppressed whichever way they came (the same person's QR shown to the
// webcam and then to the handheld scanner is one check-in).
class Scanner : public QObject {
    Q_OBJECT

public:
    explicit Scanner(const core::Clock &clock, QObject *parent = nullptr);
    ~Scanner() override;

    FrameDecoder &decoder() { return m_decoder; }
    DuplicateFilter &duplicates() { return m_duplicates; }

    // The source of frames (not owned); nullptr detaches the current one.
    void setFrameSource(FrameSource *source);
    FrameSource *frameSource() const { return m_source; }
    void addKeyboardWedge(KeyboardWedgeFilter *wedge);
    void addSerialScanner(SerialScannerSource *serial);

    // Decode budget and duplicate window here, key timing on the wedges.
    void applySettings(const ScanSettings &settings);

public Q_SLOTS:
    void submitText(const QByteArray &text, pd::scan::ScanSource source);

Q_SIGNALS:
    void codeScanned(const pd::scan::ScannedCode &code);
    // Every frame read, codes or not, repeats included: for a preview that
    // outlines what it sees.
    void frameDecoded(const pd::scan::FrameResult &result);

private:
    void onFrameDecoded(const FrameResult &result);

    FrameDecoder m_decoder;
    DuplicateFilter m_duplicates;
    QPointer<FrameSource> m_source;
    QList<QPointer<KeyboardWedgeFilter>> m_wedges;
};

} // namespace pd::scan
