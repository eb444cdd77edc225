#pragma once

#include "videosinksource.h"

#include <QByteArray>
#include <QList>
#include <QMediaCaptureSession>
#include <QSize>

#include <memory>

class QCamera;

namespace pd::scan {

// A webcam through Qt Multimedia: QCamera → QMediaCaptureSession → the
// shared QVideoSink path. Which camera and which resolution are settings;
// the torch is offered where the camera has one. A laptop without a camera
// (or with it unplugged) gets status Failed and a reason to show, never a
// crash or a hang; the same sink path is exercised by VideoFileSource.
class CameraSource : public VideoSinkSource {
    Q_OBJECT

public:
    struct CameraInfo {
        QByteArray id;
        QString description;
        bool isDefault = false;
    };
    // What format selection needs to know of a QCameraFormat (which cannot
    // be made outside Qt Multimedia, so tests pass these instead).
    struct FormatCandidate {
        QSize resolution;
        float maxFps = 0;
        bool compressed = false; // MJPEG must be decoded before Y can be read
    };

    static constexpr QSize defaultResolution {1280, 720};
    // Below this a moving phone smears; above it only if nothing else is offered.
    static constexpr float minUsefulFps = 15;

    static QList<CameraInfo> availableCameras();
    // Index into `candidates` of the format to use for `wanted`: the closest
    // pixel count among formats of at least minUsefulFps (any, if none is),
    // then uncompressed before compressed, then the higher frame rate.
    // -1 for an empty list.
    static int preferredFormat(const QList<FormatCandidate> &candidates, QSize wanted);

    explicit CameraSource(QObject *parent = nullptr);
    ~CameraSource() override;

    ScanSource kind() const override { return ScanSource::Camera; }

    QByteArray cameraId() const { return m_cameraId; }
    // Empty: the system's default camera. Applies at the next start().
    void setCameraId(const QByteArray &id) { m_cameraId = id; }
    QSize resolution() const { return m_resolution; }
    void setResolution(QSize resolution) { m_resolution = resolution; }

    // Known once the camera is active.
    bool isTorchSupported() const;
    bool isTorchEnabled() const { return m_torchWanted; }
    void setTorchEnabled(bool enabled);

public Q_SLOTS:
    void start() override;
    void stop() override;

Q_SIGNALS:
    void torchSupportChanged(bool supported);

private:
    void applyTorch();

    QMediaCaptureSession m_session;
    std::unique_ptr<QCamera> m_camera;
    QByteArray m_cameraId;
    QSize m_resolution = defaultResolution;
    bool m_torchWanted = false;
};

} // namespace pd::scan
