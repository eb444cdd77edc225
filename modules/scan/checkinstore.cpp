#include "checkinstore.h"

#include "changecapture.h"
#include "corecontext.h"
#include "foldedsearchindex.h"
#include "textfold.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace pd::scan {

using core::fail;
using core::Result;

namespace {
constexpr auto kColumns =
    "id, at_ms, direction, location_unit_code, location_name, code_kind, verdict, "
    "reason_code, id_number, full_name, birth_date, phone, operator_id, closes_id, "
    "automatic";

Checkin checkinFrom(const QSqlQuery &query)
{
    Checkin row;
    row.id = query.value(0).toString();
    row.atMs = query.value(1).toLongLong();
    row.direction =
        query.value(2).toString() == QLatin1String("out") ? Direction::Out : Direction::In;
    row.locationUnitCode = query.value(3).toString();
    row.locationName = query.value(4).toString();
    row.person.codeKind = query.value(5).toString();
    row.person.verdict = query.value(6).toString();
    row.person.reasonCode = query.value(7).toString();
    row.person.idNumber = query.value(8).toString();
    row.person.fullName = query.value(9).toString();
    row.person.birthDate = query.value(10).toString();
    row.person.phone = query.value(11).toString();
    row.operatorId = query.value(12).toString();
    row.closesId = query.value(13).toString();
    row.automatic = query.value(14).toBool();
    return row;
}

// Local midnight to midnight: "today" is the checkpoint's day.
std::pair<qint64, qint64> dayBoundsMs(const QDate &day)
{
    const QDateTime start = day.startOfDay();
    return {start.toMSecsSinceEpoch(), day.addDays(1).startOfDay().toMSecsSinceEpoch()};
}

} // namespace

CheckinStore::CheckinStore(core::CoreContext &core) : m_core(core) { }

core::ModuleSchema CheckinStore::schema()
{
    return core::ModuleSchema {
        QStringLiteral("scan"),
        {{QStringLiteral("checkin"), core::SyncedTable::Kind::AppendOnly}},
        {{QStringLiteral("checkin"), {QStringLiteral("folded_name")}}},
    };
}

Result<QList<Checkin>> CheckinStore::select(const QString &where, const QVariantList &values,
                                            const QString &tail) const
{
    QSqlQuery query(m_core.database().connection());
    query.prepare(QStringLiteral("SELECT %1 FROM checkin WHERE %2 %3")
                      .arg(QLatin1String(kColumns), where, tail));
    core::Database::bindValues(query, values);
    if (!query.exec())
        return fail(QStringLiteral("checkin.read"), query.lastError().text());
    QList<Checkin> rows;
    while (query.next())
        rows.append(checkinFrom(query));
    return rows;
}

Result<std::optional<Checkin>> CheckinStore::openVisit(const QString &idNumber) const
{
    if (idNumber.isEmpty())
        return std::optional<Checkin>();
    auto rows = select(
        QStringLiteral("id_number = ? AND direction = 'in' AND verdict = 'valid' "
                       "AND NOT EXISTS (SELECT 1 FROM checkin o WHERE o.closes_id = checkin.id)"),
        {idNumber}, QStringLiteral("ORDER BY at_ms DESC LIMIT 1"));
    if (!rows)
        return std::unexpected(rows.error());
    if (rows->isEmpty())
        return std::optional<Checkin>();
    return std::optional<Checkin>(rows->first());
}

Result<Direction> CheckinStore::nextDirection(const QString &idNumber) const
{
    auto open = openVisit(idNumber);
    if (!open)
        return std::unexpected(open.error());
    return open->has_value() ? Direction::Out : Direction::In;
}

Result<Checkin> CheckinStore::record(const CheckinInput &input, Direction direction,
                                     const QString &operatorId)
{
    auto settings = m_core.settings().load();
    if (!settings)
        return std::unexpected(settings.error());

    Checkin row;
    row.id = m_core.ids().next();
    row.atMs = m_core.clock().nowMs();
    row.direction = direction;
    row.locationUnitCode = settings->locationUnitCode;
    row.locationName = settings->locationName;
    row.person = input;
    row.operatorId = operatorId;
    if (direction == Direction::Out) {
        auto open = openVisit(input.idNumber);
        if (!open)
            return std::unexpected(open.error());
        if (open->has_value())
            row.closesId = (*open)->id;
    }

    auto written = m_core.database().transaction([&]() -> core::Status {
        auto hlc = m_core.hlc().now();
        if (!hlc)
            return std::unexpected(hlc.error());
        return m_core.database().exec(
            QStringLiteral("INSERT INTO checkin(id, hlc, origin, at_ms, direction, "
                           "location_unit_code, location_name, "
                           "code_kind, verdict, reason_code, id_number, full_name, folded_name, "
                           "birth_date, phone, "
                           "operator_id, closes_id, automatic) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, "
                           "?, ?, ?, ?, ?, ?, "
                           "?, ?, 0)"),
            {row.id, *hlc, m_core.deviceId(), row.atMs,
             direction == Direction::Out ? QStringLiteral("out") : QStringLiteral("in"),
             row.locationUnitCode, row.locationName, input.codeKind, input.verdict,
             input.reasonCode, input.idNumber, input.fullName, core::fold(input.fullName),
             input.birthDate, input.phone, operatorId, row.closesId});
    });
    if (!written)
        return std::unexpected(written.error());
    return row;
}

