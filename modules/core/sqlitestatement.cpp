#include "sqlitestatement.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>
#include <utility>

namespace pd::core {

namespace {
QString errorText(sqlite3 *connection)
{
    return QString::fromUtf8(sqlite3_errmsg(connection));
}
} // namespace

Result<SqliteStatement> SqliteStatement::prepare(const QSqlDatabase &connection, const QString &sql)
{
    // QSQLiteDriver hands out its handle as a QVariant of "sqlite3*".
    const QVariant handle = connection.isOpen() ? connection.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return fail(
            QStringLiteral("database.handle"),
            QStringLiteral("not an open SQLite connection: %1").arg(connection.driverName()));
    sqlite3 *db = *static_cast<sqlite3 *const *>(handle.constData());
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare16_v3(db, sql.constData(), int(sql.size() * sizeof(QChar)),
                             SQLITE_PREPARE_PERSISTENT, &statement, nullptr)
        != SQLITE_OK) {
        return fail(QStringLiteral("database.prepare"), errorText(db));
    }
    return SqliteStatement(db, statement);
}

SqliteStatement::SqliteStatement(sqlite3 *connection, sqlite3_stmt *statement)
    : m_connection(connection), m_statement(statement)
{
}

SqliteStatement::SqliteStatement(SqliteStatement &&other) noexcept
    : m_connection(std::exchange(other.m_connection, nullptr)),
      m_statement(std::exchange(other.m_statement, nullptr)),
      m_texts(std::move(other.m_texts)),
      m_utf8Texts(std::move(other.m_utf8Texts))
{
}

SqliteStatement &SqliteStatement::operator=(SqliteStatement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_statement);
        m_connection = std::exchange(other.m_connection, nullptr);
        m_statement = std::exchange(other.m_statement, nullptr);
        m_texts = std::move(other.m_texts);
        m_utf8Texts = std::move(other.m_utf8Texts);
    }
    return *this;
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

void SqliteStatement::bindText(int index, const QString &text)
{
    m_texts.append(text);
    // unicode() is never null, so an empty text is '' and not NULL.
    sqlite3_bind_text16(m_statement, index, m_texts.constLast().unicode(),
                        int(text.size() * sizeof(QChar)), SQLITE_STATIC);
}

void SqliteStatement::bindUtf8(int index, const QByteArray &utf8)
{
    m_utf8Texts.append(utf8);
    // constData() is never null either.
    sqlite3_bind_text(m_statement, index, m_utf8Texts.constLast().constData(), int(utf8.size()),
                      SQLITE_STATIC);
}

void SqliteStatement::bindInteger(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
}

void SqliteStatement::bind(int index, const QVariant &value)
{
    switch (value.isNull() ? QMetaType::UnknownType : value.typeId()) {
    case QMetaType::UnknownType:
        bindNull(index);
        break;
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::Bool:
        bindInteger(index, value.toLongLong());
        break;
    case QMetaType::QString:
        bindText(index, *static_cast<const QString *>(value.constData()));
        break;
    case QMetaType::QByteArray:
        bindUtf8(index, *static_cast<const QByteArray *>(value.constData()));
        break;
    default:
        bindText(index, value.toString());
    }
}

Result<int> SqliteStatement::exec()
{
    for (;;) {
        auto row = next();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return sqlite3_changes(m_connection);
    }
}

Result<bool> SqliteStatement::next()
{
    const int code = sqlite3_step(m_statement);
    if (code == SQLITE_ROW)
        return true;
    // Read before reset, which may set another message.
    const QString error = code == SQLITE_DONE ? QString() : errorText(m_connection);
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    m_texts.clear();
    m_utf8Texts.clear();
    if (code != SQLITE_DONE)
        return fail(QStringLiteral("database.exec"), error);
    return false;
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 SqliteStatement::integerAt(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QString SqliteStatement::textAt(int column) const
{
    // text16 first: bytes16 is the size of that conversion.
    const void *text = sqlite3_column_text16(m_statement, column);
    const int bytes = sqlite3_column_bytes16(m_statement, column);
    return QString(static_cast<const QChar *>(text), bytes / qsizetype(sizeof(QChar)));
}

QByteArrayView SqliteStatement::utf8At(int column) const
{
    // text first: bytes is the size of that conversion.
    const unsigned char *text = sqlite3_column_text(m_statement, column);
    const int bytes = sqlite3_column_bytes(m_statement, column);
    return QByteArrayView(reinterpret_cast<const char *>(text), bytes);
}

} // namespace pd::core
