#include "csvtablewriter.h"

#include <QDateTime>
#include <QIODevice>

namespace pd::core {

namespace {
constexpr char utf8Bom[] = "\xEF\xBB\xBF";

QString quoted(QString text, QChar delimiter)
{
    const bool needsQuotes = text.contains(delimiter) || text.contains(QLatin1Char('"'))
        || text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'));
    if (!needsQuotes)
        return text;
    text.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

bool looksLikeFormula(const QString &text)
{
    if (text.isEmpty())
        return false;
    const QChar first = text.front();
    return first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-')
        || first == QLatin1Char('@');
}
} // namespace

CsvTableWriter::CsvTableWriter(QIODevice *device, QChar delimiter)
    : m_device(device), m_delimiter(delimiter)
{
}

QString CsvTableWriter::field(const QVariant &cell, TableColumn::Type type) const
{
    if (!cell.isValid() || cell.isNull())
        return {};
    const int typeId = cell.typeId();
    QString text;
    bool guard = false;
    if (typeId == QMetaType::QDate) {
        text = cell.toDate().toString(QStringLiteral("dd/MM/yyyy"));
    } else if (typeId == QMetaType::QDateTime) {
        const QDateTime local = cell.toDateTime().toLocalTime();
        text = type == TableColumn::Type::Date ? local.date().toString(QStringLiteral("dd/MM/yyyy"))
                                               : local.toString(QStringLiteral("dd/MM/yyyy HH:mm"));
    } else if (typeId == QMetaType::Bool) {
        text = cell.toBool() ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    } else if (typeId == QMetaType::Double || typeId == QMetaType::Float) {
        text = QString::number(cell.toDouble(), 'g', 15);
    } else if (typeId == QMetaType::Int || typeId == QMetaType::LongLong
               || typeId == QMetaType::UInt || typeId == QMetaType::ULongLong) {
        text = cell.toString();
    } else {
        text = cell.toString();
        guard = looksLikeFormula(text);
    }
    if (guard)
        text.prepend(QLatin1Char('\''));
    return quoted(std::move(text), m_delimiter);
}

Status CsvTableWriter::writeLine(const QStringList &fields)
{
    QByteArray line = fields.join(m_delimiter).toUtf8();
    line.append("\r\n");
    if (m_device->write(line) != line.size())
        return fail(QStringLiteral("table.write"),
                    tr("Cannot write the CSV file: %1").arg(m_device->errorString()));
    return {};
}

Status CsvTableWriter::addSheet(const QString &, const QList<TableColumn> &columns)
{
    if (m_headerWritten)
        return fail(QStringLiteral("table.csv_one_sheet"),
                    tr("A CSV file holds one table; write each sheet to its own file."));
    if (!m_device || !m_device->isWritable())
        return fail(QStringLiteral("table.write"), tr("The CSV file is not open for writing."));
    if (!m_started) {
        if (m_device->write(utf8Bom, 3) != 3)
            return fail(QStringLiteral("table.write"),
                        tr("Cannot write the CSV file: %1").arg(m_device->errorString()));
        m_started = true;
    }
    m_columns = columns;
    QStringList headers;
    for (const TableColumn &column : columns)
        headers << quoted(column.header, m_delimiter);
    if (auto ok = writeLine(headers); !ok)
        return ok;
    m_headerWritten = true;
    return {};
}

Status CsvTableWriter::addRow(const QVariantList &cells)
{
    if (!m_headerWritten)
        return fail(QStringLiteral("table.no_sheet"), tr("No sheet to write the row to."));
    QStringList fields;
    fields.reserve(m_columns.size());
    for (qsizetype column = 0; column < m_columns.size(); ++column)
        fields << field(column < cells.size() ? cells.at(column) : QVariant(),
                        m_columns.at(column).type);
    return writeLine(fields);
}

Status CsvTableWriter::close()
{
    if (!m_headerWritten)
        return fail(QStringLiteral("table.no_sheet"), tr("A CSV file needs a header row."));
    return {};
}

} // namespace pd::core
