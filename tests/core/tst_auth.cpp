// Local accounts: Argon2id hashing, account validation, the five-minute
// lockout on a ManualClock, roles, the last-administrator rule and the audit
// trail, on real SQLite files. Each Argon2id hash costs ~0.1 s and 64 MiB, so
// wrong passwords are mostly fed through finishLogin(attempt, false), the
// same path authenticate() takes after a failed verify.

#include "auditlog.h"
#include "clock.h"
#include "corecontext.h"
#include "passwordhasher.h"
#include "role.h"
#include "userstore.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using pd::core::CoreContext;
using pd::core::PasswordHasher;
using pd::core::Role;
using pd::core::Roles;
using pd::core::RoleSet;
using pd::core::User;
using pd::core::UserStore;

namespace {
const QString kPassword = u"correct horse 7"_s;
constexpr qint64 kSecondMs = 1000;
} // namespace

class TestAuth : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void selfTest();
    void hashAndVerify();
    void validateUsername_data();
    void validateUsername();
    void validatePassword_data();
    void validatePassword();
    void createValidation_data();
    void createValidation();
    void createNormalizesUsername();

    void wrongPasswordAndUnknownUser();
    void fiveWrongPasswordsLockFiveMinutes();
    void correctPasswordResetsCounter();
    void unlockLiftsLockout();
    void inactiveUserCannotLogIn();

    void roleKeys_data();
    void roleKeys();
    void parseRoleList_data();
    void parseRoleList();
    void hasRole();
    void lastActiveAdminIsKept();
    void deviceWithoutAdminStillManagesUsers();
    void auditTrail();

private:
    std::unique_ptr<CoreContext> openContext();
    // A wrong password, recorded without spending an Argon2id hash.
    pd::core::Result<User> failLogin(UserStore &users, const QString &username);

    QTemporaryDir m_dir;
    int m_fileCount = 0;
    pd::core::ManualClock m_clock;
    std::unique_ptr<CoreContext> m_shared; // holds user "admin"; not changed by tests
    QString m_adminId;
};

std::unique_ptr<CoreContext> TestAuth::openContext()
{
    auto context =
        CoreContext::open(m_dir.filePath(u"auth-%1.sqlite"_s.arg(++m_fileCount)), {}, m_clock);
    if (!context) {
        qWarning() << context.error().code << context.error().message;
        return {};
    }
    return std::move(*context);
}

pd::core::Result<User> TestAuth::failLogin(UserStore &users, const QString &username)
{
    auto attempt = users.beginLogin(username);
    if (!attempt)
        return std::unexpected(attempt.error());
    return users.finishLogin(*attempt, false);
}

void TestAuth::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_shared = openContext();
    QVERIFY(m_shared);
    auto admin = m_shared->users().create(u"admin"_s, u"Quản trị viên"_s, kPassword, {Role::Admin});
    QVERIFY2(admin, qPrintable(admin ? QString() : admin.error().message));
    m_adminId = admin->id;
}

void TestAuth::cleanupTestCase()
{
    m_shared.reset();
}

void TestAuth::selfTest()
{
    QVERIFY(PasswordHasher::selfTest());
    QVERIFY(PasswordHasher::selfTest()); // repeatable: libsodium initialises once
}

void TestAuth::hashAndVerify()
{
    const QString first = PasswordHasher::hash(kPassword);
    const QString second = PasswordHasher::hash(kPassword);
    QVERIFY(first.startsWith(u"$argon2id$"_s));
    QVERIFY(second.startsWith(u"$argon2id$"_s));
    QVERIFY(first != second); // a fresh salt each time
    QVERIFY(!first.contains(kPassword));

    QVERIFY(PasswordHasher::verify(first, kPassword));
    QVERIFY(PasswordHasher::verify(second, kPassword));
    QVERIFY(!PasswordHasher::verify(first, u"correct horse 8"_s));
    QVERIFY(!PasswordHasher::verify(first, kPassword + u' '));
    QVERIFY(!PasswordHasher::verify(first, kPassword.toUpper()));
    QVERIFY(!PasswordHasher::verify(first, QString()));
    QVERIFY(!PasswordHasher::verify(QString(), kPassword));
    QVERIFY(!PasswordHasher::verify(u"$argon2id$garbage"_s, kPassword));

    // Vietnamese passwords hash as UTF-8.
    const QString vietnamese = u"mật khẩu Đức"_s;
    const QString hashed = PasswordHasher::hash(vietnamese);
    QVERIFY(PasswordHasher::verify(hashed, vietnamese));
    QVERIFY(!PasswordHasher::verify(hashed, u"mat khau Duc"_s));
}

