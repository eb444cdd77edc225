#pragma once

#include <QObject>
#include <QSocketNotifier>

#include <memory>

namespace pd::sync::server {

// Turns SIGTERM and SIGINT into a Qt signal on the event loop (the
// self-pipe trick: a handler may only write(2)), so `serve` stops listening
// and closes the database cleanly instead of dying mid-statement.
class SignalWatcher : public QObject {
    Q_OBJECT

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

    bool isValid() const { return m_notifier != nullptr; }

Q_SIGNALS:
    void terminationRequested(int signalNumber);

private:
    void readSignal();

    std::unique_ptr<QSocketNotifier> m_notifier;
};

} // namespace pd::sync::server
