#include "qrmatrix.h"

#include <QPainter>
#include <QPainterPath>
#include <qrencode.h>

#include <cmath>
#include <memory>

namespace pd::declaration {

namespace {

using QrCodePtr = std::unique_ptr<QRcode, decltype(&QRcode_free)>;
using QrInputPtr = std::unique_ptr<QRinput, decltype(&QRinput_free)>;

QrCodePtr encodeAlphanumeric(QByteArrayView payload)
{
    QrInputPtr input(QRinput_new2(0, QR_ECLEVEL_M), &QRinput_free);
    if (!input
        || QRinput_append(input.get(), QR_MODE_AN, int(payload.size()),
                          reinterpret_cast<const unsigned char *>(payload.data()))
            != 0)
        return {nullptr, &QRcode_free};
    return {QRcode_encodeInput(input.get()), &QRcode_free};
}

} // namespace

bool QrMatrix::Placement::wholePixels() const
{
    return modulePx >= 1 && modulePx == std::floor(modulePx);
}

core::Result<QrMatrix> QrMatrix::encode(QByteArrayView payload)
{
    if (payload.isEmpty())
        return core::fail(QStringLiteral("print.qr_empty"), tr("There is nothing to encode."));

    const auto *bytes = reinterpret_cast<const unsigned char *>(payload.data());
    const int size = int(payload.size());
    QrMatrix matrix;
    QrCodePtr code(nullptr, &QRcode_free);
    if (QRinput_check(QR_MODE_AN, size, bytes) == 0) {
        matrix.m_mode = Mode::Alphanumeric;
        code = encodeAlphanumeric(payload);
    } else if (!payload.contains('\0')) {
        // Needs a NUL-terminated copy. Case-sensitive: with 0 libqrencode
        // would upper-case letters to fit more of the text into
        // alphanumeric segments, changing the payload.
        const QByteArray text = payload.toByteArray();
        matrix.m_mode = Mode::Mixed;
        code.reset(QRcode_encodeString(text.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1));
    } else {
        matrix.m_mode = Mode::Byte;
        code.reset(QRcode_encodeData(size, bytes, 0, QR_ECLEVEL_M));
    }
    if (!code)
        return core::fail(QStringLiteral("print.qr_too_long"),
                          tr("The code is too long for a QR code."));

    matrix.m_width = code->width;
    matrix.m_version = code->version;
    matrix.m_dark.resize(std::size_t(code->width) * std::size_t(code->width));
    for (std::size_t i = 0; i < matrix.m_dark.size(); ++i)
        matrix.m_dark[i] = (code->data[i] & 1) != 0; // bit 0: dark module
    return matrix;
}

QrMatrix::Placement QrMatrix::fit(const QRectF &areaPx, qreal minSymbolPx) const
{
    Placement placement;
    placement.width = m_width;
    const int totalModules = m_width + 2 * quietZoneModules;
    const qreal side = std::min(areaPx.width(), areaPx.height());
    const qreal exact = side / totalModules;
    const qreal whole = std::floor(exact);
    if (whole >= 1 && whole * m_width >= minSymbolPx)
        placement.modulePx = whole;
    else
        placement.modulePx = std::max(exact, minSymbolPx / m_width);
    const qreal symbol = placement.symbolPx();
    QPointF topLeft(areaPx.center().x() - symbol / 2, areaPx.center().y() - symbol / 2);
    if (placement.wholePixels()) // whole modules on whole pixels
        topLeft = QPointF(std::round(topLeft.x()), std::round(topLeft.y()));
    placement.topLeft = topLeft;
    return placement;
}

void QrMatrix::paint(QPainter &painter, const Placement &placement) const
{
    // Module edges on rounded device pixels: with a fractional module size
    // the modules differ by at most one pixel and never overlap or leave a gap.
    const auto edge = [&](qreal origin, int index) {
        return std::round(origin + index * placement.modulePx);
    };
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    for (int y = 0; y < m_width; ++y) {
        const qreal top = edge(placement.topLeft.y(), y);
        const qreal bottom = edge(placement.topLeft.y(), y + 1);
        int x = 0;
        while (x < m_width) {
            if (!isDark(x, y)) {
                ++x;
                continue;
            }
            const int runStart = x;
            while (x < m_width && isDark(x, y))
                ++x;
            const qreal left = edge(placement.topLeft.x(), runStart);
            const qreal right = edge(placement.topLeft.x(), x);
            path.addRect(QRectF(left, top, right - left, bottom - top));
        }
    }
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setPen(Qt::NoPen);
    painter.fillPath(path, Qt::black);
    painter.restore();
}

} // namespace pd::declaration
