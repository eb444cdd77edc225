#pragma once

#include "error.h"
#include "wire.h"

#include <QByteArray>
#include <QList>
#include <QSqlQuery>

namespace pd::sync::server {

struct Device;
class ServerDatabase;

// A stored row as a pull sends it: the values map stays CBOR bytes.
struct StoredRow {
    qint64 seq = 0;
    QString table;
    QString id;
    qint64 hlc = 0;
    QString origin;
    bool deleted = false;
    QByteArray data;
};

struct PullPage {
    QList<StoredRow> rows;
    qint64 last = 0;
    bool more = false;
};

// GET /v1/pull (docs/SYNC.md "Pull"): the rows after a cursor that a device
// may read (its unit, the units inside it and the units above it), without
// its own, in sequence order.
class PullReader {
public:
    static constexpr int defaultLimit = 1000;
    static constexpr int maxLimit = 5000;

    explicit PullReader(ServerDatabase &database);

    core::Result<PullPage> read(const Device &device, qint64 after, int limit);

    // The page as a pull response: CBOR written directly around the stored
    // bytes, or JSON through the protocol's codec.
    static QByteArray encodeCbor(const PullPage &page, qint64 serverHlc);
    static QByteArray encodeJson(const PullPage &page, qint64 serverHlc);

private:
    ServerDatabase &m_database;
};

} // namespace pd::sync::server
