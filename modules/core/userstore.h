#pragma once

#include "error.h"
#include "role.h"

#include <QCoreApplication>
#include <QList>

namespace pd::core {

class AuditLog;
class Clock;
class Database;
class UuidV7Generator;

struct User {
    QString id;
    QString username;
    QString displayName;
    RoleSet roles;
    bool active = true;
    int failedAttempts = 0;
    qint64 lockedUntilMs = 0;
    qint64 createdAtMs = 0;

    bool hasRole(Role role) const { return roles.contains(role); }
    bool isLockedAt(qint64 nowMs) const { return lockedUntilMs > nowMs; }
};

// A password that passed the rules and was hashed with Argon2id: made by
// UserStore::preparePassword(), which touches no database and may run on a
// worker thread so the UI never waits for the hash.
struct PasswordHash {
    QString encoded;
};

// A login split in two so the slow Argon2id check runs off the UI thread:
// beginLogin() reads the account, PasswordHasher::verify() runs anywhere,
// finishLogin() records the outcome and applies the lockout.
struct LoginAttempt {
    QString userId;
    QString passwordHash;
};

// Local accounts of this device. Five wrong passwords in a row lock an
// account for five minutes; every change is audited.
class UserStore {
    Q_DECLARE_TR_FUNCTIONS(pd::core::UserStore)

public:
    static constexpr int maxFailedAttempts = 5;
    static constexpr qint64 lockoutMs = 5 * 60 * 1000;

    UserStore(Database &database, AuditLog &audit, UuidV7Generator &ids, const Clock &clock);

    Result<bool> hasUsers() const;
    Result<QList<User>> list() const;
    Result<User> findByUsername(const QString &username) const;
    Result<User> findById(const QString &id) const;

    static Result<PasswordHash> preparePassword(const QString &password);

    Result<User> create(const QString &username, const QString &displayName,
                        const PasswordHash &password, const RoleSet &roles);
    Status setPassword(const QString &userId, const PasswordHash &password);
    // The same, hashing on the calling thread (command line, tests).
    Result<User> create(const QString &username, const QString &displayName,
                        const QString &password, const RoleSet &roles);
    Status setPassword(const QString &userId, const QString &password);
    Status setRoles(const QString &userId, const RoleSet &roles);
    Status setActive(const QString &userId, bool active);
    Status unlock(const QString &userId);

    Result<LoginAttempt> beginLogin(const QString &username) const;
    Result<User> finishLogin(const LoginAttempt &attempt, bool passwordMatched);
    // Both halves in one call, for the command line and tests.
    Result<User> authenticate(const QString &username, const QString &password);

    static Status validateUsername(const QString &username);
    static Status validatePassword(const QString &password);

private:
    Status writeRoles(const QString &userId, const RoleSet &roles);
    Result<int> countActiveAdmins() const;

    Database &m_database;
    AuditLog &m_audit;
    UuidV7Generator &m_ids;
    const Clock &m_clock;
};

} // namespace pd::core
