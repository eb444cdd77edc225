#include "personlistmodel.h"

#include "adminunitstore.h"
#include "datetext.h"
#include "declarationsummary.h"

#include <QRegularExpression>

namespace pd::declaration {

namespace {
void appendNew(QList<core::Person> &list, const QList<core::Person> &more)
{
    for (const core::Person &person : more) {
        const bool known = std::any_of(list.begin(), list.end(), [&person](const core::Person &p) {
            return p.id == person.id;
        });
        if (!known)
            list << person;
    }
}
} // namespace

PersonListModel::PersonListModel(core::PersonStore &people, const core::AdminUnitStore &units,
                                 QObject *parent)
    : QAbstractTableModel(parent), m_people(people), m_units(units)
{
}

core::Result<QList<core::Person>> PersonListModel::search(const core::PersonStore &people,
                                                          const QString &text, int limit)
{
    const QString trimmed = text.simplified();
    QList<core::Person> found;
    if (trimmed.isEmpty())
        return found;

    // Digits (with spaces, dots or a leading +): an ID number or a phone.
    static const QRegularExpression numberLike(QStringLiteral("^\\+?[0-9 .\\-]{6,}$"));
    // Letters and digits without spaces: a passport number.
    static const QRegularExpression passportLike(QStringLiteral("^[A-Za-z][A-Za-z0-9]{5,8}$"));
    if (numberLike.match(trimmed).hasMatch()) {
        QString digits = trimmed;
        digits.remove(QRegularExpression(QStringLiteral("[ .\\-]")));
        auto byId = people.findByIdNumber(digits);
        if (!byId)
            return std::unexpected(byId.error());
        if (*byId)
            found << **byId;
        auto byPhone = people.findByPhone(digits);
        if (!byPhone)
            return std::unexpected(byPhone.error());
        appendNew(found, *byPhone);
        return found;
    }
    if (passportLike.match(trimmed).hasMatch()) {
        auto byId = people.findByIdNumber(trimmed.toUpper());
        if (!byId)
            return std::unexpected(byId.error());
        if (*byId)
            found << **byId;
    }

    // A name, perhaps followed by a year of birth.
    static const QRegularExpression trailingYear(QStringLiteral("^(.*\\S)\\s+(\\d{4})$"));
    QString name = trimmed;
    std::optional<int> birthYear;
    if (const auto match = trailingYear.match(trimmed); match.hasMatch()) {
        name = match.captured(1);
        birthYear = match.captured(2).toInt();
    }
    auto byName = people.searchByName(name, birthYear, limit);
    if (!byName)
        return std::unexpected(byName.error());
    appendNew(found, *byName);
    return found;
}

void PersonListModel::setQuery(const QString &text)
{
    m_query = text;
    reload();
}

void PersonListModel::reload()
{
    beginResetModel();
    m_error.clear();
    auto found = search(m_people, m_query);
    if (found) {
        m_rows = std::move(*found);
    } else {
        m_rows.clear();
        m_error = found.error().message;
    }
    endResetModel();
}

void PersonListModel::setPeople(const QList<core::Person> &people)
{
    beginResetModel();
    m_query.clear();
    m_error.clear();
    m_rows = people;
    endResetModel();
}

int PersonListModel::rowOf(const QString &personId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == personId)
            return row;
    }
    return -1;
}

int PersonListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PersonListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PersonListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::Person &person = m_rows.at(index.row());
    if (role == IdRole)
        return person.id;
    if (role == Qt::ToolTipRole && index.column() == AddressColumn)
        return DeclarationSummary::address(person, m_units);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case NameColumn:
        return person.fullName;
    case BirthColumn:
        return DateText::formatBirthDate(person.dateOfBirth);
    case SexColumn:
        return person.sex == core::Sex::Unknown ? QString()
                                                : DeclarationSummary::sexName(person.sex);
    case IdNumberColumn:
        return person.idNumber;
    case PhoneColumn:
        return person.phone;
    case AddressColumn: {
        const auto unit =
            person.communeCode.isEmpty() ? std::nullopt : m_units.find(person.communeCode);
        QStringList parts;
        if (!person.street.isEmpty())
            parts << person.street;
        if (unit)
            parts << unit->displayName();
        return parts.join(QStringLiteral(", "));
    }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant PersonListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case NameColumn:
        return tr("Full name");
    case BirthColumn:
        return tr("Born");
    case SexColumn:
        return tr("Sex");
    case IdNumberColumn:
        return tr("ID number");
    case PhoneColumn:
        return tr("Phone");
    case AddressColumn:
        return tr("Address");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace pd::declaration
