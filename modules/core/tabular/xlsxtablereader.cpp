#include "xlsxtablereader.h"

#include "exceldate.h"
#include "ziparchive.h"

#include <QDir>
#include <QHash>
#include <QXmlStreamReader>

namespace pd::core {

namespace {
constexpr auto relTypeOfficeDocument = QLatin1String("/officeDocument");
constexpr auto relTypeSharedStrings = QLatin1String("/sharedStrings");
constexpr auto relTypeStyles = QLatin1String("/styles");
// Excel's last column is XFD; a cell reference beyond it is ignored.
constexpr int maxColumnsRead = 16'384;

struct Relationship {
    QString type;
    QString target;
};

// Folder part of a package path ("xl/workbook.xml" → "xl").
QString folderOf(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : path.left(slash);
}

// A relationship target made into a package path: absolute targets start
// with "/", relative ones are relative to the source part's folder.
QString resolveTarget(const QString &sourceFolder, const QString &target)
{
    if (target.startsWith(QLatin1Char('/')))
        return target.mid(1);
    const QString joined =
        sourceFolder.isEmpty() ? target : sourceFolder + QLatin1Char('/') + target;
    return QDir::cleanPath(joined);
}

// The relationships part of `part` ("xl/workbook.xml" →
// "xl/_rels/workbook.xml.rels").
QString relsPathOf(const QString &part)
{
    const QString folder = folderOf(part);
    const QString name = part.mid(folder.isEmpty() ? 0 : folder.size() + 1);
    return (folder.isEmpty() ? QString() : folder + QLatin1Char('/')) + QStringLiteral("_rels/")
        + name + QStringLiteral(".rels");
}

// An attribute by local name whatever its namespace prefix (r:id in
// transitional and strict OOXML alike).
QStringView attribute(const QXmlStreamAttributes &attributes, QLatin1String name,
                      bool prefixed = false)
{
    for (const QXmlStreamAttribute &attribute : attributes) {
        if (attribute.name() == name && (!prefixed || !attribute.prefix().isEmpty()))
            return attribute.value();
    }
    return {};
}

bool isTrue(QStringView value)
{
    return value == QLatin1String("1") || value == QLatin1String("true");
}
} // namespace

// The open zip package and the parts every sheet needs.
struct XlsxTableReader::Package {
    Q_DECLARE_TR_FUNCTIONS(pd::core::XlsxTableReader)

public:
    explicit Package(const QString &filePath) : zip(filePath), path(filePath) { }

    ZipArchive zip;
    QString path;
    QString workbookPath = QStringLiteral("xl/workbook.xml");
    QList<std::pair<QString, QString>> sheets; // name → package path
    bool date1904 = false;
    QString sharedStringsPath;
    QString stylesPath;
    QStringList sharedStrings;
    QList<NumberKind> styleKinds; // by cell style (xf) index

    Error formatError(const QString &detail) const
    {
        return Error {QStringLiteral("table.xlsx_format"),
                      tr("%1 is not a readable Excel workbook (%2); open it in Excel and save it "
                         "again as .xlsx.")
                          .arg(QDir::toNativeSeparators(path), detail)};
    }

    Status open()
    {
        if (!zip.open())
            return fail(QStringLiteral("table.xlsx_format"),
                        tr("%1 is not an Excel workbook (.xlsx) or cannot be opened.")
                            .arg(QDir::toNativeSeparators(path)));
        return {};
    }

    // A part as a device inflated while read; `uncompressedSize` for progress.
    Result<std::unique_ptr<QIODevice>> openPart(const QString &part,
                                                qint64 *uncompressedSize = nullptr)
    {
        const auto entry = zip.find(part);
        if (!entry)
            return std::unexpected(formatError(tr("%1 is missing").arg(part)));
        if (uncompressedSize)
            *uncompressedSize = entry->uncompressedSize;
        auto device = zip.openEntry(*entry);
        if (!device)
            return std::unexpected(formatError(device.error().message));
        return std::move(*device);
    }

