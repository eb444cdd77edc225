// The background job (a worker thread with its own CoreContext), the people
// import (header mapping, cell parsing, preview with row errors, strict and
// valid-rows-only commits in one transaction, cancel) and the district
// export (declarations and arrivals of one district and range, superseded
// declarations left out, the arrivals rule, xlsx and csv files, no partial
// file on cancel, audit), on real SQLite files in a temporary folder.
#include "backgroundjob.h"
#include "clock.h"
#include "corecontext.h"
#include "csvtablewriter.h"
#include "declarationstore.h"
#include "districtexport.h"
#include "jobcontrol.h"
#include "peopleimport.h"
#include "personstore.h"
#include "xlsxtablereader.h"
#include "xlsxtablewriter.h"
#include "xlsxtestutil.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using pd::core::BackgroundJob;
using pd::core::CoreContext;
using pd::core::ImportField;
using pd::core::ImportRow;
using pd::core::JobControl;
using pd::core::PeopleImport;
using pd::core::TableColumn;
using pd::core::TableRow;
using pd::declaration::DistrictExport;

Q_DECLARE_METATYPE(ImportField)

namespace {
// Bát Xát district (082) of Lào Cai (10): Thị trấn Bát Xát 02683, xã Bản
// Vược 02710, xã Quang Kim 02734. Bảo Thắng district: 086.
const QString kBatXat = u"082"_s;
const QString kTownBatXat = u"02683"_s;
const QString kBanVuoc = u"02710"_s;
const QString kQuangKim = u"02734"_s;
const QDate kDay(2026, 11, 22);

qint64 at(QDate day, int hour, int minute = 0)
{
    return QDateTime(day, QTime(hour, minute)).toMSecsSinceEpoch();
}

QList<TableRow> readSheet(const QString &path, const QString &sheet = {})
{
    pd::core::XlsxTableReader reader(path, sheet);
    QList<TableRow> rows;
    auto ok = reader.read([&rows](const TableRow &row) {
        rows.append(row);
        return true;
    });
    if (!ok)
        qWarning() << ok.error().message;
    return rows;
}

// A column of a read sheet by its header.
QVariant cell(const QList<TableRow> &rows, int dataRow, const QString &header)
{
    const qsizetype column = [&] {
        for (qsizetype i = 0; i < rows.first().cells.size(); ++i) {
            if (rows.first().cells.at(i).toString() == header)
                return i;
        }
        return qsizetype(-1);
    }();
    if (column < 0)
        return u"<no column %1>"_s.arg(header);
    return rows.at(dataRow).cells.value(column);
}
} // namespace

class TestTransfer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void backgroundJobRunsOnItsOwnConnection();
    void backgroundJobProgressAndCancel();
    void backgroundJobReportsOpenFailure();

    void guessField_data();
    void guessField();
    void splitNameColumns();
    void parseBirthDate_data();
    void parseBirthDate();
    void parseSex_data();
    void parseSex();
    void headerFoundBelowTitle();
    void previewListsErrorsWithRowsAndFields();
    void strictCommitWritesNothingWithErrors();
    void validRowsOnlyCommit();
    void registeredAndRepeatedNumbers();
    void communeNames_data();
    void communeNames();
    void numbersExcelStoredAsNumbers();
    void cancelledCommitRollsBack();
    void importThroughBackgroundJob();

    void defaultFileName_data();
    void defaultFileName();
    void districtExportXlsx();
    void districtExportCsv();
    void districtExportWithoutCheckinLog();
    void districtExportCancelledLeavesNoFile();
    void districtExportRefusesBadInput();

private:
    QString dataPath() const { return m_dir.filePath(u"data-%1.sqlite"_s.arg(m_fileCount)); }
    QString writeXlsx(const QString &name, const QList<QVariantList> &rows);
    QString writeCsv(const QString &name, const QByteArray &bytes);
    int count(const QString &sql);
    void exec(const QString &sql, const QVariantList &values = {});
    void addDeclaration(const QString &id, const QString &name, const QString &idNumber,
                        const QString &commune, qint64 atMs, const QString &supersedes = {},
                        int symptoms = 0);
    void addCheckin(qint64 atMs, const QString &name, const QString &idNumber,
                    const QString &locationUnit, const QString &direction = u"in"_s);
    void seedExportData();
    pd::core::Result<pd::core::ImportPreview> previewOf(const QString &path,
                                                        const QString &area = {});

    QTemporaryDir m_dir;
    int m_fileCount = 0;
    pd::core::ManualClock m_clock {at(kDay, 18)};
    std::unique_ptr<CoreContext> m_context;
    QList<pd::core::ModuleSchema> m_schemas;
};

void TestTransfer::init()
{
    QVERIFY(m_dir.isValid());
    // Parsers need no data file (opening one loads 11,367 admin units).
    static const QStringList pure {u"guessField"_s, u"splitNameColumns"_s, u"parseBirthDate"_s,
                                   u"parseSex"_s};
    if (pure.contains(QString::fromLatin1(QTest::currentTestFunction())))
        return;
    ++m_fileCount;
    m_schemas = {pd::declaration::DeclarationStore::schema()};
    auto context = CoreContext::open(dataPath(), m_schemas, m_clock);
    QVERIFY2(context, qPrintable(context ? QString() : context.error().message));
    m_context = std::move(*context);
    m_context->audit().setActor(u"user-1"_s, u"clerk"_s);
}

void TestTransfer::cleanup()
{
    m_context.reset();
}

int TestTransfer::count(const QString &sql)
{
    QSqlQuery query(m_context->database().connection());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toInt();
}

void TestTransfer::exec(const QString &sql, const QVariantList &values)
{
    auto ok = m_context->database().exec(sql, values);
    QVERIFY2(ok, qPrintable(ok ? QString() : ok.error().message));
}

QString TestTransfer::writeXlsx(const QString &name, const QList<QVariantList> &rows)
{
    const QString path = m_dir.filePath(name);
    pd::core::XlsxTableWriter writer(path);
    QList<TableColumn> columns;
    for (const QVariant &header : rows.first())
        columns.append({header.toString(), TableColumn::Type::Text, 0});
    // Types by value: dates and numbers stay what they are.
    for (int i = 0; i < columns.size(); ++i) {
        for (qsizetype r = 1; r < rows.size(); ++r) {
            const int type = rows[r].value(i).typeId();
            if (type == QMetaType::QDate)
                columns[i].type = TableColumn::Type::Date;
            else if (type == QMetaType::Double || type == QMetaType::LongLong)
                columns[i].type = TableColumn::Type::Number;
        }
    }
    if (!writer.addSheet(u"Danh sách"_s, columns))
        return {};
    for (qsizetype r = 1; r < rows.size(); ++r) {
        if (!writer.addRow(rows[r]))
            return {};
    }
    return writer.close() ? path : QString();
}

