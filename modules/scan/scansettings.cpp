#include "scansettings.h"

#include "database.h"
#include "settingsstore.h"

#include <QRegularExpression>

namespace pd::scan {

namespace {
constexpr auto kCameraId = "scan.camera_id";
constexpr auto kResolution = "scan.resolution"; // "1280x720"
constexpr auto kTorch = "scan.torch";
constexpr auto kDecodeBudgetMs = "scan.decode_budget_ms";
constexpr auto kDuplicateWindowSeconds = "scan.duplicate_window_seconds";
constexpr auto kWedgeEnabled = "scan.wedge_enabled";
constexpr auto kWedgeInterKeyMs = "scan.wedge_inter_key_ms";
constexpr auto kWedgeMinLength = "scan.wedge_min_length";
constexpr auto kSerialPort = "scan.serial_port";
constexpr auto kSerialBaudRate = "scan.serial_baud_rate";

struct Range {
    int minimum;
    int maximum;
};
constexpr Range kBudgetRange {0, 1000};
constexpr Range kDuplicateRange {0, 3600};
constexpr Range kInterKeyRange {5, 200};
constexpr Range kMinLengthRange {1, 100};

int intIn(const QString &text, int fallback, Range range)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    return ok && value >= range.minimum && value <= range.maximum ? value : fallback;
}

QString sizeText(QSize size)
{
    return QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
}

QSize sizeFrom(const QString &text, QSize fallback)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$"));
    const auto match = pattern.match(text);
    return match.hasMatch() ? QSize(match.captured(1).toInt(), match.captured(2).toInt())
                            : fallback;
}

QString boolText(bool value)
{
    return value ? QStringLiteral("1") : QStringLiteral("0");
}
} // namespace

core::Result<ScanSettings> ScanSettings::load(core::Database &database)
{
    const core::SettingsStore store(database);
    ScanSettings settings;
    const ScanSettings defaults;
    const auto read = [&](const char *key, const QString &fallback) -> core::Result<QString> {
        return store.value(QLatin1String(key), fallback);
    };
    QList<std::pair<const char *, QString>> values {
        {kCameraId, QString::fromUtf8(defaults.cameraId)},
        {kResolution, sizeText(defaults.resolution)},
        {kTorch, boolText(defaults.torch)},
        {kDecodeBudgetMs, QString::number(defaults.decodeBudgetMs)},
        {kDuplicateWindowSeconds, QString::number(defaults.duplicateWindowSeconds)},
        {kWedgeEnabled, boolText(defaults.wedgeEnabled)},
        {kWedgeInterKeyMs, QString::number(defaults.wedgeInterKeyMs)},
        {kWedgeMinLength, QString::number(defaults.wedgeMinLength)},
        {kSerialPort, defaults.serialPort},
        {kSerialBaudRate, QString::number(defaults.serialBaudRate)},
    };
    for (auto &[key, value] : values) {
        auto stored = read(key, value);
        if (!stored)
            return std::unexpected(stored.error());
        value = *stored;
    }
    settings.cameraId = values[0].second.toUtf8();
    settings.resolution = sizeFrom(values[1].second, defaults.resolution);
    settings.torch = values[2].second == QLatin1String("1");
    settings.decodeBudgetMs = intIn(values[3].second, defaults.decodeBudgetMs, kBudgetRange);
    settings.duplicateWindowSeconds =
        intIn(values[4].second, defaults.duplicateWindowSeconds, kDuplicateRange);
    settings.wedgeEnabled = values[5].second != QLatin1String("0");
    settings.wedgeInterKeyMs = intIn(values[6].second, defaults.wedgeInterKeyMs, kInterKeyRange);
    settings.wedgeMinLength = intIn(values[7].second, defaults.wedgeMinLength, kMinLengthRange);
    settings.serialPort = values[8].second;
    settings.serialBaudRate = intIn(values[9].second, defaults.serialBaudRate, {300, 4'000'000});
    return settings;
}

core::Status ScanSettings::validate(const ScanSettings &settings)
{
    const auto outside = [](int value, Range range) {
        return value < range.minimum || value > range.maximum;
    };
    if (outside(settings.decodeBudgetMs, kBudgetRange))
        return core::fail(QStringLiteral("scan.decode_budget_ms"),
                          tr("Decoding time budget: enter %1 to %2 ms.")
                              .arg(kBudgetRange.minimum)
                              .arg(kBudgetRange.maximum));
    if (outside(settings.duplicateWindowSeconds, kDuplicateRange))
        return core::fail(QStringLiteral("scan.duplicate_window_seconds"),
                          tr("Ignore repeats for: enter %1 to %2 seconds.")
                              .arg(kDuplicateRange.minimum)
                              .arg(kDuplicateRange.maximum));
    if (outside(settings.wedgeInterKeyMs, kInterKeyRange))
        return core::fail(QStringLiteral("scan.wedge_inter_key_ms"),
                          tr("Scanner key interval: enter %1 to %2 ms.")
                              .arg(kInterKeyRange.minimum)
                              .arg(kInterKeyRange.maximum));
    if (outside(settings.wedgeMinLength, kMinLengthRange))
        return core::fail(QStringLiteral("scan.wedge_min_length"),
                          tr("Shortest scan: enter %1 to %2 characters.")
                              .arg(kMinLengthRange.minimum)
                              .arg(kMinLengthRange.maximum));
    if (!settings.resolution.isValid() || settings.resolution.width() < 16
        || settings.resolution.height() < 16)
        return core::fail(QStringLiteral("scan.resolution"),
                          tr("Camera resolution: choose one of the camera's sizes."));
    return {};
}

core::Status ScanSettings::save(core::Database &database) const
{
    if (auto ok = validate(*this); !ok)
        return ok;
    core::SettingsStore store(database);
    return database.transaction([&]() -> core::Status {
        const QList<std::pair<const char *, QString>> values {
            {kCameraId, QString::fromUtf8(cameraId)},
            {kResolution, sizeText(resolution)},
            {kTorch, boolText(torch)},
            {kDecodeBudgetMs, QString::number(decodeBudgetMs)},
            {kDuplicateWindowSeconds, QString::number(duplicateWindowSeconds)},
            {kWedgeEnabled, boolText(wedgeEnabled)},
            {kWedgeInterKeyMs, QString::number(wedgeInterKeyMs)},
            {kWedgeMinLength, QString::number(wedgeMinLength)},
            {kSerialPort, serialPort.trimmed()},
            {kSerialBaudRate, QString::number(serialBaudRate)},
        };
        for (const auto &[key, value] : values) {
            if (auto ok = store.setValue(QLatin1String(key), value); !ok)
                return ok;
        }
        return {};
    });
}

} // namespace pd::scan
