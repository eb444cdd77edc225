// The admin page for checkpoint settings, offscreen, on a real data file:
// defaults shown, a save that persists with one audit entry, a save that
// fails writing nothing, and the EU DCC trust list imported and removed.

#include "checkinstore.h"
#include "checkpointsettings.h"
#include "checkpointsettingspage.h"
#include "corecontext.h"
#include "dcctrustlistsetting.h"
#include "scansettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace pd;
using namespace pd::scan;

namespace {
template<typename T> T *child(QObject *parent, const char *name)
{
    auto *found = parent->findChild<T *>(QLatin1String(name));
    if (!found)
        qWarning("no child %s", name);
    return found;
}

bool shownAsError(QLabel *label)
{
    return !label->text().isEmpty() && label->styleSheet().contains(QLatin1String("#b71c1c"));
}
} // namespace

class TestCheckpointSettings : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsStoredSettings();
    void savePersistsWithOneAuditEntry();
    void outOfRangeValuesAreRefused();
    void failedSaveWritesNothing();
    void trustListImportAndRemove();

private:
    int auditRows(const QString &action);
    QString writeFile(const QString &name, const QByteArray &content);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<core::ManualClock> m_clock;
    std::unique_ptr<core::CoreContext> m_core;
    std::unique_ptr<CheckpointSettingsPage> m_page;
};

void TestCheckpointSettings::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestCheckpointSettings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_clock = std::make_unique<core::ManualClock>();
    auto core = core::CoreContext::open(m_dir->filePath(QStringLiteral("checkpoint.sqlite")),
                                        {CheckinStore::schema()}, *m_clock);
    QVERIFY2(core, core ? "" : qPrintable(core.error().message));
    m_core = std::move(*core);
    // The camera is chosen on the checkpoint screen; the page must keep it.
    ScanSettings scan;
    scan.cameraId = QByteArrayLiteral("camera-2");
    QVERIFY(scan.save(m_core->database()));
    m_page = std::make_unique<CheckpointSettingsPage>(*m_core);
}

void TestCheckpointSettings::cleanup()
{
    m_page.reset();
    m_core.reset();
    m_clock.reset();
    m_dir.reset();
}

int TestCheckpointSettings::auditRows(const QString &action)
{
    QSqlQuery query(m_core->database().connection());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ?"));
    query.addBindValue(action);
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toInt();
}

QString TestCheckpointSettings::writeFile(const QString &name, const QByteArray &content)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qWarning("cannot write %s", qPrintable(path));
    return path;
}

void TestCheckpointSettings::showsStoredSettings()
{
    const ScanSettings defaults;
    QCOMPARE(child<QComboBox>(m_page.get(), "visitMode")->currentData().toBool(), false);
    QCOMPARE(child<QSpinBox>(m_page.get(), "maxStayHours")->value(),
             CheckpointSettings::defaultMaxStayHours);
    QCOMPARE(child<QComboBox>(m_page.get(), "resolution")->currentData().toSize(),
             defaults.resolution);
    QCOMPARE(child<QSpinBox>(m_page.get(), "decodeBudgetMs")->value(), defaults.decodeBudgetMs);
    QCOMPARE(child<QSpinBox>(m_page.get(), "duplicateWindowSeconds")->value(),
             defaults.duplicateWindowSeconds);
    QCOMPARE(child<QCheckBox>(m_page.get(), "wedgeEnabled")->isChecked(), defaults.wedgeEnabled);
    QCOMPARE(child<QSpinBox>(m_page.get(), "wedgeInterKeyMs")->value(), defaults.wedgeInterKeyMs);
    QCOMPARE(child<QSpinBox>(m_page.get(), "wedgeMinLength")->value(), defaults.wedgeMinLength);
    QCOMPARE(child<QComboBox>(m_page.get(), "serialBaudRate")->currentData().toInt(),
             defaults.serialBaudRate);
    QVERIFY(!child<QPushButton>(m_page.get(), "removeTrustList")->isEnabled());
}

void TestCheckpointSettings::savePersistsWithOneAuditEntry()
{
    QSignalSpy saved(m_page.get(), &CheckpointSettingsPage::settingsSaved);
    auto *mode = child<QComboBox>(m_page.get(), "visitMode");
    mode->setCurrentIndex(mode->findData(true));
    child<QSpinBox>(m_page.get(), "maxStayHours")->setValue(12);
    child<QSpinBox>(m_page.get(), "duplicateWindowSeconds")->setValue(30);
    QTest::mouseClick(child<QPushButton>(m_page.get(), "saveCheckpointSettings"), Qt::LeftButton);

    auto *message = child<QLabel>(m_page.get(), "message");
    QCOMPARE(message->text(), QStringLiteral("Settings saved."));
    QVERIFY(!shownAsError(message));
    QCOMPARE(saved.count(), 1);
    auto checkpoint = CheckpointSettings::load(m_core->database());
    QVERIFY(checkpoint);
    QCOMPARE(checkpoint->entryExit, true);
    QCOMPARE(checkpoint->maxStayHours, 12);
    auto scan = ScanSettings::load(m_core->database());
    QVERIFY(scan);
    QCOMPARE(scan->duplicateWindowSeconds, 30);
    QCOMPARE(scan->cameraId, QByteArrayLiteral("camera-2"));
    QCOMPARE(auditRows(QStringLiteral("settings.save")), 1);

    // A new page shows what was saved.
    CheckpointSettingsPage reopened(*m_core);
    QCOMPARE(child<QComboBox>(&reopened, "visitMode")->currentData().toBool(), true);
    QCOMPARE(child<QSpinBox>(&reopened, "maxStayHours")->value(), 12);
    QCOMPARE(child<QSpinBox>(&reopened, "duplicateWindowSeconds")->value(), 30);
}

