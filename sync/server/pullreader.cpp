#include "pullreader.h"

#include "cborwriter.h"
#include "devicestore.h"
#include "rowstore.h"
#include "serverdatabase.h"

#include <QCborArray>

namespace pd::sync::server {

namespace {
// Rows a device of each scope level reads: its own unit and everything
// inside it, plus the rows of each unit above it (stored with the lower
// codes empty), never a sibling's.
QString scopeFilter(int level)
{
    switch (level) {
    case UnitPath::Province:
        return QStringLiteral("province_code = ?");
    case UnitPath::District:
        return QStringLiteral("(district_code = ? OR (province_code = ? AND district_code = ''))");
    default:
        return QStringLiteral("(commune_code = ? OR (district_code = ? AND commune_code = '') "
                              "OR (province_code = ? AND district_code = ''))");
    }
}

QStringList scopeValues(const UnitPath &scope)
{
    switch (scope.level) {
    case UnitPath::Province:
        return {scope.province};
    case UnitPath::District:
        return {scope.district, scope.province};
    default:
        return {scope.commune, scope.district, scope.province};
    }
}
} // namespace

PullReader::PullReader(ServerDatabase &database) : m_database(database) { }

core::Result<PullPage> PullReader::read(const Device &device, qint64 after, int limit)
{
    // Only rows up to the committed counter: every row at or below it is
    // visible now, so `last` may move there even when the page is short.
    auto committed = RowStore(m_database).committedSeq();
    if (!committed)
        return std::unexpected(committed.error());

    const int level = device.scope.level;
    auto prepared = m_database.prepared(QStringLiteral("pull %1").arg(level), [level]() {
        return QStringLiteral("SELECT seq, tbl, id, hlc, origin, deleted, data FROM sync_row "
                              "WHERE seq > ? AND seq <= ? AND origin <> ? AND %1 "
                              "ORDER BY seq LIMIT ?")
            .arg(scopeFilter(level));
    });
    if (!prepared)
        return std::unexpected(prepared.error());
    QSqlQuery &query = **prepared;
    int column = 0;
    query.bindValue(column++, after);
    query.bindValue(column++, *committed);
    query.bindValue(column++, device.id);
    for (const QString &value : scopeValues(device.scope))
        query.bindValue(column++, value);
    // One more than asked: whether there is more is then known for sure.
    query.bindValue(column++, limit + 1);
    if (!query.exec()) {
        auto error = ServerDatabase::sqlError(QStringLiteral("db.pull"), query);
        query.finish();
        return std::unexpected(error);
    }
    PullPage page;
    page.rows.reserve(limit);
    while (query.next()) {
        if (page.rows.size() == limit) {
            page.more = true;
            break;
        }
        page.rows.append({query.value(0).toLongLong(), query.value(1).toString(),
                          query.value(2).toString(), query.value(3).toLongLong(),
                          query.value(4).toString(), query.value(5).toInt() != 0,
                          query.value(6).toByteArray()});
    }
    query.finish();
    page.last = page.more ? page.rows.constLast().seq : std::max(after, *committed);
    return page;
}

QByteArray PullReader::encodeCbor(const PullPage &page, qint64 serverHlc)
{
    QByteArray out;
    qsizetype dataBytes = 0;
    for (const StoredRow &row : page.rows)
        dataBytes += row.data.size();
    out.reserve(dataBytes + page.rows.size() * 160 + 64);
    CborWriter cbor(out);
    cbor.mapHeader(4);
    // Where the page ends goes first: the device asks for the next page
    // before it decodes the rows (wire.h pullPositionFromCbor).
    cbor.text(QLatin1StringView("last"));
    cbor.integer(page.last);
    cbor.text(QLatin1StringView("more"));
    cbor.boolean(page.more);
    cbor.text(QLatin1StringView("serverHlc"));
    cbor.integer(serverHlc);
    cbor.text(QLatin1StringView("rows"));
    cbor.arrayHeader(quint64(page.rows.size()));
    for (const StoredRow &row : page.rows) {
        cbor.mapHeader(7);
        cbor.text(QLatin1StringView("table"));
        cbor.text(row.table);
        cbor.text(QLatin1StringView("id"));
        cbor.text(row.id);
        cbor.text(QLatin1StringView("hlc"));
        cbor.integer(row.hlc);
        cbor.text(QLatin1StringView("origin"));
        cbor.text(row.origin);
        cbor.text(QLatin1StringView("deleted"));
        cbor.boolean(row.deleted);
        cbor.text(QLatin1StringView("values"));
        cbor.encoded(row.data);
        cbor.text(QLatin1StringView("seq"));
        cbor.integer(row.seq);
    }
    return out;
}

QByteArray PullReader::encodeJson(const PullPage &page, qint64 serverHlc)
{
    PullResponse response;
    response.last = page.last;
    response.more = page.more;
    response.serverHlc = serverHlc;
    response.rows.reserve(page.rows.size());
    for (const StoredRow &stored : page.rows) {
        Row row;
        row.table = stored.table;
        row.id = stored.id;
        row.hlc = stored.hlc;
        row.origin = stored.origin;
        row.deleted = stored.deleted;
        row.values = QCborValue::fromCbor(stored.data).toMap();
        row.seq = stored.seq;
        response.rows << row;
    }
    return encode(toCbor(response), Format::Json);
}

} // namespace pd::sync::server