Result<int> CheckinStore::closeOverdueVisits(qint64 maxStayMs)
{
    const qint64 nowMs = m_core.clock().nowMs();
    auto overdue = select(
        QStringLiteral("direction = 'in' AND verdict = 'valid' AND at_ms <= ? "
                       "AND NOT EXISTS (SELECT 1 FROM checkin o WHERE o.closes_id = checkin.id)"),
        {nowMs - maxStayMs});
    if (!overdue)
        return std::unexpected(overdue.error());
    if (overdue->isEmpty())
        return 0;

    auto written = m_core.database().transaction([&]() -> core::Status {
        for (const Checkin &entry : std::as_const(*overdue)) {
            auto hlc = m_core.hlc().now();
            if (!hlc)
                return std::unexpected(hlc.error());
            if (auto ok = m_core.database().exec(
                    QStringLiteral(
                        "INSERT INTO checkin(id, hlc, origin, at_ms, direction, "
                        "location_unit_code, "
                        "location_name, code_kind, verdict, reason_code, id_number, full_name, "
                        "folded_name, birth_date, phone, operator_id, closes_id, automatic) "
                        "SELECT ?, ?, ?, at_ms + ?, 'out', location_unit_code, location_name, "
                        "code_kind, "
                        "verdict, 'checkin.auto_checkout', id_number, full_name, folded_name, "
                        "birth_date, "
                        "phone, '', id, 1 FROM checkin WHERE id = ?"),
                    {m_core.ids().next(), *hlc, m_core.deviceId(), maxStayMs, entry.id});
                !ok)
                return ok;
        }
        return {};
    });
    if (!written)
        return std::unexpected(written.error());
    return int(overdue->size());
}

Result<int> CheckinStore::purgeExpired(int retentionDays)
{
    const qint64 cutoffMs = m_core.clock().nowMs() - qint64(retentionDays) * 24 * 60 * 60 * 1000;
    int purged = 0;
    auto done = m_core.database().transaction([&]() -> core::Status {
        {
            // Only the deletion goes uncaptured; the audit entry below syncs.
            core::CaptureSuspension purge(m_core.database(),
                                          core::CaptureSuspension::Reason::RetentionPurge);
            if (purge.error())
                return std::unexpected(*purge.error());
            QSqlQuery query(m_core.database().connection());
            query.prepare(QStringLiteral("DELETE FROM checkin WHERE at_ms < ?"));
            query.addBindValue(cutoffMs);
            if (!query.exec())
                return fail(QStringLiteral("checkin.purge"), query.lastError().text());
            purged = query.numRowsAffected();
        }
        if (purged == 0)
            return {};
        return m_core.audit().record(
            QStringLiteral("checkin.purge"), QStringLiteral("checkin"), {},
            QStringLiteral("count=%1 retention_days=%2").arg(purged).arg(retentionDays));
    });
    if (!done)
        return std::unexpected(done.error());
    return purged;
}

Result<QList<Checkin>> CheckinStore::latest(int count) const
{
    return select(QStringLiteral("1"), {},
                  QStringLiteral("ORDER BY at_ms DESC, id DESC LIMIT %1").arg(count));
}

Result<DayCounts> CheckinStore::countsForDay(const QDate &day) const
{
    const auto [startMs, endMs] = dayBoundsMs(day);
    QSqlQuery query(m_core.database().connection());
    query.prepare(QStringLiteral("SELECT "
                                 " COALESCE(SUM(direction = 'in' AND verdict = 'valid'), 0),"
                                 " COALESCE(SUM(direction = 'out'), 0),"
                                 " COALESCE(SUM(direction = 'in' AND verdict <> 'valid'), 0) "
                                 "FROM checkin WHERE at_ms >= ? AND at_ms < ?"));
    query.addBindValue(startMs);
    query.addBindValue(endMs);
    if (!query.exec() || !query.next())
        return fail(QStringLiteral("checkin.read"), query.lastError().text());
    return DayCounts {query.value(0).toInt(), query.value(1).toInt(), query.value(2).toInt()};
}

Result<QList<Checkin>> CheckinStore::searchDay(const QDate &day, const QString &text,
                                               int limit) const
{
    const auto [startMs, endMs] = dayBoundsMs(day);
    const QString trimmed = text.trimmed();
    const QString tail = QStringLiteral("ORDER BY at_ms DESC LIMIT %1").arg(limit);
    if (trimmed.isEmpty())
        return select(QStringLiteral("at_ms >= ? AND at_ms < ?"), {startMs, endMs}, tail);
    bool digitsOnly = true;
    for (const QChar ch : trimmed)
        digitsOnly = digitsOnly && ch.isDigit();
    if (digitsOnly)
        return select(QStringLiteral("at_ms >= ? AND at_ms < ? AND id_number LIKE ? || '%'"),
                      {startMs, endMs, trimmed}, tail);
    const QString expression = core::FoldedSearchIndex::matchExpression(trimmed);
    if (expression.isEmpty())
        return QList<Checkin>();
    return select(QStringLiteral("at_ms >= ? AND at_ms < ? AND rowid IN "
                                 "(SELECT rowid FROM checkin_fts WHERE checkin_fts MATCH ?)"),
                  {startMs, endMs, expression}, tail);
}

} // namespace pd::scan
