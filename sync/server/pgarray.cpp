#include "pgarray.h"

namespace pd::sync::server {

void PgArrayLiteral::separate()
{
    if (!m_elements.isEmpty())
        m_elements += QLatin1Char(',');
}

void PgArrayLiteral::appendText(QStringView text)
{
    separate();
    // Quoted, so commas, braces, spaces and the word NULL stay text. Runs
    // without a quote or backslash (nearly every value) are copied whole.
    m_elements += QLatin1Char('"');
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c != QLatin1Char('"') && c != QLatin1Char('\\'))
            continue;
        m_elements += text.sliced(runStart, i - runStart);
        m_elements += QLatin1Char('\\');
        runStart = i;
    }
    m_elements += text.sliced(runStart);
    m_elements += QLatin1Char('"');
}

void PgArrayLiteral::appendInteger(qint64 value)
{
    separate();
    m_elements += QString::number(value);
}

void PgArrayLiteral::appendBytes(const QByteArray &bytes)
{
    separate();
    // bytea's hex input form \x…, its backslash escaped inside the quotes.
    m_elements += QLatin1String("\"\\\\x") + QLatin1String(bytes.toHex()) + QLatin1Char('"');
}

} // namespace pd::sync::server
