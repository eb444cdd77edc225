// Per-device settings kept in the data file: defaults, validation that names
// the field, and a save/load round trip that survives reopening the file.

#include "clock.h"
#include "corecontext.h"
#include "settingsstore.h"
#include "uuidv7.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using pd::core::CoreContext;
using pd::core::DeviceSettings;
using pd::core::SettingsStore;

namespace {
DeviceSettings validSettings()
{
    DeviceSettings settings;
    settings.deviceName = u"Chốt Pháp Vân"_s;
    settings.locationUnitCode = u"00001"_s;
    settings.locationName = u"Cổng bệnh viện"_s;
    settings.retentionDays = 21;
    settings.serverUrl = u"https://sync.example.gov.vn"_s;
    settings.idleLockMinutes = 15;
    settings.language = u"en"_s;
    return settings;
}

void compareSettings(const DeviceSettings &actual, const DeviceSettings &expected)
{
    QCOMPARE(actual.deviceName, expected.deviceName);
    QCOMPARE(actual.locationUnitCode, expected.locationUnitCode);
    QCOMPARE(actual.locationName, expected.locationName);
    QCOMPARE(actual.retentionDays, expected.retentionDays);
    QCOMPARE(actual.serverUrl, expected.serverUrl);
    QCOMPARE(actual.idleLockMinutes, expected.idleLockMinutes);
    QCOMPARE(actual.language, expected.language);
}
} // namespace

class TestSettings : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void defaults();
    void validate_data();
    void validate();
    void saveLoadRoundTrip();
    void invalidSaveChangesNothing();
    void deviceIdIsKept();
    void rawValues();

private:
    void reopen();

    QTemporaryDir m_dir;
    int m_fileCount = 0;
    QString m_path;
    pd::core::ManualClock m_clock;
    std::unique_ptr<CoreContext> m_context;
};

void TestSettings::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestSettings::init()
{
    // A new file for each test function; the rows of a data table share one.
    if (m_context && QTest::currentDataTag())
        return;
    m_path = m_dir.filePath(u"settings-%1.sqlite"_s.arg(++m_fileCount));
    reopen();
    QVERIFY(m_context);
}

void TestSettings::cleanup()
{
    if (!QTest::currentDataTag())
        m_context.reset();
}

void TestSettings::reopen()
{
    m_context.reset();
    auto context = CoreContext::open(m_path, {}, m_clock);
    if (!context)
        qWarning() << context.error().code << context.error().message;
    else
        m_context = std::move(*context);
}

void TestSettings::defaults()
{
    const DeviceSettings blank;
    QCOMPARE(blank.retentionDays, 30);
    QCOMPARE(DeviceSettings::defaultRetentionDays, 30);
    QCOMPARE(blank.idleLockMinutes, 10);
    QCOMPARE(blank.language, u"vi"_s);

    // A new file holds only the device id.
    auto loaded = m_context->settings().load();
    QVERIFY(loaded);
    QCOMPARE(loaded->retentionDays, 30);
    QCOMPARE(loaded->idleLockMinutes, 10);
    QCOMPARE(loaded->language, u"vi"_s);
    QVERIFY(loaded->deviceName.isEmpty());
    QVERIFY(loaded->serverUrl.isEmpty());
    QCOMPARE(loaded->deviceId, m_context->deviceId());
    QVERIFY(pd::core::UuidV7Generator::isValid(loaded->deviceId));
    QCOMPARE(pd::core::UuidV7Generator::timestampMs(loaded->deviceId), m_clock.nowMs());

    // A device without a name is not set up yet.
    QCOMPARE(SettingsStore::validate(*loaded).error().code, u"settings.device_name"_s);
}

void TestSettings::validate_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("code"); // empty: valid
    QTest::addColumn<QString>("label"); // how the message names the field

    QTest::newRow("all valid") << QString() << QVariant() << QString() << QString();
    QTest::newRow("name empty") << u"deviceName"_s << QVariant(QString())
                                << u"settings.device_name"_s << u"Device name"_s;
    QTest::newRow("name blank") << u"deviceName"_s << QVariant(u"  \t"_s)
                                << u"settings.device_name"_s << u"Device name"_s;
    QTest::newRow("retention 0") << u"retentionDays"_s << QVariant(0)
                                 << u"settings.retention_days"_s << u"Data retention"_s;
    QTest::newRow("retention negative") << u"retentionDays"_s << QVariant(-30)
                                        << u"settings.retention_days"_s << u"Data retention"_s;
    QTest::newRow("retention 1") << u"retentionDays"_s << QVariant(1) << QString() << QString();
    QTest::newRow("retention 3650")
        << u"retentionDays"_s << QVariant(3650) << QString() << QString();
    QTest::newRow("retention 3651") << u"retentionDays"_s << QVariant(3651)
                                    << u"settings.retention_days"_s << u"Data retention"_s;
    QTest::newRow("idle lock 0") << u"idleLockMinutes"_s << QVariant(0) << u"settings.idle_lock"_s
                                 << u"Lock after idle"_s;
    QTest::newRow("idle lock 1") << u"idleLockMinutes"_s << QVariant(1) << QString() << QString();
    QTest::newRow("idle lock 240")
        << u"idleLockMinutes"_s << QVariant(240) << QString() << QString();
    QTest::newRow("idle lock 241")
        << u"idleLockMinutes"_s << QVariant(241) << u"settings.idle_lock"_s << u"Lock after idle"_s;
    QTest::newRow("no server") << u"serverUrl"_s << QVariant(QString()) << QString() << QString();
    QTest::newRow("http server with port")
        << u"serverUrl"_s << QVariant(u"http://10.0.0.5:8080/api"_s) << QString() << QString();
    QTest::newRow("server without scheme") << u"serverUrl"_s << QVariant(u"sync.example.gov.vn"_s)
                                           << u"settings.server_url"_s << u"Server address"_s;
    QTest::newRow("ftp server") << u"serverUrl"_s << QVariant(u"ftp://sync.example.gov.vn"_s)
                                << u"settings.server_url"_s << u"Server address"_s;
    QTest::newRow("server without host") << u"serverUrl"_s << QVariant(u"https://"_s)
                                         << u"settings.server_url"_s << u"Server address"_s;
    QTest::newRow("server with space") << u"serverUrl"_s << QVariant(u"https://sync example.vn"_s)
                                       << u"settings.server_url"_s << u"Server address"_s;
    QTest::newRow("language vi") << u"language"_s << QVariant(u"vi"_s) << QString() << QString();
    QTest::newRow("language fr") << u"language"_s << QVariant(u"fr"_s) << u"settings.language"_s
                                 << u"Language"_s;
    QTest::newRow("language empty")
        << u"language"_s << QVariant(QString()) << u"settings.language"_s << u"Language"_s;
}

