#include "checkincommand.h"

#include "checkinstore.h"
#include "checkpointcontroller.h"
#include "checkpointsettings.h"
#include "coderecognizer.h"
#include "commandparser.h"
#include "output.h"
#include "pdkeystore.h"
#include "verifycommand.h"

#include <QJsonObject>

namespace pd::cli {

namespace {
QString lightName(scan::CheckpointVerdict::Light light)
{
    switch (light) {
    case scan::CheckpointVerdict::Light::Green:
        return QStringLiteral("green");
    case scan::CheckpointVerdict::Light::Amber:
        return QStringLiteral("amber");
    case scan::CheckpointVerdict::Light::Red:
        return QStringLiteral("red");
    }
    return {};
}
} // namespace

QString CheckinCommand::summary()
{
    return tr("Record a scanned code at this device's checkpoint, as the checkpoint screen does.");
}

Done CheckinCommand::run(const QStringList &arguments)
{
    CommandParser parser(QStringLiteral("checkin"), summary(), arguments);
    const QCommandLineOption trustListOption(
        QStringLiteral("trust-list"), tr("EU DCC trust list (JSON array of signer certificates)."),
        tr("FILE"));
    const QCommandLineOption operatorOption(QStringLiteral("operator"),
                                            tr("Username of the staff member recording the scan."),
                                            tr("NAME"));
    parser.addOption(trustListOption);
    parser.addOption(operatorOption);
    parser.addPositionalArgument(QStringLiteral("PAYLOAD"),
                                 tr("The scanned text, or - to read it from standard input."));
    if (auto proceed = parser.parse(1, 1); !proceed || !*proceed)
        return stop(proceed);
    auto payload = VerifyCommand::readPayload(parser.positionalArguments().constFirst());
    if (!payload)
        return std::unexpected(payload.error());

    auto context = parser.openContext();
    if (!context)
        return std::unexpected(context.error());
    core::CoreContext &core = **context;

    core::CodeRecognizer recognizer(core.clock());
    if (parser.isSet(trustListOption)) {
        auto trustList = core::DccTrustList::fromFile(parser.value(trustListOption));
        if (!trustList)
            return failed(trustList.error());
        recognizer.setDccTrustList(std::move(*trustList));
    }
    auto keys = core::PdKeyStore(core).trustedKeys();
    if (!keys)
        return failed(keys.error());
    recognizer.setTrustedKeys(std::move(*keys));

    QString operatorId;
    if (parser.isSet(operatorOption)) {
        auto user = core.users().findByUsername(parser.value(operatorOption));
        if (!user)
            return failed(user.error());
        operatorId = user->id;
    }
    auto settings = scan::CheckpointSettings::load(core.database());
    if (!settings)
        return failed(settings.error());

    scan::CheckinStore store(core);
    scan::CheckpointController controller(core, store, recognizer);
    controller.setOperatorId(operatorId);
    controller.setEntryExit(settings->entryExit);
    auto verdict = controller.handlePayload(*payload);
    if (!verdict)
        return failed(verdict.error());

    output::writeJson(QJsonObject {
        {QStringLiteral("checkin_id"), verdict->checkin.id},
        {QStringLiteral("direction"),
         verdict->direction == scan::Direction::Out ? QStringLiteral("out") : QStringLiteral("in")},
        {QStringLiteral("light"), lightName(verdict->light)},
        {QStringLiteral("kind"), core::Recognition::kindName(verdict->recognition.kind)},
        {QStringLiteral("verdict"), core::Recognition::verdictName(verdict->recognition.verdict)},
        {QStringLiteral("reason_code"), verdict->recognition.reasonCode},
        {QStringLiteral("reason"), verdict->recognition.reason},
    });
    return {};
}

} // namespace pd::cli
