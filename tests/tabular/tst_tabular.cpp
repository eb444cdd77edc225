// Spreadsheet tables in and out (pd_core's tabular/): the .xlsx writer's
// output checked by unzipping its XML (header, Vietnamese text, dates as
// numbers with a date style, widths, frozen header, autofilter), the .xlsx
// reader on libxlsxwriter's files and on a hand-made workbook, the CSV
// writer's bytes (BOM, CRLF, quoting) and the CSV reader's delimiters,
// quotes, line ends and encodings.
#include "csvtablereader.h"
#include "csvtablewriter.h"
#include "exceldate.h"
#include "tablereader.h"
#include "xlsxtablereader.h"
#include "xlsxtablewriter.h"
#include "xlsxtestutil.h"

#include <QBuffer>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using pd::core::CsvTableReader;
using pd::core::CsvTableWriter;
using pd::core::TableColumn;
using pd::core::TableReader;
using pd::core::TableRow;
using pd::core::XlsxTableReader;
using pd::core::XlsxTableWriter;
namespace ExcelDate = pd::core::ExcelDate;

Q_DECLARE_METATYPE(XlsxTableReader::NumberKind)
Q_DECLARE_METATYPE(XlsxTableWriter::Memory)

namespace {
QList<TableRow> readAll(TableReader &reader, QString *error = nullptr, QString *code = nullptr)
{
    QList<TableRow> rows;
    auto ok = reader.read([&rows](const TableRow &row) {
        rows.append(row);
        return true;
    });
    if (!ok) {
        if (error)
            *error = ok.error().message;
        if (code)
            *code = ok.error().code;
    }
    return rows;
}

QList<TableRow> readCsv(const QByteArray &bytes, QString *code = nullptr,
                        QString *message = nullptr)
{
    auto reader = CsvTableReader::fromBytes(bytes);
    return readAll(*reader, message, code);
}

// Attributes of the first element named `name` whose attribute `key` is `value`
// (or the first one at all when `key` is empty).
QXmlStreamAttributes findElement(const QByteArray &xml, const QString &name,
                                 const QString &key = {}, const QString &value = {})
{
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement && reader.name() == name
            && (key.isEmpty() || reader.attributes().value(key) == value))
            return reader.attributes();
    }
    return {};
}

// The text of cell `reference` in a sheet's XML, inline or shared.
QString cellText(const QByteArray &sheetXml, const QStringList &sharedStrings,
                 const QString &reference)
{
    QXmlStreamReader reader(sheetXml);
    bool inCell = false;
    QString type;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == u"c"_s) {
            inCell = reader.attributes().value(u"r"_s) == reference;
            type = reader.attributes().value(u"t"_s).toString();
        } else if (inCell && reader.isStartElement()
                   && (reader.name() == u"t"_s || reader.name() == u"v"_s)) {
            const QString text = reader.readElementText();
            if (type == u"s"_s)
                return sharedStrings.value(text.toInt());
            return text;
        }
    }
    return {};
}

QStringList sharedStringsOf(const QString &xlsx)
{
    QStringList strings;
    QXmlStreamReader reader(zipEntry(xlsx, u"xl/sharedStrings.xml"_s));
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement && reader.name() == u"t"_s)
            strings << reader.readElementText();
    }
    return strings;
}

const QList<TableColumn> kColumns {
    {u"Họ và tên"_s, TableColumn::Type::Text, 28},
    {u"Số liều"_s, TableColumn::Type::Integer, 0},
    {u"Ngày sinh"_s, TableColumn::Type::Date, 12},
    {u"Thời gian khai"_s, TableColumn::Type::DateTime, 18},
    {u"Có triệu chứng"_s, TableColumn::Type::Bool, 0},
};
} // namespace

class TestTabular : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void excelDate_data();
    void excelDate();
    void numberKindOfFormat_data();
    void numberKindOfFormat();
    void columnIndex_data();
    void columnIndex();

    void xlsxWrittenThenUnzipped_data();
    void xlsxWrittenThenUnzipped();
    void xlsxRoundTrip_data();
    void xlsxRoundTrip();
    void xlsxUnclosedLeavesNoFile();
    void xlsxHandMade();
    void xlsxErrors();
    void zipDamaged_data();
    void zipDamaged();

    void csvWriterBytes();
    void csvRoundTrip();
    void csvReader_data();
    void csvReader();
    void csvEncoding_data();
    void csvEncoding();
    void csvUnclosedQuote();
    void openByExtension_data();
    void openByExtension();

private:
    QTemporaryDir m_dir;
};

