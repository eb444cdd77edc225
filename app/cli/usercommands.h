#pragma once

#include "outcome.h"

#include <QCoreApplication>

namespace pd::core {
struct User;
}

namespace pd::cli {

// `user add|list|passwd|roles`: the local accounts of this device, through
// UserStore so every change is validated and audited (actor "cli").
class UserCommands {
    Q_DECLARE_TR_FUNCTIONS(pd::cli::UserCommands)

public:
    static QString summary();
    static Done run(const QStringList &arguments);

private:
    static QString helpText();
    static Done add(const QStringList &arguments);
    static Done list(const QStringList &arguments);
    static Done passwd(const QStringList &arguments);
    static Done roles(const QStringList &arguments);

    // Account fields only: never the password hash or the failure counter.
    static QJsonObject toJson(const core::User &user, qint64 nowMs);
};

} // namespace pd::cli
