#pragma once

#include "error.h"
#include "tablecolumn.h"

#include <QVariantList>

namespace pd::core {

// Writes tables sheet by sheet, row by row, so an export of any size never
// holds more than one row (see TableColumn for how cells are written).
// Errors carry codes "table.*" and translated messages without cell values.
class TableWriter {
public:
    virtual ~TableWriter() = default;

    // Starts a sheet and writes its header row. `name` is the sheet's tab
    // (xlsx); a CSV writer holds one sheet only.
    virtual Status addSheet(const QString &name, const QList<TableColumn> &columns) = 0;
    // One row of the current sheet: cells in column order; missing cells
    // at the end are empty.
    virtual Status addRow(const QVariantList &cells) = 0;
    // Finishes the file. Until then nothing is promised to be on disk.
    virtual Status close() = 0;
};

} // namespace pd::core