void TestTabular::excelDate_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<double>("serial");
    QTest::addColumn<bool>("date1904");
    QTest::newRow("1900-01-01") << QDate(1900, 1, 1) << 1.0 << false;
    QTest::newRow("1900-02-28") << QDate(1900, 2, 28) << 59.0 << false;
    QTest::newRow("1900-03-01 after the fictitious leap day") << QDate(1900, 3, 1) << 61.0 << false;
    QTest::newRow("1990-05-17") << QDate(1990, 5, 17) << 33010.0 << false;
    QTest::newRow("2026-11-22") << QDate(2026, 11, 22) << 46348.0 << false;
    QTest::newRow("2026-11-22 (1904 system)") << QDate(2026, 11, 22) << 44886.0 << true;
}

void TestTabular::excelDate()
{
    QFETCH(QDate, date);
    QFETCH(double, serial);
    QFETCH(bool, date1904);
    if (!date1904)
        QCOMPARE(ExcelDate::fromDate(date), serial);
    QCOMPARE(ExcelDate::toDate(serial, date1904), std::optional<QDate>(date));
    QCOMPARE(ExcelDate::toDate(serial + 0.75, date1904), std::optional<QDate>(date));
    const auto dateTime = ExcelDate::toDateTime(serial + 0.75, date1904);
    QVERIFY(dateTime);
    QCOMPARE(dateTime->time(), QTime(18, 0));
    if (!date1904) {
        QCOMPARE(ExcelDate::fromDateTime(QDateTime(date, QTime(18, 0))), serial + 0.75);
    }
    QVERIFY(!ExcelDate::toDate(-1));
    QVERIFY(!ExcelDate::toDate(3'000'000));
}

void TestTabular::numberKindOfFormat_data()
{
    using Kind = XlsxTableReader::NumberKind;
    QTest::addColumn<QString>("format");
    QTest::addColumn<Kind>("kind");
    QTest::newRow("dd/mm/yyyy") << u"dd/mm/yyyy"_s << Kind::Date;
    QTest::newRow("d/m/yyyy") << u"d/m/yyyy"_s << Kind::Date;
    QTest::newRow("yyyy-mm-dd") << u"yyyy\\-mm\\-dd"_s << Kind::Date;
    QTest::newRow("locale prefix") << u"[$-42A]dd/mm/yyyy;@"_s << Kind::Date;
    QTest::newRow("month name") << u"mmm"_s << Kind::Date;
    QTest::newRow("date and time") << u"dd/mm/yyyy hh:mm"_s << Kind::DateTime;
    QTest::newRow("time") << u"hh:mm:ss"_s << Kind::Time;
    QTest::newRow("minutes and seconds") << u"mm:ss"_s << Kind::Time;
    QTest::newRow("elapsed hours") << u"[h]:mm"_s << Kind::Time;
    QTest::newRow("general") << u"General"_s << Kind::Number;
    QTest::newRow("decimals") << u"0.00"_s << Kind::Number;
    QTest::newRow("quoted letters") << u"#,##0 \"đồng/ngày\""_s << Kind::Number;
    QTest::newRow("colour") << u"[Red]0.00;[Blue]-0.00"_s << Kind::Number;
    QTest::newRow("escaped d") << u"0\\d"_s << Kind::Number;
}

void TestTabular::numberKindOfFormat()
{
    QFETCH(QString, format);
    QFETCH(XlsxTableReader::NumberKind, kind);
    QCOMPARE(XlsxTableReader::numberKindOfFormat(format), kind);
}

void TestTabular::columnIndex_data()
{
    QTest::addColumn<QString>("reference");
    QTest::addColumn<int>("index");
    QTest::newRow("A1") << u"A1"_s << 0;
    QTest::newRow("Z9") << u"Z9"_s << 25;
    QTest::newRow("AA3") << u"AA3"_s << 26;
    QTest::newRow("absolute") << u"$B$2"_s << 1;
    QTest::newRow("lower case") << u"c7"_s << 2;
    QTest::newRow("XFD1") << u"XFD1"_s << 16383;
    QTest::newRow("no letters") << u"12"_s << -1;
    QTest::newRow("too many letters") << u"ABCD1"_s << -1;
}

void TestTabular::columnIndex()
{
    QFETCH(QString, reference);
    QFETCH(int, index);
    QCOMPARE(XlsxTableReader::columnIndex(reference), index);
}

