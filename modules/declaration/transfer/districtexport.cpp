#include "districtexport.h"

#include "corecontext.h"
#include "csvtablewriter.h"
#include "declarationsummary.h"
#include "jobcontrol.h"
#include "textfold.h"
#include "xlsxtablewriter.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>

#include <filesystem>

namespace pd::declaration {

namespace {
using core::TableColumn;
using Type = core::TableColumn::Type;

// How often the work looks at the cancel flag and reports progress.
constexpr int checkEveryRows = 256;

std::unexpected<core::Error> sqlFailure(const QSqlQuery &query)
{
    return core::fail(QStringLiteral("export.sql"), query.lastError().text());
}

bool tableExists(core::Database &database, const QString &name)
{
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"));
    query.addBindValue(name);
    return query.exec() && query.next();
}

// "1990-05-17" → a date cell; "1958" (year only) stays text; "" empty.
QVariant dateCell(const QString &iso)
{
    if (iso.isEmpty())
        return {};
    const QDate date = QDate::fromString(iso, Qt::ISODate);
    return date.isValid() ? QVariant(date) : QVariant(iso);
}

QVariant dateTimeCell(qint64 ms)
{
    return ms > 0 ? QVariant(QDateTime::fromMSecsSinceEpoch(ms)) : QVariant();
}

// Local days [from, to] as [fromMs, toMs).
std::pair<qint64, qint64> rangeMs(QDate from, QDate to)
{
    return {from.startOfDay().toMSecsSinceEpoch(), to.addDays(1).startOfDay().toMSecsSinceEpoch()};
}

// Renames over an existing file in one step where the system allows it.
bool replaceFile(const QString &from, const QString &to, QString *error)
{
    std::error_code code;
    std::filesystem::rename(std::filesystem::path(from.toStdU16String()),
                            std::filesystem::path(to.toStdU16String()), code);
    if (code)
        *error = QString::fromStdString(code.message());
    return !code;
}

const char *const kDeclarationsQuery =
    "SELECT d.id, d.kind, d.on_behalf, d.on_behalf_name, d.id_kind, d.id_number, d.full_name, "
    "d.birth_date, d.sex, d.nationality, d.province_code, d.district_code, d.commune_code, "
    "d.street, d.phone, d.email, d.visited_places, d.places_text, d.symptoms, d.symptoms_text, "
    "d.exposures, d.attention, d.vaccine_doses, d.last_dose_date, d.travel_from, "
    "d.travel_means, d.vehicle_number, d.travel_date, d.declared_at_ms "
    "FROM declaration d "
    "WHERE d.deleted = 0 AND d.district_code = ? AND d.declared_at_ms >= ? "
    "AND d.declared_at_ms < ? "
    "AND NOT EXISTS (SELECT 1 FROM declaration s WHERE s.supersedes_id = d.id "
    "AND s.supersedes_id <> '') ";

// The district of a person's latest declaration that is not superseded,
// found by ID number (for the arrivals rule).
// The "<> ''" terms are there for SQLite: only a query that implies a partial
// index's WHERE may use it (declaration_id_number, declaration_supersedes);
// without them each lookup scans the table.
const char *const kLatestDeclaration =
    "(SELECT %1 FROM declaration d WHERE c.id_number <> '' AND d.id_number = c.id_number "
    "AND d.id_number <> '' AND d.deleted = 0 AND NOT EXISTS (SELECT 1 FROM declaration s "
    "WHERE s.supersedes_id = d.id AND s.supersedes_id <> '') "
    "ORDER BY d.declared_at_ms DESC, d.id DESC LIMIT 1)";

QString arrivalsQuery(bool count)
{
    const QString select = count
        ? QStringLiteral("SELECT COUNT(*)")
        : QStringLiteral("SELECT c.at_ms, c.full_name, c.id_number, c.birth_date, c.phone, "
                         "c.code_kind, c.verdict, c.location_name, c.location_unit_code, %1")
              .arg(QString::fromLatin1(kLatestDeclaration).arg(QStringLiteral("d.commune_code")));
    return select
        + QStringLiteral(" FROM checkin c WHERE c.direction = 'in' AND c.deleted = 0 "
                         "AND c.at_ms >= ? AND c.at_ms < ? "
                         "AND (c.full_name <> '' OR c.id_number <> '') "
                         "AND (c.location_unit_code = ? OR c.location_unit_code IN "
                         "(SELECT code FROM admin_unit WHERE parent_code = ?) OR %1 = ?)")
              .arg(QString::fromLatin1(kLatestDeclaration).arg(QStringLiteral("d.district_code")))
        + (count ? QString() : QStringLiteral(" ORDER BY c.at_ms, c.id"));
}

// Writes the sheets; shared by the xlsx and csv paths.
class SheetWriter {
    Q_DECLARE_TR_FUNCTIONS(pd::declaration::DistrictExport)

public:
    SheetWriter(core::CoreContext &core, const DistrictExport::Request &request,
                core::JobControl *control)
        : m_core(core), m_request(request), m_control(control)
    {
        std::tie(m_fromMs, m_toMs) = rangeMs(request.from, request.to);
    }