    bool hasPart(const QString &part) const { return zip.find(part).has_value(); }

    Error xmlError(const QXmlStreamReader &xml, const QIODevice &device) const
    {
        // A damaged entry surfaces as an XML error; say which.
        return formatError(device.errorString().isEmpty() ? xml.errorString()
                                                          : device.errorString());
    }

    Result<QHash<QString, Relationship>> relationships(const QString &part)
    {
        QHash<QString, Relationship> byId;
        const QString relsPath = relsPathOf(part);
        if (!hasPart(relsPath))
            return byId;
        auto file = openPart(relsPath);
        if (!file)
            return std::unexpected(file.error());
        QXmlStreamReader xml(file->get());
        const QString folder = folderOf(part);
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement
                || xml.name() != QLatin1String("Relationship"))
                continue;
            const auto attributes = xml.attributes();
            if (attribute(attributes, QLatin1String("TargetMode")) == QLatin1String("External"))
                continue;
            byId.insert(
                attribute(attributes, QLatin1String("Id")).toString(),
                {attribute(attributes, QLatin1String("Type")).toString(),
                 resolveTarget(folder, attribute(attributes, QLatin1String("Target")).toString())});
        }
        if (xml.hasError())
            return std::unexpected(xmlError(xml, **file));
        return byId;
    }

    Status loadWorkbook()
    {
        // The package's main part, normally xl/workbook.xml.
        auto rootRels = relationships(QString());
        if (!rootRels)
            return std::unexpected(rootRels.error());
        for (const Relationship &rel : std::as_const(*rootRels)) {
            if (rel.type.endsWith(relTypeOfficeDocument))
                workbookPath = rel.target;
        }
        auto rels = relationships(workbookPath);
        if (!rels)
            return std::unexpected(rels.error());
        for (const Relationship &rel : std::as_const(*rels)) {
            if (rel.type.endsWith(relTypeSharedStrings))
                sharedStringsPath = rel.target;
            else if (rel.type.endsWith(relTypeStyles))
                stylesPath = rel.target;
        }

        auto file = openPart(workbookPath);
        if (!file)
            return std::unexpected(file.error());
        QXmlStreamReader xml(file->get());
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == QLatin1String("workbookPr")) {
                date1904 = isTrue(attribute(xml.attributes(), QLatin1String("date1904")));
            } else if (xml.name() == QLatin1String("sheet")) {
                const auto attributes = xml.attributes();
                const QString id = attribute(attributes, QLatin1String("id"), true).toString();
                QString target = rels->value(id).target;
                if (target.isEmpty()) // no relationships part: the usual name
                    target = QStringLiteral("xl/worksheets/sheet%1.xml").arg(sheets.size() + 1);
                sheets.append({attribute(attributes, QLatin1String("name")).toString(), target});
            }
        }
        if (xml.hasError())
            return std::unexpected(xmlError(xml, **file));
        if (sheets.isEmpty())
            return std::unexpected(formatError(tr("no sheets")));
        return {};
    }

    Status loadSharedStrings()
    {
        if (sharedStringsPath.isEmpty())
            sharedStringsPath = QStringLiteral("xl/sharedStrings.xml");
        if (!hasPart(sharedStringsPath))
            return {}; // only inline strings, or no text at all
        auto file = openPart(sharedStringsPath);
        if (!file)
            return std::unexpected(file.error());
        QXmlStreamReader xml(file->get());
        QString current;
        int phoneticDepth = 0;
        while (!xml.atEnd()) {
            switch (xml.readNext()) {
            case QXmlStreamReader::StartElement:
                if (xml.name() == QLatin1String("si"))
                    current.clear();
                else if (xml.name() == QLatin1String("rPh"))
                    ++phoneticDepth;
                else if (xml.name() == QLatin1String("t") && phoneticDepth == 0)
                    current += xml.readElementText();
                break;
            case QXmlStreamReader::EndElement:
                if (xml.name() == QLatin1String("si"))
                    sharedStrings.append(current);
                else if (xml.name() == QLatin1String("rPh"))
                    --phoneticDepth;
                break;
            default:
                break;
            }
        }
        if (xml.hasError())
            return std::unexpected(xmlError(xml, **file));
        return {};
    }

    Status loadStyles()
    {
        if (stylesPath.isEmpty())
            stylesPath = QStringLiteral("xl/styles.xml");
        if (!hasPart(stylesPath))
            return {};
        auto file = openPart(stylesPath);
        if (!file)
            return std::unexpected(file.error());
        QXmlStreamReader xml(file->get());
        QHash<int, NumberKind> customFormats;
        bool inCellXfs = false;
        while (!xml.atEnd()) {
            const auto token = xml.readNext();
            if (token == QXmlStreamReader::EndElement && xml.name() == QLatin1String("cellXfs"))
                inCellXfs = false;
            if (token != QXmlStreamReader::StartElement)
                continue;
            const auto attributes = xml.attributes();
            if (xml.name() == QLatin1String("numFmt")) {
                customFormats.insert(
                    attribute(attributes, QLatin1String("numFmtId")).toInt(),
                    numberKindOfFormat(attribute(attributes, QLatin1String("formatCode"))));
            } else if (xml.name() == QLatin1String("cellXfs")) {
                inCellXfs = true;
            } else if (inCellXfs && xml.name() == QLatin1String("xf")) {
                const int id = attribute(attributes, QLatin1String("numFmtId")).toInt();
                styleKinds.append(customFormats.contains(id) ? customFormats.value(id)
                                                             : numberKindOfBuiltin(id));
            }
        }
        if (xml.hasError())
            return std::unexpected(xmlError(xml, **file));
        return {};
    }
};