void TestTabular::xlsxWrittenThenUnzipped_data()
{
    QTest::addColumn<XlsxTableWriter::Memory>("memory");
    QTest::newRow("constant memory (inline strings)") << XlsxTableWriter::Memory::Constant;
    QTest::newRow("shared strings") << XlsxTableWriter::Memory::Shared;
}

void TestTabular::xlsxWrittenThenUnzipped()
{
    QFETCH(XlsxTableWriter::Memory, memory);
    const QString path = m_dir.filePath(u"unzipped-%1.xlsx"_s.arg(int(memory)));
    {
        XlsxTableWriter writer(path, memory);
        QVERIFY(writer.addSheet(u"Tờ khai"_s, kColumns));
        QVERIFY(writer.addRow({u"Nguyễn Văn Đức"_s, 2, QDate(1990, 5, 17),
                               QDateTime(QDate(2026, 11, 22), QTime(8, 30)), true}));
        QVERIFY(
            writer.addRow({u"Trần Thị Hoà, \"Bé\""_s, QVariant(), u"1958"_s, QVariant(), false}));
        QVERIFY(writer.addSheet(u"Người đến"_s, {{u"Giờ"_s, TableColumn::Type::DateTime, 0}}));
        QVERIFY(!QFile::exists(path)); // nothing before close()
        QVERIFY(writer.close());
    }
    QVERIFY(QFile::exists(path));

    // Two sheets with their Vietnamese names.
    const QByteArray workbook = zipEntry(path, u"xl/workbook.xml"_s);
    QVERIFY(!findElement(workbook, u"sheet"_s, u"name"_s, u"Tờ khai"_s).isEmpty());
    QVERIFY(!findElement(workbook, u"sheet"_s, u"name"_s, u"Người đến"_s).isEmpty());

    const QByteArray sheet = zipEntry(path, u"xl/worksheets/sheet1.xml"_s);
    QVERIFY(!sheet.isEmpty());
    const QStringList shared = sharedStringsOf(path);
    // The header row and Vietnamese text intact.
    QCOMPARE(cellText(sheet, shared, u"A1"_s), u"Họ và tên"_s);
    QCOMPARE(cellText(sheet, shared, u"D1"_s), u"Thời gian khai"_s);
    QCOMPARE(cellText(sheet, shared, u"A2"_s), u"Nguyễn Văn Đức"_s);
    QCOMPARE(cellText(sheet, shared, u"A3"_s), u"Trần Thị Hoà, \"Bé\""_s);
    // A year-only birth date stays text.
    QCOMPARE(cellText(sheet, shared, u"C3"_s), u"1958"_s);
    if (memory == XlsxTableWriter::Memory::Constant)
        QCOMPARE(findElement(sheet, u"c"_s, u"r"_s, u"A2"_s).value(u"t"_s), u"inlineStr"_s);
    else
        QCOMPARE(findElement(sheet, u"c"_s, u"r"_s, u"A2"_s).value(u"t"_s), u"s"_s);

    // The date is a number (no t attribute) with a date style.
    const QXmlStreamAttributes dateCell = findElement(sheet, u"c"_s, u"r"_s, u"C2"_s);
    QVERIFY(!dateCell.isEmpty());
    QVERIFY(!dateCell.hasAttribute(u"t"_s));
    QCOMPARE(cellText(sheet, shared, u"C2"_s), u"33010"_s);
    const int dateStyle = dateCell.value(u"s"_s).toInt();
    QVERIFY(dateStyle > 0);
    const QByteArray styles = zipEntry(path, u"xl/styles.xml"_s);
    QXmlStreamReader stylesXml(styles);
    QHash<QString, QString> formats;
    QStringList cellXfs;
    bool inCellXfs = false;
    while (!stylesXml.atEnd()) {
        stylesXml.readNext();
        if (stylesXml.isStartElement() && stylesXml.name() == u"numFmt"_s)
            formats.insert(stylesXml.attributes().value(u"numFmtId"_s).toString(),
                           stylesXml.attributes().value(u"formatCode"_s).toString());
        else if (stylesXml.isStartElement() && stylesXml.name() == u"cellXfs"_s)
            inCellXfs = true;
        else if (stylesXml.isEndElement() && stylesXml.name() == u"cellXfs"_s)
            inCellXfs = false;
        else if (inCellXfs && stylesXml.isStartElement() && stylesXml.name() == u"xf"_s)
            cellXfs << stylesXml.attributes().value(u"numFmtId"_s).toString();
    }
    QVERIFY(dateStyle < cellXfs.size());
    QCOMPARE(formats.value(cellXfs.at(dateStyle)), u"dd/mm/yyyy"_s);
    const int dateTimeStyle = findElement(sheet, u"c"_s, u"r"_s, u"D2"_s).value(u"s"_s).toInt();
    QCOMPARE(formats.value(cellXfs.value(dateTimeStyle)), u"dd/mm/yyyy hh:mm"_s);
    // The boolean is a boolean, the integer a number.
    QCOMPARE(findElement(sheet, u"c"_s, u"r"_s, u"E2"_s).value(u"t"_s), u"b"_s);
    QCOMPARE(cellText(sheet, shared, u"B2"_s), u"2"_s);
    QVERIFY(!findElement(sheet, u"c"_s, u"r"_s, u"B2"_s).hasAttribute(u"t"_s));
    // Bold header.
    QVERIFY(styles.contains("<b/>"));

    // Column widths, the frozen header, the autofilter over the table.
    const QXmlStreamAttributes firstColumn = findElement(sheet, u"col"_s, u"min"_s, u"1"_s);
    QVERIFY(firstColumn.hasAttribute(u"width"_s));
    QVERIFY(firstColumn.value(u"width"_s).toDouble() > 28);
    QCOMPARE(findElement(sheet, u"col"_s, u"min"_s, u"3"_s).value(u"customWidth"_s), u"1"_s);
    QCOMPARE(findElement(sheet, u"pane"_s).value(u"state"_s), u"frozen"_s);
    QCOMPARE(findElement(sheet, u"pane"_s).value(u"ySplit"_s), u"1"_s);
    QCOMPARE(findElement(sheet, u"autoFilter"_s).value(u"ref"_s), u"A1:E3"_s);
}

