#include "fielderrors.h"

#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace pd::declaration {

namespace {
const char *const errorProperty = "pdFieldError";
} // namespace

QLabel *FieldErrors::makeMessageLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("fieldError"));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb7, 0x1c, 0x1c));
    label->setPalette(palette);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->hide();
    return label;
}

QWidget *FieldErrors::wrap(FormField field, QWidget *input, QWidget *focusTarget)
{
    auto *box = new QWidget(input->parentWidget());
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    input->setParent(box);
    layout->addWidget(input);
    QLabel *message = makeMessageLabel(box);
    layout->addWidget(message);
    add(field, message, focusTarget ? focusTarget : input);
    return box;
}

void FieldErrors::add(FormField field, QLabel *message, QWidget *focusTarget)
{
    m_messages.insert(field, message);
    m_focusTargets.insert(field, focusTarget);
}

void FieldErrors::setFocusTarget(FormField field, QWidget *focusTarget)
{
    m_focusTargets.insert(field, focusTarget);
}

void FieldErrors::clear()
{
    for (const auto &label : std::as_const(m_messages)) {
        if (label) {
            label->clear();
            label->hide();
        }
    }
    for (const auto &target : std::as_const(m_focusTargets)) {
        if (target && target->property(errorProperty).toBool()) {
            target->setProperty(errorProperty, false);
            target->setStyleSheet({});
        }
    }
    m_shown = FormField::None;
}

bool FieldErrors::show(FormField field, const QString &message)
{
    clear();
    QLabel *label = m_messages.value(field);
    if (!label)
        return false;
    m_shown = field;
    label->setText(message);
    label->show();
    if (QWidget *target = m_focusTargets.value(field)) {
        // A red frame as well as the message: seen from the corner of an eye.
        target->setProperty(errorProperty, true);
        if (qobject_cast<QLineEdit *>(target))
            target->setStyleSheet(QStringLiteral("QLineEdit { border: 2px solid #c62828; "
                                                 "border-radius: 3px; padding: 1px; }"));
        target->setFocus(Qt::OtherFocusReason);
        if (auto *lineEdit = qobject_cast<QLineEdit *>(target))
            lineEdit->selectAll();
    }
    return true;
}

QString FieldErrors::message(FormField field) const
{
    QLabel *label = m_messages.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

} // namespace pd::declaration