void TestCheckpointSettings::outOfRangeValuesAreRefused()
{
    // The spin box keeps to the range validate() accepts...
    auto *interKey = child<QSpinBox>(m_page.get(), "wedgeInterKeyMs");
    interKey->setValue(1);
    QCOMPARE(interKey->value(), 5);
    // ...and validate() names the field for anything else that writes.
    ScanSettings scan;
    scan.wedgeInterKeyMs = 1;
    auto valid = ScanSettings::validate(scan);
    QVERIFY(!valid);
    QCOMPARE(valid.error().code, QStringLiteral("scan.wedge_inter_key_ms"));
    CheckpointSettings checkpoint;
    checkpoint.maxStayHours = 73;
    auto checkpointValid = CheckpointSettings::validate(checkpoint);
    QVERIFY(!checkpointValid);
    QCOMPARE(checkpointValid.error().code, QStringLiteral("checkpoint.max_stay_hours"));
}

void TestCheckpointSettings::failedSaveWritesNothing()
{
    // The audit entry is written last; refusing it must roll back the
    // settings written before it in the same transaction.
    QVERIFY(m_core->database().exec(
        QStringLiteral("CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_log "
                       "BEGIN SELECT RAISE(ABORT, 'audit refused'); END")));
    auto *mode = child<QComboBox>(m_page.get(), "visitMode");
    mode->setCurrentIndex(mode->findData(true));
    child<QSpinBox>(m_page.get(), "maxStayHours")->setValue(24);
    child<QSpinBox>(m_page.get(), "duplicateWindowSeconds")->setValue(45);
    QTest::mouseClick(child<QPushButton>(m_page.get(), "saveCheckpointSettings"), Qt::LeftButton);

    QVERIFY(shownAsError(child<QLabel>(m_page.get(), "message")));
    auto checkpoint = CheckpointSettings::load(m_core->database());
    QVERIFY(checkpoint);
    QCOMPARE(checkpoint->entryExit, false);
    QCOMPARE(checkpoint->maxStayHours, CheckpointSettings::defaultMaxStayHours);
    auto scan = ScanSettings::load(m_core->database());
    QVERIFY(scan);
    QCOMPARE(scan->duplicateWindowSeconds, ScanSettings::defaultDuplicateWindowSeconds);
    QCOMPARE(auditRows(QStringLiteral("settings.save")), 0);
}

void TestCheckpointSettings::trustListImportAndRemove()
{
    // One signer: the document signer certificate of an EU test vector.
    QFile vector(qEnvironmentVariable("PD_SOURCE_DIR")
                 + QStringLiteral("/../shared/testdata/dcc/common/2DCode/raw/CO3.json"));
    QVERIFY2(vector.open(QIODevice::ReadOnly), qPrintable(vector.fileName()));
    const QString certificate = QJsonDocument::fromJson(vector.readAll())
                                    .object()
                                    .value(QLatin1String("TESTCTX"))
                                    .toObject()
                                    .value(QLatin1String("CERTIFICATE"))
                                    .toString();
    QVERIFY(!certificate.isEmpty());
    const QByteArray trustListJson =
        QJsonDocument(QJsonArray {QJsonObject {{QStringLiteral("rawData"), certificate}}}).toJson();

    auto *status = child<QLabel>(m_page.get(), "trustListStatus");
    auto *message = child<QLabel>(m_page.get(), "message");
    auto *remove = child<QPushButton>(m_page.get(), "removeTrustList");
    m_page->importTrustList(writeFile(QStringLiteral("trustlist.json"), trustListJson));
    QVERIFY2(!shownAsError(message), qPrintable(message->text()));
    // "%n signer(s)" untranslated; the English translation says "1 signer".
    QVERIFY2(status->text().startsWith(QLatin1String("1 signer")), qPrintable(status->text()));
    QVERIFY(remove->isEnabled());
    auto stored = DccTrustListSetting::load(m_core->database());
    QVERIFY(stored);
    QVERIFY(stored->has_value());
    QCOMPARE((*stored)->size(), 1);

    // A file that does not parse, or cannot be read, keeps the list.
    m_page->importTrustList(writeFile(QStringLiteral("broken.json"), "[{\"rawData\": 42}]"));
    QVERIFY(shownAsError(message));
    m_page->importTrustList(m_dir->filePath(QStringLiteral("missing.json")));
    QVERIFY(shownAsError(message));
    QVERIFY(status->text().startsWith(QLatin1String("1 signer")));
    stored = DccTrustListSetting::load(m_core->database());
    QVERIFY(stored && stored->has_value());
    QCOMPARE((*stored)->size(), 1);

    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(!shownAsError(message));
    QVERIFY(!remove->isEnabled());
    QVERIFY(!status->text().contains(QLatin1String("signer")));
    stored = DccTrustListSetting::load(m_core->database());
    QVERIFY(stored);
    QVERIFY(!stored->has_value());
}

QTEST_MAIN(TestCheckpointSettings)
#include "tst_checkpointsettings.moc"