QString TestTransfer::writeCsv(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

pd::core::Result<pd::core::ImportPreview> TestTransfer::previewOf(const QString &path,
                                                                  const QString &area)
{
    auto table = PeopleImport::readTable(path);
    if (!table)
        return std::unexpected(table.error());
    PeopleImport::Options options;
    options.communeArea = area;
    return PeopleImport(*m_context).preview(*table, options);
}

// --- background job --------------------------------------------------------

void TestTransfer::backgroundJobRunsOnItsOwnConnection()
{
    QThread *workerThread = nullptr;
    QString workerConnection;
    BackgroundJob job(*m_context, [&](CoreContext &core, JobControl &control) {
        workerThread = QThread::currentThread();
        workerConnection = core.database().connection().connectionName();
        control.setTotal(1);
        control.advance();
        return core.audit().record(u"test.job"_s);
    });
    QSignalSpy finished(&job, &BackgroundJob::finished);
    bool finishedOnCallerThread = false;
    connect(&job, &BackgroundJob::finished, this,
            [&] { finishedOnCallerThread = QThread::currentThread() == thread(); });
    job.start();
    QVERIFY(job.isRunning());
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.size(), 1);
    QVERIFY(job.isFinished());
    QVERIFY2(job.status(), qPrintable(job.status() ? QString() : job.status().error().message));
    QVERIFY(finishedOnCallerThread);
    QVERIFY(workerThread && workerThread != thread());
    QVERIFY(!workerConnection.isEmpty());
    QVERIFY(workerConnection != m_context->database().connection().connectionName());
    // The worker wrote through its own connection, as the caller's account.
    QCOMPARE(count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'test.job' "
                   "AND user_id = 'user-1'"_s),
             1);
}

void TestTransfer::backgroundJobProgressAndCancel()
{
    std::atomic<bool> started {false};
    BackgroundJob job(*m_context, [&](CoreContext &, JobControl &control) -> pd::core::Status {
        control.setTotal(1000);
        control.setLabel(u"counting"_s);
        for (int i = 0; i < 1000; ++i) {
            if (control.isCancelled())
                return std::unexpected(JobControl::cancelledError());
            control.advance();
            started = true;
            QThread::msleep(2);
        }
        return {};
    });
    QSignalSpy progress(&job, &BackgroundJob::progress);
    QSignalSpy finished(&job, &BackgroundJob::finished);
    job.start();
    QVERIFY(progress.wait(5000));
    const QList<QVariant> first = progress.first();
    QCOMPARE(first.at(1).toLongLong(), 1000);
    QCOMPARE(first.at(2).toString(), u"counting"_s);
    QTRY_VERIFY(started.load());
    job.cancel();
    QVERIFY(finished.wait(5000));
    QVERIFY(!job.status());
    QCOMPARE(job.status().error().code, u"job.cancelled"_s);
    QVERIFY(job.control().done() < 1000);
    // The last progress report is the final count.
    QCOMPARE(progress.last().at(0).toLongLong(), job.control().done());
}

void TestTransfer::backgroundJobReportsOpenFailure()
{
    // A folder where the data file should be: the worker cannot open it.
    const QString folder = m_dir.filePath(u"not-a-file"_s);
    QVERIFY(QDir().mkpath(folder));
    bool ran = false;
    BackgroundJob job(folder, {}, m_clock, [&](CoreContext &, JobControl &) -> pd::core::Status {
        ran = true;
        return {};
    });
    QSignalSpy finished(&job, &BackgroundJob::finished);
    job.start();
    QVERIFY(finished.wait(10000));
    QVERIFY(!job.status());
    QVERIFY(!ran);
}

// --- people import: mapping and parsing -------------------------------------

void TestTransfer::guessField_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<ImportField>("field");
    const QList<std::pair<QString, ImportField>> cases {
        {u"Họ và tên"_s, ImportField::FullName},
        {u"HO TEN"_s, ImportField::FullName},
        {u"Full name"_s, ImportField::FullName},
        {u"Số CCCD"_s, ImportField::IdNumber},
        {u"Số CMND/CCCD"_s, ImportField::IdNumber},
        {u"CMND"_s, ImportField::IdNumber},
        {u"Số định danh cá nhân"_s, ImportField::IdNumber},
        {u"Ngày cấp CCCD"_s, ImportField::Ignore},
        {u"Ngày sinh"_s, ImportField::BirthDate},
        {u"Năm sinh"_s, ImportField::BirthDate},
        {u"Ngay thang nam sinh"_s, ImportField::BirthDate},
        {u"Nơi sinh"_s, ImportField::Ignore},
        {u"Giới tính"_s, ImportField::Sex},
        {u"Số điện thoại"_s, ImportField::Phone},
        {u"SĐT"_s, ImportField::Phone},
        {u"Địa chỉ"_s, ImportField::Street},
        {u"Thôn/xóm"_s, ImportField::Street},
        {u"Thôn"_s, ImportField::Street},
        {u"Mã xã"_s, ImportField::CommuneCode},
        {u"Xã/phường"_s, ImportField::CommuneName},
        {u"Xã"_s, ImportField::CommuneName},
        {u"Huyện"_s, ImportField::DistrictName},
        {u"Quan hệ với chủ hộ"_s, ImportField::Ignore},
        {u"Tỉnh/Thành phố"_s, ImportField::ProvinceName},
        {u"Quốc tịch"_s, ImportField::Nationality},
        {u"Loại giấy tờ"_s, ImportField::IdKind},
        {u"STT"_s, ImportField::Ignore},
        {u"Ghi chú"_s, ImportField::Ignore},
    };
    for (const auto &[header, field] : cases)
        QTest::newRow(qPrintable(header)) << header << field;
}

void TestTransfer::guessField()
{
    QFETCH(QString, header);
    QFETCH(ImportField, field);
    QCOMPARE(PeopleImport::guessField(header), field);
}

