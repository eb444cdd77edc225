#!/usr/bin/env python3
"""Writes the checkpoint verdict sounds (resources/sounds/*.wav).

Short, distinct and audible over a noisy gate on a laptop speaker: a rising
two-note chime for "valid", a single mid note for "needs attention", a low
double buzz for "refused". 22.05 kHz mono 16-bit PCM, which QSoundEffect
plays everywhere. Run: tools/sounds/generate.py
"""
import math
import os
import struct
import wave

RATE = 22050
OUT = os.path.join(os.path.dirname(__file__), '..', '..', 'resources', 'sounds')


def tone(freq, ms, volume=0.6, shape='sine'):
    n = int(RATE * ms / 1000)
    fade = int(RATE * 0.008)  # 8 ms fades: no clicks
    samples = []
    for i in range(n):
        t = i / RATE
        if shape == 'sine':
            v = math.sin(2 * math.pi * freq * t) + 0.3 * math.sin(4 * math.pi * freq * t)
            v /= 1.3
        else:  # square-ish buzz, softened by a few harmonics
            v = sum(math.sin(2 * math.pi * freq * k * t) / k for k in (1, 3, 5, 7)) / 1.6
        envelope = min(1.0, i / fade, (n - i) / fade)
        samples.append(v * envelope * volume)
    return samples


def silence(ms):
    return [0.0] * int(RATE * ms / 1000)


def write(name, samples):
    path = os.path.join(OUT, name)
    with wave.open(path, 'wb') as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(b''.join(struct.pack('<h', int(max(-1, min(1, s)) * 32767)) for s in samples))
    print('wrote', os.path.normpath(path))


write('valid.wav', tone(880, 110) + tone(1320, 160))
write('attention.wav', tone(660, 220) + silence(60) + tone(660, 120))
write('refused.wav', tone(220, 180, shape='buzz') + silence(70) + tone(220, 260, shape='buzz'))