    core::Result<int> countDeclarations() const
    {
        QSqlQuery query(m_core.database().connection());
        query.prepare(QStringLiteral("SELECT COUNT(*) FROM (%1)")
                          .arg(QString::fromLatin1(kDeclarationsQuery)));
        query.addBindValue(m_request.districtCode);
        query.addBindValue(m_fromMs);
        query.addBindValue(m_toMs);
        if (!query.exec() || !query.next())
            return sqlFailure(query);
        return query.value(0).toInt();
    }

    core::Result<int> countArrivals() const
    {
        QSqlQuery query(m_core.database().connection());
        query.prepare(arrivalsQuery(true));
        bindArrivals(query);
        if (!query.exec() || !query.next())
            return sqlFailure(query);
        return query.value(0).toInt();
    }

    core::Result<int> writeDeclarations(core::TableWriter &writer)
    {
        if (auto ok = writer.addSheet(DistrictExport::declarationsSheetName(),
                                      DistrictExport::declarationColumns());
            !ok)
            return std::unexpected(ok.error());
        QSqlQuery query(m_core.database().connection());
        query.setForwardOnly(true);
        query.prepare(QString::fromLatin1(kDeclarationsQuery)
                      + QStringLiteral("ORDER BY d.declared_at_ms, d.id"));
        query.addBindValue(m_request.districtCode);
        query.addBindValue(m_fromMs);
        query.addBindValue(m_toMs);
        if (!query.exec())
            return sqlFailure(query);
        int rows = 0;
        while (query.next()) {
            if (auto ok = step(); !ok)
                return std::unexpected(ok.error());
            const auto text = [&query](int column) {
                return query.value(column).toString();
            };
            const int symptoms = query.value(18).toInt();
            const int exposures = query.value(20).toInt();
            QVariantList cells {
                dateTimeCell(query.value(28).toLongLong()),
                query.value(21).toInt() != 0 ? tr("Yes") : QString(),
                text(1) == QLatin1String("checkpoint") ? tr("Checkpoint") : tr("Commune office"),
                text(6),
                idKindName(text(4)),
                text(5),
                dateCell(text(7)),
                sexName(text(8)),
                text(9),
                text(14),
                text(15),
                text(13),
                unitName(text(12)),
                unitName(text(11)),
                unitName(text(10)),
                yesNo(query.value(2).toInt() != 0),
                text(3),
                yesNo(query.value(16).toInt() != 0),
                text(17),
            };
            // The table's bit flags are the enums' values.
            for (const Symptom symptom : Declaration::allSymptoms())
                cells << yesNo((symptoms & int(symptom)) != 0);
            cells << text(19);
            for (const Exposure exposure : Declaration::allExposures())
                cells << yesNo((exposures & int(exposure)) != 0);
            cells << query.value(22).toInt() << dateCell(text(23)) << text(24)
                  << travelMeansName(text(25)) << text(26) << dateCell(text(27)) << text(0);
            if (auto ok = writer.addRow(cells); !ok)
                return std::unexpected(ok.error());
            ++rows;
        }
        if (query.lastError().isValid())
            return sqlFailure(query);
        return rows;
    }