void TestAuth::validateUsername_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<bool>("valid");

    QTest::newRow("letters") << u"admin"_s << true;
    QTest::newRow("shortest") << u"abc"_s << true;
    QTest::newRow("digits first") << u"01nv"_s << true;
    QTest::newRow("dot, dash, underscore") << u"nguyen.van-duc_2"_s << true;
    QTest::newRow("longest") << QString(32, u'a') << true;
    QTest::newRow("too short") << u"ab"_s << false;
    QTest::newRow("too long") << QString(33, u'a') << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("upper case") << u"Admin"_s << false; // create() lower-cases first
    QTest::newRow("leading dash") << u"-admin"_s << false;
    QTest::newRow("leading dot") << u".admin"_s << false;
    QTest::newRow("space") << u"van duc"_s << false;
    QTest::newRow("accented") << u"đức"_s << false;
    QTest::newRow("at sign") << u"duc@xa"_s << false;
    QTest::newRow("trailing newline") << u"admin\n"_s << false;
}

void TestAuth::validateUsername()
{
    QFETCH(QString, username);
    QFETCH(bool, valid);
    const auto result = UserStore::validateUsername(username);
    QCOMPARE(bool(result), valid);
    if (!valid)
        QCOMPARE(result.error().code, u"users.username"_s);
}

void TestAuth::validatePassword_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("valid");

    QTest::newRow("empty") << QString() << false;
    QTest::newRow("seven") << u"1234567"_s << false;
    QTest::newRow("eight") << u"12345678"_s << true;
    QTest::newRow("eight Vietnamese letters") << u"mậtkhẩuà"_s << true;
    QTest::newRow("long") << QString(200, u'x') << true;
}

void TestAuth::validatePassword()
{
    QFETCH(QString, password);
    QFETCH(bool, valid);
    const auto result = UserStore::validatePassword(password);
    QCOMPARE(bool(result), valid);
    if (!valid)
        QCOMPARE(result.error().code, u"users.password_short"_s);
}

void TestAuth::createValidation_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("displayName");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("roles");
    QTest::addColumn<QString>("code");

    const QString name = u"Nguyễn Văn Đức"_s;
    const QString clerk = u"clerk"_s;
    QTest::newRow("username too short")
        << u"ab"_s << name << kPassword << clerk << u"users.username"_s;
    QTest::newRow("username too long")
        << QString(33, u'x') << name << kPassword << clerk << u"users.username"_s;
    QTest::newRow("username empty")
        << QString() << name << kPassword << clerk << u"users.username"_s;
    QTest::newRow("username blank")
        << u"   "_s << name << kPassword << clerk << u"users.username"_s;
    QTest::newRow("username with space")
        << u"van duc"_s << name << kPassword << clerk << u"users.username"_s;
    QTest::newRow("username accented")
        << u"đức"_s << name << kPassword << clerk << u"users.username"_s;
    QTest::newRow("username leading dash")
        << u"-duc"_s << name << kPassword << clerk << u"users.username"_s;
    QTest::newRow("username with slash")
        << u"duc/01"_s << name << kPassword << clerk << u"users.username"_s;
    QTest::newRow("display name empty")
        << u"duc"_s << QString() << kPassword << clerk << u"users.display_name"_s;
    QTest::newRow("display name blank")
        << u"duc"_s << u" \t"_s << kPassword << clerk << u"users.display_name"_s;
    QTest::newRow("password empty")
        << u"duc"_s << name << QString() << clerk << u"users.password_short"_s;
    QTest::newRow("password seven")
        << u"duc"_s << name << u"1234567"_s << clerk << u"users.password_short"_s;
    QTest::newRow("no roles") << u"duc"_s << name << kPassword << QString() << u"users.no_roles"_s;
    QTest::newRow("duplicate username")
        << u"admin"_s << name << kPassword << clerk << u"users.exists"_s;
    QTest::newRow("duplicate, other case and spaces")
        << u" ADMIN "_s << name << kPassword << clerk << u"users.exists"_s;
}

