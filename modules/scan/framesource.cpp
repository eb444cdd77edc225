#include "framesource.h"

#include "scanlogging.h"

namespace pd::scan {

void FrameSource::setStatus(Status status, const QString &text)
{
    if (m_status == status && m_statusText == text)
        return;
    m_status = status;
    m_statusText = text;
    if (status == Status::Failed)
        qCWarning(lcScan).noquote() << metaObject()->className() << "failed:" << text;
    else
        qCDebug(lcScan) << metaObject()->className() << status;
    Q_EMIT statusChanged(status, text);
}

} // namespace pd::scan
