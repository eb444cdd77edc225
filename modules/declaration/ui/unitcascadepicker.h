#pragma once

#include "adminunitstore.h"

#include <QWidget>

class QCompleter;
class QLabel;
class QLineEdit;

namespace pd::declaration {

class UnitLevelModel;

// Province → district → commune, each a line edit with folded type-ahead
// ("bat xat" finds "Bát Xát"). Choosing a unit narrows the levels below
// it; choosing a commune (or district) first fills the levels above, so a
// clerk who knows only the commune's name types just that.
class UnitCascadePicker : public QWidget {
    Q_OBJECT

public:
    explicit UnitCascadePicker(core::AdminUnitStore &units, QWidget *parent = nullptr);

    QString communeCode() const { return m_codes[2]; }
    QString districtCode() const { return m_codes[1]; }
    QString provinceCode() const { return m_codes[0]; }
    // Sets every level from a commune code (or clears them for an empty one).
    void setCommuneCode(const QString &code);
    // Sets the levels down to a province or district, leaving the rest to
    // choose.
    void setUnitCode(const QString &code);

    QLineEdit *provinceEdit() const { return m_edits[0]; }
    QLineEdit *districtEdit() const { return m_edits[1]; }
    QLineEdit *communeEdit() const { return m_edits[2]; }
    // The first level not chosen yet (for the focus after a failed check).
    QLineEdit *firstEmptyEdit() const;

Q_SIGNALS:
    void communeCodeChanged(const QString &code);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void onEdited(int level, const QString &text);
    void onFinished(int level);
    void choose(int level, const QString &code);
    void setLevelCode(int level, const core::AdminUnit *unit);
    void emitIfChanged(const QString &previousCommune);

    core::AdminUnitStore &m_units;
    UnitLevelModel *m_models[3] {};
    QCompleter *m_completers[3] {};
    QLineEdit *m_edits[3] {};
    QLabel *m_labels[3] {};
    QString m_codes[3];
};

} // namespace pd::declaration
