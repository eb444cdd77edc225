// Decode benchmark: a realistic set of 1280×720 webcam frames (QR codes of
// real payload shapes — CCCD, HC1 of ~500 characters, URLs — scaled,
// turned, tilted, blurred, noisy, dull, inverted, on a desk) read through
// pd_scan's pipeline and, in the same run, through a direct minimal ZXing
// call. Prints decode rates per distortion and the time per frame.
//
//   bench_decode [--quick] [--repeat N] [--variants N]
//
// --quick is the CTest smoke run: a few frames, one repeat, and a check that
// plain codes decode and a codeless view yields nothing.
#include "barcodereader.h"
#include "codeimages.h"
#include "framedecoder.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QGuiApplication>
#include <QPainter>
#include <QTimer>
#include <QVideoFrame>
#include <QVideoFrameFormat>

#include <ZXing/ReadBarcode.h>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <numeric>
#include <random>

using namespace pd::scan;
using namespace pd::scan::test;

namespace {

constexpr QSize kFrameSize {1280, 720};

struct Distortion {
    const char *name;
    // The code image as the camera sees it (before placing).
    std::function<QImage(const QImage &code, std::mt19937 &rng)> onCode;
    // The whole frame afterwards (sensor noise, dull light); may be empty.
    std::function<QImage(const QImage &frame, std::mt19937 &rng)> onFrame;
    bool hasCode = true;
};

struct Frame {
    const char *distortion;
    QByteArray payload; // empty: no code in view
    QImage gray;
    QVideoFrame nv12; // what a UVC webcam through GStreamer delivers
};

struct Sample {
    double pipelineMs = 0;
    double directMs = 0;
};

// A desk under a lamp: a brightness gradient, a few objects, sensor noise.
QImage desk(std::mt19937 &rng)
{
    QImage image(kFrameSize, QImage::Format_RGB32);
    QPainter painter(&image);
    QLinearGradient light(0, 0, kFrameSize.width(), kFrameSize.height());
    const int bright = std::uniform_int_distribution<int>(170, 220)(rng);
    light.setColorAt(0, QColor(bright, bright, bright));
    light.setColorAt(1, QColor(bright - 80, bright - 80, bright - 80));
    painter.fillRect(image.rect(), light);
    std::uniform_int_distribution<int> x(0, kFrameSize.width()), y(0, kFrameSize.height()),
        size(40, 300), shade(30, 230);
    for (int i = 0; i < 6; ++i) {
        const int s = shade(rng);
        painter.setBrush(QColor(s, s, s));
        painter.setPen(Qt::NoPen);
        if (i % 2)
            painter.drawEllipse(x(rng), y(rng), size(rng), size(rng));
        else
            painter.drawRect(x(rng), y(rng), size(rng), size(rng) / 3);
    }
    painter.end();
    return noisy(image.convertToFormat(QImage::Format_Grayscale8), 4,
                 std::uniform_int_distribution<quint32>()(rng));
}

// The code somewhere in view, wholly inside the frame.
QImage compose(const QImage &code, std::mt19937 &rng)
{
    QImage frame = desk(rng);
    if (code.isNull())
        return frame;
    const int maxX = qMax(0, kFrameSize.width() - code.width());
    const int maxY = qMax(0, kFrameSize.height() - code.height());
    QPainter painter(&frame);
    painter.drawImage(std::uniform_int_distribution<int>(0, maxX)(rng),
                      std::uniform_int_distribution<int>(0, maxY)(rng), code);
    painter.end();
    return frame;
}

QList<Distortion> distortions()
{
    const auto none = [](const QImage &code, std::mt19937 &) {
        return code;
    };
    return {
        {"plain 4px", none, {}},
        {"small 2px", [](const QImage &c, std::mt19937 &) { return scaled(c, 0.5); }, {}},
        {"tiny 1.5px", [](const QImage &c, std::mt19937 &) { return scaled(c, 0.375); }, {}},
        {"rotated 90", [](const QImage &c, std::mt19937 &) { return rotated(c, 90); }, {}},
        {"rotated 10-80",
         [](const QImage &c, std::mt19937 &rng) {
             return rotated(c, std::uniform_real_distribution<double>(10, 80)(rng));
         },
         {}},
        {"perspective",
         [](const QImage &c, std::mt19937 &rng) {
             return perspective(c, std::uniform_real_distribution<double>(0.1, 0.3)(rng));
         },
         {}},
        {"blurred", [](const QImage &c, std::mt19937 &) { return blurred(c, 1); }, {}},
        {"noisy", none,
         [](const QImage &f, std::mt19937 &rng) {
             return noisy(f, 20, std::uniform_int_distribution<quint32>()(rng));
         }},
        {"dull light", none,
         [](const QImage &f, std::mt19937 &) {
             return lowContrast(f, 95, 135);
         }},
        {"inverted", [](const QImage &c, std::mt19937 &) { return inverted(c); }, {}},
        // A phone held out by hand: turned a little, tilted, slightly out of
        // focus, in a noisy webcam picture.
        {"handheld",
         [](const QImage &c, std::mt19937 &rng) {
             return blurred(
                 perspective(rotated(c, std::uniform_real_distribution<double>(-20, 20)(rng)), 0.1),
                 1);
         },
         [](const QImage &f, std::mt19937 &rng) {
             return noisy(f, 8, std::uniform_int_distribution<quint32>()(rng));
         }},
        {"no code", none, {}, false},
    };
}

QList<Frame> makeFrames(int variants)
{
    const QList<QByteArray> payloadShapes {payloads::cccd(), payloads::hc1(500), payloads::url()};
    std::mt19937 rng(20211001);
    QList<Frame> frames;
    for (const Distortion &distortion : distortions()) {
        for (const QByteArray &payload : payloadShapes) {
            for (int variant = 0; variant < variants; ++variant) {
                const QImage code =
                    distortion.hasCode ? distortion.onCode(qrCode(payload), rng) : QImage();
                QImage gray = compose(code, rng);
                if (distortion.onFrame)
                    gray = distortion.onFrame(gray, rng);
                frames.append({distortion.name, distortion.hasCode ? payload : QByteArray(), gray,
                               nv12Frame(gray)});
            }
        }
    }
    return frames;
}

// The baseline: what an application calling ZXing directly would do.
bool directZxing(const QImage &gray, const QByteArray &payload)
{
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode | ZXing::BarcodeFormat::DataMatrix
                     | ZXing::BarcodeFormat::Code128 | ZXing::BarcodeFormat::PDF417);
    const ZXing::Result result =
        ZXing::ReadBarcode({gray.constBits(), gray.width(), gray.height(), ZXing::ImageFormat::Lum,
                            int(gray.bytesPerLine())},
                           hints);
    return result.isValid() && !payload.isEmpty()
        && QByteArray::fromStdString(result.text()) == payload;
}