void TestTransfer::splitNameColumns()
{
    QCOMPARE(PeopleImport::autoMapping({u"STT"_s, u"Họ và tên đệm"_s, u"Tên"_s, u"Năm sinh"_s}),
             (QList<ImportField> {ImportField::Ignore, ImportField::FullName, ImportField::FullName,
                                  ImportField::BirthDate}));
    // A whole-name column wins; a second one is not imported.
    QCOMPARE(
        PeopleImport::autoMapping({u"Họ tên"_s, u"Tên"_s, u"Họ và tên"_s}),
        (QList<ImportField> {ImportField::FullName, ImportField::Ignore, ImportField::Ignore}));
}

void TestTransfer::parseBirthDate_data()
{
    QTest::addColumn<QVariant>("cell");
    QTest::addColumn<bool>("readable");
    QTest::addColumn<QString>("iso");
    QTest::newRow("dd/mm/yyyy") << QVariant(u"17/05/1990"_s) << true << u"1990-05-17"_s;
    QTest::newRow("d/m/yyyy") << QVariant(u"7/5/1990"_s) << true << u"1990-05-07"_s;
    QTest::newRow("dd-mm-yyyy") << QVariant(u"07-05-1990"_s) << true << u"1990-05-07"_s;
    QTest::newRow("dd.mm.yyyy") << QVariant(u"07.05.1990"_s) << true << u"1990-05-07"_s;
    QTest::newRow("yyyy-mm-dd") << QVariant(u"1990-05-17"_s) << true << u"1990-05-17"_s;
    QTest::newRow("year only") << QVariant(u"1958"_s) << true << u"1958"_s;
    QTest::newRow("year as number") << QVariant(1958.0) << true << u"1958"_s;
    QTest::newRow("Excel serial number") << QVariant(33010.0) << true << u"1990-05-17"_s;
    QTest::newRow("Excel serial as text") << QVariant(u"33010"_s) << true << u"1990-05-17"_s;
    QTest::newRow("date cell") << QVariant(QDate(1990, 5, 17)) << true << u"1990-05-17"_s;
    QTest::newRow("empty") << QVariant() << true << QString();
    QTest::newRow("US order") << QVariant(u"05/17/1990"_s) << false << QString();
    QTest::newRow("31 February") << QVariant(u"31/02/1990"_s) << false << QString();
    QTest::newRow("two-digit year") << QVariant(u"17/05/90"_s) << false << QString();
    QTest::newRow("words") << QVariant(u"không rõ"_s) << false << QString();
}

void TestTransfer::parseBirthDate()
{
    QFETCH(QVariant, cell);
    QFETCH(bool, readable);
    QFETCH(QString, iso);
    const auto birth = PeopleImport::parseBirthDate(cell);
    QCOMPARE(birth.has_value(), readable);
    if (birth)
        QCOMPARE(birth->toIsoString(), iso);
}

void TestTransfer::parseSex_data()
{
    using pd::core::Sex;
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("sex"); // -1: not readable
    QTest::newRow("Nam") << u"Nam"_s << int(Sex::Male);
    QTest::newRow("nam") << u"nam"_s << int(Sex::Male);
    QTest::newRow("Nữ") << u"Nữ"_s << int(Sex::Female);
    QTest::newRow("nu") << u"nu"_s << int(Sex::Female);
    QTest::newRow("NỮ") << u"NỮ"_s << int(Sex::Female);
    QTest::newRow("Male") << u"Male"_s << int(Sex::Male);
    QTest::newRow("Female") << u"Female"_s << int(Sex::Female);
    QTest::newRow("M") << u"M"_s << int(Sex::Male);
    QTest::newRow("F") << u"F"_s << int(Sex::Female);
    QTest::newRow("empty") << QString() << int(Sex::Unknown);
    QTest::newRow("x") << u"x"_s << -1;
}

void TestTransfer::parseSex()
{
    QFETCH(QString, text);
    QFETCH(int, sex);
    const auto parsed = PeopleImport::parseSex(text.isEmpty() ? QVariant() : QVariant(text));
    QCOMPARE(parsed ? int(*parsed) : -1, sex);
}

// --- people import: preview and commit --------------------------------------

void TestTransfer::headerFoundBelowTitle()
{
    const QString path = writeCsv(u"title.csv"_s,
                                  "\xEF\xBB\xBF"
                                  "DANH SÁCH NGƯỜI DÂN THÔN 1\r\n"
                                  "\r\n"
                                  "STT,Họ và tên,Năm sinh\r\n"
                                  "1,Nguyễn Văn An,1990\r\n");
    auto table = PeopleImport::readTable(path);
    QVERIFY(table);
    QCOMPARE(table->headerRow, 3);
    QCOMPARE(table->headers, (QStringList {u"STT"_s, u"Họ và tên"_s, u"Năm sinh"_s}));
    QCOMPARE(table->rows.size(), 1);
    QCOMPARE(table->rows.first().number, 4);
}

void TestTransfer::previewListsErrorsWithRowsAndFields()
{
    const QString path = writeXlsx(
        u"bad.xlsx"_s,
        {
            {u"STT"_s, u"Họ và tên"_s, u"Số CCCD"_s, u"Ngày sinh"_s, u"Giới tính"_s,
             u"Số điện thoại"_s, u"Mã xã"_s},
            {1.0, u"Nguyễn Văn An"_s, u"010090123456"_s, QDate(1990, 5, 17), u"Nam"_s,
             u"0912345678"_s, kBanVuoc}, // row 2: fine
            {2.0, QVariant(), u"010090123457"_s, u"17/05/1990"_s, u"Nam"_s}, // 3: no name
            {3.0, u"Trần Thị Bình"_s, u"010185000001"_s, u"1990-01-01"_s,
             u"Nữ"_s}, // 4: CCCD year digits say 1985
            {4.0, u"Lê Văn Cường"_s, QVariant(), u"31/02/1990"_s, u"Nam"_s}, // 5: bad date
            {5.0, u"Phạm Thị Dung"_s, QVariant(), u"1992"_s, u"x"_s, u"12ab"_s,
             u"99999"_s}, // 6: sex, phone, commune
            {}, // 7: empty line: skipped
            {7.0}, // 8: only the unmapped STT: skipped
        });
    QVERIFY(!path.isEmpty());
    auto preview = previewOf(path);
    QVERIFY2(preview, qPrintable(preview ? QString() : preview.error().message));
    QCOMPARE(preview->rows.size(), 5);
    QCOMPARE(preview->ready, 1);
    QCOMPARE(preview->errors, 4);
    QCOMPARE(preview->rows[0].state, ImportRow::State::Ready);
    QCOMPARE(preview->rows[0].person.communeCode, kBanVuoc);

    QStringList described;
    for (const auto &issue : preview->issues())
        described << u"%1 %2 %3"_s.arg(issue.row).arg(issue.field, issue.column);
    QCOMPARE(described,
             (QStringList {
                 u"3 full_name Họ và tên"_s,
                 u"4 id_number Số CCCD"_s,
                 u"5 birth_date Ngày sinh"_s,
                 u"6 sex Giới tính"_s,
                 u"6 phone Số điện thoại"_s,
             }));
    // Messages name the field.
    const auto issues = preview->issues();
    QVERIFY(issues[0].message.startsWith(u"Full name"_s));
    QCOMPARE(issues[1].code, u"person.cccd_year"_s);
    QVERIFY(issues[1].message.startsWith(u"ID number"_s));
    QVERIFY(issues[2].message.startsWith(u"Date of birth"_s));
    QVERIFY(issues[4].message.startsWith(u"Phone"_s));
    // The commune code problem of row 6 is reported once the phone is right.
    QCOMPARE(preview->rows[4].row, 6);
}