    core::Result<int> writeArrivals(core::TableWriter &writer, bool logPresent)
    {
        if (auto ok = writer.addSheet(DistrictExport::arrivalsSheetName(),
                                      DistrictExport::arrivalColumns());
            !ok)
            return std::unexpected(ok.error());
        if (!logPresent)
            return 0;
        QSqlQuery query(m_core.database().connection());
        query.setForwardOnly(true);
        query.prepare(arrivalsQuery(false));
        bindArrivals(query);
        if (!query.exec())
            return sqlFailure(query);
        int rows = 0;
        while (query.next()) {
            if (auto ok = step(); !ok)
                return std::unexpected(ok.error());
            const auto text = [&query](int column) {
                return query.value(column).toString();
            };
            const QVariantList cells {
                dateTimeCell(query.value(0).toLongLong()),
                text(1),
                text(2),
                dateCell(text(3)),
                text(4),
                codeKindName(text(5)),
                verdictName(text(6)),
                text(7),
                unitPath(text(8)),
                unitPath(text(9)),
            };
            if (auto ok = writer.addRow(cells); !ok)
                return std::unexpected(ok.error());
            ++rows;
        }
        if (query.lastError().isValid())
            return sqlFailure(query);
        return rows;
    }

private:
    void bindArrivals(QSqlQuery &query) const
    {
        query.addBindValue(m_fromMs);
        query.addBindValue(m_toMs);
        query.addBindValue(m_request.districtCode);
        query.addBindValue(m_request.districtCode);
        query.addBindValue(m_request.districtCode);
    }

    core::Status step()
    {
        if (m_control) {
            m_control->advance();
            if (++m_sinceCheck >= checkEveryRows) {
                m_sinceCheck = 0;
                if (m_control->isCancelled())
                    return std::unexpected(core::JobControl::cancelledError());
            }
        }
        return {};
    }

    QString unitName(const QString &code)
    {
        if (code.isEmpty())
            return {};
        auto it = m_unitNames.constFind(code);
        if (it == m_unitNames.constEnd()) {
            const auto unit = m_core.adminUnits().find(code);
            it = m_unitNames.insert(code, unit ? unit->displayName() : code);
        }
        return *it;
    }

    QString unitPath(const QString &code)
    {
        if (code.isEmpty())
            return {};
        auto it = m_unitPaths.constFind(code);
        if (it == m_unitPaths.constEnd()) {
            const QString path = m_core.adminUnits().fullPath(code);
            it = m_unitPaths.insert(code, path.isEmpty() ? code : path);
        }
        return *it;
    }

    static QString yesNo(bool value) { return value ? tr("Yes") : tr("No"); }

    static QString sexName(const QString &key)
    {
        if (key == QLatin1String("male"))
            return tr("Male");
        if (key == QLatin1String("female"))
            return tr("Female");
        return {};
    }

    static QString idKindName(const QString &key)
    {
        if (key == QLatin1String("cccd"))
            return tr("CCCD");
        if (key == QLatin1String("cmnd"))
            return tr("CMND");
        if (key == QLatin1String("passport"))
            return tr("Passport");
        return {};
    }

    // The translated name a key stands for; an unknown key (a newer
    // version's value) is shown as it is rather than dropped.
    static QString translated(const QHash<QString, const char *> &names, const QString &key)
    {
        const char *name = names.value(key);
        return name ? tr(name) : key;
    }

    static QString travelMeansName(const QString &key)
    {
        static const QHash<QString, const char *> names {
            {QStringLiteral("car"), QT_TR_NOOP("Car")},
            {QStringLiteral("motorbike"), QT_TR_NOOP("Motorbike")},
            {QStringLiteral("bus"), QT_TR_NOOP("Bus")},
            {QStringLiteral("train"), QT_TR_NOOP("Train")},
            {QStringLiteral("plane"), QT_TR_NOOP("Plane")},
            {QStringLiteral("ship"), QT_TR_NOOP("Ship")},
            {QStringLiteral("other"), QT_TR_NOOP("Other")},
        };
        return translated(names, key);
    }

