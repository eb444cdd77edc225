#pragma once

#include "tablewriter.h"

#include <QCoreApplication>

class QIODevice;

namespace pd::core {

// One table as CSV that Excel opens with Vietnamese intact: UTF-8 with a
// byte-order mark (without it Excel reads the bytes in the Windows code
// page), CRLF line ends, RFC 4180 quoting (a field holding the delimiter, a
// quote or a line break is quoted, quotes doubled), dates dd/mm/yyyy and
// date-times dd/mm/yyyy hh:mm as Vietnamese clerks read them.
//
// Text that starts with = + - or @ gets a leading apostrophe, so a value
// typed into a declaration can never run as a formula when the file is
// opened in a spreadsheet (OWASP "CSV injection").
//
// The writer does not own the device; close() flushes it but leaves
// committing (QSaveFile) to the caller.
class CsvTableWriter final : public TableWriter {
    Q_DECLARE_TR_FUNCTIONS(pd::core::CsvTableWriter)

public:
    explicit CsvTableWriter(QIODevice *device, QChar delimiter = QLatin1Char(','));

    // The header row; a CSV file holds one sheet, so a second call fails
    // ("table.csv_one_sheet"). The name is not written.
    Status addSheet(const QString &name, const QList<TableColumn> &columns) override;
    Status addRow(const QVariantList &cells) override;
    Status close() override;

    // One field as written (quoted when needed), for tests and callers that
    // build lines themselves.
    QString field(const QVariant &cell, TableColumn::Type type) const;

private:
    Status writeLine(const QStringList &fields);

    QIODevice *m_device;
    QChar m_delimiter;
    QList<TableColumn> m_columns;
    bool m_started = false;
    bool m_headerWritten = false;
};

} // namespace pd::core
