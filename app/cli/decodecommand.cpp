#include "decodecommand.h"

#include "barcodereader.h"
#include "commandparser.h"
#include "imagefilesource.h"
#include "output.h"

#include <QFileInfo>
#include <QImageReader>
#include <QJsonArray>

#include <cmath>
#include <cstdio>
#include <fcntl.h>
#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace pd::cli {

namespace {
Outcome<scan::CodeFormats> parseFormats(const QString &list)
{
    scan::CodeFormats formats;
    for (const QString &name : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const scan::CodeFormat format = scan::codeFormatFromName(name.trimmed());
        if (format == scan::CodeFormat::None)
            return usageError(DecodeCommand::tr("Option --formats: unknown format %1 (use "
                                                "QRCode, DataMatrix, Code128, PDF417).")
                                  .arg(name.trimmed()));
        formats |= format;
    }
    if (!formats)
        return usageError(DecodeCommand::tr("Option --formats needs at least one format."));
    return formats;
}

struct Unreadable {
    QString file;
    QString reason;
};

// Image libraries report a broken file on stderr themselves (libpng prints
// "libpng error: …" before Qt sees the failure). The command's contract is
// one line on stderr, naming the file with QImageReader's reason, so stderr
// points at the null device while an image is read. The command is single-
// threaded: nothing else writes to stderr meanwhile.
class QuietStderr {
public:
    QuietStderr()
    {
        std::fflush(stderr);
        m_saved = duplicate(stderrFd());
        const int null = openNullDevice();
        if (m_saved >= 0 && null >= 0)
            duplicateOnto(null, stderrFd());
        if (null >= 0)
            closeFd(null);
    }
    ~QuietStderr()
    {
        std::fflush(stderr);
        if (m_saved >= 0) {
            duplicateOnto(m_saved, stderrFd());
            closeFd(m_saved);
        }
    }
    QuietStderr(const QuietStderr &) = delete;
    QuietStderr &operator=(const QuietStderr &) = delete;

private:
#ifdef Q_OS_WIN
    static int stderrFd()
    {
        return _fileno(stderr);
    }
    static int duplicate(int fd)
    {
        return _dup(fd);
    }
    static void duplicateOnto(int fd, int target)
    {
        _dup2(fd, target);
    }
    static int openNullDevice()
    {
        return _open("NUL", _O_WRONLY);
    }
    static void closeFd(int fd)
    {
        _close(fd);
    }
#else
    static int stderrFd()
    {
        return fileno(stderr);
    }
    static int duplicate(int fd)
    {
        return dup(fd);
    }
    static void duplicateOnto(int fd, int target)
    {
        dup2(fd, target);
    }
    static int openNullDevice()
    {
        return open("/dev/null", O_WRONLY | O_CLOEXEC);
    }
    static void closeFd(int fd)
    {
        close(fd);
    }
#endif
    int m_saved = -1;
};
} // namespace

QString DecodeCommand::summary()
{
    return tr("Read QR, Data Matrix, Code 128 and PDF417 codes from image files.");
}

QJsonObject DecodeCommand::resultJson(const QString &file, const scan::FrameResult &result)
{
    QJsonArray codes;
    for (const scan::DecodedCode &code : result.codes) {
        QJsonArray position;
        for (const QPoint &corner : code.corners)
            position.append(QJsonArray {corner.x(), corner.y()});
        QJsonObject json {
            {QStringLiteral("format"), scan::codeFormatName(code.format)},
            {QStringLiteral("text"), QString::fromUtf8(code.text)},
            {QStringLiteral("position"), position},
        };
        // Binary content has no faithful text; its bytes are given too.
        if (code.binary)
            json.insert(QStringLiteral("bytes"), QString::fromLatin1(code.bytes.toBase64()));
        codes.append(json);
    }
    return {
        {QStringLiteral("file"), file},
        {QStringLiteral("codes"), codes},
        {QStringLiteral("ms"), std::round(result.decodeMs * 100.0) / 100.0},
    };
}

Done DecodeCommand::run(const QStringList &arguments)
{
    CommandParser parser(
        QStringLiteral("decode"),
        summary() + QLatin1Char('\n')
            + tr("Prints one JSON line an image: {\"file\", \"codes\": [{\"format\", \"text\", "
                 "\"position\"}], \"ms\"} (text in UTF-8, position the four corners in pixels, "
                 "ms the decoding time). Images that cannot be read are skipped and named on "
                 "standard error at the end, with exit code 1."),
        arguments);
    const QCommandLineOption formatsOption(
        QStringLiteral("formats"), tr("Formats to look for, comma-separated (default: all four)."),
        tr("LIST"));
    const QCommandLineOption budgetOption(
        QStringLiteral("budget-ms"),
        tr("Time for the fallback passes (contrast, inverted, turned) per image, in ms "
           "(default %1; 0: first pass only).")
            .arg(scan::DecodeOptions::stillImageBudgetMs),
        tr("N"));
    const QCommandLineOption maxCodesOption(QStringLiteral("max-codes"),
                                            tr("Codes to report per image at most (default %1).")
                                                .arg(scan::DecodeOptions::stillImageMaxCodes),
                                            tr("N"));
    parser.addOption(formatsOption);
    parser.addOption(budgetOption);
    parser.addOption(maxCodesOption);
    parser.addPositionalArgument(QStringLiteral("images"), tr("Image files or folders of images."),
                                 QStringLiteral("IMAGE|FOLDER…"));
    if (auto proceed = parser.parse(1, -1); !proceed || !*proceed)
        return stop(proceed);

    scan::DecodeOptions options;
    options.budgetMs = scan::DecodeOptions::stillImageBudgetMs;
    options.maxCodes = scan::DecodeOptions::stillImageMaxCodes;
    if (parser.isSet(formatsOption)) {
        auto formats = parseFormats(parser.value(formatsOption));
        if (!formats)
            return std::unexpected(formats.error());
        options.formats = *formats;
    }
    auto budget = parser.intValue(budgetOption, options.budgetMs, 0, 60'000);
    if (!budget)
        return std::unexpected(budget.error());
    options.budgetMs = *budget;
    auto maxCodes = parser.intValue(maxCodesOption, options.maxCodes, 1, 255);
    if (!maxCodes)
        return std::unexpected(maxCodes.error());
    options.maxCodes = *maxCodes;

    scan::BarcodeReader reader(options);
    QList<Unreadable> unreadable;
    for (const QString &argument : parser.positionalArguments()) {
        QString error;
        const QStringList files = QFileInfo(argument).isDir()
            ? scan::ImageFileSource::imageFiles(argument, &error)
            : QStringList {argument};
        if (files.isEmpty())
            unreadable.append({argument, error});
        for (const QString &file : files) {
            QImageReader imageReader(file);
            imageReader.setAutoTransform(true); // a phone photo's EXIF rotation
            QImage image;
            {
                const QuietStderr quiet;
                image = imageReader.read();
            }
            if (image.isNull()) {
                unreadable.append({file, imageReader.errorString()});
                continue;
            }
            output::writeJson(resultJson(file, reader.read(image)));
        }
    }

    if (unreadable.isEmpty())
        return {};
    QStringList named;
    for (const Unreadable &item : std::as_const(unreadable))
        named << tr("%1 (%2)").arg(item.file, item.reason);
    const QString list = named.join(QStringLiteral("; "));
    return failed(unreadable.size() == 1
                      ? tr("Cannot read an image: %1").arg(list)
                      : tr("Cannot read %1 images: %2").arg(unreadable.size()).arg(list));
}

} // namespace pd::cli
