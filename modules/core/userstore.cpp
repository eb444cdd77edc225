#include "userstore.h"

#include "auditlog.h"
#include "clock.h"
#include "database.h"
#include "passwordhasher.h"
#include "uuidv7.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace pd::core {

namespace {
constexpr auto kUserColumns =
    "id, username, display_name, active, failed_attempts, locked_until_ms, created_at_ms";

User userFrom(const QSqlQuery &query)
{
    User user;
    user.id = query.value(0).toString();
    user.username = query.value(1).toString();
    user.displayName = query.value(2).toString();
    user.active = query.value(3).toBool();
    user.failedAttempts = query.value(4).toInt();
    user.lockedUntilMs = query.value(5).toLongLong();
    user.createdAtMs = query.value(6).toLongLong();
    return user;
}

std::unexpected<Error> sqlFailure(const QSqlQuery &query)
{
    return fail(QStringLiteral("users.sql"), query.lastError().text());
}
} // namespace

UserStore::UserStore(Database &database, AuditLog &audit, UuidV7Generator &ids, const Clock &clock)
    : m_database(database), m_audit(audit), m_ids(ids), m_clock(clock)
{
}

Status UserStore::validateUsername(const QString &username)
{
    // Anchored at both ends: a plain "$" also matches before a final "\n".
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(QStringLiteral("[a-z0-9][a-z0-9._-]{2,31}")));
    if (!pattern.match(username).hasMatch())
        return fail(
            QStringLiteral("users.username"),
            tr("Username: use 3 to 32 lower-case letters, digits, dots, dashes or underscores, "
               "starting with a letter or digit."));
    return {};
}

Status UserStore::validatePassword(const QString &password)
{
    if (password.size() < PasswordHasher::minimumLength)
        return fail(QStringLiteral("users.password_short"),
                    tr("Password: use at least %1 characters.").arg(PasswordHasher::minimumLength));
    return {};
}

Result<bool> UserStore::hasUsers() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT EXISTS(SELECT 1 FROM app_user)")) || !query.next())
        return sqlFailure(query);
    return query.value(0).toBool();
}

Result<QList<User>> UserStore::list() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT %1 FROM app_user ORDER BY username")
                        .arg(QLatin1String(kUserColumns))))
        return sqlFailure(query);
    QList<User> users;
    while (query.next())
        users.append(userFrom(query));

    QSqlQuery roles(m_database.connection());
    if (!roles.exec(QStringLiteral("SELECT user_id, role FROM user_role")))
        return sqlFailure(roles);
    while (roles.next()) {
        const QString userId = roles.value(0).toString();
        const auto role = Roles::fromKey(roles.value(1).toString());
        for (User &user : users) {
            if (user.id == userId && role)
                user.roles.insert(*role);
        }
    }
    return users;
}

Result<User> UserStore::findById(const QString &id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT %1 FROM app_user WHERE id = ?").arg(QLatin1String(kUserColumns)));
    query.addBindValue(id);
    if (!query.exec())
        return sqlFailure(query);
    if (!query.next())
        return fail(QStringLiteral("users.not_found"), tr("No such user."));
    User user = userFrom(query);

    QSqlQuery roles(m_database.connection());
    roles.prepare(QStringLiteral("SELECT role FROM user_role WHERE user_id = ?"));
    roles.addBindValue(user.id);
    if (!roles.exec())
        return sqlFailure(roles);
    while (roles.next()) {
        if (const auto role = Roles::fromKey(roles.value(0).toString()))
            user.roles.insert(*role);
    }
    return user;
}

Result<User> UserStore::findByUsername(const QString &username) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id FROM app_user WHERE username = ?"));
    query.addBindValue(username.trimmed().toLower());
    if (!query.exec())
        return sqlFailure(query);
    if (!query.next())
        return fail(QStringLiteral("users.not_found"), tr("No user named %1.").arg(username));
    return findById(query.value(0).toString());
}

Status UserStore::writeRoles(const QString &userId, const RoleSet &roles)
{
    if (auto ok =
            m_database.exec(QStringLiteral("DELETE FROM user_role WHERE user_id = ?"), {userId});
        !ok)
        return ok;
    for (Role role : roles) {
        if (auto ok =
                m_database.exec(QStringLiteral("INSERT INTO user_role(user_id, role) VALUES(?, ?)"),
                                {userId, Roles::key(role)});
            !ok)
            return ok;
    }
    return {};
}

Result<int> UserStore::countActiveAdmins() const
{
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT COUNT(*) FROM app_user u JOIN user_role r ON r.user_id = u.id "
                       "WHERE u.active = 1 AND r.role = ?"));
    query.addBindValue(Roles::key(Role::Admin));
    if (!query.exec() || !query.next())
        return sqlFailure(query);
    return query.value(0).toInt();
}

