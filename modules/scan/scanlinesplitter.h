#pragma once

#include <QByteArray>
#include <QList>

namespace pd::scan {

// Cuts the byte stream of a serial scanner into scans: each ends with CR,
// LF or CR LF (the scanner's configurable suffix); empty lines are not
// scans. A line longer than maxLineBytes is noise or a wrong baud rate and
// is discarded up to its end.
class ScanLineSplitter {
public:
    // Larger than any QR (2,953 bytes) or PDF417 (1,850 characters) payload.
    static constexpr qsizetype maxLineBytes = 8192;

    // The scans completed by `bytes`; an unfinished one waits for the next call.
    QList<QByteArray> feed(const QByteArray &bytes);
    qsizetype pendingBytes() const { return m_pending.size(); }
    void clear();

private:
    QByteArray m_pending;
    bool m_discarding = false;
};

} // namespace pd::scan