void TestAuth::createValidation()
{
    QFETCH(QString, username);
    QFETCH(QString, displayName);
    QFETCH(QString, password);
    QFETCH(QString, roles);
    QFETCH(QString, code);

    auto &users = m_shared->users();
    const auto roleSet = Roles::parseList(roles);
    QVERIFY(roleSet);
    auto created = users.create(username, displayName, password, *roleSet);
    QVERIFY(!created);
    QCOMPARE(created.error().code, code);
    QVERIFY(!created.error().message.isEmpty());

    // Nothing written: still only the administrator, one audit entry.
    auto list = users.list();
    QVERIFY(list);
    QCOMPARE(list->size(), 1);
    QSqlQuery query(m_shared->database().connection());
    QVERIFY(query.exec(u"SELECT COUNT(*) FROM audit_log WHERE action = 'user.create'"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 1);
}

void TestAuth::createNormalizesUsername()
{
    auto context = openContext();
    QVERIFY(context);
    m_clock.setMs(1'650'000'000'000);
    auto created = context->users().create(u"  Nguyen.Van.Duc "_s, u"  Nguyễn Văn Đức "_s,
                                           kPassword, {Role::Clerk, Role::Sampler});
    QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
    QCOMPARE(created->username, u"nguyen.van.duc"_s);
    QCOMPARE(created->displayName, u"Nguyễn Văn Đức"_s);
    QCOMPARE(created->roles, (RoleSet {Role::Clerk, Role::Sampler}));
    QVERIFY(created->active);
    QCOMPARE(created->failedAttempts, 0);
    QCOMPARE(created->createdAtMs, qint64(1'650'000'000'000));
    QVERIFY(pd::core::UuidV7Generator::isValid(created->id));

    auto found = context->users().findByUsername(u"NGUYEN.VAN.DUC"_s);
    QVERIFY(found);
    QCOMPARE(found->id, created->id);
    QCOMPARE(context->users().findByUsername(u"nobody"_s).error().code, u"users.not_found"_s);
    QCOMPARE(context->users().findById(u"nope"_s).error().code, u"users.not_found"_s);

    // Logs in by any case of the name.
    auto login = context->users().authenticate(u"Nguyen.Van.Duc"_s, kPassword);
    QVERIFY2(login, qPrintable(login ? QString() : login.error().message));
    QCOMPARE(login->id, created->id);
}

void TestAuth::wrongPasswordAndUnknownUser()
{
    auto &users = m_shared->users();
    auto wrong = users.authenticate(u"admin"_s, u"not the password"_s);
    QVERIFY(!wrong);
    QCOMPARE(wrong.error().code, u"auth.wrong"_s);

    // An unknown name gets the same answer, so names cannot be probed.
    auto unknown = users.authenticate(u"nobody"_s, kPassword);
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().code, u"auth.wrong"_s);

    // Leave the shared account as it was.
    auto right = users.authenticate(u"admin"_s, kPassword);
    QVERIFY(right);
    QCOMPARE(right->failedAttempts, 0);
    QCOMPARE(users.findById(m_adminId)->failedAttempts, 0);
}