    // The check-in log's code kinds and verdicts (modules/scan; keys as in
    // resources/sql/scan/0001_checkin.sql, read here without scan's headers).
    static QString codeKindName(const QString &key)
    {
        static const QHash<QString, const char *> names {
            {QStringLiteral("eu-dcc"), QT_TR_NOOP("EU COVID certificate")},
            {QStringLiteral("cccd"), QT_TR_NOOP("CCCD")},
            {QStringLiteral("vn-unified"), QT_TR_NOOP("Personal QR code")},
            {QStringLiteral("pd-person"), QT_TR_NOOP("PhongDich personal code")},
            {QStringLiteral("pd-venue"), QT_TR_NOOP("PhongDich venue code")},
            {QStringLiteral("text"), QT_TR_NOOP("Other code")},
            {QStringLiteral("manual"), QT_TR_NOOP("Typed in")},
        };
        return translated(names, key);
    }

    static QString verdictName(const QString &key)
    {
        static const QHash<QString, const char *> names {
            {QStringLiteral("valid"), QT_TR_NOOP("Valid")},
            {QStringLiteral("invalid"), QT_TR_NOOP("Invalid")},
            {QStringLiteral("expired"), QT_TR_NOOP("Expired")},
            {QStringLiteral("untrusted"), QT_TR_NOOP("Untrusted signer")},
            {QStringLiteral("unreadable"), QT_TR_NOOP("Unreadable")},
            {QStringLiteral("unknown"), QT_TR_NOOP("Not checked")},
        };
        return translated(names, key);
    }