Result<PasswordHash> UserStore::preparePassword(const QString &password)
{
    if (auto ok = validatePassword(password); !ok)
        return std::unexpected(ok.error());
    const QString hash = PasswordHasher::hash(password);
    if (hash.isEmpty())
        return fail(QStringLiteral("users.hash"),
                    tr("The password could not be protected (out of memory?)."));
    return PasswordHash {hash};
}

Result<User> UserStore::create(const QString &username, const QString &displayName,
                               const QString &password, const RoleSet &roles)
{
    // Cheap checks first: no point hashing for a name that is taken.
    if (auto ok = validateUsername(username.trimmed().toLower()); !ok)
        return std::unexpected(ok.error());
    if (findByUsername(username))
        return fail(QStringLiteral("users.exists"),
                    tr("Username: %1 is already taken.").arg(username.trimmed().toLower()));
    auto hash = preparePassword(password);
    if (!hash)
        return std::unexpected(hash.error());
    return create(username, displayName, *hash, roles);
}

Status UserStore::setPassword(const QString &userId, const QString &password)
{
    auto hash = preparePassword(password);
    if (!hash)
        return std::unexpected(hash.error());
    return setPassword(userId, *hash);
}

Result<User> UserStore::create(const QString &username, const QString &displayName,
                               const PasswordHash &password, const RoleSet &roles)
{
    const QString name = username.trimmed().toLower();
    if (auto ok = validateUsername(name); !ok)
        return std::unexpected(ok.error());
    if (displayName.trimmed().isEmpty())
        return fail(QStringLiteral("users.display_name"),
                    tr("Full name: enter the person's name."));
    if (password.encoded.isEmpty())
        return fail(QStringLiteral("users.hash"),
                    tr("The password could not be protected (out of memory?)."));
    if (roles.isEmpty())
        return fail(QStringLiteral("users.no_roles"), tr("Roles: choose at least one role."));
    if (findByUsername(name))
        return fail(QStringLiteral("users.exists"), tr("Username: %1 is already taken.").arg(name));

    const QString id = m_ids.next();
    auto written = m_database.transaction([&]() -> Status {
        if (auto ok = m_database.exec(
                QStringLiteral("INSERT INTO app_user(id, username, display_name, password_hash, "
                               "created_at_ms) VALUES(?, ?, ?, ?, ?)"),
                {id, name, displayName.trimmed(), password.encoded, m_clock.nowMs()});
            !ok)
            return ok;
        if (auto ok = writeRoles(id, roles); !ok)
            return ok;
        return m_audit.record(QStringLiteral("user.create"), QStringLiteral("user"), id,
                              Roles::keyList(roles));
    });
    if (!written)
        return std::unexpected(written.error());
    return findById(id);
}

Status UserStore::setPassword(const QString &userId, const PasswordHash &password)
{
    if (password.encoded.isEmpty())
        return fail(QStringLiteral("users.hash"),
                    tr("The password could not be protected (out of memory?)."));
    if (auto user = findById(userId); !user)
        return std::unexpected(user.error());
    return m_database.transaction([&]() -> Status {
        if (auto ok = m_database.exec(
                QStringLiteral("UPDATE app_user SET password_hash = ?, failed_attempts = 0, "
                               "locked_until_ms = 0 WHERE id = ?"),
                {password.encoded, userId});
            !ok)
            return ok;
        return m_audit.record(QStringLiteral("user.password"), QStringLiteral("user"), userId);
    });
}

Status UserStore::setRoles(const QString &userId, const RoleSet &roles)
{
    if (roles.isEmpty())
        return fail(QStringLiteral("users.no_roles"), tr("Roles: choose at least one role."));
    auto user = findById(userId);
    if (!user)
        return std::unexpected(user.error());
    return m_database.transaction([&]() -> Status {
        if (auto ok = writeRoles(userId, roles); !ok)
            return ok;
        auto admins = countActiveAdmins();
        if (!admins)
            return std::unexpected(admins.error());
        // Only a change that removes the last one is refused: a device with
        // no administrator yet must still be able to manage its accounts.
        if (*admins == 0 && user->active && user->hasRole(Role::Admin))
            return fail(QStringLiteral("users.last_admin"),
                        tr("Roles: at least one active administrator must remain."));
        return m_audit.record(QStringLiteral("user.roles"), QStringLiteral("user"), userId,
                              Roles::keyList(roles));
    });
}

