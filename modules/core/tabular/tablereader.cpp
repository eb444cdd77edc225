#include "tablereader.h"

#include "csvtablereader.h"
#include "xlsxtablereader.h"

#include <QFileInfo>

namespace pd::core {

Result<std::unique_ptr<TableReader>> TableReader::open(const QString &path,
                                                       const QString &sheetName)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return fail(QStringLiteral("table.open"), tr("No such file: %1").arg(path));
    const QString suffix = info.suffix().toLower();
    if (suffix == QLatin1String("xlsx") || suffix == QLatin1String("xlsm"))
        return std::make_unique<XlsxTableReader>(path, sheetName);
    if (suffix == QLatin1String("csv") || suffix == QLatin1String("txt"))
        return std::make_unique<CsvTableReader>(path);
    if (suffix == QLatin1String("xls"))
        return fail(QStringLiteral("table.format"),
                    tr("%1 is an old Excel 97–2003 file (.xls); open it in Excel and save it as "
                       "an Excel workbook (.xlsx) or as CSV UTF-8.")
                        .arg(info.fileName()));
    return fail(
        QStringLiteral("table.format"),
        tr("%1 is not a spreadsheet this version reads; use .xlsx or .csv.").arg(info.fileName()));
}

QStringList TableReader::nameFilters()
{
    return {QStringLiteral("*.xlsx"), QStringLiteral("*.csv"), QStringLiteral("*.txt")};
}

} // namespace pd::core