void TestTabular::xlsxRoundTrip_data()
{
    xlsxWrittenThenUnzipped_data();
}

void TestTabular::xlsxRoundTrip()
{
    QFETCH(XlsxTableWriter::Memory, memory);
    const QString path = m_dir.filePath(u"roundtrip-%1.xlsx"_s.arg(int(memory)));
    XlsxTableWriter writer(path, memory);
    QVERIFY(writer.addSheet(u"Tờ khai"_s, kColumns));
    QVERIFY(writer.addRow({u"Nguyễn Văn Đức"_s, 2, QDate(1990, 5, 17),
                           QDateTime(QDate(2026, 11, 22), QTime(8, 30)), true}));
    QVERIFY(writer.addRow({}));
    QVERIFY(writer.addRow({u"  Lê  Thị  Ánh  "_s, QVariant(), QVariant(), QVariant(), false}));
    QVERIFY(writer.addSheet(u"Người đến"_s, {{u"Mã"_s, TableColumn::Type::Text, 0}}));
    QVERIFY(writer.addRow({u"001090012345"_s}));
    QVERIFY(writer.close());

    XlsxTableReader reader(path);
    auto names = reader.sheetNames();
    QVERIFY(names);
    QCOMPARE(*names, (QStringList {u"Tờ khai"_s, u"Người đến"_s}));
    QString error;
    const QList<TableRow> rows = readAll(reader, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(rows.size(), 3); // the empty row 3 is skipped
    QCOMPARE(rows[0].number, 1);
    QCOMPARE(rows[0].cells.value(0).toString(), u"Họ và tên"_s);
    QCOMPARE(rows[1].number, 2);
    QCOMPARE(rows[1].cells.value(0), QVariant(u"Nguyễn Văn Đức"_s));
    QCOMPARE(rows[1].cells.value(1), QVariant(2.0));
    QCOMPARE(rows[1].cells.value(2), QVariant(QDate(1990, 5, 17)));
    QCOMPARE(rows[1].cells.value(3), QVariant(QDateTime(QDate(2026, 11, 22), QTime(8, 30))));
    QCOMPARE(rows[1].cells.value(4), QVariant(true));
    QCOMPARE(rows[2].number, 4);
    QCOMPARE(rows[2].cells.value(0), QVariant(u"  Lê  Thị  Ánh  "_s));
    QVERIFY(!rows[2].cells.value(1).isValid());
    QCOMPARE(rows[2].cells.value(4), QVariant(false));
    QCOMPARE(reader.position(), reader.size());

    XlsxTableReader second(path, u"người đến"_s);
    const QList<TableRow> arrivals = readAll(second, &error);
    QCOMPARE(arrivals.size(), 2);
    QCOMPARE(arrivals[1].cells.value(0), QVariant(u"001090012345"_s));
}

void TestTabular::xlsxUnclosedLeavesNoFile()
{
    const QString path = m_dir.filePath(u"abandoned.xlsx"_s);
    {
        XlsxTableWriter writer(path);
        QVERIFY(writer.addSheet(u"A"_s, kColumns));
        for (int i = 0; i < 100; ++i)
            QVERIFY(writer.addRow({u"x"_s, i}));
    }
    QVERIFY(!QFile::exists(path));
}

void TestTabular::xlsxHandMade()
{
    // A workbook as another tool writes it: sheets in another order, an
    // absolute relationship target, inline strings with rich-text runs,
    // shared strings with a phonetic run, cells without references, a
    // skipped row number, dates by built-in (14) and custom (d/m/yyyy)
    // formats, a formula string, an error, a boolean, the 1904 date system.
    const QString path = m_dir.filePath(u"handmade.xlsx"_s);
    const QByteArray contentTypes =
        R"(<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>)";
    const QByteArray rootRels =
        R"(<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>)";
    const QByteArray workbook = R"(<?xml version="1.0" encoding="UTF-8"?>
<x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<x:workbookPr date1904="1"/>
<x:sheets><x:sheet name="Ghi chú" sheetId="2" r:id="rId7"/><x:sheet name="Danh sách" sheetId="1" r:id="rId3"/></x:sheets>
</x:workbook>)";
    const QByteArray workbookRels = R"(<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/data.xml"/>
<Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/notes.xml"/>
<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="strings.xml"/>
<Relationship Id="rId10" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId11" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.org" TargetMode="External"/>
</Relationships>)";
    const QByteArray strings = R"(<?xml version="1.0" encoding="UTF-8"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="2" uniqueCount="2">
