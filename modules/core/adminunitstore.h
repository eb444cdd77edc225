#pragma once

#include "error.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace pd::core {

class Database;

// A unit of the GSO list of 2021: province (2-digit code), district (3) or
// commune/ward/town (5).
struct AdminUnit {
    enum class Level { Province = 1, District = 2, Commune = 3 };

    QString code;
    QString parentCode;
    Level level = Level::Province;
    QString kind; // "Tỉnh", "Quận", "Phường", ...
    QString name; // "Ba Đình"

    QString displayName() const { return kind + QLatin1Char(' ') + name; }
};

// The read-only `admin_unit` table: loaded once from the bundled CSV
// (resources/data/admin_units.csv) and searched by folded name.
class AdminUnitStore {
    Q_DECLARE_TR_FUNCTIONS(pd::core::AdminUnitStore)

public:
    static QString csvResource() { return QStringLiteral(":/data/admin_units.csv"); }

    explicit AdminUnitStore(Database &database);

    // Loads the CSV in one transaction when the table is empty.
    Status ensureLoaded();

    std::optional<AdminUnit> find(const QString &code) const;
    // Children of a unit; the provinces for an empty code.
    QList<AdminUnit> children(const QString &code) const;
    // Units whose folded name or path contains every typed word as a prefix
    // ("phuc xa ba dinh"); provinces first, then districts, then communes.
    QList<AdminUnit> search(QStringView text, int limit = 50) const;
    // "Phường Phúc Xá, Quận Ba Đình, Thành phố Hà Nội"; empty if unknown.
    QString fullPath(const QString &code) const;
    int count(AdminUnit::Level level) const;

private:
    QList<AdminUnit> select(const QString &where, const QVariantList &values, int limit = -1) const;

    Database &m_database;
};

} // namespace pd::core
