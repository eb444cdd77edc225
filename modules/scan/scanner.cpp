#include "scanner.h"

#include "keyboardwedgefilter.h"
#include "scansettings.h"
#include "serialscannersource.h"

namespace pd::scan {

Scanner::Scanner(const core::Clock &clock, QObject *parent) : QObject(parent), m_duplicates(clock)
{
    connect(&m_decoder, &FrameDecoder::frameDecoded, this, &Scanner::onFrameDecoded);
}

Scanner::~Scanner() = default;

void Scanner::setFrameSource(FrameSource *source)
{
    if (m_source == source)
        return;
    if (m_source)
        m_source->disconnect(&m_decoder);
    m_source = source;
    if (!source)
        return;
    connect(source, &FrameSource::videoFrameReady, &m_decoder, &FrameDecoder::submitVideoFrame);
    connect(source, &FrameSource::imageReady, &m_decoder, &FrameDecoder::submitImage);
}

void Scanner::addKeyboardWedge(KeyboardWedgeFilter *wedge)
{
    m_wedges.append(wedge);
    connect(wedge, &KeyboardWedgeFilter::scanned, this,
            [this](const QByteArray &text) { submitText(text, ScanSource::KeyboardWedge); });
}

void Scanner::addSerialScanner(SerialScannerSource *serial)
{
    connect(serial, &SerialScannerSource::scanned, this,
            [this](const QByteArray &payload) { submitText(payload, ScanSource::Serial); });
}

void Scanner::applySettings(const ScanSettings &settings)
{
    DecodeOptions options = m_decoder.options();
    options.budgetMs = settings.decodeBudgetMs;
    m_decoder.setOptions(options);
    m_duplicates.setWindowMs(qint64(settings.duplicateWindowSeconds) * 1000);
    for (const QPointer<KeyboardWedgeFilter> &wedge : std::as_const(m_wedges)) {
        if (!wedge)
            continue;
        wedge->setInterKeyMs(settings.wedgeInterKeyMs);
        wedge->setMinLength(settings.wedgeMinLength);
        wedge->setEnabled(settings.wedgeEnabled);
    }
}

void Scanner::submitText(const QByteArray &text, ScanSource source)
{
    if (text.isEmpty() || !m_duplicates.accept(text))
        return;
    ScannedCode scanned;
    scanned.code.text = text;
    scanned.code.bytes = text;
    scanned.source = source;
    Q_EMIT codeScanned(scanned);
}

void Scanner::onFrameDecoded(const FrameResult &result)
{
    Q_EMIT frameDecoded(result);
    const ScanSource source = m_source ? m_source->kind() : ScanSource::Camera;
    for (const DecodedCode &code : result.codes) {
        if (!m_duplicates.accept(code.binary ? code.bytes : code.text))
            continue;
        Q_EMIT codeScanned({code, source, result.frameSize, result.origin});
    }
    if (m_source)
        m_source->frameConsumed();
}

} // namespace pd::scan