XlsxTableReader::XlsxTableReader(QString path, QString sheetName)
    : m_path(std::move(path)), m_sheetName(std::move(sheetName))
{
}

XlsxTableReader::~XlsxTableReader() = default;

int XlsxTableReader::columnIndex(QStringView reference)
{
    int column = 0;
    int letters = 0;
    for (const QChar ch : reference) {
        const char16_t c = ch.unicode();
        if (c >= u'A' && c <= u'Z')
            column = column * 26 + (c - u'A' + 1);
        else if (c >= u'a' && c <= u'z')
            column = column * 26 + (c - u'a' + 1);
        else if (c == u'$' && letters == 0)
            continue;
        else
            break;
        if (++letters > 3)
            return -1; // beyond XFD
    }
    return letters == 0 ? -1 : column - 1;
}

XlsxTableReader::NumberKind XlsxTableReader::numberKindOfBuiltin(int numFmtId)
{
    // ECMA-376 Part 1, 18.8.30: 14–17 dates, 18–21 times, 22 date and time,
    // 45–47 times (mm:ss); 27–36 and 50–58 are the East Asian locales' dates.
    if ((numFmtId >= 14 && numFmtId <= 17) || (numFmtId >= 27 && numFmtId <= 36)
        || (numFmtId >= 50 && numFmtId <= 58))
        return NumberKind::Date;
    if ((numFmtId >= 18 && numFmtId <= 21) || (numFmtId >= 45 && numFmtId <= 47))
        return NumberKind::Time;
    if (numFmtId == 22)
        return NumberKind::DateTime;
    return NumberKind::Number;
}

