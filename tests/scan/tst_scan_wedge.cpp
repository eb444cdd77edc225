// The keyboard-wedge filter in a real widget application: synthetic key
// events with controlled timestamps go to a focused QLineEdit through the
// application's event filters, as the window system's would.
#include "keyboardwedgefilter.h"
#include "scannerkeys.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

using namespace pd::scan;
using pd::core::ManualClock;

namespace {
// Counts what reaches a widget after every application filter had its say.
class KeyCounter : public QObject {
public:
    int presses = 0;
    int releases = 0;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress)
            ++presses;
        else if (event->type() == QEvent::KeyRelease)
            ++releases;
        return false;
    }
};

} // namespace

class TestScanWedge : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void fastBurstIsOneScan();
    void slowTypingReachesTheField();
    void personThenScanner();
    void shortBurstIsTyping();
    void burstWithoutEnterIsTyping();
    void shiftKeepsTheBurst();
    void shortcutsPassStraightThrough();
    void nonAsciiScan();
    void disabledFilterHoldsNothing();
    void eventsWithoutTimestampUseTheClock();
    void keysThroughTheWindow();

private:
    // Press and release of one character at `timestampMs` (0: none).
    void typeChar(QChar ch, quint64 timestampMs, Qt::KeyboardModifiers modifiers = {});
    void typeEnter(quint64 timestampMs);
    // `text` then Enter, `gapMs` apart, from `startMs`.
    quint64 typeLine(const QString &text, quint64 startMs, int gapMs, bool enter = true);
    void send(QEvent::Type type, int key, const QString &text, quint64 timestampMs,
              Qt::KeyboardModifiers modifiers);

    ManualClock m_clock;
    QWidget *m_window = nullptr;
    QLineEdit *m_field = nullptr;
    KeyboardWedgeFilter *m_wedge = nullptr;
    KeyCounter m_counter;
    bool m_viaWindow = false;
};

void TestScanWedge::init()
{
    m_window = new QWidget;
    auto *layout = new QVBoxLayout(m_window);
    m_field = new QLineEdit(m_window);
    layout->addWidget(new QLineEdit(m_window));
    layout->addWidget(m_field);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_window->activateWindow();
    m_field->setFocus();
    QTRY_VERIFY(m_field->hasFocus());
    m_field->installEventFilter(&m_counter);
    m_counter.presses = 0;
    m_counter.releases = 0;

    m_viaWindow = false;
    m_wedge = new KeyboardWedgeFilter(m_clock, this);
    m_wedge->installOnApplication();
}

void TestScanWedge::cleanup()
{
    delete m_wedge;
    m_wedge = nullptr;
    delete m_window;
    m_window = nullptr;
}

void TestScanWedge::send(QEvent::Type type, int key, const QString &text, quint64 timestampMs,
                         Qt::KeyboardModifiers modifiers)
{
    QKeyEvent event(type, key, modifiers, text);
    event.setTimestamp(timestampMs);
    // A window-system key goes to the QWindow first, which forwards it to
    // its focus widget; both deliveries pass the application's filters.
    // The other tests send to the focus widget directly, as QTest does.
    QObject *target = m_viaWindow ? static_cast<QObject *>(m_window->windowHandle())
                                  : QApplication::focusWidget();
    QApplication::sendEvent(target, &event);
}

void TestScanWedge::typeChar(QChar ch, quint64 timestampMs, Qt::KeyboardModifiers modifiers)
{
    send(QEvent::KeyPress, pd::test::keyFor(ch), QString(ch), timestampMs, modifiers);
    send(QEvent::KeyRelease, pd::test::keyFor(ch), QString(ch), timestampMs + 2, modifiers);
}

void TestScanWedge::typeEnter(quint64 timestampMs)
{
    const QString text(QLatin1Char('\r'));
    send(QEvent::KeyPress, Qt::Key_Return, text, timestampMs, {});
    send(QEvent::KeyRelease, Qt::Key_Return, text, timestampMs + 2, {});
}

