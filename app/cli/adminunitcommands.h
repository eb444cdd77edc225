#pragma once

#include "outcome.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace pd::core {
class AdminUnitStore;
struct AdminUnit;
} // namespace pd::core

namespace pd::cli {

// `admin-units search|show`: the GSO list of 2021 as loaded in the data
// file, for operators checking a code before `init --unit`.
class AdminUnitCommands {
    Q_DECLARE_TR_FUNCTIONS(pd::cli::AdminUnitCommands)

public:
    static constexpr int defaultSearchLimit = 50;
    static constexpr int maximumSearchLimit = 1000;

    static QString summary();
    static Done run(const QStringList &arguments);
    static QString unknownCodeMessage(const QString &code);

private:
    static QString helpText();
    static Done search(const QStringList &arguments);
    static Done show(const QStringList &arguments);

    static QString levelKey(const core::AdminUnit &unit);
};

} // namespace pd::cli
