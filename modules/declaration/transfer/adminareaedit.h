#pragma once

#include "adminunitstore.h"

#include <QLineEdit>

class QCompleter;
class QSortFilterProxyModel;

namespace pd::core {
class AdminUnitSearchModel;
}

namespace pd::declaration {

// One line to choose an administrative unit of given levels (a district for
// the district export; a province or district for the import's commune
// names) by any part of its name, with or without diacritics; a typed GSO
// code is accepted too. The full path is the tool tip.
class AdminAreaEdit : public QLineEdit {
    Q_OBJECT

public:
    AdminAreaEdit(core::AdminUnitStore &units, QList<core::AdminUnit::Level> levels,
                  QWidget *parent = nullptr);

    QString code() const { return m_code; }
    // Empty, or a unit of an allowed level (others are refused: false).
    bool setCode(const QString &code);

Q_SIGNALS:
    void codeChanged(const QString &code);

private:
    void commitTypedCode();

    core::AdminUnitStore &m_units;
    QList<core::AdminUnit::Level> m_levels;
    core::AdminUnitSearchModel *m_results = nullptr;
    QSortFilterProxyModel *m_allowed = nullptr;
    QCompleter *m_completer = nullptr;
    QString m_code;
};

} // namespace pd::declaration
