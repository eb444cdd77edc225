#include "adminunitstore.h"

#include "database.h"
#include "foldedsearchindex.h"
#include "textfold.h"

#include <QFile>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace pd::core {

namespace {
AdminUnit::Level levelOf(const QString &code)
{
    switch (code.size()) {
    case 2:
        return AdminUnit::Level::Province;
    case 3:
        return AdminUnit::Level::District;
    default:
        return AdminUnit::Level::Commune;
    }
}

constexpr auto kColumns = "code, parent_code, level, kind, name";
} // namespace

AdminUnitStore::AdminUnitStore(Database &database) : m_database(database) { }

Status AdminUnitStore::ensureLoaded()
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT EXISTS(SELECT 1 FROM admin_unit)")) || !query.next())
        return fail(QStringLiteral("admin_units.read"), query.lastError().text());
    if (query.value(0).toBool())
        return {};

    QFile file(csvResource());
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return fail(QStringLiteral("admin_units.resource"),
                    tr("The list of administrative units is missing."));

    // The file is sorted provinces, districts, communes, so a unit's parent
    // path is always known when the unit is read.
    QHash<QString, QString> foldedPathByCode;
    return m_database.transaction([&]() -> Status {
        QSqlQuery insert(m_database.connection());
        insert.prepare(QStringLiteral(
            "INSERT INTO admin_unit(code, parent_code, level, kind, name, folded_name, "
            "folded_path) VALUES(?, ?, ?, ?, ?, ?, ?)"));
        bool header = true;
        int lineNumber = 0;
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine()).trimmed();
            ++lineNumber;
            if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
                continue;
            if (header) {
                header = false;
                continue;
            }
            // No field of the generated file holds a comma (checked by the
            // generator's quoting, and by the count test).
            const QStringList fields = line.split(QLatin1Char(','));
            if (fields.size() != 4)
                return fail(
                    QStringLiteral("admin_units.format"),
                    tr("The list of administrative units is damaged at line %1.").arg(lineNumber));
            const QString &code = fields[0];
            const QString &parent = fields[1];
            const QString foldedName = fold(fields[3]);
            const QString foldedPath =
                foldedName + QLatin1Char(' ') + foldedPathByCode.value(parent);
            foldedPathByCode.insert(code, foldedPath.trimmed());
            insert.addBindValue(code);
            insert.addBindValue(parent.isEmpty() ? QVariant() : QVariant(parent));
            insert.addBindValue(int(levelOf(code)));
            insert.addBindValue(fields[2]);
            insert.addBindValue(fields[3]);
            insert.addBindValue(foldedName);
            insert.addBindValue(foldedPath.trimmed());
            if (!insert.exec())
                return fail(QStringLiteral("admin_units.insert"), insert.lastError().text());
        }
        return {};
    });
}

QList<AdminUnit> AdminUnitStore::select(const QString &where, const QVariantList &values,
                                        int limit) const
{
    QSqlQuery query(m_database.connection());
    QString sql = QStringLiteral("SELECT %1 FROM admin_unit WHERE %2 ORDER BY level, name")
                      .arg(QLatin1String(kColumns), where);
    if (limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    query.prepare(sql);
    Database::bindValues(query, values);
    QList<AdminUnit> units;
    if (!query.exec())
        return units;
    while (query.next()) {
        units.append({query.value(0).toString(), query.value(1).toString(),
                      AdminUnit::Level(query.value(2).toInt()), query.value(3).toString(),
                      query.value(4).toString()});
    }
    return units;
}

std::optional<AdminUnit> AdminUnitStore::find(const QString &code) const
{
    const auto units = select(QStringLiteral("code = ?"), {code});
    if (units.isEmpty())
        return std::nullopt;
    return units.first();
}

QList<AdminUnit> AdminUnitStore::children(const QString &code) const
{
    if (code.isEmpty())
        return select(QStringLiteral("parent_code IS NULL"), {});
    return select(QStringLiteral("parent_code = ?"), {code});
}

QList<AdminUnit> AdminUnitStore::search(QStringView text, int limit) const
{
    const QString expression = FoldedSearchIndex::matchExpression(text);
    if (expression.isEmpty())
        return {};
    // The index covers the unit's name and its parents' names, so "phuc xa"
    // also finds "Kim Xá" in Vĩnh Phúc. Units whose own name holds every
    // typed word come first, then by level and name. At most the whole list
    // (11,367 short rows) is ranked, which takes a few milliseconds.
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT a.code, a.parent_code, a.level, a.kind, a.name, a.folded_name "
                       "FROM admin_unit_fts JOIN admin_unit a ON a.rowid = admin_unit_fts.rowid "
                       "WHERE admin_unit_fts MATCH ? ORDER BY a.level, a.name"));
    query.addBindValue(expression);
    if (!query.exec())
        return {};

    const QStringList typedWords = fold(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const auto nameHoldsEveryWord = [&typedWords](const QString &foldedName) {
        const QStringList nameWords = foldedName.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        return std::all_of(typedWords.begin(), typedWords.end(),
                           [&nameWords](const QString &typed) {
                               return std::any_of(nameWords.begin(), nameWords.end(),
                                                  [&typed](const QString &word) {
                                                      return word.startsWith(typed);
                                                  });
                           });
    };
    QList<AdminUnit> byName;
    QList<AdminUnit> byPath;
    while (query.next()) {
        AdminUnit unit {query.value(0).toString(), query.value(1).toString(),
                        AdminUnit::Level(query.value(2).toInt()), query.value(3).toString(),
                        query.value(4).toString()};
        (nameHoldsEveryWord(query.value(5).toString()) ? byName : byPath).append(std::move(unit));
    }
    byName.append(byPath);
    if (limit > 0 && byName.size() > limit)
        byName.resize(limit);
    return byName;
}

QString AdminUnitStore::fullPath(const QString &code) const
{
    QStringList parts;
    QString current = code;
    while (!current.isEmpty()) {
        const auto unit = find(current);
        if (!unit)
            return {};
        parts << unit->displayName();
        current = unit->parentCode;
    }
    return parts.join(QStringLiteral(", "));
}

int AdminUnitStore::count(AdminUnit::Level level) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM admin_unit WHERE level = ?"));
    query.addBindValue(int(level));
    if (!query.exec() || !query.next())
        return 0;
    return query.value(0).toInt();
}

} // namespace pd::core