void TestAuth::fiveWrongPasswordsLockFiveMinutes()
{
    auto context = openContext();
    QVERIFY(context);
    auto &users = context->users();
    QVERIFY(users.create(u"duc"_s, u"Đức"_s, kPassword, {Role::Checkpoint}));

    // The first wrong password through the real verify, the rest cheaply.
    auto first = users.authenticate(u"duc"_s, u"wrong password"_s);
    QVERIFY(!first);
    QCOMPARE(first.error().code, u"auth.wrong"_s);
    for (int attempt = 2; attempt <= 4; ++attempt) {
        m_clock.advanceMs(10 * kSecondMs);
        auto failed = failLogin(users, u"duc"_s);
        QVERIFY(!failed);
        QCOMPARE(failed.error().code, u"auth.wrong"_s);
        QCOMPARE(users.findByUsername(u"duc"_s)->failedAttempts, attempt);
    }
    QVERIFY(!users.findByUsername(u"duc"_s)->isLockedAt(m_clock.nowMs()));

    m_clock.advanceMs(10 * kSecondMs);
    const qint64 lockedAt = m_clock.nowMs();
    auto fifth = failLogin(users, u"duc"_s);
    QVERIFY(!fifth);
    QCOMPARE(fifth.error().code, u"auth.locked"_s);
    auto locked = users.findByUsername(u"duc"_s);
    QVERIFY(locked);
    QCOMPARE(locked->lockedUntilMs, lockedAt + UserStore::lockoutMs);
    QCOMPARE(UserStore::lockoutMs, qint64(5 * 60 * kSecondMs));

    // Still locked at 4:59, even with the right password.
    m_clock.setMs(lockedAt + 4 * 60 * kSecondMs + 59 * kSecondMs);
    auto early = users.authenticate(u"duc"_s, kPassword);
    QVERIFY(!early);
    QCOMPARE(early.error().code, u"auth.locked"_s);
    QCOMPARE(users.findByUsername(u"duc"_s)->lockedUntilMs, lockedAt + UserStore::lockoutMs);

    // Open again at 5:01.
    m_clock.setMs(lockedAt + 5 * 60 * kSecondMs + 1 * kSecondMs);
    auto later = users.authenticate(u"duc"_s, kPassword);
    QVERIFY2(later, qPrintable(later ? QString() : later.error().message));
    QCOMPARE(later->failedAttempts, 0);
    QCOMPARE(later->lockedUntilMs, qint64(0));
    auto stored = users.findByUsername(u"duc"_s);
    QCOMPARE(stored->failedAttempts, 0);
    QCOMPARE(stored->lockedUntilMs, qint64(0));

    // The count starts again: one wrong password does not lock.
    auto again = failLogin(users, u"duc"_s);
    QCOMPARE(again.error().code, u"auth.wrong"_s);
}

void TestAuth::correctPasswordResetsCounter()
{
    auto context = openContext();
    QVERIFY(context);
    auto &users = context->users();
    QVERIFY(users.create(u"hoa"_s, u"Hoà"_s, kPassword, {Role::Clerk}));

    for (int i = 0; i < UserStore::maxFailedAttempts - 1; ++i)
        QCOMPARE(failLogin(users, u"hoa"_s).error().code, u"auth.wrong"_s);
    QCOMPARE(users.findByUsername(u"hoa"_s)->failedAttempts, 4);

    auto login = users.authenticate(u"hoa"_s, kPassword);
    QVERIFY(login);
    QCOMPARE(users.findByUsername(u"hoa"_s)->failedAttempts, 0);

    // Four more wrong ones are not five in a row.
    for (int i = 0; i < UserStore::maxFailedAttempts - 1; ++i)
        QCOMPARE(failLogin(users, u"hoa"_s).error().code, u"auth.wrong"_s);
    QVERIFY(!users.findByUsername(u"hoa"_s)->isLockedAt(m_clock.nowMs()));
    QCOMPARE(failLogin(users, u"hoa"_s).error().code, u"auth.locked"_s);
    QVERIFY(users.findByUsername(u"hoa"_s)->isLockedAt(m_clock.nowMs()));
}

