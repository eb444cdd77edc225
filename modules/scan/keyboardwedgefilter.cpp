#include "keyboardwedgefilter.h"

#include "scanlogging.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QKeyEvent>

#include <utility>

namespace pd::scan {

namespace {
// Enough for the releases of one long scan; older entries are forgotten.
constexpr qsizetype kMaxSwallowedReleases = 64;
} // namespace

KeyboardWedgeFilter::KeyboardWedgeFilter(const core::Clock &clock, QObject *parent)
    : QObject(parent), m_clock(clock)
{
    m_flushTimer.setSingleShot(true);
    connect(&m_flushTimer, &QTimer::timeout, this, &KeyboardWedgeFilter::replayHeld);
}

KeyboardWedgeFilter::~KeyboardWedgeFilter()
{
    removeFromApplication();
}

void KeyboardWedgeFilter::setEnabled(bool enabled)
{
    if (!enabled)
        replayHeld();
    m_enabled = enabled;
}

void KeyboardWedgeFilter::installOnApplication()
{
    if (!m_installed && QCoreApplication::instance()) {
        QCoreApplication::instance()->installEventFilter(this);
        m_installed = true;
    }
}

void KeyboardWedgeFilter::removeFromApplication()
{
    if (m_installed && QCoreApplication::instance()) {
        replayHeld();
        QCoreApplication::instance()->removeEventFilter(this);
    }
    m_installed = false;
}

KeyboardWedgeFilter::KeyKind KeyboardWedgeFilter::kindOf(const QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Shift:
    case Qt::Key_Control:
    case Qt::Key_Alt:
    case Qt::Key_AltGr:
    case Qt::Key_Meta:
    case Qt::Key_CapsLock:
    case Qt::Key_NumLock:
        return KeyKind::Modifier;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        return event->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier) ? KeyKind::Other
                                                                              : KeyKind::Enter;
    default:
        break;
    }
    if (event->isAutoRepeat()
        || (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)))
        return KeyKind::Other;
    const QString text = event->text();
    if (text.isEmpty())
        return KeyKind::Other;
    for (const QChar ch : text) {
        if (!ch.isPrint())
            return KeyKind::Other; // Tab, Escape, Backspace, …
    }
    return KeyKind::Printable;
}

int KeyboardWedgeFilter::releaseKey(const QKeyEvent *event)
{
    // The scan code names the physical key, the same on press and release;
    // the Qt key can differ (Shift let go before '!' is released).
    return event->nativeScanCode() != 0 ? -int(event->nativeScanCode()) : event->key();
}

quint64 KeyboardWedgeFilter::timestampOf(const QKeyEvent *event) const
{
    return event->timestamp() != 0 ? event->timestamp() : quint64(m_clock.nowMs());
}

bool KeyboardWedgeFilter::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_enabled || m_replayedEvents.contains(event))
        return false;
    switch (event->type()) {
    case QEvent::KeyPress:
        return handleKeyPress(watched, static_cast<QKeyEvent *>(event));
    case QEvent::KeyRelease:
        return handleKeyRelease(static_cast<QKeyEvent *>(event));
    case QEvent::ShortcutOverride: {
        // In the middle of a run, a key must come to us as a key press
        // rather than fire a shortcut.
        auto *keyEvent = static_cast<QKeyEvent *>(event);
        const KeyKind kind = kindOf(keyEvent);
        if (!m_held.isEmpty() && (kind == KeyKind::Printable || kind == KeyKind::Enter)) {
            keyEvent->accept();
            return true;
        }
        return false;
    }
    default:
        return false;
    }
}

bool KeyboardWedgeFilter::handleKeyPress(QObject *receiver, QKeyEvent *event)
{
    const KeyKind kind = kindOf(event);
    if (kind == KeyKind::Modifier)
        return false;
    const quint64 nowMs = timestampOf(event);
    const quint64 gapMs = nowMs >= m_lastKeyMs ? nowMs - m_lastKeyMs : m_lastKeyMs - nowMs;
    if (!m_held.isEmpty() && gapMs > quint64(m_interKeyMs))
        replayHeld(); // the pause shows a person typing

    switch (kind) {
    case KeyKind::Printable:
        hold(receiver, event, nowMs);
        return true;
    case KeyKind::Enter:
        if (m_held.size() >= m_minLength) {
            swallowRelease(event);
            finishScan();
            return true;
        }
        replayHeld();
        return false;
    case KeyKind::Other:
    case KeyKind::Modifier:
        break;
    }
    replayHeld();
    return false;
}

bool KeyboardWedgeFilter::handleKeyRelease(QKeyEvent *event)
{
    const qsizetype index = m_releasesToSwallow.indexOf(releaseKey(event));
    if (index < 0)
        return false;
    m_releasesToSwallow.removeAt(index);
    return true;
}

void KeyboardWedgeFilter::swallowRelease(const QKeyEvent *event)
{
    if (m_releasesToSwallow.size() >= kMaxSwallowedReleases)
        m_releasesToSwallow.removeFirst();
    m_releasesToSwallow.append(releaseKey(event));
}

void KeyboardWedgeFilter::hold(QObject *receiver, const QKeyEvent *event, quint64 timestampMs)
{
    if (m_held.isEmpty())
        m_target = receiver;
    m_held.append({event->key(), event->modifiers(), event->text(), event->nativeScanCode(),
                   event->nativeVirtualKey(), event->nativeModifiers()});
    m_lastKeyMs = timestampMs;
    swallowRelease(event);
    m_flushTimer.start(flushDelayMs());
}

void KeyboardWedgeFilter::finishScan()
{
    m_flushTimer.stop();
    QString text;
    for (const HeldKey &key : std::as_const(m_held))
        text += key.text;
    m_held.clear();
    m_target.clear();
    qCDebug(lcScan) << "Keyboard scan of" << text.size() << "characters";
    Q_EMIT scanned(text.toUtf8());
}

void KeyboardWedgeFilter::replayHeld()
{
    m_flushTimer.stop();
    if (m_held.isEmpty())
        return;
    const QList<HeldKey> keys = std::exchange(m_held, {});
    QPointer<QObject> target = m_target ? m_target.data() : QGuiApplication::focusObject();
    m_target.clear();
    for (const HeldKey &key : keys) {
        for (const QEvent::Type type : {QEvent::KeyPress, QEvent::KeyRelease}) {
            if (!target)
                return; // the window closed while we held its keys
            QKeyEvent replayed(type, key.key, key.modifiers, key.nativeScanCode,
                               key.nativeVirtualKey, key.nativeModifiers, key.text);
            sendReplayed(target, &replayed);
        }
    }
}

void KeyboardWedgeFilter::sendReplayed(QObject *target, QKeyEvent *event)
{
    // Known by address, not by a flag: a key may open a dialog whose event
    // loop delivers real keys before sendEvent() returns.
    m_replayedEvents.append(event);
    QCoreApplication::sendEvent(target, event);
    m_replayedEvents.removeOne(event);
}

} // namespace pd::scan
