#include "conflictmodels.h"

#include "corecontext.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QLocale>
#include <QSqlQuery>

namespace pd::app {

namespace {
QString dateTimeText(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms),
                              QStringLiteral("dd/MM/yyyy HH:mm"));
}
} // namespace

ConflictListModel::ConflictListModel(core::CoreContext &core, QObject *parent)
    : QAbstractTableModel(parent), m_core(core)
{
}

bool ConflictListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    auto conflicts = core::ConflictStore(m_core).openConflicts();
    if (conflicts) {
        QSqlQuery query(m_core.database().connection());
        query.prepare(QStringLiteral("SELECT full_name, id_number FROM person WHERE id = ?"));
        for (const core::Conflict &conflict : *conflicts) {
            Entry entry {conflict, {}, {}};
            // The record may be gone (merged) on this device: the name comes
            // from either side, deleted or not.
            for (const QString &id : {conflict.firstId, conflict.secondId}) {
                query.addBindValue(id);
                if (query.exec() && query.next()) {
                    entry.name = query.value(0).toString();
                    entry.idNumber = query.value(1).toString();
                    query.finish();
                    break;
                }
            }
            m_rows.append(entry);
        }
    }
    endResetModel();
    return conflicts.has_value();
}

int ConflictListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConflictListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConflictListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || role != Qt::DisplayRole)
        return {};
    const Entry &entry = m_rows.at(index.row());
    switch (index.column()) {
    case DetectedColumn:
        return dateTimeText(entry.conflict.detectedAtMs);
    case KindColumn:
        return entry.conflict.kind == QLatin1String("duplicate_person")
            ? tr("Same person registered twice")
            : entry.conflict.kind;
    case NameColumn:
        return entry.name;
    case IdNumberColumn:
        return entry.idNumber;
    }
    return {};
}

QVariant ConflictListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DetectedColumn:
        return tr("Found");
    case KindColumn:
        return tr("Conflict");
    case NameColumn:
        return tr("Full name");
    case IdNumberColumn:
        return tr("ID number");
    }
    return {};
}

PersonComparisonModel::PersonComparisonModel(core::CoreContext &core, QObject *parent)
    : QAbstractTableModel(parent), m_core(core)
{
}

void PersonComparisonModel::setPeople(std::optional<core::Person> first,
                                      std::optional<core::Person> second)
{
    beginResetModel();
    m_first = std::move(first);
    m_second = std::move(second);
    endResetModel();
}

int PersonComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FieldCount;
}

int PersonComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 2;
}

QString PersonComparisonModel::value(const std::optional<core::Person> &person, int field) const
{
    if (!person)
        return field == NameField ? tr("(no longer on this device)") : QString();
    switch (field) {
    case NameField:
        return person->fullName;
    case IdNumberField:
        return person->idNumber;
    case BirthDateField:
        if (person->dateOfBirth.date.isValid())
            return QLocale().toString(person->dateOfBirth.date, QStringLiteral("dd/MM/yyyy"));
        return person->dateOfBirth.year > 0 ? QString::number(person->dateOfBirth.year) : QString();
    case SexField:
        return person->sex == core::Sex::Male  ? tr("Male")
            : person->sex == core::Sex::Female ? tr("Female")
                                               : QString();
    case PhoneField:
        return person->phone;
    case CommuneField:
        return m_core.adminUnits().fullPath(person->communeCode);
    case StreetField:
        return person->street;
    case CreatedField:
        return dateTimeText(person->createdAtMs);
    }
    return {};
}

QVariant PersonComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= FieldCount)
        return {};
    const auto &person = index.column() == 0 ? m_first : m_second;
    const bool differs = value(m_first, index.row()) != value(m_second, index.row());
    switch (role) {
    case Qt::DisplayRole:
        return value(person, index.row());
    case DiffersRole:
        return differs;
    case Qt::BackgroundRole:
        return differs ? QVariant(QBrush(QColor(0xff, 0xf3, 0xc4))) : QVariant();
    }
    return {};
}

QVariant PersonComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return section == 0 ? tr("First record") : tr("Second record");
    switch (section) {
    case NameField:
        return tr("Full name");
    case IdNumberField:
        return tr("ID number");
    case BirthDateField:
        return tr("Date of birth");
    case SexField:
        return tr("Sex");
    case PhoneField:
        return tr("Phone");
    case CommuneField:
        return tr("Commune");
    case StreetField:
        return tr("Street address");
    case CreatedField:
        return tr("Registered");
    }
    return {};
}

} // namespace pd::app
