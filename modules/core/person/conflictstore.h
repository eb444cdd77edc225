#pragma once

#include "error.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace pd::core {

class CoreContext;
struct User;

// A domain conflict the provincial server found after merging devices'
// rows (docs/SYNC.md): for now two live people with the same ID number,
// registered by two devices while offline.
struct Conflict {
    QString id;
    QString kind; // "duplicate_person"
    QString tableName;
    QString firstId;
    QString secondId;
    qint64 detectedAtMs = 0;
    bool resolved = false;
    QString resolution; // see ConflictStore::Resolution keys
    QString keptId;
    QString resolvedBy;
    qint64 resolvedAtMs = 0;
};

// Lists and resolves conflicts. A resolution is an ordinary synced update of
// the conflict row, written in the same transaction as what it decides (the
// merge of the two people), so every device and the server learn both.
// Nothing is thrown away: the losing person is soft-deleted and mapped to
// the kept one by person_merge, so its values stay in the data file.
class ConflictStore {
    Q_DECLARE_TR_FUNCTIONS(pd::core::ConflictStore)

public:
    enum class Resolution {
        KeepFirst, // merge the second record into the first
        KeepSecond,
        // Keep the first, filling its empty fields from the second, then merge.
        MergeIntoFirst,
        NotDuplicate, // two different people: both stay
    };
    static QString resolutionKey(Resolution resolution);

    explicit ConflictStore(CoreContext &core);

    Result<QList<Conflict>> openConflicts() const;
    Result<int> openCount() const;
    Result<std::optional<Conflict>> find(const QString &id) const;

    // Only clerks and administrators may decide; error codes
    // "conflict.forbidden", "conflict.not_found", "conflict.resolved".
    Status resolve(const QString &conflictId, Resolution resolution, const User &actor);

private:
    CoreContext &m_core;
};

} // namespace pd::core