void TestAuth::unlockLiftsLockout()
{
    auto context = openContext();
    QVERIFY(context);
    auto &users = context->users();
    auto user = users.create(u"thuy"_s, u"Thuỷ"_s, kPassword, {Role::Sampler});
    QVERIFY(user);
    for (int i = 0; i < UserStore::maxFailedAttempts; ++i)
        (void)failLogin(users, u"thuy"_s);
    QCOMPARE(users.beginLogin(u"thuy"_s).error().code, u"auth.locked"_s);

    QVERIFY(users.unlock(user->id));
    auto login = users.authenticate(u"thuy"_s, kPassword);
    QVERIFY2(login, qPrintable(login ? QString() : login.error().message));
    QCOMPARE(users.unlock(u"nope"_s).error().code, u"users.not_found"_s);
}

void TestAuth::inactiveUserCannotLogIn()
{
    auto context = openContext();
    QVERIFY(context);
    auto &users = context->users();
    QVERIFY(users.create(u"admin"_s, u"Quản trị"_s, kPassword, {Role::Admin}));
    auto clerk = users.create(u"clerk1"_s, u"Cán bộ"_s, kPassword, {Role::Clerk});
    QVERIFY(clerk);

    QVERIFY(users.setActive(clerk->id, false));
    QCOMPARE(users.findById(clerk->id)->active, false);
    auto refused = users.authenticate(u"clerk1"_s, kPassword);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, u"auth.inactive"_s);
    QCOMPARE(users.findById(clerk->id)->failedAttempts, 0);

    QVERIFY(users.setActive(clerk->id, true));
    QVERIFY(users.authenticate(u"clerk1"_s, kPassword));
}

void TestAuth::roleKeys_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("role");

    QTest::newRow("admin") << u"admin"_s << int(Role::Admin);
    QTest::newRow("checkpoint") << u"checkpoint"_s << int(Role::Checkpoint);
    QTest::newRow("clerk") << u"clerk"_s << int(Role::Clerk);
    QTest::newRow("campaign_creator") << u"campaign_creator"_s << int(Role::CampaignCreator);
    QTest::newRow("sampler") << u"sampler"_s << int(Role::Sampler);
    QTest::newRow("sample_checker") << u"sample_checker"_s << int(Role::SampleChecker);
    QTest::newRow("lab_tester") << u"lab_tester"_s << int(Role::LabTester);
    QTest::newRow("epidemiologist") << u"epidemiologist"_s << int(Role::Epidemiologist);
    QTest::newRow("quarantine_officer") << u"quarantine_officer"_s << int(Role::QuarantineOfficer);
    QTest::newRow("relief_officer") << u"relief_officer"_s << int(Role::ReliefOfficer);
    QTest::newRow("provincial_viewer") << u"provincial_viewer"_s << int(Role::ProvincialViewer);
}

void TestAuth::roleKeys()
{
    QFETCH(QString, key);
    QFETCH(int, role);

    QCOMPARE(Roles::all().size(), 11);
    QVERIFY(Roles::all().contains(Role(role)));
    const auto parsed = Roles::fromKey(key);
    QVERIFY(parsed);
    QCOMPARE(int(*parsed), role);
    QCOMPARE(Roles::key(Role(role)), key);
    QVERIFY(!Roles::title(Role(role)).isEmpty());
    QCOMPARE(Roles::parseList(key), std::optional<RoleSet>(RoleSet {Role(role)}));
    QCOMPARE(Roles::keyList({Role(role)}), key);
    QVERIFY(!Roles::fromKey(key.toUpper()));
}

