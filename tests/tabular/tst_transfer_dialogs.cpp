// The people import and district export dialogs on the offscreen platform:
// the preview model under QAbstractItemModelTester, a list read and checked
// off the UI thread, the Import button held back by errors until "valid rows
// only", a column mapped by hand, and a one-click export.
#include "clock.h"
#include "corecontext.h"
#include "declarationstore.h"
#include "districtexportdialog.h"
#include "importpreviewmodel.h"
#include "peopleimportdialog.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using pd::core::CoreContext;
using pd::declaration::DistrictExportDialog;
using pd::declaration::ImportPreviewModel;
using pd::declaration::PeopleImportDialog;

class TestTransferDialogs : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void previewModel();
    void importHeldBackByErrors();
    void mappingByHand();
    void oneClickExport();

private:
    QString writeFile(const QString &name, const QByteArray &bytes);
    int people();

    QTemporaryDir m_dir;
    int m_fileCount = 0;
    pd::core::ManualClock m_clock {QDateTime(QDate(2026, 11, 22), QTime(9, 0)).toMSecsSinceEpoch()};
    std::unique_ptr<CoreContext> m_context;
};

void TestTransferDialogs::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestTransferDialogs::init()
{
    auto context = CoreContext::open(m_dir.filePath(u"data-%1.sqlite"_s.arg(++m_fileCount)),
                                     {pd::declaration::DeclarationStore::schema()}, m_clock);
    QVERIFY2(context, qPrintable(context ? QString() : context.error().message));
    m_context = std::move(*context);
}

void TestTransferDialogs::cleanup()
{
    m_context.reset();
}

QString TestTransferDialogs::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

int TestTransferDialogs::people()
{
    QSqlQuery query(m_context->database().connection());
    return query.exec(u"SELECT COUNT(*) FROM person"_s) && query.next() ? query.value(0).toInt()
                                                                        : -1;
}

void TestTransferDialogs::previewModel()
{
    const QString path = writeFile(u"model.csv"_s,
                                   "Họ và tên,Năm sinh,Giới tính\n"
                                   "Nguyễn Văn An,1990,Nam\n"
                                   ",1991,Nữ\n");
    auto table = pd::core::PeopleImport::readTable(path);
    QVERIFY(table);
    auto preview = pd::core::PeopleImport(*m_context).preview(*table, {});
    QVERIFY(preview);
    ImportPreviewModel model(m_context->adminUnits());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setPreview(std::make_shared<pd::core::ImportPreview>(*preview));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, ImportPreviewModel::NameColumn).data().toString(), u"Nguyễn Văn An"_s);
    QCOMPARE(model.index(0, ImportPreviewModel::RowColumn).data().toInt(), 2);
    QCOMPARE(model.index(0, ImportPreviewModel::BirthColumn).data().toString(), u"1990"_s);
    QCOMPARE(model.index(1, ImportPreviewModel::StateColumn).data().toString(), u"Error"_s);
    QVERIFY(model.index(1, ImportPreviewModel::ProblemsColumn)
                .data()
                .toString()
                .startsWith(u"Full name"_s));
    QVERIFY(model.index(1, 0).data(Qt::ForegroundRole).isValid());
    QVERIFY(!model.index(0, 0).data(Qt::ForegroundRole).isValid());
    model.setPreview(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void TestTransferDialogs::importHeldBackByErrors()
{
    PeopleImportDialog dialog(*m_context);
    dialog.show();
    QSignalSpy ready(&dialog, &PeopleImportDialog::previewReady);
    dialog.openFile(writeFile(u"dialog.csv"_s,
                              "Họ và tên;Năm sinh;Xã\n"
                              "Nguyễn Văn An;1990;Bản Vược\n"
                              "Lê Thị Hoa;1992;Quang Kim\n"
                              ";1991;\n"));
    QVERIFY(dialog.isBusy());
    QVERIFY(ready.wait(10000));
    // Commune names without an area are errors: choosing Bát Xát checks again.
    QCOMPARE(dialog.summaryText(), u"0 row(s) ready, 3 with errors, 0 already registered"_s);
    dialog.setCommuneArea(u"082"_s);
    QVERIFY(ready.wait(10000));
    QCOMPARE(dialog.summaryText(), u"2 row(s) ready, 1 with errors, 0 already registered"_s);
    QVERIFY(!dialog.canImport());
    dialog.setValidRowsOnly(true);
    QVERIFY(dialog.canImport());

    QSignalSpy imported(&dialog, &PeopleImportDialog::imported);
    dialog.startImport();
    QVERIFY(imported.wait(10000));
    QCOMPARE(imported.first().first().toInt(), 2);
    QCOMPARE(people(), 2);
    QVERIFY(!dialog.canImport()); // the same rows are not imported twice
}

void TestTransferDialogs::mappingByHand()
{
    PeopleImportDialog dialog(*m_context);
    QSignalSpy ready(&dialog, &PeopleImportDialog::previewReady);
    dialog.openFile(writeFile(u"unknown-header.csv"_s,
                              "Khách,Năm sinh\n"
                              "Nguyễn Văn An,1990\n"));
    // No column is recognised as the name: nothing to check yet.
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 10000);
    QCOMPARE(ready.size(), 0);
    QVERIFY(!dialog.canImport());
    dialog.setMapping(0, pd::core::ImportField::FullName);
    QVERIFY(ready.wait(10000));
    QCOMPARE(dialog.summaryText(), u"1 row(s) ready, 0 with errors, 0 already registered"_s);
    QVERIFY(dialog.canImport());
}

void TestTransferDialogs::oneClickExport()
{
    DistrictExportDialog dialog(*m_context);
    dialog.show();
    dialog.setDistrict(u"082"_s);
    dialog.setFolder(m_dir.filePath(u"exports"_s));
    QSignalSpy exported(&dialog, &DistrictExportDialog::exported);
    dialog.startExport();
    QVERIFY(exported.wait(10000));
    const QString expected = m_dir.filePath(u"exports/huyen-bat-xat_2026-11-22.xlsx"_s);
    QCOMPARE(dialog.writtenFiles(), QStringList {expected});
    QVERIFY(QFile::exists(expected));
    QVERIFY(!dialog.isRunning());
}

QTEST_MAIN(TestTransferDialogs)
#include "tst_transfer_dialogs.moc"