quint64 TestScanWedge::typeLine(const QString &text, quint64 startMs, int gapMs, bool enter)
{
    quint64 now = startMs;
    for (const QChar ch : text) {
        typeChar(ch, now);
        now += quint64(gapMs);
    }
    if (enter)
        typeEnter(now);
    return now + quint64(gapMs);
}

void TestScanWedge::fastBurstIsOneScan()
{
    QSignalSpy scanned(m_wedge, &KeyboardWedgeFilter::scanned);
    QSignalSpy returned(m_field, &QLineEdit::returnPressed);
    const QString cccd = QStringLiteral("001090001234||Nguyen Van An|01011990|Nam");
    typeLine(cccd, 1'000, 4);

    QCOMPARE(scanned.size(), 1);
    QCOMPARE(scanned.first().first().toByteArray(), cccd.toUtf8());
    // Nothing reached the form: no text, no Enter, not even a key release.
    QTest::qWait(m_wedge->flushDelayMs() + 50);
    QCOMPARE(m_field->text(), QString());
    QCOMPARE(returned.size(), 0);
    QCOMPARE(m_counter.presses, 0);
    QCOMPARE(m_counter.releases, 0);
    QCOMPARE(m_wedge->heldKeyCount(), 0);
}

void TestScanWedge::slowTypingReachesTheField()
{
    QSignalSpy scanned(m_wedge, &KeyboardWedgeFilter::scanned);
    QSignalSpy returned(m_field, &QLineEdit::returnPressed);
    typeLine(QStringLiteral("Nguyen Van An"), 1'000, 120);

    QCOMPARE(m_field->text(), QStringLiteral("Nguyen Van An"));
    QCOMPARE(returned.size(), 1);
    QCOMPARE(scanned.size(), 0);

    // The last key of a pause is handed on by the timer.
    typeChar(QLatin1Char('x'), 10'000);
    QCOMPARE(m_field->text(), QStringLiteral("Nguyen Van An"));
    QTRY_COMPARE(m_field->text(), QStringLiteral("Nguyen Van Anx"));
}

void TestScanWedge::personThenScanner()
{
    QSignalSpy scanned(m_wedge, &KeyboardWedgeFilter::scanned);
    const quint64 next = typeLine(QStringLiteral("ab"), 1'000, 150, false);
    typeLine(QStringLiteral("HC1:NCFOXN25TXHZ"), next + 200, 8);
    QCOMPARE(scanned.size(), 1);
    QCOMPARE(scanned.first().first().toByteArray(), QByteArray("HC1:NCFOXN25TXHZ"));
    QCOMPARE(m_field->text(), QStringLiteral("ab"));
}

void TestScanWedge::shortBurstIsTyping()
{
    // Two fast keys and Enter: a person's "ok", not a scan.
    QSignalSpy scanned(m_wedge, &KeyboardWedgeFilter::scanned);
    QSignalSpy returned(m_field, &QLineEdit::returnPressed);
    typeLine(QStringLiteral("ok"), 1'000, 10);
    QCOMPARE(scanned.size(), 0);
    QCOMPARE(m_field->text(), QStringLiteral("ok"));
    QCOMPARE(returned.size(), 1);
}

void TestScanWedge::burstWithoutEnterIsTyping()
{
    QSignalSpy scanned(m_wedge, &KeyboardWedgeFilter::scanned);
    typeLine(QStringLiteral("abcdefgh"), 1'000, 5, false);
    QCOMPARE(m_field->text(), QString()); // held while it may still be a scan
    QTRY_COMPARE(m_field->text(), QStringLiteral("abcdefgh"));
    QCOMPARE(scanned.size(), 0);
}

void TestScanWedge::shiftKeepsTheBurst()
{
    // Scanners press Shift around capitals; that must not end the run.
    QSignalSpy scanned(m_wedge, &KeyboardWedgeFilter::scanned);
    quint64 now = 1'000;
    for (const QChar ch : QStringLiteral("AB12CD")) {
        if (ch.isUpper())
            send(QEvent::KeyPress, Qt::Key_Shift, {}, now++, Qt::ShiftModifier);
        typeChar(ch, now, ch.isUpper() ? Qt::ShiftModifier : Qt::NoModifier);
        if (ch.isUpper())
            send(QEvent::KeyRelease, Qt::Key_Shift, {}, now + 3, {});
        now += 5;
    }
    typeEnter(now);
    QCOMPARE(scanned.size(), 1);
    QCOMPARE(scanned.first().first().toByteArray(), QByteArray("AB12CD"));
    QCOMPARE(m_field->text(), QString());
}

void TestScanWedge::shortcutsPassStraightThrough()
{
    m_field->setText(QStringLiteral("select me"));
    send(QEvent::KeyPress, Qt::Key_A, QStringLiteral("a"), 1'000, Qt::ControlModifier);
    QCOMPARE(m_wedge->heldKeyCount(), 0);
    QCOMPARE(m_field->selectedText(), QStringLiteral("select me"));
    // Backspace is not held either, and hands on what was.
    typeChar(QLatin1Char('x'), 2'000);
    QCOMPARE(m_wedge->heldKeyCount(), 1);
    send(QEvent::KeyPress, Qt::Key_Backspace, QStringLiteral("\b"), 2'005, {});
    QCOMPARE(m_wedge->heldKeyCount(), 0);
    QCOMPARE(m_field->text(), QString()); // "x" replaced the selection, then erased
}

void TestScanWedge::nonAsciiScan()
{
    // A scanner that can type Unicode (or an input method delivering it).
    QSignalSpy scanned(m_wedge, &KeyboardWedgeFilter::scanned);
    const QString name = QStringLiteral("Nguyễn Văn Đức|Hà Nội");
    typeLine(name, 1'000, 3);
    QCOMPARE(scanned.size(), 1);
    QCOMPARE(QString::fromUtf8(scanned.first().first().toByteArray()), name);
}

void TestScanWedge::disabledFilterHoldsNothing()
{
    QSignalSpy scanned(m_wedge, &KeyboardWedgeFilter::scanned);
    m_wedge->setEnabled(false);
    typeLine(QStringLiteral("001090001234"), 1'000, 4);
    QCOMPARE(scanned.size(), 0);
    QCOMPARE(m_field->text(), QStringLiteral("001090001234"));

    // Disabling mid-run hands the held keys on at once.
    m_field->clear();
    m_wedge->setEnabled(true);
    typeLine(QStringLiteral("abc"), 5'000, 4, false);
    QCOMPARE(m_field->text(), QString());
    m_wedge->setEnabled(false);
    QCOMPARE(m_field->text(), QStringLiteral("abc"));
}

void TestScanWedge::eventsWithoutTimestampUseTheClock()
{
    QSignalSpy scanned(m_wedge, &KeyboardWedgeFilter::scanned);
    for (const QChar ch : QStringLiteral("PD-000123")) {
        typeChar(ch, 0);
        m_clock.advanceMs(5);
    }
    typeEnter(0);
    QCOMPARE(scanned.size(), 1);
    QCOMPARE(scanned.first().first().toByteArray(), QByteArray("PD-000123"));

    // The same keys a second apart are typing.
    for (const QChar ch : QStringLiteral("PD-7")) {
        typeChar(ch, 0);
        m_clock.advanceMs(1'000);
    }
    QTRY_COMPARE(m_field->text(), QStringLiteral("PD-7"));
}

void TestScanWedge::keysThroughTheWindow()
{
    m_viaWindow = true;
    QSignalSpy scanned(m_wedge, &KeyboardWedgeFilter::scanned);
    QSignalSpy returned(m_field, &QLineEdit::returnPressed);
    const quint64 next = typeLine(QStringLiteral("001090001234"), 1'000, 4);
    QCOMPARE(scanned.size(), 1);
    QCOMPARE(m_counter.presses, 0);

    typeLine(QStringLiteral("Hoa"), next + 500, 200);
    QCOMPARE(m_field->text(), QStringLiteral("Hoa"));
    QCOMPARE(returned.size(), 1);
    QCOMPARE(m_counter.presses, 4); // each key once, however many filters saw it
    QCOMPARE(scanned.size(), 1);
}

QTEST_MAIN(TestScanWedge)
#include "tst_scan_wedge.moc"
