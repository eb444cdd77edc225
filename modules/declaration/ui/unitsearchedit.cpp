#include "unitsearchedit.h"

#include "adminunitsearchmodel.h"

#include <QCompleter>

namespace pd::declaration {

UnitSearchEdit::UnitSearchEdit(core::AdminUnitStore &units, QWidget *parent)
    : QLineEdit(parent), m_units(units)
{
    m_results = new core::AdminUnitSearchModel(units, this);
    setClearButtonEnabled(true);
    m_completer = new QCompleter(m_results, this);
    // The model already matches folded words; show its rows unfiltered.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCompletionRole(Qt::EditRole);
    m_completer->setMaxVisibleItems(12);
    setCompleter(m_completer);

    connect(this, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_results->setQuery(text);
        if (!m_code.isEmpty() || text.isEmpty()) {
            const bool changed = !m_code.isEmpty();
            m_code.clear();
            setToolTip({});
            if (changed)
                Q_EMIT codeChanged(m_code);
        }
        if (m_results->rowCount() > 0 && !text.isEmpty())
            m_completer->complete();
    });
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) {
                setCode(index.data(core::AdminUnitSearchModel::CodeRole).toString());
            });
}

void UnitSearchEdit::setCode(const QString &code)
{
    const auto unit = code.isEmpty() ? std::nullopt : m_units.find(code);
    const QString newCode = unit ? unit->code : QString();
    setText(unit ? unit->displayName() : QString());
    setToolTip(unit ? m_units.fullPath(unit->code) : QString());
    if (newCode == m_code)
        return;
    m_code = newCode;
    Q_EMIT codeChanged(m_code);
}

} // namespace pd::declaration
