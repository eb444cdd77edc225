#pragma once

#include <QList>
#include <QString>

namespace pd::core {

// One column of a table written to .xlsx or .csv: the header people read and
// how its cells are written.
//
// Cells are QVariants; the column's type says how a cell of the matching
// Qt type is written, and anything else is written as text (so a "Date"
// column may hold a QDate or, for a year-only birth date, the text "1958"):
// - Text: the value's string;
// - Integer, Number: a number cell (qint64 / double);
// - Date: a QDate (or the date of a QDateTime) as an Excel date shown
//   dd/mm/yyyy; in CSV "dd/MM/yyyy";
// - DateTime: a QDateTime in local time, shown dd/mm/yyyy hh:mm;
// - Bool: a bool as an Excel boolean; in CSV TRUE/FALSE.
// An invalid QVariant (or a null QString) is an empty cell.
struct TableColumn {
    enum class Type { Text, Integer, Number, Date, DateTime, Bool };

    QString header;
    Type type = Type::Text;
    // Width in Excel's unit (characters of the default font); 0 fits the
    // header. CSV has no widths.
    double width = 0;
};

} // namespace pd::core
