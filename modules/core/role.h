#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace pd::core {

// What a user may do. A user may hold several roles; the six sampling roles
// follow the Ministry of Health's test-campaign platform.
enum class Role {
    Admin,
    Checkpoint,
    Clerk,
    CampaignCreator,
    Sampler,
    SampleChecker,
    LabTester,
    Epidemiologist,
    QuarantineOfficer,
    ReliefOfficer,
    ProvincialViewer,
};

using RoleSet = QSet<Role>;

class Roles {
    Q_DECLARE_TR_FUNCTIONS(pd::core::Roles)

public:
    static const QList<Role> &all();
    // Stable key stored in the database and used on the command line.
    static QString key(Role role);
    static std::optional<Role> fromKey(QStringView key);
    // Translated name for people.
    static QString title(Role role);
    // Parses "admin,clerk"; empty optional when a key is unknown.
    static std::optional<RoleSet> parseList(QStringView keys, QString *unknown = nullptr);
    static QString keyList(const RoleSet &roles);
};

} // namespace pd::core