XlsxTableReader::NumberKind XlsxTableReader::numberKindOfFormat(QStringView formatCode)
{
    bool date = false, time = false, month = false;
    bool quoted = false;
    int bracket = 0;
    for (qsizetype i = 0; i < formatCode.size(); ++i) {
        const QChar ch = formatCode.at(i);
        if (quoted) {
            quoted = ch != QLatin1Char('"');
            continue;
        }
        if (ch == QLatin1Char(';'))
            break; // the first section (positive numbers) decides
        if (ch == QLatin1Char('"')) {
            quoted = true;
        } else if (ch == QLatin1Char('\\') || ch == QLatin1Char('_') || ch == QLatin1Char('*')) {
            ++i; // escaped, padding or fill character
        } else if (ch == QLatin1Char('[')) {
            // [h], [mm], [ss]: elapsed time; [$-42A], [Red]: locale, colour.
            const qsizetype close = formatCode.indexOf(QLatin1Char(']'), i);
            const QStringView inside =
                close < 0 ? QStringView() : formatCode.sliced(i + 1, close - i - 1);
            if (!inside.isEmpty() && std::all_of(inside.begin(), inside.end(), [](QChar c) {
                    const QChar lower = c.toLower();
                    return lower == QLatin1Char('h') || lower == QLatin1Char('m')
                        || lower == QLatin1Char('s');
                }))
                time = true;
            ++bracket;
            if (close < 0)
                break;
            i = close;
            --bracket;
        } else {
            const QChar lower = ch.toLower();
            if (lower == QLatin1Char('d') || lower == QLatin1Char('y'))
                date = true;
            else if (lower == QLatin1Char('h') || lower == QLatin1Char('s'))
                time = true;
            else if (lower == QLatin1Char('m'))
                month = true;
        }
    }
    // "m" is a month next to a date, minutes next to hours or seconds, and a
    // month on its own ("mmm").
    if (month && !time)
        date = true;
    if (date && time)
        return NumberKind::DateTime;
    if (date)
        return NumberKind::Date;
    if (time)
        return NumberKind::Time;
    return NumberKind::Number;
}

Result<QStringList> XlsxTableReader::sheetNames()
{
    Package package(m_path);
    if (auto ok = package.open(); !ok)
        return std::unexpected(ok.error());
    if (auto ok = package.loadWorkbook(); !ok)
        return std::unexpected(ok.error());
    QStringList names;
    for (const auto &sheet : std::as_const(package.sheets))
        names << sheet.first;
    return names;
}