void TestTransfer::strictCommitWritesNothingWithErrors()
{
    const QString path = writeCsv(u"strict.csv"_s,
                                  "Họ và tên;Năm sinh;Giới tính\r\n"
                                  "Nguyễn Văn An;1990;Nam\r\n"
                                  ";1991;Nữ\r\n"
                                  "Lê Thị Hoa;1992;Nữ\r\n");
    auto preview = previewOf(path);
    QVERIFY(preview);
    QCOMPARE(preview->errors, 1);
    const int peopleBefore = count(u"SELECT COUNT(*) FROM person"_s);
    const int outboxBefore = count(u"SELECT COUNT(*) FROM sync_outbox"_s);
    PeopleImport import(*m_context);
    auto result = import.commit(*preview, PeopleImport::CommitMode::Strict);
    QVERIFY(!result);
    QCOMPARE(result.error().code, u"people_import.errors"_s);
    QCOMPARE(count(u"SELECT COUNT(*) FROM person"_s), peopleBefore);
    QCOMPARE(count(u"SELECT COUNT(*) FROM sync_outbox"_s), outboxBefore);
    QCOMPARE(count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'people.import'"_s), 0);
}

void TestTransfer::validRowsOnlyCommit()
{
    const QString path = writeCsv(u"valid-only.csv"_s,
                                  "Họ và tên,Ngày sinh,Giới tính,Số CCCD,Xã/phường\r\n"
                                  "Nguyễn Văn An,17/05/1990,Nam,010090123456,Bản Vược\r\n"
                                  "Trần Thị Bình,01/01/1990,Nữ,010185000001,Quang Kim\r\n"
                                  "Lê Thị Hoa,1992,Nữ,,Thị trấn Bát Xát\r\n");
    auto preview = previewOf(path, kBatXat);
    QVERIFY(preview);
    QCOMPARE(preview->ready, 2);
    QCOMPARE(preview->errors, 1);
    PeopleImport import(*m_context);
    auto result = import.commit(*preview, PeopleImport::CommitMode::ValidRowsOnly);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
    QCOMPARE(result->created, 2);
    QCOMPARE(result->skippedErrors, 1);
    QCOMPARE(count(u"SELECT COUNT(*) FROM person"_s), 2);
    QCOMPARE(count(u"SELECT COUNT(*) FROM person WHERE commune_code = '02710' "
                   "AND birth_date = '1990-05-17' AND sex = 'male' AND id_kind = 'cccd' "
                   "AND created_by = 'user-1'"_s),
             1);
    QCOMPARE(count(u"SELECT COUNT(*) FROM person WHERE commune_code = '02683' "
                   "AND birth_date = '1992' AND id_kind = 'none'"_s),
             1);
    // Change capture and one audit entry with counts only.
    QCOMPARE(count(u"SELECT COUNT(*) FROM sync_outbox WHERE table_name = 'person'"_s), 2);
    QSqlQuery audit(m_context->database().connection());
    QVERIFY(audit.exec(u"SELECT detail, username FROM audit_log WHERE action = 'people.import'"_s));
    QVERIFY(audit.next());
    QCOMPARE(audit.value(0).toString(),
             u"rows 3, created 2, already registered 0, skipped with errors 1"_s);
    QCOMPARE(audit.value(1).toString(), u"clerk"_s);
    QVERIFY(!audit.next());
    // Names and ID numbers never reach the audit log.
    QCOMPARE(count(u"SELECT COUNT(*) FROM audit_log WHERE detail LIKE '%Nguy%' "
                   "OR detail LIKE '%0100901%'"_s),
             0);
}

void TestTransfer::registeredAndRepeatedNumbers()
{
    pd::core::Person existing;
    existing.fullName = u"Nguyễn Văn An"_s;
    existing.idKind = pd::core::Person::IdKind::Cccd;
    existing.idNumber = u"010090123456"_s;
    existing.dateOfBirth = pd::core::BirthDate::fromDate(QDate(1990, 5, 17));
    existing.sex = pd::core::Sex::Male;
    auto created = pd::core::PersonStore(*m_context).create(existing);
    QVERIFY(created);

    const QString path = writeCsv(u"repeated.csv"_s,
                                  "Họ và tên,Số CCCD,Ngày sinh,Giới tính\n"
                                  "Nguyễn Văn An,010090123456,17/05/1990,Nam\n" // 2: registered
                                  "Lê Văn Bảo,010095000002,1995,Nam\n" // 3: ready
                                  "Lê Văn Bảo,010095000002,1995,Nam\n" // 4: repeats row 3
                                  "Hà Thị Cúc,,1970,Nữ\n"); // 5: ready, no number
    auto preview = previewOf(path);
    QVERIFY(preview);
    QCOMPARE(preview->registered, 1);
    QCOMPARE(preview->ready, 2);
    QCOMPARE(preview->errors, 1);
    QCOMPARE(preview->rows[0].state, ImportRow::State::Registered);
    QCOMPARE(preview->rows[0].registeredId, created->person.id);
    QCOMPARE(preview->rows[2].state, ImportRow::State::Error);
    QCOMPARE(preview->rows[2].issues.first().code, u"import.duplicate_in_file"_s);
    QVERIFY(preview->rows[2].issues.first().message.contains(u"row 3"_s));

    // Registered since the preview: skipped at commit too.
    pd::core::Person late;
    late.fullName = u"Lê Văn Bảo"_s;
    late.idKind = pd::core::Person::IdKind::Cccd;
    late.idNumber = u"010095000002"_s;
    late.dateOfBirth = pd::core::BirthDate::fromYear(1995);
    QVERIFY(pd::core::PersonStore(*m_context).create(late));
    PeopleImport import(*m_context);
    auto result = import.commit(*preview, PeopleImport::CommitMode::ValidRowsOnly);
    QVERIFY(result);
    QCOMPARE(result->created, 1);
    QCOMPARE(result->registered, 2);
    QCOMPARE(count(u"SELECT COUNT(*) FROM person WHERE id_number = '010095000002'"_s), 1);
}

void TestTransfer::communeNames_data()
{
    QTest::addColumn<QByteArray>("columns"); // header line
    QTest::addColumn<QByteArray>("values");
    QTest::addColumn<QString>("area");
    QTest::addColumn<QString>("commune"); // expected code, or "!field" for an error
    QTest::newRow("name in the default district")
        << QByteArray("Xã") << QByteArray("Bản Vược") << kBatXat << kBanVuoc;
    QTest::newRow("with kind, no diacritics")
        << QByteArray("Xã/phường") << QByteArray("xa ban vuoc") << kBatXat << kBanVuoc;
    QTest::newRow("town") << QByteArray("Xã") << QByteArray("TT. Bát Xát") << kBatXat
                          << kTownBatXat;
    QTest::newRow("default province, unique name")
        << QByteArray("Xã") << QByteArray("Quang Kim") << u"10"_s << kQuangKim;
    QTest::newRow("district column")
        << QByteArray("Xã,Huyện") << QByteArray("Bản Vược,Bát Xát") << u"10"_s << kBanVuoc;
    QTest::newRow("whole path in one cell")
        << QByteArray("Xã") << QByteArray("\"Xã Bản Vược, Huyện Bát Xát, Tỉnh Lào Cai\"")
        << QString() << kBanVuoc;
    QTest::newRow("code with lost zeros")
        << QByteArray("Mã xã") << QByteArray("2710") << QString() << kBanVuoc;
    QTest::newRow("no area") << QByteArray("Xã") << QByteArray("Bản Vược") << QString()
                             << u"!commune"_s;
    QTest::newRow("not in the district")
        << QByteArray("Xã") << QByteArray("Phúc Xá") << kBatXat << u"!commune"_s;
    QTest::newRow("unknown district")
        << QByteArray("Xã,Huyện") << QByteArray("Bản Vược,Không Có") << u"10"_s << u"!district"_s;
    QTest::newRow("town and commune of one name: the kind decides")
        << QByteArray("Xã,Huyện") << QByteArray("Xã Yên Viên,Gia Lâm") << u"01"_s << u"00532"_s;
    QTest::newRow("town and commune of one name: the kind missing")
        << QByteArray("Xã,Huyện") << QByteArray("Yên Viên,Gia Lâm") << u"01"_s << u"!commune"_s;
    QTest::newRow("numbered ward")
        << QByteArray("Phường,Quận,Tỉnh") << QByteArray("Phường 1,Quận 3,TP. Hồ Chí Minh")
        << QString() << u"27160"_s;
}

void TestTransfer::communeNames()
{
    QFETCH(QByteArray, columns);
    QFETCH(QByteArray, values);
    QFETCH(QString, area);
    QFETCH(QString, commune);
    static int file = 0;
    const QString path =
        writeCsv(u"communes-%1.csv"_s.arg(++file),
                 "Họ và tên,Năm sinh," + columns + "\nAn Văn Bình,1990," + values + "\n");
    auto preview = previewOf(path, area);
    QVERIFY2(preview, qPrintable(preview ? QString() : preview.error().message));
    QCOMPARE(preview->rows.size(), 1);
    const ImportRow &row = preview->rows.first();
    if (commune.startsWith(QLatin1Char('!'))) {
        QCOMPARE(row.state, ImportRow::State::Error);
        QCOMPARE(row.issues.first().field, commune.mid(1));
    } else {
        QVERIFY2(row.issues.isEmpty(), qPrintable(row.issues.value(0).message));
        QCOMPARE(row.person.communeCode, commune);
    }
}

void TestTransfer::numbersExcelStoredAsNumbers()
{
    // CCCD 001090012345 typed into a number cell is stored as 1090012345;
    // the mobile 0912345678 as 912345678.
    const QString path = writeXlsx(u"numbers.xlsx"_s,
                                   {
                                       {u"Họ và tên"_s, u"CCCD"_s, u"Năm sinh"_s, u"SĐT"_s},
                                       {u"Nguyễn Văn An"_s, 1090012345.0, 1990.0, 912345678.0},
                                       {u"Hà Văn Bình"_s, 12345678.0, 1960.0, QVariant()},
                                   });
    auto preview = previewOf(path);
    QVERIFY(preview);
    QCOMPARE(preview->errors, 0);
    QCOMPARE(preview->rows[0].person.idNumber, u"001090012345"_s);
    QCOMPARE(preview->rows[0].person.idKind, pd::core::Person::IdKind::Cccd);
    QCOMPARE(preview->rows[0].person.phone, u"0912345678"_s);
    QCOMPARE(preview->rows[0].person.dateOfBirth.toIsoString(), u"1990"_s);
    QCOMPARE(preview->rows[1].person.idNumber, u"012345678"_s);
    QCOMPARE(preview->rows[1].person.idKind, pd::core::Person::IdKind::Cmnd);
}

void TestTransfer::cancelledCommitRollsBack()
{
    QByteArray csv = "Họ và tên,Năm sinh\n";
    for (int i = 0; i < 500; ++i)
        csv += "Người Số " + QByteArray::number(i) + ",1980\n";
    auto preview = previewOf(writeCsv(u"cancel.csv"_s, csv));
    QVERIFY(preview);
    QCOMPARE(preview->ready, 500);
    JobControl control;
    control.cancelAt(250); // half-way through the transaction
    PeopleImport import(*m_context);
    auto result = import.commit(*preview, PeopleImport::CommitMode::Strict, &control);
    QVERIFY(!result);
    QCOMPARE(result.error().code, u"job.cancelled"_s);
    QVERIFY(control.done() >= 250 && control.done() < 500);
    QCOMPARE(count(u"SELECT COUNT(*) FROM person"_s), 0);
    QCOMPARE(count(u"SELECT COUNT(*) FROM sync_outbox WHERE table_name = 'person'"_s), 0);
    QCOMPARE(count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'people.import'"_s), 0);
}

void TestTransfer::importThroughBackgroundJob()
{
    // The dialog's path: read and check on a worker, then commit on one.
    QByteArray csv = "Họ và tên,Năm sinh,Giới tính\n";
    for (int i = 0; i < 300; ++i)
        csv += "Người Số " + QByteArray::number(i) + ",1980,Nam\n";
    const QString path = writeCsv(u"job.csv"_s, csv);
    auto preview = std::make_shared<pd::core::ImportPreview>();
    BackgroundJob check(*m_context,
                        [&](CoreContext &core, JobControl &control) -> pd::core::Status {
                            auto table = PeopleImport::readTable(path, &control);
                            if (!table)
                                return std::unexpected(table.error());
                            auto checked = PeopleImport(core).preview(*table, {}, &control);
                            if (!checked)
                                return std::unexpected(checked.error());
                            *preview = std::move(*checked);
                            return {};
                        });
    QSignalSpy checked(&check, &BackgroundJob::finished);
    check.start();
    QVERIFY(checked.wait(10000));
    QVERIFY(check.status());
    QCOMPARE(preview->ready, 300);

    auto summary = std::make_shared<pd::core::ImportSummary>();
    BackgroundJob commit(
        *m_context, [&](CoreContext &core, JobControl &control) -> pd::core::Status {
            auto done =
                PeopleImport(core).commit(*preview, PeopleImport::CommitMode::Strict, &control);
            if (!done)
                return std::unexpected(done.error());
            *summary = *done;
            return {};
        });
    commit.setActor(u"user-1"_s, u"clerk"_s); // no such account in this file to look up
    QSignalSpy committed(&commit, &BackgroundJob::finished);
    commit.start();
    QVERIFY(committed.wait(10000));
    QVERIFY2(commit.status(),
             qPrintable(commit.status() ? QString() : commit.status().error().message));
    QCOMPARE(summary->created, 300);
    QCOMPARE(commit.control().done(), 300);
    // Seen from the UI thread's own connection.
    QCOMPARE(count(u"SELECT COUNT(*) FROM person"_s), 300);
    QCOMPARE(count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'people.import' "
                   "AND username = 'clerk'"_s),
             1);
}

// --- district export ---------------------------------------------------------

void TestTransfer::defaultFileName_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<bool>("csv");
    QTest::addColumn<QString>("name");
    QTest::newRow("one day") << kBatXat << kDay << kDay << false
                             << u"huyen-bat-xat_2026-11-22.xlsx"_s;
    QTest::newRow("range, csv") << u"001"_s << QDate(2026, 11, 20) << kDay << true
                                << u"quan-ba-dinh_2026-11-20_to_2026-11-22.csv"_s;
    QTest::newRow("town") << u"088"_s << kDay << kDay << false << u"thi-xa-sa-pa_2026-11-22.xlsx"_s;
}

