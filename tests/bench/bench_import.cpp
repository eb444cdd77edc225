// Bulk import of a commune-style list of people (issue 4: "bulk import of
// 100k rows (rows/s)"): N realistic people (core::DemoPeople: Vietnamese
// names, CCCD numbers consistent with the birth data, real communes of Hà
// Nội named as clerks write them, with their district) are written to an
// .xlsx (libxlsxwriter) and a .csv, then each file is imported into a fresh
// data file through core::PeopleImport exactly as the dialog and the CLI do:
// read, parse and check every row (preview), then commit in one transaction.
// Reading, checking and committing are timed separately.
//   bench_import [--rows N] [--format xlsx|csv|both] [--quick]
// Goal: the whole 100,000-row import well under a minute on a 2-core laptop.
#include "corecontext.h"
#include "csvtablewriter.h"
#include "demopeople.h"
#include "peopleimport.h"
#include "textfold.h"
#include "xlsxtablewriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

using namespace pd;

namespace {
double secondsOf(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

QList<core::TableColumn> listColumns()
{
    using Type = core::TableColumn::Type;
    return {
        {QStringLiteral("STT"), Type::Integer, 6},
        {QStringLiteral("Họ và tên"), Type::Text, 24},
        {QStringLiteral("Số CCCD/CMND"), Type::Text, 15},
        {QStringLiteral("Ngày sinh"), Type::Date, 12},
        {QStringLiteral("Giới tính"), Type::Text, 8},
        {QStringLiteral("Số điện thoại"), Type::Text, 13},
        {QStringLiteral("Thôn/xóm, số nhà"), Type::Text, 24},
        {QStringLiteral("Xã/phường"), Type::Text, 20},
        {QStringLiteral("Quận/huyện"), Type::Text, 20},
    };
}

// Writes `rows` people to both files; the same people in both.
bool writeLists(core::CoreContext &core, int rows, const QString &xlsxPath, const QString &csvPath)
{
    core::DemoPeople demo(2021, QDate(2021, 8, 2));
    if (!demo.useCommunesOf(core.adminUnits(), QStringLiteral("01"))) // Hà Nội
        return false;
    core::XlsxTableWriter xlsx(xlsxPath);
    QFile csvFile(csvPath);
    if (!csvFile.open(QIODevice::WriteOnly))
        return false;
    core::CsvTableWriter csv(&csvFile);
    const auto columns = listColumns();
    if (!xlsx.addSheet(QStringLiteral("Danh sách"), columns) || !csv.addSheet({}, columns))
        return false;
    QHash<QString, std::pair<QString, QString>> names; // commune → (commune, district)
    for (int i = 0; i < rows; ++i) {
        const core::Person person = demo.next();
        auto place = names.constFind(person.communeCode);
        if (place == names.constEnd()) {
            const auto commune = core.adminUnits().find(person.communeCode);
            const auto district = core.adminUnits().find(commune->parentCode);
            place =
                names.insert(person.communeCode, {commune->displayName(), district->displayName()});
        }
        const QVariantList cells {
            i + 1,
            person.fullName,
            person.idNumber,
            person.dateOfBirth.date.isValid() ? QVariant(person.dateOfBirth.date)
                                              : QVariant(QString::number(person.dateOfBirth.year)),
            person.sex == core::Sex::Female ? QStringLiteral("Nữ") : QStringLiteral("Nam"),
            person.phone,
            person.street,
            place->first,
            place->second,
        };
        if (!xlsx.addRow(cells) || !csv.addRow(cells))
            return false;
    }
    return xlsx.close() && csv.close();
}

struct Timing {
    double readSeconds = 0;
    double checkSeconds = 0;
    double commitSeconds = 0;
    double baselineSeconds = 0; // the same rows by a bare prepared INSERT
    int rows = 0;
    int ready = 0;
    int errors = 0;
    int created = 0;
};

std::optional<Timing> importFile(const QString &dataPath, const QString &listPath)
{
    auto context = core::CoreContext::open(dataPath);
    if (!context) {
        std::fprintf(stderr, "cannot open: %s\n", qPrintable(context.error().message));
        return std::nullopt;
    }
    core::CoreContext &core = **context;
    Timing timing;
    QElapsedTimer timer;
    timer.start();
    auto table = core::PeopleImport::readTable(listPath);
    if (!table) {
        std::fprintf(stderr, "read failed: %s\n", qPrintable(table.error().message));
        return std::nullopt;
    }
    timing.readSeconds = secondsOf(timer);
    timer.restart();
    core::PeopleImport import(core);
    core::PeopleImport::Options options;
    options.communeArea = QStringLiteral("01");
    auto preview = import.preview(*table, options);
    if (!preview) {
        std::fprintf(stderr, "check failed: %s\n", qPrintable(preview.error().message));
        return std::nullopt;
    }
    timing.checkSeconds = secondsOf(timer);
    timing.rows = int(preview->rows.size());
    timing.ready = preview->ready;
    timing.errors = preview->errors;
    if (preview->errors > 0) {
        const auto first = preview->issues().first();
        std::fprintf(stderr, "unexpected errors, e.g. row %d %s: %s\n", first.row,
                     qPrintable(first.field), qPrintable(first.message));
    }
    timer.restart();
    auto summary = import.commit(*preview, core::PeopleImport::CommitMode::ValidRowsOnly);
    if (!summary) {
        std::fprintf(stderr, "commit failed: %s\n", qPrintable(summary.error().message));
        return std::nullopt;
    }
    timing.commitSeconds = secondsOf(timer);
    timing.created = summary->created;

    // Baseline: the same rows written by one prepared INSERT each into a
    // fresh file with the same triggers (outbox, FTS) in one transaction,
    // with no lookups, validation or audit: what the import adds on top of
    // SQLite's own cost.
    auto baseline = core::CoreContext::open(dataPath + QStringLiteral(".baseline"));
    if (!baseline) {
        std::fprintf(stderr, "cannot open: %s\n", qPrintable(baseline.error().message));
        return std::nullopt;
    }
    core::Database &database = (*baseline)->database();
    timer.restart();
    auto written = database.transaction([&]() -> core::Status {
        QSqlQuery insert(database.connection());
        insert.prepare(QStringLiteral(
            "INSERT INTO person(id, hlc, origin, id_kind, id_number, full_name, folded_name, "
            "birth_date, birth_year, sex, phone, nationality, commune_code, street, "
            "created_at_ms, updated_at_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "?)"));
        qint64 hlc = 1;
        for (const auto &row : preview->rows) {
            const core::Person &person = row.person;
            core::Database::bindValues(
                insert,
                {(*baseline)->ids().next(), hlc++, (*baseline)->deviceId(),
                 core::Person::idKindKey(person.idKind), person.idNumber, person.fullName,
                 core::fold(person.fullName), person.dateOfBirth.toIsoString(),
                 person.dateOfBirth.year, core::Recognition::sexName(person.sex), person.phone,
                 person.nationality, person.communeCode, person.street, 0, 0});
            if (!insert.exec())
                return core::fail(QStringLiteral("bench"), insert.lastError().text());
        }
        return {};
    });
    if (!written) {
        std::fprintf(stderr, "baseline failed: %s\n", qPrintable(written.error().message));
        return std::nullopt;
    }
    timing.baselineSeconds = secondsOf(timer);
    return timing;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const bool quick = arguments.contains(QStringLiteral("--quick"));
    int rows = quick ? 2'000 : 100'000;
    QString format = QStringLiteral("both");
    for (qsizetype i = 1; i + 1 < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--rows"))
            rows = arguments.at(i + 1).toInt();
        else if (arguments.at(i) == QLatin1String("--format"))
            format = arguments.at(i + 1);
    }
    if (rows <= 0) {
        std::fprintf(stderr, "usage: bench_import [--rows N] [--format xlsx|csv|both] [--quick]\n");
        return 2;
    }

    QTemporaryDir dir;
    const QString xlsxPath = dir.filePath(QStringLiteral("danh-sach.xlsx"));
    const QString csvPath = dir.filePath(QStringLiteral("danh-sach.csv"));
    {
        auto context = core::CoreContext::open(dir.filePath(QStringLiteral("lists.sqlite")));
        if (!context) {
            std::fprintf(stderr, "cannot open: %s\n", qPrintable(context.error().message));
            return 1;
        }
        QElapsedTimer timer;
        timer.start();
        if (!writeLists(**context, rows, xlsxPath, csvPath)) {
            std::fprintf(stderr, "cannot write the lists\n");
            return 1;
        }
        std::printf("wrote %d people to .xlsx (%.1f MB) and .csv (%.1f MB) in %.1f s\n", rows,
                    double(QFileInfo(xlsxPath).size()) / 1e6,
                    double(QFileInfo(csvPath).size()) / 1e6, secondsOf(timer));
    }

    bool ok = true;
    for (const QString &kind : {QStringLiteral("xlsx"), QStringLiteral("csv")}) {
        if (format != QLatin1String("both") && format != kind)
            continue;
        const auto timing = importFile(dir.filePath(QStringLiteral("import-%1.sqlite").arg(kind)),
                                       kind == QLatin1String("xlsx") ? xlsxPath : csvPath);
        if (!timing)
            return 1;
        const double total = timing->readSeconds + timing->checkSeconds + timing->commitSeconds;
        std::printf(".%s: %d rows, %d ready, %d errors, %d created\n", qPrintable(kind),
                    timing->rows, timing->ready, timing->errors, timing->created);
        std::printf("  read     %6.2f s  %9.0f rows/s\n", timing->readSeconds,
                    timing->rows / timing->readSeconds);
        std::printf(
            "  check    %6.2f s  %9.0f rows/s  (parse + PersonStore::validate + registry)\n",
            timing->checkSeconds, timing->rows / timing->checkSeconds);
        std::printf("  parse+check %6.2f s %8.0f rows/s\n",
                    timing->readSeconds + timing->checkSeconds,
                    timing->rows / (timing->readSeconds + timing->checkSeconds));
        std::printf("  commit   %6.2f s  %9.0f rows/s  (one transaction)\n", timing->commitSeconds,
                    timing->created / timing->commitSeconds);
        std::printf("  baseline %6.2f s  %9.0f rows/s  (bare INSERTs, same triggers) -> commit "
                    "is %.2fx the baseline\n",
                    timing->baselineSeconds, timing->rows / timing->baselineSeconds,
                    timing->commitSeconds / timing->baselineSeconds);
        std::printf("  total    %6.2f s  -> goal (100k rows well under 60 s) %s\n", total,
                    rows >= 100'000 ? (total < 60 ? "met" : "NOT met") : "n/a (fewer rows)");
        ok = ok && timing->errors == 0 && timing->created == rows;
    }
    return ok ? 0 : 1;
}
