#pragma once

#include "dccverifier.h"
#include "error.h"

#include <QByteArray>

#include <optional>

namespace pd::core {
class Database;
}

namespace pd::scan {

// The EU DCC trust list a checkpoint verifies signatures against, kept as
// the gateway's JSON text in the data file (table `setting`, key
// "dcc.trust_list") so a backup of the file carries it. Shared by the
// checkpoint screen (reads it when shown) and the settings page (imports it).
class DccTrustListSetting {
public:
    static constexpr auto key = "dcc.trust_list";

    // std::nullopt when no trust list was imported; an error when the stored
    // text no longer parses (DccTrustList::fromJson's codes).
    static core::Result<std::optional<core::DccTrustList>> load(core::Database &database);
    // Stores `json` only when DccTrustList::fromJson accepts it.
    static core::Status save(core::Database &database, const QByteArray &json);
    static core::Status clear(core::Database &database);
};

} // namespace pd::scan
