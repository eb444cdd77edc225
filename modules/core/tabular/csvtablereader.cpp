#include "csvtablereader.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace pd::core {

CsvTableReader::CsvTableReader(QString path) : m_path(std::move(path)) { }

std::unique_ptr<CsvTableReader> CsvTableReader::fromBytes(QByteArray bytes)
{
    std::unique_ptr<CsvTableReader> reader(new CsvTableReader());
    reader->m_bytes = std::move(bytes);
    reader->m_fromBytes = true;
    return reader;
}

qsizetype CsvTableReader::invalidUtf8Offset(QByteArrayView bytes)
{
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char lead = data[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned char low = 0x80, high = 0xBF; // allowed range of the second byte
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            if (lead == 0xE0)
                low = 0xA0; // no overlong forms
            else if (lead == 0xED)
                high = 0x9F; // no UTF-16 surrogates
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            if (lead == 0xF0)
                low = 0x90;
            else if (lead == 0xF4)
                high = 0x8F; // nothing above U+10FFFF
        } else {
            return i;
        }
        if (i + length > size)
            return i;
        if (data[i + 1] < low || data[i + 1] > high)
            return i;
        for (int k = 2; k < length; ++k) {
            if ((data[i + k] & 0xC0) != 0x80)
                return i;
        }
        i += length;
    }
    return -1;
}

Result<QString> CsvTableReader::decode(const QByteArray &bytes) const
{
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        QStringDecoder decoder(bytes.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE
                                                            : QStringDecoder::Utf16BE,
                               QStringDecoder::Flag::Stateless);
        QString text = decoder.decode(QByteArrayView(bytes).sliced(2));
        if (decoder.hasError())
            return fail(QStringLiteral("table.encoding"),
                        tr("The file is not valid UTF-16 text; save it again as \"CSV UTF-8 "
                           "(Comma delimited)\"."));
        return text;
    }
    QByteArrayView body(bytes);
    if (body.startsWith("\xEF\xBB\xBF"))
        body = body.sliced(3);
    if (const qsizetype bad = invalidUtf8Offset(body); bad >= 0) {
        const qsizetype line = body.first(bad).count('\n') + 1;
        return fail(QStringLiteral("table.encoding"),
                    tr("The file is not UTF-8 text (first wrong byte on line %1): it was probably "
                       "saved by Excel as \"CSV (Comma delimited)\" in the Windows code page, "
                       "which loses Vietnamese letters. Open it in Excel, choose Save As → \"CSV "
                       "UTF-8 (Comma delimited) (*.csv)\", or save it as an Excel workbook "
                       "(.xlsx), and import that file.")
                        .arg(line));
    }
    return QString::fromUtf8(body);
}

QChar CsvTableReader::detectDelimiter(QStringView text)
{
    int comma = 0, semicolon = 0, tab = 0;
    bool quoted = false;
    for (const QChar ch : text) {
        if (ch == QLatin1Char('"')) {
            quoted = !quoted; // a doubled quote toggles twice: no change
        } else if (quoted) {
            continue;
        } else if (ch == QLatin1Char('\n') || ch == QLatin1Char('\r')) {
            break;
        } else if (ch == QLatin1Char(',')) {
            ++comma;
        } else if (ch == QLatin1Char(';')) {
            ++semicolon;
        } else if (ch == QLatin1Char('\t')) {
            ++tab;
        }
    }
    if (tab > comma && tab > semicolon)
        return QLatin1Char('\t');
    if (semicolon > comma)
        return QLatin1Char(';');
    return QLatin1Char(',');
}

Status CsvTableReader::read(const RowHandler &handler)
{
    QByteArray bytes;
    if (m_fromBytes) {
        bytes = m_bytes;
    } else {
        QFile file(m_path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("table.open"),
                        tr("Cannot open %1: %2").arg(m_path, file.errorString()));
        if (file.size() > maxFileBytes)
            return fail(QStringLiteral("table.too_large"),
                        tr("%1 is larger than %2 MB; split the list into smaller files.")
                            .arg(QFileInfo(m_path).fileName())
                            .arg(maxFileBytes / (1024 * 1024)));
        bytes = file.readAll();
    }
    m_size = bytes.size();
    m_position = 0;
    auto decoded = decode(bytes);
    if (!decoded)
        return std::unexpected(decoded.error());
    bytes.clear();
    const QString &text = *decoded;
    m_delimiter = detectDelimiter(text);

    const qsizetype length = text.size();
    const auto progress = [&](qsizetype index) {
        m_position = length == 0 ? m_size : qint64(double(index) / double(length) * double(m_size));
    };

    TableRow row;
    row.number = 1;
    QString field;
    bool inQuotes = false;
    bool fieldQuoted = false; // the field began with a quote
    bool recordHasContent = false;
    int quoteStartRecord = 0;

    const auto endField = [&]() {
        if (field.isEmpty())
            row.cells.append(QVariant());
        else
            row.cells.append(field);
        if (!field.isEmpty())
            recordHasContent = true;
        field.clear();
        fieldQuoted = false;
    };
    // False when the handler asked to stop.
    const auto endRecord = [&](qsizetype index) -> bool {
        endField();
        bool keepGoing = true;
        if (recordHasContent) {
            while (!row.cells.isEmpty() && !row.cells.constLast().isValid())
                row.cells.removeLast();
            progress(index);
            keepGoing = handler(row);
        }
        row.cells.clear();
        ++row.number;
        recordHasContent = false;
        return keepGoing;
    };

    for (qsizetype i = 0; i < length; ++i) {
        const QChar ch = text.at(i);
        if (inQuotes) {
            if (ch == QLatin1Char('"')) {
                if (i + 1 < length && text.at(i + 1) == QLatin1Char('"')) {
                    field.append(QLatin1Char('"'));
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                field.append(ch);
            }
            continue;
        }
        if (ch == m_delimiter) {
            endField();
        } else if (ch == QLatin1Char('\r') || ch == QLatin1Char('\n')) {
            if (ch == QLatin1Char('\r') && i + 1 < length && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            if (!endRecord(i))
                return {};
        } else if (ch == QLatin1Char('"') && field.isEmpty() && !fieldQuoted) {
            inQuotes = true;
            fieldQuoted = true;
            quoteStartRecord = row.number;
        } else {
            // A quote inside an unquoted field, or text after a closing
            // quote: kept as written (what Excel does too).
            field.append(ch);
        }
    }
    if (inQuotes)
        return fail(
            QStringLiteral("table.csv_quote"),
            tr("Row %1: a quoted field is never closed (a \" is missing).").arg(quoteStartRecord));
    if (!field.isEmpty() || !row.cells.isEmpty() || fieldQuoted)
        endRecord(length);
    m_position = m_size;
    return {};
}

} // namespace pd::core
