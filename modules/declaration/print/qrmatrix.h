#pragma once

#include "error.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QPointF>
#include <QRectF>

#include <vector>

class QPainter;

namespace pd::declaration {

// A QR code symbol made by libqrencode (error correction M), and the one
// place PhongDich paints it onto paper, a PDF or an image.
//
// Encoding mode: a PhongDich code ("PD1:" + Base45, docs/CODES.md) is
// entirely in the QR alphanumeric set (0-9 A-Z space $ % * + - . / :), so
// it is encoded as one alphanumeric segment: 5.5 bits a character instead
// of 8 in byte mode. A 350-character code is then version 12 (65 modules)
// instead of 14 (73), so larger modules at the same printed size; the
// cards PhongDich issues (no street in the code) are versions 8–11. Other payloads go through
// libqrencode's own segmentation (QRcode_encodeString, case-sensitive, byte mode as the fallback),
// and payloads holding NUL bytes through QRcode_encodeData (byte mode only).
class QrMatrix {
    Q_DECLARE_TR_FUNCTIONS(pd::declaration::QrMatrix)

public:
    // ISO/IEC 18004: the light margin a reader needs around the symbol.
    static constexpr int quietZoneModules = 4;

    enum class Mode { Alphanumeric, Mixed, Byte };

    // Fails with "print.qr_empty" or "print.qr_too_long" (more than a
    // version 40 symbol holds at level M).
    static core::Result<QrMatrix> encode(QByteArrayView payload);

    // Modules along one side, without the quiet zone (21 for version 1).
    int width() const { return m_width; }
    int version() const { return m_version; }
    Mode mode() const { return m_mode; }
    bool isDark(int x, int y) const { return m_dark[std::size_t(y) * std::size_t(m_width) + x]; }

    // Where and how large the symbol is painted, in device pixels.
    struct Placement {
        QPointF topLeft; // of the symbol; the quiet zone lies outside it
        qreal modulePx = 0;
        int width = 0; // modules
        qreal symbolPx() const { return modulePx * width; }
        bool wholePixels() const;
    };

    // The largest symbol that, with its quiet zone, fits the square centred
    // in `areaPx`. The module size is rounded down to whole device pixels
    // so every module is the same crisp block — unless that would make the
    // symbol smaller than `minSymbolPx` (a coarse device: a 72 dpi preview),
    // then the exact fractional size is used and module edges are snapped
    // to pixels. If even that is below `minSymbolPx`, the symbol gets
    // `minSymbolPx` and its quiet zone reaches past `areaPx` (the caller's
    // margin is white); never smaller than required.
    Placement fit(const QRectF &areaPx, qreal minSymbolPx = 0) const;

    // Fills the dark modules black, without antialiasing, as one path so
    // PDF viewers show no hairline seams between neighbouring modules. The
    // quiet zone is not painted: the caller's background is white.
    void paint(QPainter &painter, const Placement &placement) const;

private:
    QrMatrix() = default;

    int m_width = 0;
    int m_version = 0;
    Mode m_mode = Mode::Byte;
    std::vector<bool> m_dark;
};

} // namespace pd::declaration
