#include "checkinlogmodel.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>

namespace pd::scan {

CheckinLogModel::CheckinLogModel(CheckinStore &store, int rowLimit, QObject *parent)
    : QAbstractTableModel(parent), m_store(store), m_rowLimit(rowLimit)
{
    refresh();
}

void CheckinLogModel::setSearch(const QDate &day, const QString &text)
{
    m_searchDay = day;
    m_searchText = text.trimmed();
    refresh();
}

bool CheckinLogModel::refresh()
{
    auto rows = m_searchText.isEmpty() ? m_store.latest(m_rowLimit)
                                       : m_store.searchDay(m_searchDay, m_searchText);
    if (!rows)
        return false;
    beginResetModel();
    m_rows = std::move(*rows);
    endResetModel();
    return true;
}

int CheckinLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CheckinLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CheckinLogModel::maskedIdNumber(const QString &idNumber)
{
    if (idNumber.size() <= 4)
        return idNumber;
    return QString(idNumber.size() - 4, QChar(u'•')) + idNumber.right(4);
}

QString CheckinLogModel::verdictTitle(const QString &verdict)
{
    if (verdict == QLatin1String("valid"))
        return tr("Valid");
    if (verdict == QLatin1String("invalid"))
        return tr("Invalid");
    if (verdict == QLatin1String("expired"))
        return tr("Expired");
    if (verdict == QLatin1String("untrusted"))
        return tr("Untrusted signer");
    if (verdict == QLatin1String("unreadable"))
        return tr("Unreadable");
    return tr("Unknown code");
}

QVariant CheckinLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Checkin &row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QDateTime::fromMSecsSinceEpoch(row.atMs).toString(QStringLiteral("HH:mm:ss"));
        case DirectionColumn:
            if (row.direction == Direction::In)
                return tr("In");
            return row.automatic ? tr("Out (automatic)") : tr("Out");
        case NameColumn:
            return row.person.fullName;
        case IdNumberColumn:
            return maskedIdNumber(row.person.idNumber);
        case VerdictColumn:
            return verdictTitle(row.person.verdict);
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == VerdictColumn)
            return QBrush(row.passed() ? QColor(0x1b, 0x5e, 0x20) : QColor(0xb7, 0x1c, 0x1c));
        return {};
    case CheckinIdRole:
        return row.id;
    case VerdictKeyRole:
        return row.person.verdict;
    case PassedRole:
        return row.passed();
    case AutomaticRole:
        return row.automatic;
    }
    return {};
}

QVariant CheckinLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case DirectionColumn:
        return tr("Direction");
    case NameColumn:
        return tr("Name");
    case IdNumberColumn:
        return tr("ID number");
    case VerdictColumn:
        return tr("Verdict");
    }
    return {};
}

} // namespace pd::scan
