#pragma once

#include <QObject>
#include <QTimer>

namespace pd::app {

// Locks the app after a spell without keyboard or mouse input, so a laptop
// left at a checkpoint does not stay open on personal data.
class IdleWatcher : public QObject {
    Q_OBJECT

public:
    explicit IdleWatcher(QObject *parent = nullptr);

    void setTimeoutMs(int timeoutMs);
    void start();
    void stop();

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer m_timer;
};

} // namespace pd::app