Status XlsxTableReader::read(const RowHandler &handler)
{
    m_position = 0;
    m_size = 0;
    Package package(m_path);
    if (auto ok = package.open(); !ok)
        return ok;
    if (auto ok = package.loadWorkbook(); !ok)
        return ok;
    QString sheetPath = package.sheets.constFirst().second;
    if (!m_sheetName.isEmpty()) {
        sheetPath.clear();
        for (const auto &[name, partPath] : std::as_const(package.sheets)) {
            if (name.compare(m_sheetName, Qt::CaseInsensitive) == 0)
                sheetPath = partPath;
        }
        if (sheetPath.isEmpty())
            return fail(QStringLiteral("table.sheet"),
                        tr("The workbook has no sheet named \"%1\".").arg(m_sheetName));
    }
    if (auto ok = package.loadSharedStrings(); !ok)
        return ok;
    if (auto ok = package.loadStyles(); !ok)
        return ok;

    auto file = package.openPart(sheetPath, &m_size);
    if (!file)
        return std::unexpected(file.error());
    QXmlStreamReader xml(file->get());

    TableRow row;
    int lastRow = 0;
    int column = -1;
    QString typeText;
    int style = -1;
    QString value;
    bool haveValue = false;
    bool inRow = false;

    const auto cellValue = [&]() -> QVariant {
        if (!haveValue)
            return {};
        if (typeText == QLatin1String("s")) {
            bool ok = false;
            const int index = value.trimmed().toInt(&ok);
            if (!ok || index < 0 || index >= package.sharedStrings.size())
                return {};
            const QString &text = package.sharedStrings.at(index);
            return text.isEmpty() ? QVariant() : QVariant(text);
        }
        if (typeText == QLatin1String("inlineStr") || typeText == QLatin1String("str")
            || typeText == QLatin1String("e"))
            return value.isEmpty() ? QVariant() : QVariant(value);
        if (typeText == QLatin1String("b"))
            return QVariant(isTrue(QStringView(value).trimmed()));
        if (typeText == QLatin1String("d")) {
            const QDateTime dateTime = QDateTime::fromString(value.trimmed(), Qt::ISODate);
            if (dateTime.isValid())
                return dateTime.time() == QTime(0, 0) ? QVariant(dateTime.date())
                                                      : QVariant(dateTime);
            const QDate date = QDate::fromString(value.trimmed(), Qt::ISODate);
            return date.isValid() ? QVariant(date) : QVariant(value);
        }
        bool ok = false;
        const double number = value.trimmed().toDouble(&ok);
        if (!ok)
            return value.trimmed().isEmpty() ? QVariant() : QVariant(value);
        const NumberKind kind = style >= 0 && style < package.styleKinds.size()
            ? package.styleKinds.at(style)
            : NumberKind::Number;
        switch (kind) {
        case NumberKind::Number:
            break;
        case NumberKind::Date:
            if (auto date = ExcelDate::toDate(number, package.date1904))
                return *date;
            break;
        case NumberKind::DateTime:
            if (auto dateTime = ExcelDate::toDateTime(number, package.date1904))
                return *dateTime;
            break;
        case NumberKind::Time:
            if (number >= 0 && number < 1)
                return QTime::fromMSecsSinceStartOfDay(int(qRound64(number * 86'400.0)) * 1000
                                                       % 86'400'000);
            break;
        }
        return number;
    };

    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const QStringView name = xml.name();
            if (name == QLatin1String("row")) {
                const int number = attribute(xml.attributes(), QLatin1String("r")).toInt();
                row.number = number > 0 ? number : lastRow + 1;
                row.cells.clear();
                column = -1;
                inRow = true;
            } else if (inRow && name == QLatin1String("c")) {
                const auto attributes = xml.attributes();
                const int index = columnIndex(attribute(attributes, QLatin1String("r")));
                column = index >= 0 ? index : column + 1;
                typeText = attribute(attributes, QLatin1String("t")).toString();
                const QStringView styleText = attribute(attributes, QLatin1String("s"));
                style = styleText.isEmpty() ? -1 : styleText.toInt();
                value.clear();
                haveValue = false;
            } else if (inRow && name == QLatin1String("v")) {
                value = xml.readElementText();
                haveValue = true;
            } else if (inRow && name == QLatin1String("is")) {
                // Inline string: <t> directly or in rich-text runs <r><t>;
                // phonetic runs <rPh> are not part of the text.
                value.clear();
                int phoneticDepth = 0;
                while (!xml.atEnd()) {
                    const auto inner = xml.readNext();
                    if (inner == QXmlStreamReader::StartElement) {
                        if (xml.name() == QLatin1String("rPh"))
                            ++phoneticDepth;
                        else if (xml.name() == QLatin1String("t") && phoneticDepth == 0)
                            value += xml.readElementText();
                    } else if (inner == QXmlStreamReader::EndElement) {
                        if (xml.name() == QLatin1String("rPh"))
                            --phoneticDepth;
                        else if (xml.name() == QLatin1String("is"))
                            break;
                    }
                }
                haveValue = true;
            } else if (inRow && name == QLatin1String("f")) {
                xml.skipCurrentElement(); // the formula; its result is in <v>
            }
        } else if (token == QXmlStreamReader::EndElement) {
            const QStringView name = xml.name();
            if (inRow && name == QLatin1String("c")) {
                QVariant cell = cellValue();
                if (cell.isValid() && column >= 0 && column < maxColumnsRead) {
                    if (row.cells.size() <= column)
                        row.cells.resize(column + 1);
                    row.cells[column] = std::move(cell);
                }
            } else if (name == QLatin1String("row")) {
                inRow = false;
                lastRow = row.number;
                if (!row.cells.isEmpty()) {
                    m_position = xml.characterOffset();
                    if (!handler(row))
                        return {};
                }
            } else if (name == QLatin1String("sheetData")) {
                break;
            }
        }
    }
    if (xml.hasError())
        return std::unexpected(package.xmlError(xml, **file));
    m_position = m_size;
    return {};
}

} // namespace pd::core