void TestTransfer::defaultFileName()
{
    QFETCH(QString, code);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(bool, csv);
    QFETCH(QString, name);
    const auto district = m_context->adminUnits().find(code);
    QVERIFY(district);
    QCOMPARE(DistrictExport::defaultFileName(*district, from, to,
                                             csv ? DistrictExport::Format::Csv
                                                 : DistrictExport::Format::Xlsx),
             name);
}

void TestTransfer::addDeclaration(const QString &id, const QString &name, const QString &idNumber,
                                  const QString &commune, qint64 atMs, const QString &supersedes,
                                  int symptoms)
{
    const auto unit = m_context->adminUnits().find(commune);
    QVERIFY(unit);
    const auto district = m_context->adminUnits().find(unit->parentCode);
    QVERIFY(district);
    exec(u"INSERT INTO declaration(id, hlc, origin, supersedes_id, person_id, id_kind, id_number, "
         "full_name, folded_name, birth_date, birth_year, sex, province_code, district_code, "
         "commune_code, street, phone, symptoms, attention, vaccine_doses, last_dose_date, "
         "travel_means, declared_at_ms) "
         "VALUES (?, 1, 'test', ?, 'p', ?, ?, ?, ?, '1990-05-17', 1990, 'male', ?, ?, ?, "
         "'Thôn 1', '0912345678', ?, ?, 2, '2021-08-01', 'motorbike', ?)"_s,
         {id, supersedes, idNumber.isEmpty() ? u"none"_s : u"cccd"_s, idNumber, name,
          name.toLower(), district->parentCode, district->code, commune, symptoms, symptoms ? 1 : 0,
          atMs});
}

