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
// codes empty), never a sibling's. Each part is read in sequence order from
// an index of its own (sql/0002_scoped_pull.sql) and the parts are merged,
// so a pull reads only rows it sends.
struct ScopePart {
    const char *filter;
    QStringList values;
};

QList<ScopePart> scopeParts(const UnitPath &scope)
{
    switch (scope.level) {
    case UnitPath::Province:
        return {{"province_code = ?", {scope.province}}};
    case UnitPath::District:
        return {
            {"district_code = ?", {scope.district}},
            {"commune_code = '' AND district_code = '' AND province_code = ?", {scope.province}}};
    default:
        return {{"commune_code = ?", {scope.commune}},
                {"commune_code = '' AND (district_code = ? OR (province_code = ? AND "
                 "district_code = ''))",
                 {scope.district, scope.province}}};
    }
}

QString pullSql(const QList<ScopePart> &parts)
{
    QStringList selects;
    for (const ScopePart &part : parts)
        selects << QStringLiteral("SELECT seq, tbl, id, hlc, origin, deleted, data FROM sync_row "
                                  "WHERE %1 AND seq > ? AND seq <= ? AND origin <> ?")
                       .arg(QLatin1String(part.filter));
    return selects.join(QLatin1String(" UNION ALL ")) + QStringLiteral(" ORDER BY seq LIMIT ?");
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

    const QList<ScopePart> parts = scopeParts(device.scope);
    auto prepared = m_database.prepared(QStringLiteral("pull %1").arg(device.scope.level),
                                        [&parts]() { return pullSql(parts); });
    if (!prepared)
        return std::unexpected(prepared.error());
    QSqlQuery &query = **prepared;
    int column = 0;
    for (const ScopePart &part : parts) {
        for (const QString &value : part.values)
            query.bindValue(column++, value);
        query.bindValue(column++, after);
        query.bindValue(column++, *committed);
        query.bindValue(column++, device.id);
    }
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