void TestSettings::validate()
{
    QFETCH(QString, field);
    QFETCH(QVariant, value);
    QFETCH(QString, code);
    QFETCH(QString, label);

    DeviceSettings settings = validSettings();
    if (field == u"deviceName"_s)
        settings.deviceName = value.toString();
    else if (field == u"retentionDays"_s)
        settings.retentionDays = value.toInt();
    else if (field == u"idleLockMinutes"_s)
        settings.idleLockMinutes = value.toInt();
    else if (field == u"serverUrl"_s)
        settings.serverUrl = value.toString();
    else if (field == u"language"_s)
        settings.language = value.toString();
    else
        QVERIFY(field.isEmpty());

    const auto result = SettingsStore::validate(settings);
    QCOMPARE(bool(result), code.isEmpty());
    if (code.isEmpty())
        return;
    QCOMPARE(result.error().code, code);
    QVERIFY2(result.error().message.startsWith(label), qPrintable(result.error().message));

    // save() applies the same rules.
    const auto saved = m_context->settings().save(settings);
    QVERIFY(!saved);
    QCOMPARE(saved.error().code, code);
}

void TestSettings::saveLoadRoundTrip()
{
    DeviceSettings settings = validSettings();
    settings.deviceName = u"  Chốt Pháp Vân  "_s;
    settings.serverUrl = u"https://sync.example.gov.vn "_s;
    auto saved = m_context->settings().save(settings);
    QVERIFY2(saved,
             qPrintable(saved ? QString() : saved.error().code + u' ' + saved.error().message));

    DeviceSettings expected = validSettings(); // trimmed
    auto loaded = m_context->settings().load();
    QVERIFY(loaded);
    compareSettings(*loaded, expected);
    QCOMPARE(loaded->deviceId, m_context->deviceId());

    // In the file, not in memory.
    reopen();
    QVERIFY(m_context);
    loaded = m_context->settings().load();
    QVERIFY(loaded);
    compareSettings(*loaded, expected);

    // A second save overwrites every field.
    DeviceSettings changed = expected;
    changed.deviceName = u"Chốt 2"_s;
    changed.locationUnitCode.clear();
    changed.locationName.clear();
    changed.retentionDays = DeviceSettings::defaultRetentionDays;
    changed.serverUrl.clear();
    changed.idleLockMinutes = 240;
    changed.language = u"vi"_s;
    QVERIFY(m_context->settings().save(changed));
    loaded = m_context->settings().load();
    QVERIFY(loaded);
    compareSettings(*loaded, changed);
}

void TestSettings::invalidSaveChangesNothing()
{
    QVERIFY(m_context->settings().save(validSettings()));
    DeviceSettings invalid = validSettings();
    invalid.deviceName = u"Đổi tên"_s;
    invalid.language = u"fr"_s;
    QCOMPARE(m_context->settings().save(invalid).error().code, u"settings.language"_s);
    auto loaded = m_context->settings().load();
    QVERIFY(loaded);
    compareSettings(*loaded, validSettings());
}

void TestSettings::deviceIdIsKept()
{
    const QString deviceId = m_context->deviceId();
    DeviceSettings settings = validSettings();
    settings.deviceId = u"017e13d9-c000-7abc-8def-0123456789ab"_s;
    QVERIFY(m_context->settings().save(settings));
    QCOMPARE(m_context->settings().load()->deviceId, deviceId);

    m_clock.advanceMs(60 * 60 * 1000);
    reopen();
    QVERIFY(m_context);
    QCOMPARE(m_context->deviceId(), deviceId);
    QCOMPARE(m_context->settings().load()->deviceId, deviceId);
}

void TestSettings::rawValues()
{
    auto &settings = m_context->settings();
    QCOMPARE(*settings.value(u"missing.key"_s), QString());
    QCOMPARE(*settings.value(u"missing.key"_s, u"fallback"_s), u"fallback"_s);
    QVERIFY(settings.setValue(u"module.flag"_s, u"một"_s));
    QVERIFY(settings.setValue(u"module.flag"_s, u"hai"_s));
    QCOMPARE(*settings.value(u"module.flag"_s), u"hai"_s);
    // Module keys do not disturb the device settings.
    auto loaded = settings.load();
    QVERIFY(loaded);
    QCOMPARE(loaded->retentionDays, 30);
}

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
