#include "unitlevelmodel.h"

#include "textfold.h"

namespace pd::declaration {

namespace {
// Every typed word starts a word of the unit's kind and name, or is the
// kind's usual abbreviation ("tt" thị trấn, "tx" thị xã, "tp" thành phố).
bool holdsEveryWord(const QStringList &typedWords, const core::AdminUnit &unit)
{
    QStringList words = core::fold(unit.displayName()).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QStringList kindWords = core::fold(unit.kind).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (kindWords.size() > 1) {
        QString initials;
        for (const QString &word : kindWords)
            initials += word.front();
        words << initials;
    }
    return std::all_of(typedWords.begin(), typedWords.end(), [&words](const QString &typed) {
        return std::any_of(words.begin(), words.end(),
                           [&typed](const QString &word) { return word.startsWith(typed); });
    });
}
} // namespace

UnitLevelModel::UnitLevelModel(core::AdminUnitStore &units, core::AdminUnit::Level level,
                               QObject *parent)
    : QAbstractListModel(parent), m_units(units), m_level(level)
{
    if (m_level == core::AdminUnit::Level::Province)
        m_children = m_units.children({});
    refresh();
}

void UnitLevelModel::setParentCode(const QString &code)
{
    // Provinces have no parent; their list is always the 63.
    if (m_level == core::AdminUnit::Level::Province || code == m_parentCode)
        return;
    m_parentCode = code;
    m_children = code.isEmpty() ? QList<core::AdminUnit>() : m_units.children(code);
    refresh();
}

void UnitLevelModel::setQuery(const QString &text)
{
    if (text == m_query)
        return;
    m_query = text;
    refresh();
}

void UnitLevelModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    m_labels.clear();
    const QStringList typedWords = core::fold(m_query).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const bool withinParent =
        m_level == core::AdminUnit::Level::Province || !m_parentCode.isEmpty();
    if (withinParent) {
        for (const core::AdminUnit &unit : std::as_const(m_children)) {
            if (typedWords.isEmpty() || holdsEveryWord(typedWords, unit)) {
                m_rows << unit;
                m_labels << unit.displayName();
            }
        }
    } else if (!typedWords.isEmpty()) {
        // The whole country: the index also matches the parents' names
        // ("phuc xa ba dinh"); units of other levels are left out.
        const QList<core::AdminUnit> found = m_units.search(m_query, 8 * maxRows);
        for (const core::AdminUnit &unit : found) {
            if (unit.level != m_level)
                continue;
            m_rows << unit;
            m_labels << m_units.fullPath(unit.code);
            if (m_rows.size() >= maxRows)
                break;
        }
    }
    endResetModel();
}

int UnitLevelModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant UnitLevelModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::AdminUnit &unit = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return m_labels.at(index.row());
    case Qt::EditRole:
    case NameRole:
        // What the line edit shows once chosen.
        return unit.displayName();
    case Qt::ToolTipRole:
        return m_units.fullPath(unit.code);
    case CodeRole:
        return unit.code;
    case ParentCodeRole:
        return unit.parentCode;
    default:
        return {};
    }
}

QHash<int, QByteArray> UnitLevelModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(CodeRole, "code");
    names.insert(ParentCodeRole, "parentCode");
    names.insert(NameRole, "name");
    return names;
}

std::optional<core::AdminUnit> UnitLevelModel::exactMatch() const
{
    const QString typed = core::fold(m_query);
    if (typed.isEmpty())
        return std::nullopt;
    std::optional<core::AdminUnit> match;
    for (const core::AdminUnit &unit : m_rows) {
        if (core::fold(unit.name) == typed || core::fold(unit.displayName()) == typed) {
            if (match)
                return std::nullopt; // two of that name: the clerk must choose
            match = unit;
        }
    }
    if (!match && m_rows.size() == 1)
        match = m_rows.first();
    return match;
}

} // namespace pd::declaration