<si><t>Họ và tên</t></si>
<si><r><t>Ngày </t></r><r><rPr><b/></rPr><t>sinh</t></r><rPh sb="0" eb="1"><t>ignored</t></rPh></si>
</sst>)";
    const QByteArray styles = R"(<?xml version="1.0" encoding="UTF-8"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="1"><numFmt numFmtId="165" formatCode="d/m/yyyy;@"/></numFmts>
<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>
<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="165"/><xf numFmtId="22"/></cellXfs>
</styleSheet>)";
    const QByteArray data = R"(<?xml version="1.0" encoding="UTF-8"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="D1" t="inlineStr"><is><t>Số CCCD</t></is></c></row>
<row r="3"><c r="A3" t="inlineStr"><is><r><t>Nguyễn </t></r><r><t xml:space="preserve">Văn An</t></r></is></c><c r="B3" s="1"><v>31548</v></c><c r="D3"><v>1090012345</v></c></row>
<row><c t="inlineStr"><is><t>Trần Thị Hoà</t></is></c><c s="2"><v>31548.5</v></c><c t="b"><v>1</v></c><c t="str"><f>A4</f><v>x</v></c><c t="e"><v>#N/A</v></c><c s="3"><v>31548.75</v></c></row>
<row r="9"><c r="C9" t="inlineStr"><is><t></t></is></c></row>
</sheetData></worksheet>)";
    const QByteArray notes = R"(<?xml version="1.0" encoding="UTF-8"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="2"><c r="B2" t="inlineStr"><is><t>ghi chú</t></is></c></row></sheetData></worksheet>)";
    QVERIFY(writeZip(path,
                     {{u"[Content_Types].xml"_s, contentTypes},
                      {u"_rels/.rels"_s, rootRels},
                      {u"xl/workbook.xml"_s, workbook},
                      {u"xl/_rels/workbook.xml.rels"_s, workbookRels},
                      {u"xl/strings.xml"_s, strings},
                      {u"xl/styles.xml"_s, styles},
                      {u"xl/worksheets/data.xml"_s, data},
                      {u"xl/worksheets/notes.xml"_s, notes}}));

    XlsxTableReader firstSheet(path);
    QString error;
    QList<TableRow> rows = readAll(firstSheet, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows[0].number, 2);
    QCOMPARE(rows[0].cells, (QVariantList {QVariant(), u"ghi chú"_s}));

    XlsxTableReader reader(path, u"Danh sách"_s);
    rows = readAll(reader, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(rows.size(), 3); // row 9 holds only an empty string
    QCOMPARE(rows[0].number, 1);
    QCOMPARE(rows[0].cells,
             (QVariantList {u"Họ và tên"_s, u"Ngày sinh"_s, QVariant(), u"Số CCCD"_s}));
    QCOMPARE(rows[1].number, 3);
    // 1904 date system: serial 31548 is 1990-05-17.
    QCOMPARE(rows[1].cells,
             (QVariantList {u"Nguyễn Văn An"_s, QDate(1990, 5, 17), QVariant(), 1090012345.0}));
    QCOMPARE(rows[2].number, 4);
    QCOMPARE(rows[2].cells.size(), 6);
    QCOMPARE(rows[2].cells[0], QVariant(u"Trần Thị Hoà"_s));
    QCOMPARE(rows[2].cells[1], QVariant(QDate(1990, 5, 17)));
    QCOMPARE(rows[2].cells[2], QVariant(true));
    QCOMPARE(rows[2].cells[3], QVariant(u"x"_s));
    QCOMPARE(rows[2].cells[4], QVariant(u"#N/A"_s));
    QCOMPARE(rows[2].cells[5], QVariant(QDateTime(QDate(1990, 5, 17), QTime(18, 0))));

    // Stopping early.
    XlsxTableReader stopping(path, u"Danh sách"_s);
    int seen = 0;
    QVERIFY(stopping.read([&seen](const TableRow &) { return ++seen < 2; }));
    QCOMPARE(seen, 2);
}

