#pragma once

#include "checkinstore.h"
#include "coderecognizer.h"
#include "scannedcode.h"

#include <QElapsedTimer>
#include <QObject>

namespace pd::core {
class CoreContext;
}

namespace pd::scan {

// What the checkpoint screen shows and sounds for one scan.
struct CheckpointVerdict {
    enum class Light {
        Green, // valid: let the person pass
        Amber, // needs a person's attention (untrusted signer, unknown code, venue poster)
        Red, // refused (invalid, expired, unreadable)
    };

    Light light = Light::Red;
    QString title; // "Hợp lệ — VÀO", translated
    QString name; // the person's name as the code carries it
    QString reason; // translated, names the field
    Direction direction = Direction::In;
    core::Recognition recognition;
    Checkin checkin;

    static Light lightFor(const core::Recognition &recognition);
};

// The checkpoint's logic without widgets: a scanned code (camera, scanner,
// manual entry) → recognition → direction → a check-in row committed →
// verdict for the screen. Refused scans are logged too.
class CheckpointController : public QObject {
    Q_OBJECT

public:
    CheckpointController(core::CoreContext &core, CheckinStore &store,
                         core::CodeRecognizer &recognizer, QObject *parent = nullptr);

    void setOperatorId(const QString &userId) { m_operatorId = userId; }
    void setEntryExit(bool entryExit) { m_entryExit = entryExit; }
    bool entryExit() const { return m_entryExit; }

    // Recognises and records a payload; the verdict is also emitted.
    core::Result<CheckpointVerdict> handlePayload(const QByteArray &payload);
    // A person with no code: ID number, name and date of birth, checked like
    // the same fields of a CCCD (number format, province, century/sex and
    // year digits against the date of birth). Nothing is written when a
    // field is wrong; the error names it.
    core::Result<CheckpointVerdict> recordManualEntry(const QString &idNumber,
                                                      const QString &fullName,
                                                      const QDate &dateOfBirth, core::Sex sex);

public Q_SLOTS:
    void handleScan(const pd::scan::ScannedCode &code);

Q_SIGNALS:
    void verdictReady(const pd::scan::CheckpointVerdict &verdict);
    // A write failed (disk full, database locked): the scan was not kept.
    void recordFailed(const QString &message);

private:
    core::Result<CheckpointVerdict> record(const core::Recognition &recognition,
                                           const QString &codeKind);

    core::CoreContext &m_core;
    CheckinStore &m_store;
    core::CodeRecognizer &m_recognizer;
    QString m_operatorId;
    bool m_entryExit = false;
};

} // namespace pd::scan

Q_DECLARE_METATYPE(pd::scan::CheckpointVerdict)
