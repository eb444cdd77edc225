#pragma once

#include <QWidget>

class QCompleter;
class QLabel;
class QLineEdit;

namespace pd::core {
class AdminUnitSearchModel;
class AdminUnitStore;
} // namespace pd::core

namespace pd::app {

// Chooses an administrative unit by typing any part of its name, with or
// without diacritics ("phuc xa", "Phúc Xá ba đình"); shows the full path of
// the choice so two communes of the same name are told apart.
class AdminUnitPicker : public QWidget {
    Q_OBJECT

public:
    AdminUnitPicker(core::AdminUnitStore &units, QWidget *parent = nullptr);

    QString code() const { return m_code; }
    void setCode(const QString &code);
    QLineEdit *lineEdit() const { return m_edit; }

Q_SIGNALS:
    void codeChanged(const QString &code);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void choose(const QString &code);

    core::AdminUnitStore &m_units;
    core::AdminUnitSearchModel *m_results = nullptr;
    QCompleter *m_completer = nullptr;
    QLineEdit *m_edit = nullptr;
    QLabel *m_path = nullptr;
    QString m_code;
};

} // namespace pd::app
