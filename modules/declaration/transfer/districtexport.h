#pragma once

#include "adminunitstore.h"
#include "error.h"
#include "tablecolumn.h"

#include <QCoreApplication>
#include <QDate>
#include <QFlags>

namespace pd::core {
class CoreContext;
class JobControl;
} // namespace pd::core

namespace pd::declaration {

// The lists a commune office or checkpoint sends to its district (Lào Cai's
// plan: every checkpoint sends the day's arrivals to each district), for one
// district and a range of local days, as one .xlsx workbook with two sheets
// or one .csv file per sheet:
//
// - "Tờ khai" (declarations): every declaration whose address is in the
//   district (declaration.district_code, derived from the commune when it
//   was saved) and that was made in the range, except those superseded by a
//   correction (a row whose id another row's supersedes_id names), with all
//   form fields, symptoms and exposures as yes/no columns and the attention
//   flag;
// - "Người đến" (arrivals): entries (direction 'in') of the check-in log in
//   the range that name someone (name or ID number), and that belong to the
//   district: the checkpoint's location_unit_code is the district or one of
//   its communes, OR the person's latest declaration (by ID number, not
//   superseded) gives a commune of the district — so a district hears both
//   of who arrived at its checkpoints and of its residents seen elsewhere.
//   The sheet is empty when the data file has no check-in log.
//
// The file is written next to its final name and renamed only when
// complete, so a cancelled or failed export leaves nothing behind (xlsx: a
// temporary name, then rename; csv: QSaveFile). The export is audited
// ("export.district": district code, format, days and row counts).
class DistrictExport {
    Q_DECLARE_TR_FUNCTIONS(pd::declaration::DistrictExport)

public:
    enum class Format { Xlsx, Csv };
    enum class Sheet { Declarations = 0x1, Arrivals = 0x2 };
    Q_DECLARE_FLAGS(Sheets, Sheet)

    struct Request {
        QString districtCode;
        QDate from; // local days, inclusive
        QDate to;
        Format format = Format::Xlsx;
        Sheets sheets = Sheets(Sheet::Declarations) | Sheet::Arrivals;
        // The .xlsx file; for CSV the file of a single sheet, or the name
        // the two files are made from (see csvFileNames()).
        QString path;
    };

    struct Summary {
        QStringList files; // written, absolute paths
        int declarations = 0;
        int arrivals = 0;
        bool checkinLogPresent = true;
    };

    explicit DistrictExport(core::CoreContext &core);

    // One-click name: the district's name folded, words joined by dashes,
    // and the days: "huyen-bat-xat_2026-11-22.xlsx",
    // "quan-ba-dinh_2026-11-20_to_2026-11-22.csv".
    static QString defaultFileName(const core::AdminUnit &district, QDate from, QDate to,
                                   Format format);
    // The files a CSV export of `sheets` writes for `path`: the path itself
    // for one sheet, else "<path without .csv or .xlsx>-declarations.csv"
    // and "-arrivals.csv".
    static QStringList csvFileNames(const QString &path, Sheets sheets);
    static Format formatOfPath(const QString &path); // by extension; xlsx unless .csv

    static QString declarationsSheetName();
    static QString arrivalsSheetName();
    static QList<core::TableColumn> declarationColumns();
    static QList<core::TableColumn> arrivalColumns();

    // Writes the export. Errors: "export.district" (not a district),
    // "export.dates", "export.write", "table.*", "job.cancelled".
    core::Result<Summary> run(const Request &request, core::JobControl *control = nullptr);

private:
    core::CoreContext &m_core;
};

} // namespace pd::declaration

Q_DECLARE_OPERATORS_FOR_FLAGS(pd::declaration::DistrictExport::Sheets)