void TestTransfer::addCheckin(qint64 atMs, const QString &name, const QString &idNumber,
                              const QString &locationUnit, const QString &direction)
{
    static int next = 0;
    exec(u"INSERT INTO checkin(id, hlc, origin, at_ms, direction, location_unit_code, "
         "location_name, code_kind, verdict, id_number, full_name, birth_date) "
         "VALUES (?, 1, 'test', ?, ?, ?, 'Chốt Km 5', 'cccd', 'valid', ?, ?, '1985')"_s,
         {u"checkin-%1"_s.arg(++next, 4, 10, QLatin1Char('0')), atMs, direction, locationUnit,
          idNumber, name});
}

void TestTransfer::seedExportData()
{
    // The check-in log, created as the scan module's migration does.
    QFile migration(qEnvironmentVariable("PD_SOURCE_DIR")
                    + u"/resources/sql/scan/0001_checkin.sql"_s);
    QVERIFY(migration.open(QIODevice::ReadOnly));
    QString sql;
    for (const QString &line : QString::fromUtf8(migration.readAll()).split(QLatin1Char('\n')))
        sql += line.left(line.indexOf(u"--"_s)) + QLatin1Char('\n'); // comments hold ';'
    for (const QString &statement : sql.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        if (!statement.trimmed().isEmpty() && statement.contains(u"CREATE"_s))
            exec(statement);
    }

    const QDate before = kDay.addDays(-1);
    addDeclaration(u"d1"_s, u"Nguyễn Văn An"_s, u"010090123456"_s, kBanVuoc, at(kDay, 8), {}, 1);
    addDeclaration(u"d2"_s, u"Trần Thị Bình"_s, u"010185000001"_s, kTownBatXat, at(kDay, 9));
    // d3 corrected by d4 (same day): only d4 is listed.
    addDeclaration(u"d3"_s, u"Lê Văn Cườngg"_s, u"010080000003"_s, kQuangKim, at(kDay, 10));
    addDeclaration(u"d4"_s, u"Lê Văn Cường"_s, u"010080000003"_s, kQuangKim, at(kDay, 11), u"d3"_s);
    // Another district (Phúc Xá, Ba Đình) and another day.
    addDeclaration(u"d5"_s, u"Phạm Văn Dũng"_s, u"001090000005"_s, u"00001"_s, at(kDay, 9));
    addDeclaration(u"d6"_s, u"Đỗ Thị Em"_s, u"010190000006"_s, kBanVuoc, at(before, 9));
    // A resident of Bát Xát (latest declaration) seen at a Hà Nội checkpoint.
    addDeclaration(u"d7"_s, u"Hoàng Văn Giang"_s, u"010070000007"_s, kBanVuoc, at(before, 8));

    addCheckin(at(kDay, 7), u"Vũ Văn Hải"_s, u"010085000011"_s, kTownBatXat); // in: checkpoint
    addCheckin(at(kDay, 7, 30), u"Vũ Văn Hải"_s, u"010085000011"_s, kTownBatXat, u"out"_s);
    addCheckin(at(kDay, 8), u"Hoàng Văn Giang"_s, u"010070000007"_s, u"00001"_s); // in: resident
    addCheckin(at(kDay, 9), u"Phạm Văn Dũng"_s, u"001090000005"_s, u"00001"_s); // not ours
    addCheckin(at(kDay, 10), {}, {}, kTownBatXat); // no identity: not listed
    addCheckin(at(before, 10), u"Vũ Văn Hải"_s, u"010085000011"_s, kBatXat); // another day
    addCheckin(at(kDay, 12), u"Mai Thị Kim"_s, u"010180000012"_s, kBatXat); // in: district code
}

