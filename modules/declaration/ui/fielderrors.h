#pragma once

#include "formfield.h"

#include <QHash>
#include <QLabel>
#include <QPointer>

namespace pd::declaration {

// Shows a failed check beside the field it names: each input is wrapped
// with a message line under it (hidden until needed); show() fills the
// message, marks the input and gives it the focus.
class FieldErrors {
public:
    // The input with its message line under it, to put in a form layout.
    // `focusTarget` is what gets the focus (defaults to `input`).
    QWidget *wrap(FormField field, QWidget *input, QWidget *focusTarget = nullptr);
    // For a field already in a layout: where its message goes and which
    // widget takes the focus.
    void add(FormField field, QLabel *message, QWidget *focusTarget);
    void setFocusTarget(FormField field, QWidget *focusTarget);

    // Hides every other message. Returns false when the field has no place
    // on the form (the caller shows the message elsewhere).
    bool show(FormField field, const QString &message);
    void clear();

    QLabel *messageLabel(FormField field) const { return m_messages.value(field); }
    QString message(FormField field) const;
    FormField shownField() const { return m_shown; }

    static QLabel *makeMessageLabel(QWidget *parent);

private:
    QHash<FormField, QPointer<QLabel>> m_messages;
    QHash<FormField, QPointer<QWidget>> m_focusTargets;
    FormField m_shown = FormField::None;
};

} // namespace pd::declaration