bool pipelineFound(const FrameResult &result, const QByteArray &payload)
{
    return !payload.isEmpty() && !result.codes.isEmpty() && result.codes.first().text == payload;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const double rank = p * double(values.size() - 1);
    const auto low = qsizetype(rank);
    const auto high = qMin(low + 1, values.size() - 1);
    return values[low] + (values[high] - values[low]) * (rank - double(low));
}

// Submit → frameDecoded through the worker thread, one frame at a time.
QList<double> workerLatencies(const QList<Frame> &frames)
{
    FrameDecoder decoder;
    QList<double> latencies;
    QElapsedTimer timer;
    QEventLoop loop;
    QObject::connect(&decoder, &FrameDecoder::frameDecoded, &loop, [&] {
        latencies << double(timer.nsecsElapsed()) / 1e6;
        loop.quit();
    });
    for (const Frame &frame : frames) {
        timer.start();
        decoder.submitVideoFrame(frame.nv12);
        QTimer::singleShot(5'000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return latencies;
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const bool quick = arguments.contains(QStringLiteral("--quick"));
    const auto intArgument = [&](const QString &name, int fallback) {
        const qsizetype index = arguments.indexOf(name);
        return index >= 0 && index + 1 < arguments.size() ? arguments.at(index + 1).toInt()
                                                          : fallback;
    };
    const int repeats = qMax(1, intArgument(QStringLiteral("--repeat"), quick ? 1 : 5));
    const int variants = qMax(1, intArgument(QStringLiteral("--variants"), quick ? 1 : 6));

    std::printf("Generating frames…\n");
    const QList<Frame> frames = makeFrames(variants);
    BarcodeReader reader; // the camera's options: DecodeOptions{}
    const DecodeOptions options = reader.options();

    // Warm up caches and ZXing's lazy tables.
    for (qsizetype i = 0; i < qMin<qsizetype>(frames.size(), 5); ++i) {
        reader.read(frames[i].nv12);
        directZxing(frames[i].gray, frames[i].payload);
    }

    QList<Sample> samples;
    QList<bool> pipelineOk(frames.size(), false);
    QList<bool> directOk(frames.size(), false);
    QList<int> passes(frames.size(), 0);
    QElapsedTimer timer;
    for (int repeat = 0; repeat < repeats; ++repeat) {
        for (qsizetype i = 0; i < frames.size(); ++i) {
            const Frame &frame = frames[i];
            Sample sample;
            // Alternate the order so neither side always runs on a warm cache.
            const auto runPipeline = [&] {
                timer.start();
                const FrameResult result = reader.read(frame.nv12);
                sample.pipelineMs = double(timer.nsecsElapsed()) / 1e6;
                pipelineOk[i] = pipelineFound(result, frame.payload);
                passes[i] = result.passes;
            };
            const auto runDirect = [&] {
                timer.start();
                directOk[i] = directZxing(frame.gray, frame.payload);
                sample.directMs = double(timer.nsecsElapsed()) / 1e6;
            };
            if ((i + repeat) % 2) {
                runPipeline();
                runDirect();
            } else {
                runDirect();
                runPipeline();
            }
            samples << sample;
        }
    }

    std::printf("\nDecode benchmark: %lld frames of %dx%d (%d variants x 3 payload shapes per "
                "distortion), %d repeat(s)\n",
                static_cast<long long>(frames.size()), kFrameSize.width(), kFrameSize.height(),
                variants, repeats);
    std::printf("pipeline = BarcodeReader::read(NV12 QVideoFrame), camera options (budget %d ms, "
                "fallbacks: stretch, invert, 45°)\n",
                options.budgetMs);
    std::printf("direct   = ZXing::ReadBarcode(Lum ImageView, QR|DM|Code128|PDF417), ZXing "
                "defaults\n\n");
    std::printf("%-16s %6s %10s %10s %12s %12s %8s\n", "distortion", "frames", "pipeline", "direct",
                "pipe med ms", "direct med ms", "passes");
    bool plainOk = true;
    bool noFalsePositives = true;
    for (const Distortion &distortion : distortions()) {
        int count = 0, pipelineHits = 0, directHits = 0, passSum = 0;
        QList<double> pipelineMs, directMs;
        for (qsizetype i = 0; i < frames.size(); ++i) {
            if (qstrcmp(frames[i].distortion, distortion.name) != 0)
                continue;
            ++count;
            pipelineHits += pipelineOk[i];
            directHits += directOk[i];
            passSum += passes[i];
            for (int repeat = 0; repeat < repeats; ++repeat) {
                const Sample &sample = samples[repeat * frames.size() + i];
                pipelineMs << sample.pipelineMs;
                directMs << sample.directMs;
            }
        }
        const bool hasCode = distortion.hasCode;
        const auto rate = [&](int hits) {
            return hasCode ? QByteArray::number(100.0 * hits / count, 'f', 1) + '%'
                           : QByteArray("-");
        };
        std::printf("%-16s %6d %10s %10s %12.2f %12.2f %8.2f\n", distortion.name, count,
                    rate(pipelineHits).constData(), rate(directHits).constData(),
                    percentile(pipelineMs, 0.5), percentile(directMs, 0.5),
                    double(passSum) / count);
        if (qstrcmp(distortion.name, "plain 4px") == 0)
            plainOk = pipelineHits == count;
        if (!hasCode)
            noFalsePositives = pipelineHits == 0;
    }

    QList<double> pipelineAll, directAll, pipelineFirst, directFirst;
    for (qsizetype s = 0; s < samples.size(); ++s) {
        const qsizetype i = s % frames.size();
        pipelineAll << samples[s].pipelineMs;
        directAll << samples[s].directMs;
        if (passes[i] == 1) { // the first pass decided: same work on both sides
            pipelineFirst << samples[s].pipelineMs;
            directFirst << samples[s].directMs;
        }
    }
    int pipelineTotal = 0, directTotal = 0, withCode = 0;
    for (qsizetype i = 0; i < frames.size(); ++i) {
        if (frames[i].payload.isEmpty())
            continue;
        ++withCode;
        pipelineTotal += pipelineOk[i];
        directTotal += directOk[i];
    }
    const double pipelineMedian = percentile(pipelineAll, 0.5);
    const double directMedian = percentile(directAll, 0.5);
    std::printf("\n%-44s %10s %10s %8s\n", "per 1280x720 frame", "pipeline", "direct", "ratio");
    std::printf("%-44s %9.1f%% %9.1f%%\n", "decoded (frames with a code)",
                100.0 * pipelineTotal / qMax(1, withCode), 100.0 * directTotal / qMax(1, withCode));
    const auto row = [](const char *label, double pipeline, double direct) {
        std::printf("%-44s %7.2f ms %7.2f ms %7.3fx\n", label, pipeline, direct,
                    direct > 0 ? pipeline / direct : 0.0);
    };
    row("median, all frames", pipelineMedian, directMedian);
    row("p95, all frames", percentile(pipelineAll, 0.95), percentile(directAll, 0.95));
    row("median, frames the first pass decides", percentile(pipelineFirst, 0.5),
        percentile(directFirst, 0.5));
    row("p95, frames the first pass decides", percentile(pipelineFirst, 0.95),
        percentile(directFirst, 0.95));

    const QList<double> latencies = workerLatencies(quick ? frames.mid(0, 3) : frames);
    std::printf("%-44s %7.2f ms (p95 %.2f ms)\n", "worker thread, submit -> result, median",
                percentile(latencies, 0.5), percentile(latencies, 0.95));

    const double ratio = directMedian > 0 ? pipelineMedian / directMedian : 0;
    std::printf("\ngoals: median ratio <= 1.1x: %s (%.3fx); median <= 8 ms: %s (%.2f ms)\n",
                ratio <= 1.1 ? "met" : "NOT met", ratio, pipelineMedian <= 8 ? "met" : "NOT met",
                pipelineMedian);

    if (!plainOk || !noFalsePositives) {
        std::printf("smoke check failed: plain codes %s, codeless frames %s\n",
                    plainOk ? "ok" : "NOT all decoded", noFalsePositives ? "ok" : "gave a code");
        return 1;
    }
    return 0;
}