void TestAuth::parseRoleList_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("keyList"); // valid: the canonical list; invalid: the unknown key

    QTest::newRow("two") << u"admin,clerk"_s << true << u"admin,clerk"_s;
    QTest::newRow("canonical order")
        << u"sampler,clerk,admin"_s << true << u"admin,clerk,sampler"_s;
    QTest::newRow("spaces") << u" admin , lab_tester "_s << true << u"admin,lab_tester"_s;
    QTest::newRow("empty parts") << u",admin,,clerk,"_s << true << u"admin,clerk"_s;
    QTest::newRow("repeated") << u"clerk,clerk"_s << true << u"clerk"_s;
    QTest::newRow("empty") << QString() << true << QString();
    QTest::newRow("all")
        << u"provincial_viewer,relief_officer,quarantine_officer,epidemiologist,lab_tester,"
           "sample_checker,sampler,campaign_creator,clerk,checkpoint,admin"_s
        << true
        << u"admin,checkpoint,clerk,campaign_creator,sampler,sample_checker,lab_tester,"
           "epidemiologist,quarantine_officer,relief_officer,provincial_viewer"_s;
    QTest::newRow("unknown") << u"admin,root"_s << false << u"root"_s;
    QTest::newRow("wrong case") << u"Admin"_s << false << u"Admin"_s;
    QTest::newRow("space instead of comma") << u"admin clerk"_s << false << u"admin clerk"_s;
    QTest::newRow("title instead of key") << u"Lab tester"_s << false << u"Lab tester"_s;
}

void TestAuth::parseRoleList()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, keyList);

    QString unknown;
    const auto roles = Roles::parseList(text, &unknown);
    QCOMPARE(roles.has_value(), valid);
    if (valid) {
        QCOMPARE(Roles::keyList(*roles), keyList);
        QCOMPARE(Roles::parseList(Roles::keyList(*roles)), roles); // round trip
        QVERIFY(unknown.isEmpty());
    } else {
        QCOMPARE(unknown, keyList);
    }
}

void TestAuth::hasRole()
{
    auto found = m_shared->users().findById(m_adminId);
    QVERIFY(found);
    QVERIFY(found->hasRole(Role::Admin));
    QVERIFY(!found->hasRole(Role::Clerk));

    User user;
    user.roles = {Role::Sampler, Role::SampleChecker};
    for (Role role : Roles::all())
        QCOMPARE(user.hasRole(role), role == Role::Sampler || role == Role::SampleChecker);
}

void TestAuth::lastActiveAdminIsKept()
{
    auto context = openContext();
    QVERIFY(context);
    auto &users = context->users();
    auto admin = users.create(u"admin"_s, u"Quản trị"_s, kPassword, {Role::Admin, Role::Clerk});
    QVERIFY(admin);
    auto clerk = users.create(u"clerk1"_s, u"Cán bộ"_s, kPassword, {Role::Clerk});
    QVERIFY(clerk);

    // The only administrator keeps the role and stays active.
    auto demoted = users.setRoles(admin->id, {Role::Clerk});
    QVERIFY(!demoted);
    QCOMPARE(demoted.error().code, u"users.last_admin"_s);
    QCOMPARE(users.findById(admin->id)->roles, (RoleSet {Role::Admin, Role::Clerk}));
    auto deactivated = users.setActive(admin->id, false);
    QVERIFY(!deactivated);
    QCOMPARE(deactivated.error().code, u"users.last_admin"_s);
    QVERIFY(users.findById(admin->id)->active);

    // Other accounts change freely, but never to no role at all.
    QVERIFY(users.setRoles(clerk->id, {Role::Clerk, Role::ReliefOfficer}));
    QCOMPARE(users.findById(clerk->id)->roles, (RoleSet {Role::Clerk, Role::ReliefOfficer}));
    QCOMPARE(users.setRoles(clerk->id, {}).error().code, u"users.no_roles"_s);
    QVERIFY(users.setActive(clerk->id, false));

    // An inactive administrator does not count.
    QVERIFY(users.setActive(clerk->id, true));
    QVERIFY(users.setRoles(clerk->id, {Role::Admin}));
    QVERIFY(users.setActive(clerk->id, false));
    QCOMPARE(users.setRoles(admin->id, {Role::Clerk}).error().code, u"users.last_admin"_s);

    // With a second active administrator, the first may step down.
    QVERIFY(users.setActive(clerk->id, true));
    QVERIFY(users.setRoles(admin->id, {Role::Clerk}));
    QVERIFY(!users.findById(admin->id)->hasRole(Role::Admin));
    QCOMPARE(users.setActive(clerk->id, false).error().code, u"users.last_admin"_s);
}

