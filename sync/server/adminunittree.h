#pragma once

#include "error.h"
#include "unitpath.h"

#include <QHash>

#include <optional>

namespace pd::sync::server {

// The GSO unit hierarchy, read once from the CSV bundled in pd_core
// (resources/data/admin_units.csv): which codes exist and their parents,
// which is all scope checks need. The server has no admin_unit table.
class AdminUnitTree {
public:
    static core::Result<AdminUnitTree> load();
    static core::Result<AdminUnitTree> fromCsv(const QByteArray &csv);

    // The unit with its province and district; nothing for an unknown code.
    std::optional<UnitPath> path(const QString &code) const;

private:
    QHash<QString, QString> m_parentOf;
};

} // namespace pd::sync::server
