#include "navigationmodel.h"

#include <QApplication>

namespace pd::app {

NavigationModel::NavigationModel(QList<ModulePage> pages, QObject *parent)
    : QAbstractListModel(parent), m_pages(std::move(pages))
{
}

int NavigationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_pages.size());
}

QVariant NavigationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ModulePage &page = m_pages[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return page.translatedTitle();
    case Qt::DecorationRole:
        return QApplication::style()->standardIcon(page.icon);
    case PageIdRole:
        return page.id;
    }
    return {};
}

QHash<int, QByteArray> NavigationModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(PageIdRole, "pageId");
    return names;
}

void NavigationModel::retranslate()
{
    if (!m_pages.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_pages.size()) - 1), {Qt::DisplayRole});
}

} // namespace pd::app
