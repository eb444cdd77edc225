#include "verdictsounds.h"

#include <QAudioDevice>
#include <QSoundEffect>

namespace pd::scan {

namespace {
QSoundEffect *makeSound(const QString &resource, QObject *parent)
{
    auto *sound = new QSoundEffect(parent);
    sound->setSource(QUrl(QStringLiteral("qrc") + resource));
    return sound;
}
} // namespace

VerdictSounds::VerdictSounds(QObject *parent) : QObject(parent)
{
    load();
    connect(&m_mediaDevices, &QMediaDevices::audioOutputsChanged, this, &VerdictSounds::load);
}

void VerdictSounds::load()
{
    // Without a speaker a QSoundEffect only complains.
    if (m_valid || QMediaDevices::audioOutputs().isEmpty())
        return;
    m_valid = makeSound(QStringLiteral(":/sounds/valid.wav"), this);
    m_attention = makeSound(QStringLiteral(":/sounds/attention.wav"), this);
    m_refused = makeSound(QStringLiteral(":/sounds/refused.wav"), this);
}

QSoundEffect *VerdictSounds::soundFor(CheckpointVerdict::Light light) const
{
    switch (light) {
    case CheckpointVerdict::Light::Green:
        return m_valid;
    case CheckpointVerdict::Light::Amber:
        return m_attention;
    case CheckpointVerdict::Light::Red:
        return m_refused;
    }
    return nullptr;
}

void VerdictSounds::play(CheckpointVerdict::Light light)
{
    QSoundEffect *sound = soundFor(light);
    for (QSoundEffect *other : {m_valid, m_attention, m_refused}) {
        if (other && other != sound)
            other->stop();
    }
    if (sound)
        sound->play();
}

} // namespace pd::scan
