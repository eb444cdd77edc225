#pragma once

#include "codeformat.h"

#include <QByteArray>
#include <QImage>
#include <QVideoFrame>
#include <QPoint>
#include <QSize>

// Test and benchmark images: codes made by libqrencode (QR) and ZXing's
// writer (Data Matrix, Code 128, PDF417), and the distortions a webcam
// adds. Every function returns Format_Grayscale8.
namespace pd::scan::test {

// Payload shapes seen at checkpoints.
namespace payloads {
// CCCD chip-card QR: number|old CMND|name|birth date|sex|address|issue date.
QByteArray cccd();
// EU DCC: "HC1:" + Base45 text of about `length` characters (made up, not a
// valid certificate; recognition tests use the real vectors).
QByteArray hc1(int length = 500);
QByteArray url();
QByteArray vietnamese();
} // namespace payloads

// `moduleSize` pixels a module with a four-module quiet zone; 8-bit mode
// segments where the text needs them (UTF-8 stays UTF-8).
QImage qrCode(const QByteArray &payload, int moduleSize = 4);
// Data Matrix, Code 128 or PDF417 (or QR) by ZXing's writer, with a quiet zone.
QImage writtenCode(CodeFormat format, const QByteArray &payload, int moduleSize = 3);

QImage scaled(const QImage &image, double factor);
// Turned about its centre on a white canvas large enough for the result.
QImage rotated(const QImage &image, double degrees);
// Seen from below: the top edge shrinks to (1 - strength) of its width.
QImage perspective(const QImage &image, double strength);
// Box blur of `radius` pixels, twice (close to a Gaussian).
QImage blurred(const QImage &image, int radius);
// Gaussian noise of `sigma` grey levels, reproducible by `seed`.
QImage noisy(const QImage &image, double sigma, quint32 seed = 1);
// Black becomes `dark`, white `light`.
QImage lowContrast(const QImage &image, int dark, int light);
QImage inverted(const QImage &image);
// An 8-bit grey image as the NV12 video frame a UVC webcam delivers through
// GStreamer (neutral chroma).
QVideoFrame nv12Frame(const QImage &gray);
// `code` centred at `centre` in a frame of `grey` (a desk, a wall).
QImage placed(const QImage &code, QSize frameSize = {1280, 720}, QPoint centre = {640, 360},
              int grey = 170);

} // namespace pd::scan::test