void TestTabular::xlsxErrors()
{
    const QString notZip = m_dir.filePath(u"not-a-zip.xlsx"_s);
    QFile file(notZip);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Họ và tên,Ngày sinh\n");
    file.close();
    XlsxTableReader reader(notZip);
    QString error, code;
    readAll(reader, &error, &code);
    QCOMPARE(code, u"table.xlsx_format"_s);
    QVERIFY(error.contains(u"not-a-zip.xlsx"_s));

    const QString path = m_dir.filePath(u"one-sheet.xlsx"_s);
    XlsxTableWriter writer(path);
    QVERIFY(writer.addSheet(u"A"_s, kColumns));
    QVERIFY(writer.close());
    XlsxTableReader missing(path, u"B"_s);
    readAll(missing, &error, &code);
    QCOMPARE(code, u"table.sheet"_s);

    XlsxTableWriter empty(m_dir.filePath(u"empty.xlsx"_s));
    QVERIFY(!empty.close());
    XlsxTableWriter noColumns(m_dir.filePath(u"no-columns.xlsx"_s));
    QVERIFY(!noColumns.addSheet(u"A"_s, {}));
}

void TestTabular::zipDamaged_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("stored data changed") << u"stored"_s;
    QTest::newRow("deflated data changed") << u"deflated"_s;
    QTest::newRow("cut short") << u"truncated"_s;
}

void TestTabular::zipDamaged()
{
    QFETCH(QString, damage);
    const QString path = m_dir.filePath(u"damaged-%1.zip"_s.arg(damage));
    const QByteArray text = QByteArray("Họ và tên, ngày sinh; ").repeated(200);
    // Part 1 deflated, part 2 stored (see writeZip()).
    QVERIFY(writeZip(path, {{u"a.xml"_s, text}, {u"b.xml"_s, text}}));
    pd::core::ZipArchive intact(path);
    QVERIFY(intact.open());
    QCOMPARE(intact.read(u"A.XML"_s).value_or(QByteArray()), text);
    QCOMPARE(intact.read(u"b.xml"_s).value_or(QByteArray()), text);

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QByteArray bytes = file.readAll();
    if (damage == u"truncated"_s) {
        bytes.truncate(bytes.size() / 2);
    } else {
        // The first byte of the entry's data: after its 30-byte local
        // header and 5-byte name.
        const qsizetype entry = damage == u"stored"_s ? bytes.indexOf("PK\x03\x04", 1) : 0;
        bytes[entry + 35 + 10] = char(bytes[entry + 35 + 10] ^ 0x55);
    }
    file.resize(0);
    file.write(bytes);
    file.close();

    pd::core::ZipArchive damaged(path);
    if (!damaged.open()) {
        QCOMPARE(damage, u"truncated"_s); // the central directory is gone
        return;
    }
    auto read = damaged.read(damage == u"stored"_s ? u"b.xml"_s : u"a.xml"_s);
    QVERIFY(!read);
    QCOMPARE(read.error().code, u"zip.format"_s);
}

