#pragma once

#include "moduleregistry.h"

#include <QAbstractListModel>

namespace pd::app {

// The pages the logged-in user may open, for the main window's side list.
class NavigationModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum DataRole { PageIdRole = Qt::UserRole + 1 };

    explicit NavigationModel(QList<ModulePage> pages, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const ModulePage &pageAt(int row) const { return m_pages.at(row); }
    // Titles are translated on read; tell views to read them again.
    void retranslate();

private:
    QList<ModulePage> m_pages;
};

} // namespace pd::app
