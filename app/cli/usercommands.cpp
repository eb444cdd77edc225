#include "usercommands.h"

#include "commandparser.h"
#include "output.h"
#include "passwordinput.h"

namespace pd::cli {

namespace {
struct Action {
    const char *name;
    Done (*run)(const QStringList &);
};

Outcome<core::RoleSet> parseRoles(const QString &keys)
{
    QString unknown;
    const auto roles = core::Roles::parseList(keys, &unknown);
    if (!roles) {
        QStringList known;
        for (core::Role role : core::Roles::all())
            known << core::Roles::key(role);
        return usageError(
            QCoreApplication::translate("pd::cli::UserCommands", "Unknown role %1; roles are: %2.")
                .arg(unknown, known.join(QStringLiteral(", "))));
    }
    return *roles;
}

QCommandLineOption usernameOption()
{
    return {QStringLiteral("username"),
            QCoreApplication::translate("pd::cli::UserCommands", "Login name of the account."),
            QCoreApplication::translate("pd::cli::UserCommands", "NAME")};
}

QCommandLineOption passwordStdinOption()
{
    return {QStringLiteral("password-stdin"),
            QCoreApplication::translate(
                "pd::cli::UserCommands",
                "Read the password from the first line of standard input instead of "
                "asking on the terminal.")};
}
} // namespace

QString UserCommands::summary()
{
    return tr("Manage the local accounts of this device.");
}

QString UserCommands::helpText()
{
    return tr("Usage: %1 user COMMAND [options]\n"
              "%2\n\n"
              "Commands:\n"
              "  add     Create an account: --username NAME --name \"FULL NAME\" --roles "
              "admin,clerk "
              "[--password-stdin]\n"
              "  list    List the accounts as one JSON array.\n"
              "  passwd  Set a new password: --username NAME [--password-stdin]\n"
              "  roles   Replace the roles of an account: --username NAME --set admin,clerk\n\n"
              "Run \"%1 user COMMAND --help\" for the options of a command.")
        .arg(CommandParser::programName(), summary());
}

Done UserCommands::run(const QStringList &arguments)
{
    static const Action actions[] = {
        {"add", &UserCommands::add},
        {"list", &UserCommands::list},
        {"passwd", &UserCommands::passwd},
        {"roles", &UserCommands::roles},
    };
    if (arguments.isEmpty())
        return usageError(tr("Missing user command: add, list, passwd or roles."));
    const QString &name = arguments.first();
    if (name == QLatin1String("--help") || name == QLatin1String("-h")) {
        output::writeText(helpText());
        return {};
    }
    for (const Action &action : actions) {
        if (name == QLatin1String(action.name))
            return action.run(arguments.mid(1));
    }
    return usageError(tr("Unknown user command: %1 (use add, list, passwd or roles).").arg(name));
}

QJsonObject UserCommands::toJson(const core::User &user, qint64 nowMs)
{
    QJsonArray roles;
    for (core::Role role : core::Roles::all()) {
        if (user.hasRole(role))
            roles.append(core::Roles::key(role));
    }
    return {
        {QStringLiteral("username"), user.username},
        {QStringLiteral("name"), user.displayName},
        {QStringLiteral("roles"), roles},
        {QStringLiteral("active"), user.active},
        {QStringLiteral("locked"), user.isLockedAt(nowMs)},
    };
}

Done UserCommands::add(const QStringList &arguments)
{
    CommandParser parser(QStringLiteral("user add"), tr("Create a local account."), arguments);
    const QCommandLineOption username = usernameOption();
    const QCommandLineOption name(QStringLiteral("name"), tr("Full name of the person."),
                                  tr("FULL NAME"));
    const QCommandLineOption roles(QStringLiteral("roles"),
                                   tr("Comma-separated role keys, such as admin,clerk."),
                                   tr("ROLES"));
    const QCommandLineOption passwordStdin = passwordStdinOption();
    for (const auto &option : {username, name, roles, passwordStdin})
        parser.addOption(option);
    if (auto proceed = parser.parse(); !proceed || !*proceed)
        return stop(proceed);
    const auto usernameValue = parser.requiredValue(username);
    if (!usernameValue)
        return std::unexpected(usernameValue.error());
    const auto nameValue = parser.requiredValue(name);
    if (!nameValue)
        return std::unexpected(nameValue.error());
    const auto rolesValue = parser.requiredValue(roles);
    if (!rolesValue)
        return std::unexpected(rolesValue.error());
    const auto roleSet = parseRoles(*rolesValue);
    if (!roleSet)
        return std::unexpected(roleSet.error());
    // Before asking for a password, so a typo costs no typing.
    if (auto valid = core::UserStore::validateUsername(usernameValue->trimmed().toLower()); !valid)
        return failed(valid.error());

    auto context = parser.openContext();
    if (!context)
        return std::unexpected(context.error());
    core::CoreContext &core = **context;

    const auto password = PasswordInput::read(parser.isSet(passwordStdin));
    if (!password)
        return std::unexpected(password.error());
    const auto user = core.users().create(*usernameValue, *nameValue, *password, *roleSet);
    if (!user)
        return failed(user.error());
    output::writeJson(toJson(*user, core.clock().nowMs()));
    return {};
}

Done UserCommands::list(const QStringList &arguments)
{
    CommandParser parser(QStringLiteral("user list"),
                         tr("List the local accounts as one JSON array."), arguments);
    if (auto proceed = parser.parse(); !proceed || !*proceed)
        return stop(proceed);

    auto context = parser.openContext();
    if (!context)
        return std::unexpected(context.error());
    core::CoreContext &core = **context;
    const auto users = core.users().list();
    if (!users)
        return failed(users.error());
    const qint64 nowMs = core.clock().nowMs();
    QJsonArray array;
    for (const core::User &user : *users)
        array.append(toJson(user, nowMs));
    output::writeJson(array);
    return {};
}

Done UserCommands::passwd(const QStringList &arguments)
{
    CommandParser parser(QStringLiteral("user passwd"), tr("Set a new password for an account."),
                         arguments);
    const QCommandLineOption username = usernameOption();
    const QCommandLineOption passwordStdin = passwordStdinOption();
    parser.addOption(username);
    parser.addOption(passwordStdin);
    if (auto proceed = parser.parse(); !proceed || !*proceed)
        return stop(proceed);
    const auto usernameValue = parser.requiredValue(username);
    if (!usernameValue)
        return std::unexpected(usernameValue.error());

    auto context = parser.openContext();
    if (!context)
        return std::unexpected(context.error());
    core::CoreContext &core = **context;
    const auto user = core.users().findByUsername(*usernameValue);
    if (!user)
        return failed(user.error());
    const auto password = PasswordInput::read(parser.isSet(passwordStdin));
    if (!password)
        return std::unexpected(password.error());
    if (auto changed = core.users().setPassword(user->id, *password); !changed)
        return failed(changed.error());
    // setPassword also lifts a lockout: print the account as it is now.
    const auto updated = core.users().findById(user->id);
    if (!updated)
        return failed(updated.error());
    output::writeJson(toJson(*updated, core.clock().nowMs()));
    return {};
}

Done UserCommands::roles(const QStringList &arguments)
{
    CommandParser parser(QStringLiteral("user roles"), tr("Replace the roles of an account."),
                         arguments);
    const QCommandLineOption username = usernameOption();
    const QCommandLineOption set(QStringLiteral("set"),
                                 tr("The new roles, comma-separated, such as admin,clerk."),
                                 tr("ROLES"));
    parser.addOption(username);
    parser.addOption(set);
    if (auto proceed = parser.parse(); !proceed || !*proceed)
        return stop(proceed);
    const auto usernameValue = parser.requiredValue(username);
    if (!usernameValue)
        return std::unexpected(usernameValue.error());
    const auto setValue = parser.requiredValue(set);
    if (!setValue)
        return std::unexpected(setValue.error());
    const auto roleSet = parseRoles(*setValue);
    if (!roleSet)
        return std::unexpected(roleSet.error());

    auto context = parser.openContext();
    if (!context)
        return std::unexpected(context.error());
    core::CoreContext &core = **context;
    const auto user = core.users().findByUsername(*usernameValue);
    if (!user)
        return failed(user.error());
    if (auto changed = core.users().setRoles(user->id, *roleSet); !changed)
        return failed(changed.error());
    const auto updated = core.users().findById(user->id);
    if (!updated)
        return failed(updated.error());
    output::writeJson(toJson(*updated, core.clock().nowMs()));
    return {};
}

} // namespace pd::cli
