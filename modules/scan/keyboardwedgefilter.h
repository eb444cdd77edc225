#pragma once

#include "clock.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QKeyEvent;

namespace pd::scan {

// Handheld 2D scanners in keyboard mode ("keyboard wedge") type the code as
// key presses and end with Enter, a few milliseconds a key; a person types a
// key every 100 ms or more. Installed on the application, this filter sees
// every key whatever widget has focus and tells the two apart:
//
// - printable keys are held back, not delivered;
// - a run of at least minLength held keys, each within interKeyMs of the
//   one before, ended by Enter within interKeyMs, is one scan: scanned() is
//   emitted and none of its keys (nor the Enter) reach any widget;
// - anything else (a pause longer than interKeyMs, another key, a run too
//   short) shows a person typing: the held keys are replayed, in order, to
//   the object they were meant for, followed by the key that ended the run.
//   A pause ends the run at the latest flushDelayMs() after its last key.
//
// Key times come from the events (QInputEvent::timestamp(), the window
// system's time of the key); events without one use the injected clock.
// Modifier keys (Shift for capitals) pass through and do not break a run.
// Keys with Ctrl, Alt or Meta are shortcuts and are never held.
class KeyboardWedgeFilter : public QObject {
    Q_OBJECT

public:
    static constexpr int defaultInterKeyMs = 30;
    // CCCD QR: 12-digit number and more; PhongDich codes are longer still.
    // Short enough for tube labels, long enough that "ok⏎" is never a scan.
    static constexpr int defaultMinLength = 6;
    // The event loop can be late by this much; a slower timer could split a
    // scan when the UI thread was briefly busy while keys queued up.
    static constexpr int flushSlackMs = 70;

    explicit KeyboardWedgeFilter(const core::Clock &clock = core::Clock::system(),
                                 QObject *parent = nullptr);
    ~KeyboardWedgeFilter() override;

    int interKeyMs() const { return m_interKeyMs; }
    void setInterKeyMs(int interKeyMs) { m_interKeyMs = qMax(1, interKeyMs); }
    int minLength() const { return m_minLength; }
    void setMinLength(int minLength) { m_minLength = qMax(1, minLength); }
    int flushDelayMs() const { return m_interKeyMs + flushSlackMs; }
    bool isEnabled() const { return m_enabled; }
    // Disabling hands on any held keys first.
    void setEnabled(bool enabled);

    // On the application: every window, every widget.
    void installOnApplication();
    void removeFromApplication();

    qsizetype heldKeyCount() const { return m_held.size(); }

Q_SIGNALS:
    // The scanned text as UTF-8, without the Enter.
    void scanned(const QByteArray &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class KeyKind { Modifier, Printable, Enter, Other };
    struct HeldKey {
        int key;
        Qt::KeyboardModifiers modifiers;
        QString text;
        quint32 nativeScanCode;
        quint32 nativeVirtualKey;
        quint32 nativeModifiers;
    };

    static KeyKind kindOf(const QKeyEvent *event);
    static int releaseKey(const QKeyEvent *event);
    quint64 timestampOf(const QKeyEvent *event) const;
    bool handleKeyPress(QObject *receiver, QKeyEvent *event);
    bool handleKeyRelease(QKeyEvent *event);
    void hold(QObject *receiver, const QKeyEvent *event, quint64 timestampMs);
    void swallowRelease(const QKeyEvent *event);
    void finishScan();
    void replayHeld();
    void sendReplayed(QObject *target, QKeyEvent *event);

    const core::Clock &m_clock;
    int m_interKeyMs = defaultInterKeyMs;
    int m_minLength = defaultMinLength;
    bool m_enabled = true;
    bool m_installed = false;
    QList<HeldKey> m_held;
    QPointer<QObject> m_target;
    quint64 m_lastKeyMs = 0;
    // Releases of presses that were held or swallowed: they go nowhere.
    QList<int> m_releasesToSwallow;
    QTimer m_flushTimer;
    QList<const QEvent *> m_replayedEvents;
};

} // namespace pd::scan
