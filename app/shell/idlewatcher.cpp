#include "idlewatcher.h"

#include <QCoreApplication>
#include <QEvent>

namespace pd::app {

IdleWatcher::IdleWatcher(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleWatcher::idle);
}

void IdleWatcher::setTimeoutMs(int timeoutMs)
{
    m_timer.setInterval(timeoutMs);
}

void IdleWatcher::start()
{
    QCoreApplication::instance()->installEventFilter(this);
    m_timer.start();
}

void IdleWatcher::stop()
{
    QCoreApplication::instance()->removeEventFilter(this);
    m_timer.stop();
}

bool IdleWatcher::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        m_timer.start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace pd::app
