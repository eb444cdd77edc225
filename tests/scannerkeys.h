#pragma once

// Key events as a USB scanner in keyboard mode sends them: one press and
// release per character with the timestamps the wedge filter times, then
// Enter. Shared by the tests of the wedge filter, the checkpoint screen and
// the declarations page.

#include <QApplication>
#include <QKeyEvent>
#include <QWidget>

namespace pd::test {

// The Qt key a US keyboard layout reports for `ch`; Key_unknown for what
// xkb reports for a composed (Vietnamese) character.
inline int keyFor(QChar ch)
{
    if (ch.isDigit() || (ch.unicode() < 128 && ch.isLetter()))
        return ch.toUpper().unicode();
    switch (ch.unicode()) {
    case '|':
        return Qt::Key_Bar;
    case ' ':
        return Qt::Key_Space;
    case ':':
        return Qt::Key_Colon;
    case '-':
        return Qt::Key_Minus;
    case ',':
        return Qt::Key_Comma;
    case '\r':
        return Qt::Key_Return;
    default:
        return Qt::Key_unknown;
    }
}

// Presses and releases `ch` at `timestampMs`, delivered to the focus widget
// (as QTest does) or to `fallback` when nothing has the focus.
inline void strokeKey(QChar ch, quint64 timestampMs, QWidget *fallback)
{
    QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : fallback;
    for (const QEvent::Type type : {QEvent::KeyPress, QEvent::KeyRelease}) {
        QKeyEvent event(type, keyFor(ch), Qt::NoModifier, QString(ch));
        event.setTimestamp(timestampMs);
        QApplication::sendEvent(target, &event);
    }
}

} // namespace pd::test