void TestTransfer::districtExportXlsx()
{
    seedExportData();
    const QString path = m_dir.filePath(u"out/huyen-bat-xat_2026-11-22.xlsx"_s);
    DistrictExport::Request request {kBatXat,
                                     kDay,
                                     kDay,
                                     DistrictExport::Format::Xlsx,
                                     DistrictExport::Sheets(DistrictExport::Sheet::Declarations)
                                         | DistrictExport::Sheet::Arrivals,
                                     path};
    // Through a background job, as the dialog runs it.
    auto summary = std::make_shared<DistrictExport::Summary>();
    BackgroundJob job(*m_context, [&](CoreContext &core, JobControl &control) -> pd::core::Status {
        auto done = DistrictExport(core).run(request, &control);
        if (!done)
            return std::unexpected(done.error());
        *summary = *done;
        return {};
    });
    job.setActor(u"user-1"_s, u"clerk"_s); // no such account in this file to look up
    QSignalSpy finished(&job, &BackgroundJob::finished);
    job.start();
    QVERIFY(finished.wait(10000));
    QVERIFY2(job.status(), qPrintable(job.status() ? QString() : job.status().error().message));
    QCOMPARE(summary->declarations, 3);
    QCOMPARE(summary->arrivals, 3);
    QCOMPARE(summary->files, QStringList {path});
    QCOMPARE(job.control().total(), 6);
    QCOMPARE(job.control().done(), 6);
    // Only the workbook is left in the folder.
    QCOMPARE(QDir(m_dir.filePath(u"out"_s)).entryList(QDir::Files | QDir::Hidden),
             QStringList {u"huyen-bat-xat_2026-11-22.xlsx"_s});

    const QList<TableRow> declarations = readSheet(path, DistrictExport::declarationsSheetName());
    QCOMPARE(declarations.size(), 4);
    QCOMPARE(declarations[0].cells.size(), DistrictExport::declarationColumns().size());
    QCOMPARE(cell(declarations, 1, u"Full name"_s), QVariant(u"Nguyễn Văn An"_s));
    QCOMPARE(cell(declarations, 1, u"Declared at"_s), QVariant(QDateTime(kDay, QTime(8, 0))));
    QCOMPARE(cell(declarations, 1, u"Needs attention"_s), QVariant(u"Yes"_s));
    QCOMPARE(cell(declarations, 1, u"Fever"_s), QVariant(u"Yes"_s));
    QCOMPARE(cell(declarations, 1, u"Cough"_s), QVariant(u"No"_s));
    QCOMPARE(cell(declarations, 1, u"Commune"_s), QVariant(u"Xã Bản Vược"_s));
    QCOMPARE(cell(declarations, 1, u"District"_s), QVariant(u"Huyện Bát Xát"_s));
    QCOMPARE(cell(declarations, 1, u"Date of birth"_s), QVariant(QDate(1990, 5, 17)));
    QCOMPARE(cell(declarations, 1, u"Last dose"_s), QVariant(QDate(2021, 8, 1)));
    QCOMPARE(cell(declarations, 1, u"Vaccine doses"_s), QVariant(2.0));
    QCOMPARE(cell(declarations, 1, u"Means of travel"_s), QVariant(u"Motorbike"_s));
    QCOMPARE(cell(declarations, 1, u"ID number"_s), QVariant(u"010090123456"_s));
    QCOMPARE(cell(declarations, 2, u"Needs attention"_s), QVariant());
    // The correction, not the corrected declaration.
    QCOMPARE(cell(declarations, 3, u"Full name"_s), QVariant(u"Lê Văn Cường"_s));
    QCOMPARE(cell(declarations, 3, u"Record id"_s), QVariant(u"d4"_s));

    const QList<TableRow> arrivals = readSheet(path, DistrictExport::arrivalsSheetName());
    QCOMPARE(arrivals.size(), 4);
    QCOMPARE(cell(arrivals, 1, u"Full name"_s), QVariant(u"Vũ Văn Hải"_s));
    QCOMPARE(cell(arrivals, 1, u"Time"_s), QVariant(QDateTime(kDay, QTime(7, 0))));
    QCOMPARE(cell(arrivals, 1, u"Date of birth"_s), QVariant(u"1985"_s));
    QCOMPARE(cell(arrivals, 1, u"Checkpoint"_s), QVariant(u"Chốt Km 5"_s));
    QCOMPARE(cell(arrivals, 1, u"Verdict"_s), QVariant(u"Valid"_s));
    QCOMPARE(cell(arrivals, 2, u"Full name"_s), QVariant(u"Hoàng Văn Giang"_s));
    QVERIFY(cell(arrivals, 2, u"Commune of residence (latest declaration)"_s)
                .toString()
                .startsWith(u"Xã Bản Vược"_s));
    QCOMPARE(cell(arrivals, 3, u"Full name"_s), QVariant(u"Mai Thị Kim"_s));

    // Audited with counts, no personal data.
    QSqlQuery audit(m_context->database().connection());
    QVERIFY(audit.exec(u"SELECT entity_id, detail, username FROM audit_log "
                       "WHERE action = 'export.district'"_s));
    QVERIFY(audit.next());
    QCOMPARE(audit.value(0).toString(), kBatXat);
    QCOMPARE(audit.value(1).toString(),
             u"xlsx, 2026-11-22..2026-11-22, declarations 3, arrivals 3"_s);
    QCOMPARE(audit.value(2).toString(), u"clerk"_s);

    // A range of two days takes the day before too.
    DistrictExport::Request twoDays = request;
    twoDays.from = kDay.addDays(-1);
    twoDays.path = m_dir.filePath(u"out/two-days.xlsx"_s);
    auto wider = DistrictExport(*m_context).run(twoDays);
    QVERIFY(wider);
    QCOMPARE(wider->declarations, 5);
    QCOMPARE(wider->arrivals, 4);
}

