#pragma once

#include "catalog.h"
#include "error.h"
#include "sqlitestatement.h"
#include "wire.h"

#include <QHash>

#include <map>
#include <optional>

namespace pd::core {
class Database;
}

namespace pd::sync {

// The catalog's synced tables as this data file has them: only tables that
// are synced here and only columns that exist here travel, so a device one
// schema version behind the catalog still syncs what it has (the schema
// test keeps the two in step for the current version).
class LocalTables {
public:
    struct Table {
        const TableSpec *spec = nullptr;
        // Catalog columns present locally, in catalog order.
        QList<const ColumnSpec *> columns;
    };

    static core::Result<LocalTables> inspect(core::Database &database,
                                             const Catalog &catalog = Catalog::v1());

    // Null when the table is not synced on both sides.
    const Table *table(const QString &name) const;

private:
    QHash<QString, Table> m_tables;
};

// A row's current full state as a push sends it: its CBOR map, with the
// keys and order of toCbor(const Row &), and whether its version was made
// on this device (freezing sends only those).
struct LocalRow {
    bool madeHere = false;
    QByteArray cbor;
};

// Rows' current full state as a push sends them. Qt's SQLite driver
// describes every column again on each exec and makes a QVariant of every
// value, so rows are read ahead in groups (WHERE id IN (…)) with
// statements prepared once on SQLite's own API (core::SqliteStatement).
// Each row is encoded as it is read, from SQLite's UTF-8, so no QString or
// QCborMap is made of its values.
class LocalRowReader {
public:
    LocalRowReader(core::Database &database, const QString &deviceId)
        : m_database(database), m_deviceId(deviceId.toUtf8())
    {
    }

    // Reads these rows now, a few statements per table; read() then finds
    // them without a query.
    core::Status readAhead(const QList<std::pair<const LocalTables::Table *, QString>> &rows);
    // The row, or nothing when it is no longer in its table.
    core::Result<std::optional<LocalRow>> read(const LocalTables::Table &table, const QString &id);

private:
    // Reads `ids` (at most the largest group size) into m_ahead.
    core::Status readGroup(const LocalTables::Table &table, QStringView *ids, int count);

    core::Database &m_database;
    const QByteArray m_deviceId; // UTF-8, as origins are stored
    qsizetype m_rowBytes = 0; // the last row's encoded size, to reserve
    std::map<QString, core::SqliteStatement> m_selects; // by table and group size
    QHash<QString, std::optional<LocalRow>> m_ahead; // by table and id
};

} // namespace pd::sync
