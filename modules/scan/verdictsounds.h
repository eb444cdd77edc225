#pragma once

#include "checkpointcontroller.h"

#include <QMediaDevices>
#include <QObject>

class QSoundEffect;

namespace pd::scan {

// The sound of each verdict light (resources/sounds). Loaded ahead so the
// first verdict sounds at once, and only when a speaker exists (again when
// one is plugged in); one sound at a time, the newest verdict wins.
class VerdictSounds : public QObject {
    Q_OBJECT

public:
    explicit VerdictSounds(QObject *parent = nullptr);

    void play(CheckpointVerdict::Light light);

private:
    void load();
    QSoundEffect *soundFor(CheckpointVerdict::Light light) const;

    QMediaDevices m_mediaDevices;
    QSoundEffect *m_valid = nullptr;
    QSoundEffect *m_attention = nullptr;
    QSoundEffect *m_refused = nullptr;
};

} // namespace pd::scan
