#include "adminareaedit.h"

#include "adminunitsearchmodel.h"

#include <QCompleter>
#include <QSortFilterProxyModel>

namespace pd::declaration {

AdminAreaEdit::AdminAreaEdit(core::AdminUnitStore &units, QList<core::AdminUnit::Level> levels,
                             QWidget *parent)
    : QLineEdit(parent), m_units(units), m_levels(std::move(levels))
{
    setClearButtonEnabled(true);
    m_results = new core::AdminUnitSearchModel(units, this);
    m_allowed = new QSortFilterProxyModel(this);
    m_allowed->setSourceModel(m_results);
    m_allowed->setFilterRole(core::AdminUnitSearchModel::LevelRole);
    QStringList levelPattern;
    for (const auto level : std::as_const(m_levels))
        levelPattern << QString::number(int(level));
    m_allowed->setFilterRegularExpression(
        QStringLiteral("^(%1)$").arg(levelPattern.join(QLatin1Char('|'))));

    m_completer = new QCompleter(m_allowed, this);
    // The model already matches folded words; show its rows unfiltered.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCompletionRole(Qt::DisplayRole);
    m_completer->setMaxVisibleItems(12);
    setCompleter(m_completer);

    connect(this, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_results->setQuery(text);
        if (!m_code.isEmpty()) {
            m_code.clear();
            setToolTip({});
            Q_EMIT codeChanged(m_code);
        }
        if (m_allowed->rowCount() > 0 && !text.isEmpty())
            m_completer->complete();
    });
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) {
                setCode(index.data(core::AdminUnitSearchModel::CodeRole).toString());
            });
    connect(this, &QLineEdit::editingFinished, this, &AdminAreaEdit::commitTypedCode);
}

void AdminAreaEdit::commitTypedCode()
{
    if (!m_code.isEmpty())
        return;
    const QString typed = text().trimmed();
    // A GSO code typed in full ("082"), or the only match of the words.
    if (!typed.isEmpty()
        && std::all_of(typed.begin(), typed.end(), [](QChar c) { return c.isDigit(); })) {
        setCode(typed);
        return;
    }
    if (m_allowed->rowCount() == 1)
        setCode(m_allowed->index(0, 0).data(core::AdminUnitSearchModel::CodeRole).toString());
}

bool AdminAreaEdit::setCode(const QString &code)
{
    const auto unit = code.isEmpty() ? std::nullopt : m_units.find(code);
    if (!code.isEmpty() && (!unit || !m_levels.contains(unit->level)))
        return false;
    const QString newCode = unit ? unit->code : QString();
    setText(unit ? m_units.fullPath(unit->code) : QString());
    setCursorPosition(0);
    setToolTip(unit ? m_units.fullPath(unit->code) : QString());
    if (newCode != m_code) {
        m_code = newCode;
        Q_EMIT codeChanged(m_code);
    }
    return true;
}

} // namespace pd::declaration
