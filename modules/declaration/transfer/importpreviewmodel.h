#pragma once

#include "peopleimport.h"

#include <QAbstractTableModel>

#include <memory>

namespace pd::core {
class AdminUnitStore;
}

namespace pd::declaration {

// The rows of a people import as checked (core::ImportPreview), for the
// preview table: one row per data row of the file with its row number, its
// state (ready, error, already registered), the parsed fields and the
// problems. Rows with errors are shown in red, registered ones greyed.
class ImportPreviewModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        RowColumn,
        StateColumn,
        NameColumn,
        IdColumn,
        BirthColumn,
        SexColumn,
        PhoneColumn,
        CommuneColumn,
        StreetColumn,
        ProblemsColumn,
        ColumnCount
    };
    enum DataRole { StateRole = Qt::UserRole + 1, FileRowRole };

    explicit ImportPreviewModel(core::AdminUnitStore &units, QObject *parent = nullptr);

    void setPreview(std::shared_ptr<const core::ImportPreview> preview);
    const core::ImportPreview *preview() const { return m_preview.get(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QString communeName(const QString &code) const;

    core::AdminUnitStore &m_units;
    std::shared_ptr<const core::ImportPreview> m_preview;
    mutable QHash<QString, QString> m_communeNames;
};

} // namespace pd::declaration
