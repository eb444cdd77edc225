#pragma once

#include "localtables.h"
#include "wire.h"

#include <QList>
#include <QVariant>

#include <expected>

namespace pd::sync {

// A pulled page checked against the catalog and laid out for writing.
// preparePage() runs on the prefetch thread, so the thread that writes the
// pages, which is what limits a pull's speed, only binds and executes.
struct PreparedPage {
    // Full versions of one table in page order, each row rowWidth(table)
    // values wide: id, hlc, origin, deleted, then the table's local columns
    // in catalog order. SQL NULL is an invalid QVariant. A text column is a
    // QString in a decoded row and its UTF-8 bytes (QByteArray) in a row laid
    // out from the page's bytes; core::SqliteStatement binds both as text.
    struct TableRows {
        const LocalTables::Table *table = nullptr;
        QList<qsizetype> rows; // indexes into response.rows
        QList<QVariant> values;
    };
    struct Rejected {
        qsizetype row = 0; // index into response.rows
        RowRejection rejection;
    };

    // Every row decoded, or none when the rows were laid out straight from
    // the page's bytes (preparePageFromCbor): then row() decodes the few that
    // are needed as rows from `body`, row i being the bytes from
    // rowStarts[i] to rowStarts[i + 1].
    PullResponse response;
    QByteArray body;
    QList<qsizetype> rowStarts;
    QList<TableRows> tables;
    // Rows written one at a time: deletions without values, conflict rows
    // (whose new ones are counted) and rows of tables not kept here.
    QList<qsizetype> single;
    QList<Rejected> rejected; // failed the checks, for sync_failure

    qsizetype rowCount() const;
    Row row(qsizetype index) const;
};

// Values per row in PreparedPage::TableRows::values.
inline qsizetype rowWidth(const LocalTables::Table &table)
{
    return 4 + table.columns.size();
}

// Appends `row`'s rowWidth(table) values in that layout. `row` is checked.
void appendRowValues(QList<QVariant> &values, const LocalTables::Table &table, const Row &row);

PreparedPage preparePage(const LocalTables &tables, PullResponse response);
// The same layout read straight from a CBOR pull page, without decoding its
// rows: a row of a table kept here whose values are all there with their
// types goes to its table's values as it is read, without a Row or a
// QCborMap; any other row is decoded and placed as preparePage() places it.
// Nothing when `body` is not a pull page that decodes: preparePage() on the
// decoded page then says why.
std::optional<PreparedPage> preparePageFromCbor(const LocalTables &tables, QByteArray body);

// `row` without the columns of a later catalog version, checked as the
// server checks a push; or why it cannot be stored.
std::expected<Row, RowRejection> checkPulledRow(const TableSpec &table, const Row &row);

} // namespace pd::sync