Status UserStore::setActive(const QString &userId, bool active)
{
    auto user = findById(userId);
    if (!user)
        return std::unexpected(user.error());
    return m_database.transaction([&]() -> Status {
        if (auto ok = m_database.exec(QStringLiteral("UPDATE app_user SET active = ? WHERE id = ?"),
                                      {active ? 1 : 0, userId});
            !ok)
            return ok;
        auto admins = countActiveAdmins();
        if (!admins)
            return std::unexpected(admins.error());
        if (*admins == 0 && user->active && user->hasRole(Role::Admin))
            return fail(QStringLiteral("users.last_admin"),
                        tr("The last active administrator cannot be deactivated."));
        return m_audit.record(active ? QStringLiteral("user.activate")
                                     : QStringLiteral("user.deactivate"),
                              QStringLiteral("user"), userId);
    });
}

Status UserStore::unlock(const QString &userId)
{
    if (auto user = findById(userId); !user)
        return std::unexpected(user.error());
    return m_database.transaction([&]() -> Status {
        if (auto ok = m_database.exec(
                QStringLiteral(
                    "UPDATE app_user SET failed_attempts = 0, locked_until_ms = 0 WHERE id = ?"),
                {userId});
            !ok)
            return ok;
        return m_audit.record(QStringLiteral("user.unlock"), QStringLiteral("user"), userId);
    });
}

Result<LoginAttempt> UserStore::beginLogin(const QString &username) const
{
    const auto wrong = [] {
        return fail(QStringLiteral("auth.wrong"), tr("Wrong username or password."));
    };
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT id, password_hash, active, locked_until_ms FROM app_user WHERE username = ?"));
    query.addBindValue(username.trimmed().toLower());
    if (!query.exec())
        return sqlFailure(query);
    if (!query.next())
        return wrong();
    if (!query.value(2).toBool())
        return fail(QStringLiteral("auth.inactive"), tr("This account has been deactivated."));
    const qint64 lockedUntil = query.value(3).toLongLong();
    if (lockedUntil > m_clock.nowMs())
        return fail(
            QStringLiteral("auth.locked"),
            tr("Too many wrong passwords: this account is locked until %1.")
                .arg(
                    QDateTime::fromMSecsSinceEpoch(lockedUntil).toString(QStringLiteral("HH:mm"))));
    return LoginAttempt {query.value(0).toString(), query.value(1).toString()};
}

Result<User> UserStore::finishLogin(const LoginAttempt &attempt, bool passwordMatched)
{
    auto user = findById(attempt.userId);
    if (!user)
        return user;
    if (passwordMatched) {
        auto ok = m_database.transaction([&]() -> Status {
            if (auto updated =
                    m_database.exec(QStringLiteral("UPDATE app_user SET failed_attempts = 0, "
                                                   "locked_until_ms = 0 WHERE id = ?"),
                                    {user->id});
                !updated)
                return updated;
            m_audit.setActor(user->id, user->username);
            return m_audit.record(QStringLiteral("auth.login"), QStringLiteral("user"), user->id);
        });
        if (!ok) {
            m_audit.setActor({}, {});
            return std::unexpected(ok.error());
        }
        user->failedAttempts = 0;
        user->lockedUntilMs = 0;
        return user;
    }

    const int failures = user->failedAttempts + 1;
    const bool lock = failures >= maxFailedAttempts;
    const qint64 lockedUntil = lock ? m_clock.nowMs() + lockoutMs : 0;
    auto ok = m_database.transaction([&]() -> Status {
        if (auto updated = m_database.exec(
                QStringLiteral(
                    "UPDATE app_user SET failed_attempts = ?, locked_until_ms = ? WHERE id = ?"),
                {lock ? 0 : failures, lockedUntil, user->id});
            !updated)
            return updated;
        return lock
            ? m_audit.record(QStringLiteral("auth.locked"), QStringLiteral("user"), user->id)
            : Status {};
    });
    if (!ok)
        return std::unexpected(ok.error());
    if (lock)
        return fail(
            QStringLiteral("auth.locked"),
            tr("Too many wrong passwords: this account is locked until %1.")
                .arg(
                    QDateTime::fromMSecsSinceEpoch(lockedUntil).toString(QStringLiteral("HH:mm"))));
    return fail(QStringLiteral("auth.wrong"),
                tr("Wrong username or password. %n attempt(s) left before the account is locked.",
                   nullptr, maxFailedAttempts - failures));
}

Result<User> UserStore::authenticate(const QString &username, const QString &password)
{
    auto attempt = beginLogin(username);
    if (!attempt)
        return std::unexpected(attempt.error());
    return finishLogin(*attempt, PasswordHasher::verify(attempt->passwordHash, password));
}

} // namespace pd::core
