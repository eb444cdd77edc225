#include "foldedsearchindex.h"

#include "database.h"
#include "textfold.h"

#include <QSqlQuery>

namespace pd::core {

Status FoldedSearchIndex::ensure(Database &database) const
{
    const QString fts = ftsTable();
    const QString columns = foldedColumns.join(QStringLiteral(", "));
    QStringList newValues, oldValues;
    for (const QString &column : foldedColumns) {
        newValues << QStringLiteral("new.") + column;
        oldValues << QStringLiteral("old.") + column;
    }
    const QString insertNew = QStringLiteral("INSERT INTO %1(rowid, %2) VALUES (new.rowid, %3);")
                                  .arg(fts, columns, newValues.join(QStringLiteral(", ")));
    const QString deleteOld =
        QStringLiteral("INSERT INTO %1(%1, rowid, %2) VALUES ('delete', old.rowid, %3);")
            .arg(fts, columns, oldValues.join(QStringLiteral(", ")));

    return database.transaction([&]() -> Status {
        const bool exists = database.connection().tables().contains(fts);
        if (!exists) {
            // Text is folded before it is stored, so the tokenizer must not
            // fold again (unicode61 would miss đ anyway). Prefix indexes make
            // type-ahead queries of two or three letters cheap.
            if (auto ok = database.exec(
                    QStringLiteral(
                        "CREATE VIRTUAL TABLE %1 USING fts5(%2, content='%3', "
                        "content_rowid='rowid', tokenize='unicode61 remove_diacritics 0', "
                        "prefix='2 3')")
                        .arg(fts, columns, table));
                !ok)
                return ok;
        }
        const QStringList statements {
            QStringLiteral("DROP TRIGGER IF EXISTS %1_ai").arg(fts),
            QStringLiteral("DROP TRIGGER IF EXISTS %1_ad").arg(fts),
            QStringLiteral("DROP TRIGGER IF EXISTS %1_au").arg(fts),
            QStringLiteral("CREATE TRIGGER %1_ai AFTER INSERT ON %2 BEGIN %3 END")
                .arg(fts, table, insertNew),
            QStringLiteral("CREATE TRIGGER %1_ad AFTER DELETE ON %2 BEGIN %3 END")
                .arg(fts, table, deleteOld),
            QStringLiteral("CREATE TRIGGER %1_au AFTER UPDATE ON %2 BEGIN %3 %4 END")
                .arg(fts, table, deleteOld, insertNew),
        };
        for (const QString &statement : statements) {
            if (auto ok = database.exec(statement); !ok)
                return ok;
        }
        if (!exists)
            return database.exec(QStringLiteral("INSERT INTO %1(%1) VALUES ('rebuild')").arg(fts));
        return {};
    });
}

QString FoldedSearchIndex::matchExpression(QStringView userText)
{
    const QString folded = fold(userText);
    QStringList terms;
    QString word;
    auto flush = [&] {
        if (!word.isEmpty())
            terms << QLatin1Char('"') + word + QStringLiteral("\"*");
        word.clear();
    };
    for (const QChar ch : folded) {
        if (ch.isLetterOrNumber())
            word.append(ch);
        else
            flush();
    }
    flush();
    return terms.join(QLatin1Char(' '));
}

} // namespace pd::core
