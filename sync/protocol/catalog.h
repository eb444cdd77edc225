#pragma once

#include <QCborValue>
#include <QList>
#include <QString>

namespace pd::sync {

// What a synced column may hold on the wire. Every synced table also has the
// four sync columns (id, hlc, origin, deleted), which travel outside the
// values and are not listed.
enum class ColumnType { Text, Integer };

struct ColumnSpec {
    QString name;
    ColumnType type = ColumnType::Text;
    bool nullable = false;
};

// One synced table as the protocol knows it. The device's SQLite schema
// must match it (a test compares them); the server validates every pushed
// row against it.
struct TableSpec {
    QString name;
    // Append-only facts are inserted once and never replaced; mutable rows
    // are last-writer-wins by (hlc, origin).
    bool appendOnly = false;
    QList<ColumnSpec> columns;
    // A column whose equal values on two live rows are a domain conflict
    // (two devices registered the same person); empty when none.
    QString matchColumn;
    // The time a retention purge goes by (milliseconds since the epoch);
    // empty when the table is kept.
    QString retentionColumn;

    const ColumnSpec *column(QStringView columnName) const;
};

// The synced tables of protocol version 1.
class Catalog {
public:
    static const Catalog &v1();

    const TableSpec *table(QStringView name) const;
    const QList<TableSpec> &tables() const { return m_tables; }

private:
    explicit Catalog(QList<TableSpec> tables) : m_tables(std::move(tables)) { }
    QList<TableSpec> m_tables;
};

// The conflict table's fixed values.
namespace conflict {
inline constexpr auto table = "conflict";
inline constexpr auto duplicatePerson = "duplicate_person";
inline constexpr auto open = "open";
inline constexpr auto resolved = "resolved";
} // namespace conflict

} // namespace pd::sync
