#include "conflictstore.h"

#include "corecontext.h"
#include "personstore.h"
#include "role.h"

#include <QSqlError>
#include <QSqlQuery>

namespace pd::core {

namespace {

constexpr auto kColumns = "id, kind, table_name, first_id, second_id, detected_at_ms, status, "
                          "resolution, kept_id, resolved_by, resolved_at_ms";

Conflict conflictFrom(const QSqlQuery &query)
{
    Conflict conflict;
    conflict.id = query.value(0).toString();
    conflict.kind = query.value(1).toString();
    conflict.tableName = query.value(2).toString();
    conflict.firstId = query.value(3).toString();
    conflict.secondId = query.value(4).toString();
    conflict.detectedAtMs = query.value(5).toLongLong();
    conflict.resolved = query.value(6).toString() == QLatin1String("resolved");
    conflict.resolution = query.value(7).toString();
    conflict.keptId = query.value(8).toString();
    conflict.resolvedBy = query.value(9).toString();
    conflict.resolvedAtMs = query.value(10).toLongLong();
    return conflict;
}

std::unexpected<Error> sqlFailure(const QSqlQuery &query)
{
    return fail(QStringLiteral("conflict.sql"), query.lastError().text());
}

// The kept record's empty fields take the other record's values.
Person filledFrom(Person kept, const Person &other)
{
    auto fill = [](QString &mine, const QString &theirs) {
        if (mine.isEmpty())
            mine = theirs;
    };
    fill(kept.phone, other.phone);
    fill(kept.communeCode, other.communeCode);
    fill(kept.street, other.street);
    if (kept.dateOfBirth.toIsoString().isEmpty())
        kept.dateOfBirth = other.dateOfBirth;
    if (kept.sex == Sex::Unknown)
        kept.sex = other.sex;
    return kept;
}

} // namespace

QString ConflictStore::resolutionKey(Resolution resolution)
{
    switch (resolution) {
    case Resolution::KeepFirst:
        return QStringLiteral("kept_first");
    case Resolution::KeepSecond:
        return QStringLiteral("kept_second");
    case Resolution::MergeIntoFirst:
        return QStringLiteral("merged");
    case Resolution::NotDuplicate:
        return QStringLiteral("not_duplicate");
    }
    return {};
}

ConflictStore::ConflictStore(CoreContext &core) : m_core(core) { }

Result<QList<Conflict>> ConflictStore::openConflicts() const
{
    QSqlQuery query(m_core.database().connection());
    if (!query.exec(QStringLiteral("SELECT %1 FROM conflict WHERE status = 'open' AND deleted = 0 "
                                   "ORDER BY detected_at_ms, id")
                        .arg(QLatin1String(kColumns))))
        return sqlFailure(query);
    QList<Conflict> conflicts;
    while (query.next())
        conflicts.append(conflictFrom(query));
    return conflicts;
}

Result<int> ConflictStore::openCount() const
{
    QSqlQuery query(m_core.database().connection());
    if (!query.exec(
            QStringLiteral("SELECT COUNT(*) FROM conflict WHERE status = 'open' AND deleted = 0"))
        || !query.next())
        return sqlFailure(query);
    return query.value(0).toInt();
}

Result<std::optional<Conflict>> ConflictStore::find(const QString &id) const
{
    QSqlQuery query(m_core.database().connection());
    query.prepare(QStringLiteral("SELECT %1 FROM conflict WHERE id = ? AND deleted = 0")
                      .arg(QLatin1String(kColumns)));
    query.addBindValue(id);
    if (!query.exec())
        return sqlFailure(query);
    if (!query.next())
        return std::optional<Conflict>();
    return std::optional<Conflict>(conflictFrom(query));
}

Status ConflictStore::resolve(const QString &conflictId, Resolution resolution, const User &actor)
{
    if (!actor.hasRole(Role::Clerk) && !actor.hasRole(Role::Admin))
        return fail(QStringLiteral("conflict.forbidden"),
                    tr("Only a clerk or an administrator can resolve a conflict."));
    return m_core.database().transaction([&]() -> Status {
        auto found = find(conflictId);
        if (!found)
            return std::unexpected(found.error());
        if (!*found)
            return fail(QStringLiteral("conflict.not_found"), tr("No such conflict."));
        const Conflict &conflict = **found;
        if (conflict.resolved)
            return fail(QStringLiteral("conflict.resolved"),
                        tr("This conflict has already been resolved."));

        QString keptId;
        if (resolution != Resolution::NotDuplicate) {
            PersonStore people(m_core);
            const bool keepFirst = resolution != Resolution::KeepSecond;
            keptId = keepFirst ? conflict.firstId : conflict.secondId;
            const QString mergedId = keepFirst ? conflict.secondId : conflict.firstId;
            if (resolution == Resolution::MergeIntoFirst) {
                auto kept = people.findById(keptId);
                auto other = people.findById(mergedId);
                if (!kept)
                    return std::unexpected(kept.error());
                if (!other)
                    return std::unexpected(other.error());
                if (!*kept || !*other)
                    return fail(QStringLiteral("person.not_found"), tr("No such person."));
                if (auto updated = people.update(filledFrom(**kept, **other)); !updated)
                    return std::unexpected(updated.error());
            }
            if (auto merged = people.merge(keptId, mergedId); !merged)
                return merged;
        }

        auto hlc = m_core.hlc().now();
        if (!hlc)
            return std::unexpected(hlc.error());
        if (auto ok = m_core.database().exec(
                QStringLiteral("UPDATE conflict SET hlc = ?, origin = ?, status = 'resolved', "
                               "resolution = ?, kept_id = ?, resolved_by = ?, resolved_at_ms = ? "
                               "WHERE id = ?"),
                {*hlc, m_core.deviceId(), resolutionKey(resolution), keptId, actor.id,
                 m_core.clock().nowMs(), conflictId});
            !ok)
            return ok;
        return m_core.audit().record(QStringLiteral("conflict.resolve"), QStringLiteral("conflict"),
                                     conflictId, resolutionKey(resolution));
    });
}

} // namespace pd::core