void TestTransfer::districtExportCsv()
{
    seedExportData();
    DistrictExport::Request request {kBatXat,
                                     kDay,
                                     kDay,
                                     DistrictExport::Format::Csv,
                                     DistrictExport::Sheets(DistrictExport::Sheet::Declarations)
                                         | DistrictExport::Sheet::Arrivals,
                                     m_dir.filePath(u"csv/huyen-bat-xat_2026-11-22.csv"_s)};
    auto summary = DistrictExport(*m_context).run(request);
    QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().message));
    QCOMPARE(summary->files,
             (QStringList {m_dir.filePath(u"csv/huyen-bat-xat_2026-11-22-declarations.csv"_s),
                           m_dir.filePath(u"csv/huyen-bat-xat_2026-11-22-arrivals.csv"_s)}));
    for (const QString &file : summary->files) {
        QFile csv(file);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray bytes = csv.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.contains("\r\n"));
    }
    QFile declarations(summary->files.first());
    QVERIFY(declarations.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(declarations.readAll()).split(u"\r\n"_s);
    QCOMPARE(lines.size(), 5); // header, 3 rows, the final empty string
    QVERIFY(lines[1].startsWith(u"22/11/2026 08:00,Yes,Commune office,Nguyễn Văn An,CCCD,"
                                "010090123456,17/05/1990,Male"_s));
    QCOMPARE(QDir(m_dir.filePath(u"csv"_s)).entryList(QDir::Files | QDir::Hidden).size(), 2);

    // One sheet: exactly the given file.
    request.sheets = DistrictExport::Sheet::Arrivals;
    request.path = m_dir.filePath(u"csv/arrivals-only.csv"_s);
    auto arrivals = DistrictExport(*m_context).run(request);
    QVERIFY(arrivals);
    QCOMPARE(arrivals->files, QStringList {request.path});
    QCOMPARE(arrivals->declarations, 0);
    QCOMPARE(arrivals->arrivals, 3);
}

void TestTransfer::districtExportWithoutCheckinLog()
{
    addDeclaration(u"d1"_s, u"Nguyễn Văn An"_s, u"010090123456"_s, kBanVuoc, at(kDay, 8));
    const QString path = m_dir.filePath(u"no-log.xlsx"_s);
    auto summary = DistrictExport(*m_context)
                       .run({kBatXat, kDay, kDay, DistrictExport::Format::Xlsx,
                             DistrictExport::Sheets(DistrictExport::Sheet::Declarations)
                                 | DistrictExport::Sheet::Arrivals,
                             path});
    QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().message));
    QVERIFY(!summary->checkinLogPresent);
    QCOMPARE(summary->declarations, 1);
    QCOMPARE(summary->arrivals, 0);
    QCOMPARE(readSheet(path, DistrictExport::arrivalsSheetName()).size(), 1); // the header
}

void TestTransfer::districtExportCancelledLeavesNoFile()
{
    seedExportData();
    for (int i = 0; i < 600; ++i)
        addDeclaration(u"bulk-%1"_s.arg(i), u"Người Số %1"_s.arg(i), {}, kBanVuoc,
                       at(kDay, 13) + i);
    for (const auto format : {DistrictExport::Format::Xlsx, DistrictExport::Format::Csv}) {
        const QString folder = m_dir.filePath(
            u"cancel-%1"_s.arg(format == DistrictExport::Format::Xlsx ? u"xlsx"_s : u"csv"_s));
        JobControl control;
        control.cancelAt(300);
        auto summary = DistrictExport(*m_context)
                           .run({kBatXat, kDay, kDay, format,
                                 DistrictExport::Sheets(DistrictExport::Sheet::Declarations)
                                     | DistrictExport::Sheet::Arrivals,
                                 folder + u"/export.xlsx"_s},
                                &control);
        QVERIFY(!summary);
        QCOMPARE(summary.error().code, u"job.cancelled"_s);
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList());
    }
    QCOMPARE(count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'export.district'"_s), 0);
}

void TestTransfer::districtExportRefusesBadInput()
{
    const QString path = m_dir.filePath(u"refused.xlsx"_s);
    DistrictExport exporter(*m_context);
    const auto code = [&](const DistrictExport::Request &request) {
        auto result = exporter.run(request);
        return result ? QString() : result.error().code;
    };
    const auto both = DistrictExport::Sheets(DistrictExport::Sheet::Declarations)
        | DistrictExport::Sheet::Arrivals;
    QCOMPARE(code({kBanVuoc, kDay, kDay, DistrictExport::Format::Xlsx, both, path}),
             u"export.district"_s);
    QCOMPARE(code({u"10"_s, kDay, kDay, DistrictExport::Format::Xlsx, both, path}),
             u"export.district"_s);
    QCOMPARE(code({kBatXat, kDay, kDay.addDays(-1), DistrictExport::Format::Xlsx, both, path}),
             u"export.dates"_s);
    QCOMPARE(code({kBatXat, kDay, kDay, DistrictExport::Format::Xlsx, both, QString()}),
             u"export.write"_s);
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(TestTransfer)
#include "tst_transfer.moc"