    core::CoreContext &m_core;
    const DistrictExport::Request &m_request;
    core::JobControl *m_control;
    qint64 m_fromMs = 0;
    qint64 m_toMs = 0;
    int m_sinceCheck = 0;
    QHash<QString, QString> m_unitNames;
    QHash<QString, QString> m_unitPaths;
};
} // namespace

DistrictExport::DistrictExport(core::CoreContext &core) : m_core(core) { }

QString DistrictExport::declarationsSheetName()
{
    return tr("Declarations");
}

QString DistrictExport::arrivalsSheetName()
{
    return tr("Arrivals");
}

QList<core::TableColumn> DistrictExport::declarationColumns()
{
    QList<TableColumn> columns {
        {tr("Declared at"), Type::DateTime, 17},
        {tr("Needs attention"), Type::Text, 10},
        {tr("Where declared"), Type::Text, 14},
        {tr("Full name"), Type::Text, 26},
        {tr("ID kind"), Type::Text, 9},
        {tr("ID number"), Type::Text, 15},
        {tr("Date of birth"), Type::Date, 12},
        {tr("Sex"), Type::Text, 7},
        {tr("Nationality"), Type::Text, 8},
        {tr("Phone"), Type::Text, 13},
        {tr("Email"), Type::Text, 22},
        {tr("House number, street"), Type::Text, 26},
        {tr("Commune"), Type::Text, 20},
        {tr("District"), Type::Text, 18},
        {tr("Province"), Type::Text, 18},
        {tr("Declared on someone's behalf"), Type::Text, 10},
        {tr("Declared by"), Type::Text, 20},
        {tr("Visited places in the last 14 days"), Type::Text, 10},
        {tr("Places visited"), Type::Text, 30},
    };
    for (const Symptom symptom : Declaration::allSymptoms())
        columns.append({DeclarationSummary::symptomName(symptom), Type::Text, 10});
    columns += QList<TableColumn> {
        {tr("Other symptoms"), Type::Text, 22},
        {tr("Contact with a COVID-19 patient or suspected case"), Type::Text, 14},
        {tr("Contact with someone from a country with COVID-19"), Type::Text, 14},
        {tr("Contact with someone with fever, cough, shortness of breath or pneumonia"), Type::Text,
         16},
        {tr("Vaccine doses"), Type::Integer, 8},
        {tr("Last dose"), Type::Date, 12},
        {tr("Travelling from"), Type::Text, 22},
        {tr("Means of travel"), Type::Text, 11},
        {tr("Vehicle number"), Type::Text, 12},
        {tr("Travel date"), Type::Date, 12},
        {tr("Record id"), Type::Text, 38},
    };
    return columns;
}

QList<core::TableColumn> DistrictExport::arrivalColumns()
{
    return {
        {tr("Time"), Type::DateTime, 17},
        {tr("Full name"), Type::Text, 26},
        {tr("ID number"), Type::Text, 15},
        {tr("Date of birth"), Type::Date, 12},
        {tr("Phone"), Type::Text, 13},
        {tr("Code"), Type::Text, 18},
        {tr("Verdict"), Type::Text, 14},
        {tr("Checkpoint"), Type::Text, 24},
        {tr("Checkpoint address"), Type::Text, 40},
        {tr("Commune of residence (latest declaration)"), Type::Text, 40},
    };
}

QString DistrictExport::defaultFileName(const core::AdminUnit &district, QDate from, QDate to,
                                        Format format)
{
    QString name;
    for (const QChar ch : core::fold(district.displayName())) {
        if (ch.isLetterOrNumber() && ch.unicode() < 128)
            name.append(ch);
        else if (!name.isEmpty() && !name.endsWith(QLatin1Char('-')))
            name.append(QLatin1Char('-'));
    }
    while (name.endsWith(QLatin1Char('-')))
        name.chop(1);
    if (name.isEmpty())
        name = district.code;
    name += QLatin1Char('_') + from.toString(Qt::ISODate);
    if (to.isValid() && to != from)
        name += QStringLiteral("_to_") + to.toString(Qt::ISODate);
    return name + (format == Format::Csv ? QStringLiteral(".csv") : QStringLiteral(".xlsx"));
}

QStringList DistrictExport::csvFileNames(const QString &path, Sheets sheets)
{
    if (sheets != Sheets(Sheet::Declarations) && sheets != Sheets(Sheet::Arrivals)) {
        QString base = path;
        const QString suffix = QFileInfo(path).suffix();
        if (suffix.compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0
            || suffix.compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0)
            base.chop(suffix.size() + 1);
        QStringList files;
        if (sheets.testFlag(Sheet::Declarations))
            files << base + QStringLiteral("-declarations.csv");
        if (sheets.testFlag(Sheet::Arrivals))
            files << base + QStringLiteral("-arrivals.csv");
        return files;
    }
    return {path};
}

DistrictExport::Format DistrictExport::formatOfPath(const QString &path)
{
    return path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) ? Format::Csv : Format::Xlsx;
}

