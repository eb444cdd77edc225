#include "passwordhashing.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QtConcurrent>

namespace pd::app {

core::Result<core::PasswordHash> preparePasswordOffThread(const QString &password)
{
    QFutureWatcher<core::Result<core::PasswordHash>> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run(&core::UserStore::preparePassword, password));
    // User input is held back so a second click cannot start a second save.
    if (!watcher.isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    return watcher.result();
}

} // namespace pd::app