void TestTabular::csvWriterBytes()
{
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    CsvTableWriter writer(&buffer);
    QVERIFY(writer.addSheet(u"ignored"_s, kColumns));
    QVERIFY(writer.addRow({u"Nguyễn Văn \"Út\", con"_s, 2, QDate(1990, 5, 7),
                           QDateTime(QDate(2026, 11, 22), QTime(8, 5)), true}));
    QVERIFY(writer.addRow({u"dòng 1\ndòng 2"_s, QVariant(), u"1958"_s}));
    QVERIFY(writer.addRow({u"=HYPERLINK(\"x\")"_s}));
    QVERIFY(writer.close());
    QVERIFY(!writer.addSheet(u"second"_s, kColumns));

    const QByteArray bytes = buffer.data();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QByteArray expected =
        "\xEF\xBB\xBF"
        "Họ và tên,Số liều,Ngày sinh,Thời gian khai,Có triệu chứng\r\n"
        "\"Nguyễn Văn \"\"Út\"\", con\",2,07/05/1990,22/11/2026 08:05,TRUE\r\n"
        "\"dòng 1\ndòng 2\",,1958,,\r\n"
        "\"'=HYPERLINK(\"\"x\"\")\",,,,\r\n";
    QCOMPARE(bytes, expected);
}

void TestTabular::csvRoundTrip()
{
    const QString path = m_dir.filePath(u"roundtrip.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    CsvTableWriter writer(&file, QLatin1Char(';'));
    const QList<QStringList> table {
        {u"Họ và tên"_s, u"Ghi chú"_s, u"Địa chỉ"_s},
        {u"Nguyễn Văn Đức"_s, u"nói \"có\"; rồi đi"_s, u"Thôn 1,\r\nxã Bản Vược"_s},
        {u"Lê Thị Ánh"_s, QString(), u"  Số 5 ngõ 3  "_s},
    };
    QList<TableColumn> columns;
    for (const QString &header : table.first())
        columns.append({header, TableColumn::Type::Text, 0});
    QVERIFY(writer.addSheet({}, columns));
    for (qsizetype i = 1; i < table.size(); ++i) {
        QVariantList cells;
        for (const QString &text : table[i])
            cells << (text.isEmpty() ? QVariant() : QVariant(text));
        QVERIFY(writer.addRow(cells));
    }
    QVERIFY(writer.close());
    file.close();

    CsvTableReader reader(path);
    QString error;
    const QList<TableRow> rows = readAll(reader, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(reader.delimiter(), QLatin1Char(';'));
    QCOMPARE(rows.size(), table.size());
    for (qsizetype i = 0; i < table.size(); ++i) {
        QCOMPARE(rows[i].number, int(i + 1));
        QStringList texts;
        for (const QVariant &cell : rows[i].cells)
            texts << cell.toString();
        while (texts.size() < table[i].size())
            texts << QString();
        QCOMPARE(texts, table[i]);
    }
}

void TestTabular::csvReader_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("delimiter");
    // Rows as "number:cell|cell|…", empty cells as "-".
    QTest::addColumn<QStringList>("rows");

    QTest::newRow("comma, BOM, CRLF")
        << QByteArray("\xEF\xBB\xBFHọ tên,Năm sinh\r\nAn,1990\r\n") << u","_s
        << QStringList {u"1:Họ tên|Năm sinh"_s, u"2:An|1990"_s};
    QTest::newRow("semicolon (Excel, Vietnamese locale)")
        << QByteArray("Họ tên;Địa chỉ\nAn;Thôn 1, xã A\n") << u";"_s
        << QStringList {u"1:Họ tên|Địa chỉ"_s, u"2:An|Thôn 1, xã A"_s};
    QTest::newRow("tab") << QByteArray("a\tb\tc,d\n1\t2\n") << u"\t"_s
                         << QStringList {u"1:a|b|c,d"_s, u"2:1|2"_s};
    QTest::newRow("quoted delimiter in the header does not count")
        << QByteArray("\"a;b;c\",d\n1,2\n") << u","_s << QStringList {u"1:a;b;c|d"_s, u"2:1|2"_s};
    QTest::newRow("quoted line break is one record")
        << QByteArray("a,b\r\n\"x\r\ny\",z\r\nlast,row") << u","_s
        << QStringList {u"1:a|b"_s, u"2:x\r\ny|z"_s, u"3:last|row"_s};
    QTest::newRow("doubled quotes") << QByteArray("a\n\"say \"\"hi\"\"\"\n") << u","_s
                                    << QStringList {u"1:a"_s, u"2:say \"hi\""_s};
    QTest::newRow("CR line ends (old Mac)")
        << QByteArray("a,b\r1,2\r") << u","_s << QStringList {u"1:a|b"_s, u"2:1|2"_s};
    QTest::newRow("empty lines skipped, numbers kept")
        << QByteArray("a,b\n\n,,\n1,2\n") << u","_s << QStringList {u"1:a|b"_s, u"4:1|2"_s};
    QTest::newRow("trailing empty cells trimmed, inner kept")
        << QByteArray("a,b,c\n1,,3,,\n") << u","_s << QStringList {u"1:a|b|c"_s, u"2:1|-|3"_s};
    QTest::newRow("quote inside an unquoted field")
        << QByteArray("a\n5\" tall\n") << u","_s << QStringList {u"1:a"_s, u"2:5\" tall"_s};
    QTest::newRow("no final line end")
        << QByteArray("a\nb") << u","_s << QStringList {u"1:a"_s, u"2:b"_s};
}

void TestTabular::csvReader()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, delimiter);
    QFETCH(QStringList, rows);
    auto reader = CsvTableReader::fromBytes(bytes);
    QString error;
    const QList<TableRow> read = readAll(*reader, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(reader->delimiter(), delimiter.front());
    QStringList described;
    for (const TableRow &row : read) {
        QStringList cells;
        for (const QVariant &cell : row.cells)
            cells << (cell.isValid() ? cell.toString() : u"-"_s);
        described << u"%1:%2"_s.arg(row.number).arg(cells.join(QLatin1Char('|')));
    }
    QCOMPARE(described, rows);
}

