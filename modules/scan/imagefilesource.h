#pragma once

#include "framesource.h"

#include <QStringList>
#include <QTimer>

namespace pd::scan {

// One image file, or every image in a folder (by name, not recursive), sent
// one at a time: the next image goes out when the consumer has read the
// previous one (frameConsumed), after intervalMs for a slide show. Files
// that cannot be read are reported by fileFailed() and skipped.
class ImageFileSource : public FrameSource {
    Q_OBJECT

public:
    explicit ImageFileSource(QObject *parent = nullptr);

    // `path` itself when it is a file; the readable image files in it, sorted
    // by name, when it is a folder. Empty with `error` set when `path` does not
    // exist or a folder holds no images.
    static QStringList imageFiles(const QString &path, QString *error = nullptr);

    ScanSource kind() const override { return ScanSource::ImageFile; }
    bool isLive() const override { return false; }

    QString path() const { return m_path; }
    void setPath(const QString &path) { m_path = path; }
    int intervalMs() const { return m_intervalMs; }
    void setIntervalMs(int intervalMs) { m_intervalMs = qMax(0, intervalMs); }

public Q_SLOTS:
    void start() override;
    void stop() override;
    void frameConsumed() override;

Q_SIGNALS:
    void fileFailed(const QString &path, const QString &reason);

private:
    void sendNext();

    QString m_path;
    int m_intervalMs = 0;
    QStringList m_files;
    qsizetype m_next = 0;
    bool m_awaitingConsumer = false;
    QTimer m_nextTimer;
};

} // namespace pd::scan
