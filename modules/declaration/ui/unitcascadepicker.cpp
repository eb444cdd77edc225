#include "unitcascadepicker.h"

#include "unitlevelmodel.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>

namespace pd::declaration {

namespace {
constexpr core::AdminUnit::Level levels[3] {
    core::AdminUnit::Level::Province,
    core::AdminUnit::Level::District,
    core::AdminUnit::Level::Commune,
};
} // namespace

UnitCascadePicker::UnitCascadePicker(core::AdminUnitStore &units, QWidget *parent)
    : QWidget(parent), m_units(units)
{
    static const char *const editNames[3] {"provinceEdit", "districtEdit", "communeEdit"};
    // Three rows rather than three side by side: Vietnamese labels and unit
    // names are long, and a 1366-pixel screen must not scroll sideways.
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // Three line edits tall, never squeezed when a message appears above.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    layout->setColumnStretch(1, 1);
    for (int level = 0; level < 3; ++level) {
        m_models[level] = new UnitLevelModel(units, levels[level], this);
        m_edits[level] = new QLineEdit(this);
        m_edits[level]->setObjectName(QLatin1String(editNames[level]));
        m_edits[level]->setClearButtonEnabled(true);
        m_labels[level] = new QLabel(this);
        m_labels[level]->setBuddy(m_edits[level]);

        // The model does the folded matching; the completer shows its rows
        // as they are instead of filtering by its own prefix rule.
        m_completers[level] = new QCompleter(m_models[level], this);
        m_completers[level]->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
        m_completers[level]->setCompletionRole(Qt::EditRole);
        m_completers[level]->setMaxVisibleItems(12);
        m_edits[level]->setCompleter(m_completers[level]);

        connect(m_edits[level], &QLineEdit::textEdited, this,
                [this, level](const QString &text) { onEdited(level, text); });
        connect(m_edits[level], &QLineEdit::editingFinished, this,
                [this, level] { onFinished(level); });
        connect(m_completers[level], qOverload<const QModelIndex &>(&QCompleter::activated), this,
                [this, level](const QModelIndex &index) {
                    choose(level, index.data(UnitLevelModel::CodeRole).toString());
                });
        layout->addWidget(m_labels[level], level, 0);
        layout->addWidget(m_edits[level], level, 1);
    }
    retranslateUi();
}

void UnitCascadePicker::retranslateUi()
{
    m_labels[0]->setText(tr("Province/city:"));
    m_labels[1]->setText(tr("District:"));
    m_labels[2]->setText(tr("Commune/ward:"));
    m_edits[0]->setPlaceholderText(tr("Type the province's name"));
    m_edits[1]->setPlaceholderText(tr("Type the district's name"));
    m_edits[2]->setPlaceholderText(tr("Type the commune's name"));
}

void UnitCascadePicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

QLineEdit *UnitCascadePicker::firstEmptyEdit() const
{
    for (int level = 0; level < 3; ++level) {
        if (m_codes[level].isEmpty())
            return m_edits[level];
    }
    return m_edits[2];
}

void UnitCascadePicker::onEdited(int level, const QString &text)
{
    const QString previousCommune = m_codes[2];
    // Typing over a chosen unit un-chooses it and everything below it.
    for (int below = level; below < 3; ++below) {
        if (below > level && !m_codes[below].isEmpty())
            m_edits[below]->clear();
        m_codes[below].clear();
    }
    for (int below = level + 1; below < 3; ++below)
        m_models[below]->setParentCode(m_codes[below - 1]);
    m_models[level]->setQuery(text);
    if (m_models[level]->rowCount() > 0 && !text.isEmpty())
        m_completers[level]->complete();
    emitIfChanged(previousCommune);
}

void UnitCascadePicker::onFinished(int level)
{
    // Typed in full and left without picking from the list: take the unit
    // the text names outright.
    if (!m_codes[level].isEmpty() || m_edits[level]->text().trimmed().isEmpty())
        return;
    if (m_completers[level]->popup()->isVisible())
        return;
    m_models[level]->setQuery(m_edits[level]->text());
    if (const auto unit = m_models[level]->exactMatch())
        choose(level, unit->code);
}

void UnitCascadePicker::setLevelCode(int level, const core::AdminUnit *unit)
{
    m_codes[level] = unit ? unit->code : QString();
    const QString text = unit ? unit->displayName() : QString();
    if (m_edits[level]->text() != text)
        m_edits[level]->setText(text);
    m_edits[level]->setToolTip(unit ? m_units.fullPath(unit->code) : QString());
    if (level < 2)
        m_models[level + 1]->setParentCode(m_codes[level]);
}

void UnitCascadePicker::choose(int level, const QString &code)
{
    const QString previousCommune = m_codes[2];
    const auto unit = m_units.find(code);
    if (!unit || int(unit->level) != level + 1)
        return;
    // The chosen unit and its parents, from the top.
    QList<core::AdminUnit> chain {*unit};
    while (!chain.first().parentCode.isEmpty()) {
        const auto parent = m_units.find(chain.first().parentCode);
        if (!parent)
            break;
        chain.prepend(*parent);
    }
    for (int above = 0; above <= level && above < chain.size(); ++above)
        setLevelCode(above, &chain.at(above));
    // A level below stays only if it still lies within the new choice.
    for (int below = level + 1; below < 3; ++below) {
        const auto kept = m_units.find(m_codes[below]);
        if (!kept || kept->parentCode != m_codes[below - 1])
            setLevelCode(below, nullptr);
    }
    emitIfChanged(previousCommune);
    // On to the next level to choose.
    if (level < 2 && m_codes[level + 1].isEmpty() && m_edits[level]->hasFocus())
        m_edits[level + 1]->setFocus(Qt::TabFocusReason);
}

void UnitCascadePicker::setCommuneCode(const QString &code)
{
    if (code == m_codes[2] && !code.isEmpty())
        return;
    const QString previousCommune = m_codes[2];
    const auto unit = code.isEmpty() ? std::nullopt : m_units.find(code);
    if (!unit || unit->level != core::AdminUnit::Level::Commune) {
        for (int level = 0; level < 3; ++level)
            setLevelCode(level, nullptr);
        emitIfChanged(previousCommune);
        return;
    }
    choose(2, unit->code);
}

void UnitCascadePicker::setUnitCode(const QString &code)
{
    const auto unit = m_units.find(code);
    if (!unit)
        return;
    choose(int(unit->level) - 1, unit->code);
}

void UnitCascadePicker::emitIfChanged(const QString &previousCommune)
{
    if (m_codes[2] != previousCommune)
        Q_EMIT communeCodeChanged(m_codes[2]);
}

} // namespace pd::declaration