core::Result<DistrictExport::Summary> DistrictExport::run(const Request &request,
                                                          core::JobControl *control)
{
    const auto district = m_core.adminUnits().find(request.districtCode);
    if (!district || district->level != core::AdminUnit::Level::District)
        return core::fail(
            QStringLiteral("export.district"),
            tr("%1 is not a district code of the GSO list.").arg(request.districtCode));
    if (!request.from.isValid() || !request.to.isValid() || request.from > request.to)
        return core::fail(QStringLiteral("export.dates"),
                          tr("Choose a first day that is not after the last day."));
    if (request.path.isEmpty() || !request.sheets)
        return core::fail(QStringLiteral("export.write"), tr("Choose where to save the export."));
    core::Database &database = m_core.database();
    if (!tableExists(database, QStringLiteral("declaration")))
        return core::fail(QStringLiteral("export.no_declarations"),
                          tr("This data file has no health declarations."));

    Summary summary;
    summary.checkinLogPresent = tableExists(database, QStringLiteral("checkin"));
    const bool wantDeclarations = request.sheets.testFlag(Sheet::Declarations);
    const bool wantArrivals = request.sheets.testFlag(Sheet::Arrivals);
    SheetWriter sheets(m_core, request, control);
    if (control) {
        control->setLabel(tr("Exporting %1").arg(district->displayName()));
        qint64 total = 0;
        if (wantDeclarations) {
            auto count = sheets.countDeclarations();
            if (!count)
                return std::unexpected(count.error());
            total += *count;
        }
        if (wantArrivals && summary.checkinLogPresent) {
            auto count = sheets.countArrivals();
            if (!count)
                return std::unexpected(count.error());
            total += *count;
        }
        control->setTotal(total);
        control->setDone(0);
    }

    const QString target = QFileInfo(request.path).absoluteFilePath();
    const QString folder = QFileInfo(target).absolutePath();
    if (!QDir().mkpath(folder))
        return core::fail(QStringLiteral("export.write"),
                          tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(folder)));

    if (request.format == Format::Xlsx) {
        // A unique name in the same folder (so the final rename is one step
        // on one file system); removed unless renamed.
        QTemporaryFile temporary(folder + QStringLiteral("/.phongdich-export-XXXXXX.xlsx"));
        if (!temporary.open())
            return core::fail(QStringLiteral("export.write"),
                              tr("Cannot write in %1: %2")
                                  .arg(QDir::toNativeSeparators(folder), temporary.errorString()));
        temporary.close();
        {
            core::XlsxTableWriter writer(temporary.fileName());
            if (wantDeclarations) {
                auto rows = sheets.writeDeclarations(writer);
                if (!rows)
                    return std::unexpected(rows.error());
                summary.declarations = *rows;
            }
            if (wantArrivals) {
                auto rows = sheets.writeArrivals(writer, summary.checkinLogPresent);
                if (!rows)
                    return std::unexpected(rows.error());
                summary.arrivals = *rows;
            }
            if (control && control->isCancelled())
                return std::unexpected(core::JobControl::cancelledError());
            if (auto ok = writer.close(); !ok)
                return std::unexpected(ok.error());
        }
        QString reason;
        if (!replaceFile(temporary.fileName(), target, &reason))
            return core::fail(
                QStringLiteral("export.write"),
                tr("Cannot save %1: %2").arg(QDir::toNativeSeparators(target), reason));
        temporary.setAutoRemove(false); // renamed: nothing left to remove
        summary.files << target;
    } else {
        const QStringList files = csvFileNames(target, request.sheets);
        std::vector<std::unique_ptr<QSaveFile>> outputs;
        for (const QString &file : files) {
            auto output = std::make_unique<QSaveFile>(file);
            if (!output->open(QIODevice::WriteOnly))
                return core::fail(QStringLiteral("export.write"),
                                  tr("Cannot write %1: %2")
                                      .arg(QDir::toNativeSeparators(file), output->errorString()));
            outputs.push_back(std::move(output));
        }
        qsizetype next = 0;
        if (wantDeclarations) {
            core::CsvTableWriter writer(outputs.at(next++).get());
            auto rows = sheets.writeDeclarations(writer);
            if (!rows)
                return std::unexpected(rows.error());
            summary.declarations = *rows;
        }
        if (wantArrivals) {
            core::CsvTableWriter writer(outputs.at(next++).get());
            auto rows = sheets.writeArrivals(writer, summary.checkinLogPresent);
            if (!rows)
                return std::unexpected(rows.error());
            summary.arrivals = *rows;
        }
        if (control && control->isCancelled())
            return std::unexpected(core::JobControl::cancelledError());
        // Uncommitted QSaveFiles are discarded on any early return above.
        for (std::size_t i = 0; i < outputs.size(); ++i) {
            if (!outputs[i]->commit())
                return core::fail(QStringLiteral("export.write"),
                                  tr("Cannot save %1: %2")
                                      .arg(QDir::toNativeSeparators(files.at(qsizetype(i))),
                                           outputs[i]->errorString()));
            summary.files << files.at(qsizetype(i));
        }
    }

    if (auto ok = m_core.audit().record(
            QStringLiteral("export.district"), QStringLiteral("admin_unit"), district->code,
            QStringLiteral("%1, %2..%3, declarations %4, arrivals %5")
                .arg(request.format == Format::Csv ? QStringLiteral("csv") : QStringLiteral("xlsx"),
                     request.from.toString(Qt::ISODate), request.to.toString(Qt::ISODate))
                .arg(summary.declarations)
                .arg(summary.arrivals));
        !ok)
        return std::unexpected(ok.error());
    return summary;
}

} // namespace pd::declaration
