#include "role.h"

namespace pd::core {

namespace {
struct RoleInfo {
    Role role;
    const char *key;
    const char *title;
};

const RoleInfo kRoles[] = {
    {Role::Admin, "admin", QT_TRANSLATE_NOOP("pd::core::Roles", "Administrator")},
    {Role::Checkpoint, "checkpoint", QT_TRANSLATE_NOOP("pd::core::Roles", "Checkpoint staff")},
    {Role::Clerk, "clerk", QT_TRANSLATE_NOOP("pd::core::Roles", "Commune clerk")},
    {Role::CampaignCreator, "campaign_creator",
     QT_TRANSLATE_NOOP("pd::core::Roles", "Campaign creator")},
    {Role::Sampler, "sampler", QT_TRANSLATE_NOOP("pd::core::Roles", "Sampler")},
    {Role::SampleChecker, "sample_checker", QT_TRANSLATE_NOOP("pd::core::Roles", "Sample checker")},
    {Role::LabTester, "lab_tester", QT_TRANSLATE_NOOP("pd::core::Roles", "Lab tester")},
    {Role::Epidemiologist, "epidemiologist",
     QT_TRANSLATE_NOOP("pd::core::Roles", "Epidemiologist")},
    {Role::QuarantineOfficer, "quarantine_officer",
     QT_TRANSLATE_NOOP("pd::core::Roles", "Quarantine officer")},
    {Role::ReliefOfficer, "relief_officer", QT_TRANSLATE_NOOP("pd::core::Roles", "Relief officer")},
    {Role::ProvincialViewer, "provincial_viewer",
     QT_TRANSLATE_NOOP("pd::core::Roles", "Provincial viewer")},
};

const RoleInfo &info(Role role)
{
    for (const RoleInfo &entry : kRoles) {
        if (entry.role == role)
            return entry;
    }
    Q_UNREACHABLE();
}
} // namespace

const QList<Role> &Roles::all()
{
    static const QList<Role> roles = [] {
        QList<Role> list;
        for (const RoleInfo &entry : kRoles)
            list.append(entry.role);
        return list;
    }();
    return roles;
}

QString Roles::key(Role role)
{
    return QLatin1String(info(role).key);
}

std::optional<Role> Roles::fromKey(QStringView key)
{
    for (const RoleInfo &entry : kRoles) {
        if (key == QLatin1String(entry.key))
            return entry.role;
    }
    return std::nullopt;
}

QString Roles::title(Role role)
{
    return tr(info(role).title);
}

std::optional<RoleSet> Roles::parseList(QStringView keys, QString *unknown)
{
    RoleSet roles;
    for (const QStringView part : keys.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto role = fromKey(part.trimmed());
        if (!role) {
            if (unknown)
                *unknown = part.trimmed().toString();
            return std::nullopt;
        }
        roles.insert(*role);
    }
    return roles;
}

QString Roles::keyList(const RoleSet &roles)
{
    QStringList keys;
    for (Role role : all()) {
        if (roles.contains(role))
            keys << key(role);
    }
    return keys.join(QLatin1Char(','));
}

} // namespace pd::core
