#include "adminunitpicker.h"

#include "adminunitsearchmodel.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace pd::app {

AdminUnitPicker::AdminUnitPicker(core::AdminUnitStore &units, QWidget *parent)
    : QWidget(parent), m_units(units)
{
    m_results = new core::AdminUnitSearchModel(units, this);
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("adminUnitEdit"));
    m_edit->setClearButtonEnabled(true);
    m_path = new QLabel(this);
    m_path->setObjectName(QStringLiteral("adminUnitPath"));
    m_path->setWordWrap(true);
    m_path->setStyleSheet(QStringLiteral("color: palette(mid);"));

    // The model already does the folded matching; the completer must show
    // every row it returns instead of filtering by its own prefix rule.
    m_completer = new QCompleter(m_results, this);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCompletionRole(Qt::EditRole);
    m_completer->setMaxVisibleItems(12);
    m_edit->setCompleter(m_completer);

    connect(m_edit, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_results->setQuery(text);
        if (!m_code.isEmpty()) {
            m_code.clear();
            m_path->clear();
            Q_EMIT codeChanged(m_code);
        }
        if (m_results->rowCount() > 0)
            m_completer->complete();
    });
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) {
                choose(index.data(core::AdminUnitSearchModel::CodeRole).toString());
            });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    layout->addWidget(m_path);
    retranslateUi();
}

void AdminUnitPicker::retranslateUi()
{
    m_edit->setPlaceholderText(tr("Type a commune, district or province name"));
}

void AdminUnitPicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void AdminUnitPicker::setCode(const QString &code)
{
    choose(code);
}

void AdminUnitPicker::choose(const QString &code)
{
    const auto unit = m_units.find(code);
    m_code = unit ? unit->code : QString();
    m_edit->setText(unit ? unit->displayName() : QString());
    m_path->setText(unit ? m_units.fullPath(unit->code) + QStringLiteral(" (") + unit->code
                            + QLatin1Char(')')
                         : QString());
    Q_EMIT codeChanged(m_code);
}

} // namespace pd::app
