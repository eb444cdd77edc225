#pragma once

#include "error.h"

#include <QCoreApplication>
#include <QVariantList>

#include <functional>
#include <memory>

namespace pd::core {

// One row of a spreadsheet as read: its number as the spreadsheet shows it
// (1-based; in a CSV file the record number, a quoted line break does not
// start a new one) and its cells up to the last non-empty one.
//
// Cell values: QString for text; from .xlsx also double for numbers, QDate,
// QDateTime or QTime for numbers with a date or time format, bool for
// booleans. Empty cells are invalid QVariants.
struct TableRow {
    int number = 0;
    QVariantList cells;
};

// Reads one sheet of a .xlsx or .csv file row by row, so a 100,000-row list
// never needs more than the caller keeps. Errors carry codes "table.*" and a
// translated message that says what to do ("save as CSV UTF-8").
class TableReader {
    Q_DECLARE_TR_FUNCTIONS(pd::core::TableReader)

public:
    // Return false to stop reading (cancel, or enough rows).
    using RowHandler = std::function<bool(const TableRow &row)>;

    virtual ~TableReader() = default;

    // Calls `handler` for every row that has a non-empty cell, in order.
    virtual Status read(const RowHandler &handler) = 0;
    // How far read() has got and how far it will go, in bytes of the sheet
    // (xlsx: uncompressed XML) or file, for progress bars.
    virtual qint64 position() const = 0;
    virtual qint64 size() const = 0;

    // A reader for `path` by its extension (.xlsx, .csv, .txt as CSV);
    // `sheetName` picks an xlsx sheet (default: the first).
    static Result<std::unique_ptr<TableReader>> open(const QString &path,
                                                     const QString &sheetName = {});
    // The extensions open() accepts, for file dialogs: "*.xlsx *.csv *.txt".
    static QStringList nameFilters();
};

} // namespace pd::core
