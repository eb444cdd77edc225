#pragma once

#include "camerasource.h"
#include "decodeoptions.h"
#include "duplicatefilter.h"
#include "error.h"
#include "keyboardwedgefilter.h"
#include "serialscannersource.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSize>
#include <QString>

namespace pd::core {
class Database;
}

namespace pd::scan {

// The scan settings of one device, kept with the other device settings in
// the data file (table `setting`, keys "scan.*").
struct ScanSettings {
    Q_DECLARE_TR_FUNCTIONS(pd::scan::ScanSettings)

public:
    static constexpr int defaultDuplicateWindowSeconds =
        int(DuplicateFilter::defaultWindowMs / 1000);

    QByteArray cameraId; // empty: the system's default camera
    QSize resolution = CameraSource::defaultResolution;
    bool torch = false;
    int decodeBudgetMs = DecodeOptions::defaultBudgetMs;
    int duplicateWindowSeconds = defaultDuplicateWindowSeconds;
    bool wedgeEnabled = true;
    int wedgeInterKeyMs = KeyboardWedgeFilter::defaultInterKeyMs;
    int wedgeMinLength = KeyboardWedgeFilter::defaultMinLength;
    QString serialPort; // empty: no serial scanner
    qint32 serialBaudRate = SerialScannerSource::defaultBaudRate;

    // Missing keys keep their defaults; values out of range are refused
    // on save, and read back as the default.
    static core::Result<ScanSettings> load(core::Database &database);
    core::Status save(core::Database &database) const;
    static core::Status validate(const ScanSettings &settings);

    bool operator==(const ScanSettings &) const = default;
};

} // namespace pd::scan
