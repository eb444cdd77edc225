#include "jobcontrol.h"

namespace pd::core {

void JobControl::setLabel(const QString &label)
{
    QMutexLocker lock(&m_labelMutex);
    m_label = label;
}

QString JobControl::label() const
{
    QMutexLocker lock(&m_labelMutex);
    return m_label;
}

Error JobControl::cancelledError()
{
    return Error {QStringLiteral("job.cancelled"), tr("Cancelled; nothing was changed.")};
}

bool JobControl::isCancelledError(const Error &error)
{
    return error.code == QLatin1String("job.cancelled");
}

} // namespace pd::core
