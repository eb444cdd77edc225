#include "scanlinesplitter.h"

namespace pd::scan {

QList<QByteArray> ScanLineSplitter::feed(const QByteArray &bytes)
{
    QList<QByteArray> lines;
    for (const char byte : bytes) {
        if (byte == '\r' || byte == '\n') {
            if (!m_discarding && !m_pending.isEmpty())
                lines.append(m_pending);
            m_pending.clear();
            m_discarding = false;
            continue;
        }
        if (m_discarding)
            continue;
        if (m_pending.size() >= maxLineBytes) {
            m_pending.clear();
            m_discarding = true;
            continue;
        }
        m_pending.append(byte);
    }
    return lines;
}

void ScanLineSplitter::clear()
{
    m_pending.clear();
    m_discarding = false;
}

} // namespace pd::scan
