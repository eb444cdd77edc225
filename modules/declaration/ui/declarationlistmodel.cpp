#include "declarationlistmodel.h"

#include "adminunitstore.h"
#include "datetext.h"
#include "declarationsummary.h"

#include <QBrush>
#include <QDateTime>
#include <QFont>

namespace pd::declaration {

DeclarationListModel::DeclarationListModel(DeclarationStore &store,
                                           const core::AdminUnitStore &units, QObject *parent)
    : QAbstractTableModel(parent), m_store(store), m_units(units)
{
}

void DeclarationListModel::setFilter(const DeclarationFilter &filter)
{
    m_filter = filter;
    reload();
}

void DeclarationListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_error.clear();
    auto total = m_store.count(m_filter);
    m_total = total ? *total : 0;
    if (!total) {
        m_error = total.error().message;
    } else if (m_total > 0) {
        auto page = m_store.find(m_filter, pageSize, 0);
        if (page)
            m_rows = std::move(*page);
        else
            m_error = page.error().message;
    }
    endResetModel();
    Q_EMIT loaded();
}

int DeclarationListModel::rowOf(const QString &declarationId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == declarationId)
            return row;
    }
    return -1;
}

int DeclarationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DeclarationListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool DeclarationListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_error.isEmpty() && m_rows.size() < m_total;
}

void DeclarationListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    auto page = m_store.find(m_filter, pageSize, int(m_rows.size()));
    if (!page) {
        m_error = page.error().message;
        return;
    }
    if (page->isEmpty()) {
        // Rows went away since the count (a merge, a purge): stop asking.
        m_total = int(m_rows.size());
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->size() - 1));
    m_rows.append(std::move(*page));
    endInsertRows();
}

QString DeclarationListModel::communeName(const QString &code) const
{
    if (code.isEmpty())
        return {};
    auto cached = m_communeNames.constFind(code);
    if (cached != m_communeNames.constEnd())
        return *cached;
    const auto unit = m_units.find(code);
    const QString name = unit ? unit->displayName() : code;
    m_communeNames.insert(code, name);
    return name;
}

QVariant DeclarationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Declaration &declaration = m_rows.at(index.row());
    const bool superseded = !declaration.supersededBy.isEmpty();
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case TimeColumn:
            return QDateTime::fromMSecsSinceEpoch(declaration.declaredAtMs)
                .toString(QStringLiteral("dd/MM/yyyy HH:mm"));
        case NameColumn:
            return declaration.person.fullName;
        case BirthColumn:
            return DateText::formatBirthDate(declaration.person.dateOfBirth);
        case IdNumberColumn:
            // In full: the clerk compares it with the card in front of them.
            return declaration.person.idNumber;
        case CommuneColumn:
            return communeName(declaration.person.communeCode);
        case KindColumn:
            return DeclarationSummary::kindName(declaration.kind);
        case HealthColumn:
            // Blank for nothing to report, so the rows that matter stand out.
            return declaration.needsAttention() ? DeclarationSummary::health(declaration)
                                                : QString();
        case AttentionColumn:
            if (superseded)
                return tr("Corrected");
            if (declaration.symptoms)
                return tr("Symptoms");
            if (declaration.exposures)
                return tr("Exposure");
            return {};
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == CommuneColumn)
            return m_units.fullPath(declaration.person.communeCode);
        if (index.column() == HealthColumn || index.column() == AttentionColumn)
            return DeclarationSummary::health(declaration);
        return {};
    case Qt::BackgroundRole:
        if (superseded)
            return {};
        if (declaration.symptoms)
            return QBrush(symptomBackground());
        if (declaration.exposures)
            return QBrush(exposureBackground());
        return {};
    case Qt::ForegroundRole:
        if (superseded)
            return QBrush(supersededText());
        if (declaration.symptoms)
            return QBrush(symptomText());
        if (declaration.exposures)
            return QBrush(exposureText());
        return {};
    case Qt::FontRole:
        if (superseded) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        if (index.column() == AttentionColumn && declaration.needsAttention()) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case IdRole:
        return declaration.id;
    case PersonIdRole:
        return declaration.person.id;
    case NeedsAttentionRole:
        return declaration.needsAttention();
    case SupersededRole:
        return superseded;
    case DeclaredAtRole:
        return declaration.declaredAtMs;
    default:
        return {};
    }
}

QVariant DeclarationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case TimeColumn:
        return tr("Time");
    case NameColumn:
        return tr("Full name");
    case BirthColumn:
        return tr("Born");
    case IdNumberColumn:
        return tr("ID number");
    case CommuneColumn:
        return tr("Commune");
    case KindColumn:
        return tr("Where");
    case HealthColumn:
        return tr("Symptoms / exposure");
    case AttentionColumn:
        return tr("Attention");
    case ColumnCount:
        break;
    }
    return {};
}

QHash<int, QByteArray> DeclarationListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "declarationId");
    names.insert(PersonIdRole, "personId");
    names.insert(NeedsAttentionRole, "needsAttention");
    names.insert(SupersededRole, "superseded");
    names.insert(DeclaredAtRole, "declaredAtMs");
    return names;
}

} // namespace pd::declaration
