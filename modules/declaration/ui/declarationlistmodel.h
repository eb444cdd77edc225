#pragma once

#include "declarationstore.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QHash>

namespace pd::core {
class AdminUnitStore;
}

namespace pd::declaration {

// The declarations a filter selects, newest first, read from the store a
// page at a time as the view scrolls (canFetchMore/fetchMore), so a
// commune's whole season opens at once. Rows that need attention (any
// symptom or exposure) are coloured: red for a symptom, amber for an
// exposure only; corrected (superseded) rows are greyed.
class DeclarationListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    static constexpr int pageSize = 200;

    enum Column {
        TimeColumn,
        NameColumn,
        BirthColumn,
        IdNumberColumn,
        CommuneColumn,
        KindColumn,
        HealthColumn,
        AttentionColumn,
        ColumnCount
    };
    enum DataRole {
        IdRole = Qt::UserRole + 1,
        PersonIdRole,
        NeedsAttentionRole,
        SupersededRole,
        DeclaredAtRole,
    };

    // Background and text of attention rows: dark text on a light tint,
    // readable on a cheap laptop panel and in the dark theme's table.
    static QColor symptomBackground() { return QColor(0xf8, 0xd0, 0xcc); }
    static QColor symptomText() { return QColor(0x6b, 0x0f, 0x0a); }
    static QColor exposureBackground() { return QColor(0xff, 0xe5, 0xa8); }
    static QColor exposureText() { return QColor(0x5d, 0x40, 0x00); }
    static QColor supersededText() { return QColor(0x80, 0x80, 0x80); }

    DeclarationListModel(DeclarationStore &store, const core::AdminUnitStore &units,
                         QObject *parent = nullptr);

    const DeclarationFilter &filter() const { return m_filter; }
    // Reloads from the first page.
    void setFilter(const DeclarationFilter &filter);
    void reload();
    // Matching declarations in the store (not only those loaded).
    int totalCount() const { return m_total; }
    // The last read's error message; empty when it worked.
    QString errorMessage() const { return m_error; }

    const Declaration &declarationAt(int row) const { return m_rows.at(row); }
    int rowOf(const QString &declarationId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void loaded();

private:
    QString communeName(const QString &code) const;

    DeclarationStore &m_store;
    const core::AdminUnitStore &m_units;
    DeclarationFilter m_filter;
    QList<Declaration> m_rows;
    int m_total = 0;
    QString m_error;
    mutable QHash<QString, QString> m_communeNames;
};

} // namespace pd::declaration
