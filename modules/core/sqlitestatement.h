#pragma once

#include "error.h"

#include <QByteArrayView>
#include <QList>
#include <QSqlDatabase>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace pd::core {

// One statement prepared with SQLite's own API on the handle of an open
// QtSql SQLite connection, for loops that read or write thousands of rows.
// QtSql spends more per row than SQLite does there: every bound value gets
// a placeholder name built and looked up, every exec builds error and
// column objects, every fetched value becomes a QVariant. The connection,
// its transactions and everything else stay with QtSql.
//
// The statement must be destroyed before its connection is closed (QtSql
// finalizes only the statements it made itself).
class SqliteStatement {
public:
    // Fails when `connection` is not an open SQLite connection or `sql` does
    // not compile.
    static Result<SqliteStatement> prepare(const QSqlDatabase &connection, const QString &sql);

    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement &operator=(SqliteStatement &&other) noexcept;
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;
    ~SqliteStatement();

    // Parameters count from 1. An empty or null QString binds as '', never
    // NULL (core::Database::bindValues keeps the same rule).
    void bindText(int index, const QString &text);
    // Text that is UTF-8 already (SQLite's own encoding, so it is stored
    // without a conversion); it must be well-formed, as SQLite does not check.
    void bindUtf8(int index, const QByteArray &utf8);
    void bindInteger(int index, qint64 value);
    void bindNull(int index);
    // By the QVariant's type: invalid or null → NULL, integer types →
    // integer, a QByteArray as UTF-8 text, anything else as its text.
    void bind(int index, const QVariant &value);

    // Runs the statement to its end, then resets it and clears the
    // bindings, success or not. The number of rows it changed.
    Result<int> exec();

    // Steps to the next result row: true while there is one. At the end,
    // or on an error, the statement is reset as by exec().
    Result<bool> next();
    // The current row's values; columns count from 0. A value is converted
    // as SQLite converts it (text that is no number reads as 0).
    bool isNull(int column) const;
    qint64 integerAt(int column) const;
    QString textAt(int column) const;
    // The value as SQLite's own UTF-8 bytes, without converting them to
    // UTF-16; valid until the next call on this statement. SQLite does not
    // check that stored text is well-formed.
    QByteArrayView utf8At(int column) const;

private:
    SqliteStatement(sqlite3 *connection, sqlite3_stmt *statement);

    sqlite3 *m_connection = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    // Bound texts are not copied by SQLite; these keep them alive until
    // exec().
    QList<QString> m_texts;
    QList<QByteArray> m_utf8Texts;
};

} // namespace pd::core
