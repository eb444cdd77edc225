#pragma once

#include "checkpointcontroller.h"

#include <QFrame>
#include <QTimer>

class QLabel;

namespace pd::scan {

// The checkpoint's answer, across the whole width so it reads from two
// metres: green (pass), amber (look at it yourself), red (refused), with a
// symbol as well as the colour for people who cannot tell red from green,
// the name the code carries and the reason. A verdict stays until the next
// one or holdMs, then the banner goes back to "ready".
class VerdictBanner : public QFrame {
    Q_OBJECT

public:
    enum class State { Ready, Green, Amber, Red };
    Q_ENUM(State)

    static constexpr int defaultHoldMs = 8000;

    explicit VerdictBanner(QWidget *parent = nullptr);

    State state() const { return m_state; }
    QString title() const;
    QString name() const;
    QString reason() const;

    int holdMs() const { return m_holdMs; }
    void setHoldMs(int holdMs) { m_holdMs = qMax(1, holdMs); }

public Q_SLOTS:
    void showVerdict(const pd::scan::CheckpointVerdict &verdict);
    // A scan that could not be recorded (the data file refused the write).
    void showFailure(const QString &message);
    void clear();

Q_SIGNALS:
    void stateChanged(pd::scan::VerdictBanner::State state);

protected:
    void changeEvent(QEvent *event) override;

private:
    void present(State state, const QString &title, const QString &name, const QString &reason);
    void applyColours();
    void retranslateUi();

    State m_state = State::Ready;
    int m_holdMs = defaultHoldMs;
    QTimer m_holdTimer;
    QLabel *m_symbol = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_reason = nullptr;
};

} // namespace pd::scan
