// The core item models under QAbstractItemModelTester, which checks every
// index, parent, row-count and signal contract as the models change.
#include "adminunitsearchmodel.h"
#include "auditlogmodel.h"
#include "corecontext.h"
#include "usermodel.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QtTest>

using namespace pd::core;

class TestModels : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void userModel();
    void auditLogModelPages();
    void adminUnitSearchModel_data();
    void adminUnitSearchModel();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<CoreContext> m_core;
};

void TestModels::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_clock = std::make_unique<ManualClock>();
    auto core = CoreContext::open(m_dir->filePath(QStringLiteral("models.sqlite")), {}, *m_clock);
    QVERIFY2(core, core ? "" : qPrintable(core.error().message));
    m_core = std::move(*core);
}

void TestModels::cleanup()
{
    m_core.reset();
    m_clock.reset();
    m_dir.reset();
}

void TestModels::userModel()
{
    UserModel model(m_core->users(), *m_clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(UserModel::ColumnCount));

    auto admin = m_core->users().create(QStringLiteral("admin"), QStringLiteral("Trần Thị Hoà"),
                                        QStringLiteral("mat-khau-1"), {Role::Admin});
    QVERIFY(admin);
    QVERIFY(m_core->users().create(QStringLiteral("chot"), QStringLiteral("Lê Văn Tám"),
                                   QStringLiteral("mat-khau-2"), {Role::Checkpoint, Role::Clerk}));
    QVERIFY(model.refresh());
    QCOMPARE(model.rowCount(), 2);
    // Sorted by username.
    QCOMPARE(model.index(0, UserModel::UsernameColumn).data().toString(), QStringLiteral("admin"));
    QCOMPARE(model.index(1, UserModel::UsernameColumn).data(UserModel::RoleKeysRole).toString(),
             QStringLiteral("checkpoint,clerk"));
    QCOMPARE(model.index(0, 0).data(UserModel::UserIdRole).toString(), admin->id);
    QCOMPARE(model.index(1, 0).data(UserModel::LockedRole).toBool(), false);

    for (int i = 0; i < UserStore::maxFailedAttempts; ++i)
        QVERIFY(!m_core->users().authenticate(QStringLiteral("chot"), QStringLiteral("sai")));
    QVERIFY(model.refresh());
    QCOMPARE(model.index(1, 0).data(UserModel::LockedRole).toBool(), true);
    QCOMPARE(model.index(1, UserModel::StatusColumn).data().toString(), QStringLiteral("Locked"));
    QCOMPARE(model.headerData(UserModel::RolesColumn, Qt::Horizontal).toString(),
             QStringLiteral("Roles"));
}

void TestModels::auditLogModelPages()
{
    const int entries = AuditLogModel::pageSize * 2 + 17;
    QVERIFY(m_core->database().transaction([&]() -> Status {
        for (int i = 0; i < entries; ++i) {
            m_clock->advanceMs(1000);
            if (auto ok = m_core->audit().record(QStringLiteral("settings.save"),
                                                 QStringLiteral("device"), QString::number(i));
                !ok)
                return ok;
        }
        return {};
    }));

    AuditLogModel model(m_core->database());
    // Only the first page is read until a view asks for more (the tester
    // below fetches, so count first).
    QCOMPARE(model.rowCount(), AuditLogModel::pageSize);
    QVERIFY(model.canFetchMore({}));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Newest first.
    QCOMPARE(model.index(0, AuditLogModel::EntityColumn).data().toString(),
             QStringLiteral("device %1").arg(entries - 1));
    QCOMPARE(model.index(0, AuditLogModel::ActionColumn).data().toString(),
             QStringLiteral("Settings changed"));
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), entries);
    QCOMPARE(model.index(entries - 1, AuditLogModel::EntityColumn).data().toString(),
             QStringLiteral("device 0"));
    const qint64 newest = model.index(0, 0).data(AuditLogModel::TimestampMsRole).toLongLong();
    const qint64 oldest =
        model.index(entries - 1, 0).data(AuditLogModel::TimestampMsRole).toLongLong();
    QCOMPARE(newest - oldest, qint64(entries - 1) * 1000);
    // An unknown action key is shown as it is rather than hidden.
    QCOMPARE(AuditLogModel::actionTitle(QStringLiteral("future.action")),
             QStringLiteral("future.action"));
}

void TestModels::adminUnitSearchModel_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("firstCode");
    QTest::addColumn<QString>("firstPath");
    QTest::newRow("commune, no diacritics")
        << QStringLiteral("phuc xa") << QStringLiteral("00001")
        << QStringLiteral("Phường Phúc Xá, Quận Ba Đình, Thành phố Hà Nội");
    QTest::newRow("commune with district")
        << QStringLiteral("Phúc Xá Ba Đình") << QStringLiteral("00001")
        << QStringLiteral("Phường Phúc Xá, Quận Ba Đình, Thành phố Hà Nội");
    QTest::newRow("district before its communes")
        << QStringLiteral("ba dinh") << QStringLiteral("001")
        << QStringLiteral("Quận Ba Đình, Thành phố Hà Nội");
    QTest::newRow("nothing typed") << QString() << QString() << QString();
    QTest::newRow("own name before parents' names")
        << QStringLiteral("phuc") << QStringLiteral("26") << QStringLiteral("Tỉnh Vĩnh Phúc");
    QTest::newRow("nonsense") << QStringLiteral("zzqqxx") << QString() << QString();
}

void TestModels::adminUnitSearchModel()
{
    QFETCH(QString, query);
    QFETCH(QString, firstCode);
    QFETCH(QString, firstPath);
    AdminUnitSearchModel model(m_core->adminUnits());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setQuery(query);
    if (firstCode.isEmpty()) {
        QCOMPARE(model.rowCount(), 0);
        return;
    }
    QVERIFY(model.rowCount() > 0);
    QVERIFY(model.rowCount() <= AdminUnitSearchModel::maxResults);
    QCOMPARE(model.index(0).data(AdminUnitSearchModel::CodeRole).toString(), firstCode);
    QCOMPARE(model.index(0).data().toString(), firstPath);
    // What the completer writes into the field is the unit's own name.
    QVERIFY(firstPath.startsWith(model.index(0).data(Qt::EditRole).toString()));
    model.setQuery(QStringLiteral("phuc"));
    QVERIFY(model.rowCount() > 0);
}

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