void TestAuth::deviceWithoutAdminStillManagesUsers()
{
    // The last-administrator rule guards against removing the last one; it
    // must not freeze a device that has none (accounts made from the command
    // line before any administrator).
    auto context = openContext();
    QVERIFY(context);
    auto &users = context->users();
    auto clerk = users.create(u"clerk1"_s, u"Cán bộ"_s, kPassword, {Role::Clerk});
    QVERIFY(clerk);
    auto changed = users.setRoles(clerk->id, {Role::Clerk, Role::Sampler});
    QVERIFY2(changed, qPrintable(changed ? QString() : changed.error().code));
    auto deactivated = users.setActive(clerk->id, false);
    QVERIFY2(deactivated, qPrintable(deactivated ? QString() : deactivated.error().code));
    QVERIFY(users.setActive(clerk->id, true));
    // And the first administrator can be made.
    QVERIFY(users.setRoles(clerk->id, {Role::Admin}));
    QCOMPARE(users.setRoles(clerk->id, {Role::Clerk}).error().code, u"users.last_admin"_s);
}

void TestAuth::auditTrail()
{
    auto context = openContext();
    QVERIFY(context);
    auto &users = context->users();
    const QString displayName = u"Trần Thị Bí Mật"_s;
    const QString password = u"s3cret-Passw0rd"_s;
    m_clock.setMs(1'660'000'000'000);
    auto user =
        users.create(u"tranbm"_s, displayName, password, {Role::Clerk, Role::Epidemiologist});
    QVERIFY(user);
    m_clock.advanceMs(kSecondMs);
    QVERIFY(users.authenticate(u"tranbm"_s, password));
    for (int i = 0; i < UserStore::maxFailedAttempts; ++i)
        (void)failLogin(users, u"tranbm"_s);

    QSqlQuery query(context->database().connection());
    QVERIFY(query.exec(u"SELECT * FROM audit_log ORDER BY hlc"_s));
    QStringList actions;
    while (query.next()) {
        const QSqlRecord record = query.record();
        const QString action = record.value(u"action"_s).toString();
        actions << action;
        QCOMPARE(record.value(u"entity_type"_s).toString(), u"user"_s);
        QCOMPARE(record.value(u"entity_id"_s).toString(), user->id);
        QCOMPARE(record.value(u"origin"_s).toString(), context->deviceId());
        if (action == u"user.create"_s) {
            QCOMPARE(record.value(u"at_ms"_s).toLongLong(), qint64(1'660'000'000'000));
            QCOMPARE(record.value(u"detail"_s).toString(), u"clerk,epidemiologist"_s);
            QVERIFY(record.isNull(u"user_id"_s)); // nobody logged in yet
        } else {
            // Attributed to the account that logged in.
            QCOMPARE(record.value(u"user_id"_s).toString(), user->id);
            QCOMPARE(record.value(u"username"_s).toString(), u"tranbm"_s);
        }
        // Never personal values or secrets.
        for (int column = 0; column < record.count(); ++column) {
            const QString value = record.value(column).toString();
            QVERIFY2(!value.contains(password), qPrintable(record.fieldName(column)));
            QVERIFY2(!value.contains(displayName), qPrintable(record.fieldName(column)));
            QVERIFY2(!value.contains(u"Bí Mật"_s), qPrintable(record.fieldName(column)));
            QVERIFY2(!value.contains(u"$argon2"_s), qPrintable(record.fieldName(column)));
        }
    }
    QCOMPARE(actions, (QStringList {u"user.create"_s, u"auth.login"_s, u"auth.locked"_s}));
}

QTEST_GUILESS_MAIN(TestAuth)
#include "tst_auth.moc"
