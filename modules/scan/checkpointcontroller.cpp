#include "checkpointcontroller.h"

#include "cccdqr.h"
#include "corecontext.h"
#include "scanlogging.h"

namespace pd::scan {

using core::Recognition;
using Verdict = core::Recognition::Verdict;

CheckpointVerdict::Light CheckpointVerdict::lightFor(const Recognition &recognition)
{
    switch (recognition.verdict) {
    case Verdict::Valid:
        // A venue poster is genuine but is not a person checking in.
        return recognition.kind == Recognition::Kind::PdVenue ? Light::Amber : Light::Green;
    case Verdict::Untrusted:
    case Verdict::Unknown:
        return Light::Amber;
    case Verdict::Invalid:
    case Verdict::Expired:
    case Verdict::Unreadable:
        return Light::Red;
    }
    return Light::Red;
}

CheckpointController::CheckpointController(core::CoreContext &core, CheckinStore &store,
                                           core::CodeRecognizer &recognizer, QObject *parent)
    : QObject(parent), m_core(core), m_store(store), m_recognizer(recognizer)
{
}

void CheckpointController::handleScan(const ScannedCode &code)
{
    // Text codes arrive as UTF-8 after the symbology's character set was
    // applied; binary ones only as bytes.
    const QByteArray &payload = code.code.binary ? code.code.bytes : code.code.text;
    if (auto verdict = handlePayload(payload); !verdict)
        Q_EMIT recordFailed(verdict.error().message);
}

core::Result<CheckpointVerdict> CheckpointController::handlePayload(const QByteArray &payload)
{
    const Recognition recognition = m_recognizer.recognize(payload);
    return record(recognition, Recognition::kindName(recognition.kind));
}

core::Result<CheckpointVerdict> CheckpointController::recordManualEntry(const QString &idNumber,
                                                                        const QString &fullName,
                                                                        const QDate &dateOfBirth,
                                                                        core::Sex sex)
{
    // The same rules as a scanned CCCD, by running them on the fields typed:
    // address and issue date are not asked for, so they get values that pass.
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_core.clock().nowMs()).date();
    const QString cccdText =
        QStringLiteral("%1||%2|%3|%4|-|%5")
            .arg(idNumber.trimmed(), fullName.simplified(),
                 dateOfBirth.toString(QStringLiteral("ddMMyyyy")),
                 sex == core::Sex::Female ? QStringLiteral("Nữ") : QStringLiteral("Nam"),
                 today.toString(QStringLiteral("ddMMyyyy")));
    Recognition recognition = core::CccdQr::recognize(cccdText.toUtf8(), today);
    if (!recognition.isValid())
        return core::fail(recognition.reasonCode, recognition.reason);
    recognition.address.clear();
    recognition.issueDate = {};
    return record(recognition, QStringLiteral("manual"));
}

core::Result<CheckpointVerdict> CheckpointController::record(const Recognition &recognition,
                                                             const QString &codeKind)
{
    CheckpointVerdict verdict;
    verdict.recognition = recognition;
    verdict.light = CheckpointVerdict::lightFor(recognition);
    verdict.name = recognition.fullName;
    verdict.reason = recognition.isValid() ? QString() : recognition.reason;

    Direction direction = Direction::In;
    if (m_entryExit && recognition.isValid() && !recognition.idNumber.isEmpty()) {
        auto next = m_store.nextDirection(recognition.idNumber);
        if (!next)
            return std::unexpected(next.error());
        direction = *next;
    }
    verdict.direction = direction;

    // Only what the code identifies a person by; never the raw text of an
    // unknown code, whose content nobody checked.
    const CheckinInput input {codeKind,
                              Recognition::verdictName(recognition.verdict),
                              recognition.reasonCode,
                              recognition.idNumber,
                              recognition.fullName,
                              recognition.dateOfBirth.toIsoString(),
                              recognition.phone};
    auto checkin = m_store.record(input, direction, m_operatorId);
    if (!checkin)
        return std::unexpected(checkin.error());
    verdict.checkin = *checkin;

    switch (verdict.light) {
    case CheckpointVerdict::Light::Green:
        verdict.title = direction == Direction::Out ? tr("Valid — EXIT") : tr("Valid — ENTRY");
        break;
    case CheckpointVerdict::Light::Amber:
        verdict.title = tr("Check by hand");
        break;
    case CheckpointVerdict::Light::Red:
        verdict.title = tr("Refused");
        break;
    }
    qCDebug(lcScan) << "check-in recorded:" << codeKind
                    << Recognition::verdictName(recognition.verdict);
    Q_EMIT verdictReady(verdict);
    return verdict;
}

} // namespace pd::scan
