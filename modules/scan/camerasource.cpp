#include "camerasource.h"

#include "scanlogging.h"

#include <QCamera>
#include <QCameraDevice>
#include <QMediaDevices>

#include <cmath>
#include <limits>

namespace pd::scan {

QList<CameraSource::CameraInfo> CameraSource::availableCameras()
{
    QList<CameraInfo> cameras;
    const QCameraDevice defaultDevice = QMediaDevices::defaultVideoInput();
    for (const QCameraDevice &device : QMediaDevices::videoInputs())
        cameras.append({device.id(), device.description(), device.id() == defaultDevice.id()});
    return cameras;
}

int CameraSource::preferredFormat(const QList<FormatCandidate> &candidates, QSize wanted)
{
    bool anyFastEnough = false;
    for (const FormatCandidate &candidate : candidates)
        anyFastEnough = anyFastEnough || candidate.maxFps >= minUsefulFps;

    const double wantedPixels = double(qMax(1, wanted.width())) * double(qMax(1, wanted.height()));
    int best = -1;
    double bestDistance = std::numeric_limits<double>::max();
    for (int i = 0; i < candidates.size(); ++i) {
        const FormatCandidate &candidate = candidates.at(i);
        if (anyFastEnough && candidate.maxFps < minUsefulFps)
            continue;
        const double pixels =
            double(candidate.resolution.width()) * double(candidate.resolution.height());
        // Ratio distance: 640×480 is as far below 1280×720 as 1920×1080 is above.
        const double distance = std::abs(std::log(qMax(1.0, pixels) / wantedPixels));
        bool better = best < 0 || distance < bestDistance - 1e-9;
        if (!better && std::abs(distance - bestDistance) <= 1e-9) {
            const FormatCandidate &current = candidates.at(best);
            better = (current.compressed && !candidate.compressed)
                || (current.compressed == candidate.compressed
                    && candidate.maxFps > current.maxFps);
        }
        if (better) {
            best = i;
            bestDistance = distance;
        }
    }
    return best;
}

CameraSource::CameraSource(QObject *parent) : VideoSinkSource(parent)
{
    m_session.setVideoSink(videoSink());
}

CameraSource::~CameraSource()
{
    m_session.setCamera(nullptr);
}

bool CameraSource::isTorchSupported() const
{
    return m_camera && m_camera->isActive() && m_camera->isTorchModeSupported(QCamera::TorchOn);
}

void CameraSource::setTorchEnabled(bool enabled)
{
    m_torchWanted = enabled;
    applyTorch();
}

void CameraSource::applyTorch()
{
    if (!m_camera || !isTorchSupported())
        return;
    m_camera->setTorchMode(m_torchWanted ? QCamera::TorchOn : QCamera::TorchOff);
}

void CameraSource::start()
{
    stop();
    const QList<QCameraDevice> devices = QMediaDevices::videoInputs();
    if (devices.isEmpty()) {
        setStatus(Status::Failed,
                  tr("No camera found. Connect a camera, or scan with a handheld scanner."));
        return;
    }
    QCameraDevice device = QMediaDevices::defaultVideoInput();
    if (!m_cameraId.isEmpty()) {
        device = {};
        for (const QCameraDevice &candidate : devices) {
            if (candidate.id() == m_cameraId)
                device = candidate;
        }
        if (device.isNull()) {
            setStatus(Status::Failed,
                      tr("The chosen camera is not connected. Choose another in the settings."));
            return;
        }
    }
    if (device.isNull())
        device = devices.first();

    m_camera = std::make_unique<QCamera>(device);
    const QList<QCameraFormat> formats = device.videoFormats();
    QList<FormatCandidate> candidates;
    for (const QCameraFormat &format : formats)
        candidates.append({format.resolution(), format.maxFrameRate(),
                           format.pixelFormat() == QVideoFrameFormat::Format_Jpeg});
    if (const int chosen = preferredFormat(candidates, m_resolution); chosen >= 0) {
        m_camera->setCameraFormat(formats.at(chosen));
        qCInfo(lcScan) << "Camera format" << formats.at(chosen).resolution()
                       << formats.at(chosen).maxFrameRate() << "fps";
    }

    connect(m_camera.get(), &QCamera::errorOccurred, this,
            [this](QCamera::Error error, const QString &message) {
                if (error == QCamera::NoError)
                    return;
                setStatus(Status::Failed, tr("The camera stopped working: %1").arg(message));
            });
    connect(m_camera.get(), &QCamera::activeChanged, this, [this](bool active) {
        if (active) {
            setStatus(Status::Running);
            applyTorch();
        } else if (status() == Status::Running) {
            setStatus(Status::Stopped);
        }
        Q_EMIT torchSupportChanged(isTorchSupported());
    });
    m_session.setCamera(m_camera.get());
    setStatus(Status::Starting);
    m_camera->start();
}

void CameraSource::stop()
{
    if (m_camera) {
        m_camera->disconnect(this);
        m_camera->stop();
        m_session.setCamera(nullptr);
        m_camera.reset();
        Q_EMIT torchSupportChanged(false);
    }
    if (status() != Status::Failed)
        setStatus(Status::Stopped);
}

} // namespace pd::scan
