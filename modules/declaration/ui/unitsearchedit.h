#pragma once

#include <QLineEdit>

class QCompleter;

namespace pd::core {
class AdminUnitSearchModel;
class AdminUnitStore;
} // namespace pd::core

namespace pd::declaration {

// One line to choose a province, district or commune by any part of its
// name, with or without diacritics, for filters; the full path is the tool
// tip. Clearing the text clears the choice.
class UnitSearchEdit : public QLineEdit {
    Q_OBJECT

public:
    explicit UnitSearchEdit(core::AdminUnitStore &units, QWidget *parent = nullptr);

    QString code() const { return m_code; }
    void setCode(const QString &code);

Q_SIGNALS:
    void codeChanged(const QString &code);

private:
    core::AdminUnitStore &m_units;
    core::AdminUnitSearchModel *m_results = nullptr;
    QCompleter *m_completer = nullptr;
    QString m_code;
};

} // namespace pd::declaration