void TestTabular::csvEncoding_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("code"); // empty: read
    QTest::addColumn<QString>("firstCell");

    QTest::newRow("UTF-8 without BOM") << QByteArray("Nguyễn\n") << QString() << u"Nguyễn"_s;
    QTest::newRow("UTF-8 with BOM")
        << QByteArray("\xEF\xBB\xBFNguyễn\n") << QString() << u"Nguyễn"_s;
    // "Nguyên" in Windows-1252/1258: ê is 0xEA, not UTF-8.
    QTest::newRow("Windows-1252") << QByteArray("a\nNguy\xEAn\n") << u"table.encoding"_s
                                  << QString();
    // CP1258 writes "ễ" as e + combining tilde-acute (0xDE) ... also invalid.
    QTest::newRow("Windows-1258") << QByteArray("Nguy\xEA\xDEn\n") << u"table.encoding"_s
                                  << QString();
    QTest::newRow("overlong UTF-8") << QByteArray("\xC0\xAF\n") << u"table.encoding"_s << QString();
    QTest::newRow("UTF-16 LE with BOM (Excel \"Unicode Text\")")
        << QByteArray::fromRawData(reinterpret_cast<const char *>(u"\uFEFFNguyễn\tA\r\n"), 22)
        << QString() << u"Nguyễn"_s;
}

void TestTabular::csvEncoding()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, code);
    QFETCH(QString, firstCell);
    QString actualCode, message;
    const QList<TableRow> rows = readCsv(bytes, &actualCode, &message);
    QCOMPARE(actualCode, code);
    if (code.isEmpty()) {
        QVERIFY(!rows.isEmpty());
        QCOMPARE(rows.first().cells.value(0).toString(), firstCell);
    } else {
        QVERIFY2(message.contains(u"CSV UTF-8"_s), qPrintable(message));
    }
}

void TestTabular::csvUnclosedQuote()
{
    QString code, message;
    readCsv("a,b\n1,\"open\n2,3\n", &code, &message);
    QCOMPARE(code, u"table.csv_quote"_s);
    QVERIFY(message.contains(u"Row 2"_s));
    QCOMPARE(CsvTableReader::invalidUtf8Offset("ab\xED\xA0\x80"), 2); // a surrogate
    QCOMPARE(CsvTableReader::invalidUtf8Offset("ab\xF0\x9F\x98\x80"), -1); // an emoji
}

void TestTabular::openByExtension_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("code"); // empty: opened
    QTest::newRow("csv") << u"list.csv"_s << QString();
    QTest::newRow("upper-case XLSX") << u"LIST.XLSX"_s << QString();
    QTest::newRow("old xls") << u"list.xls"_s << u"table.format"_s;
    QTest::newRow("pdf") << u"list.pdf"_s << u"table.format"_s;
    QTest::newRow("missing") << u"missing.csv"_s << u"table.open"_s;
}

void TestTabular::openByExtension()
{
    QFETCH(QString, name);
    QFETCH(QString, code);
    const QString path = m_dir.filePath(name);
    if (name != u"missing.csv"_s) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    auto reader = TableReader::open(path);
    QCOMPARE(reader ? QString() : reader.error().code, code);
    if (name == u"list.xls"_s)
        QVERIFY(reader.error().message.contains(u".xlsx"_s));
}

QTEST_GUILESS_MAIN(TestTabular)
#include "tst_tabular.moc"
