// Personal QR cards and venue posters: every printed page is rendered to an
// image at print resolutions, every code on it is read back with
// PhongDich's own decoder (pd_scan's BarcodeReader) and verified by core's
// recogniser against the device's trusted key; the printed symbol is
// measured in millimetres from the pixels. PDFs are written (QPdfWriter
// and QPrinter) and inspected; the dialogs write and audit.
#include "barcodereader.h"
#include "cardprintdialog.h"
#include "cardtext.h"
#include "clock.h"
#include "codeissuer.h"
#include "coderecognizer.h"
#include "corecontext.h"
#include "documentoutput.h"
#include "pagerenderer.h"
#include "pdkeystore.h"
#include "personcarddocument.h"
#include "personcardlayout.h"
#include "personstore.h"
#include "printpanel.h"
#include "qrmatrix.h"
#include "venueposterdialog.h"
#include "venueposterdocument.h"

#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QPainter>
#include <QPrinter>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using pd::core::BirthDate;
using pd::core::CoreContext;
using pd::core::Person;
using pd::core::Recognition;
using pd::declaration::CardText;
using pd::declaration::CodeIssuer;
using pd::declaration::PageMetrics;
using pd::declaration::PageRenderer;
using pd::declaration::PersonCard;
using pd::declaration::PersonCardDocument;
using pd::declaration::PersonCardLayout;
using pd::declaration::PrintDocument;
using pd::declaration::QrMatrix;
using pd::declaration::VenueDetails;
using pd::declaration::VenuePoster;
using pd::declaration::VenuePosterDocument;
using Format = PersonCardDocument::Format;
using VenueKind = pd::core::PdCodeContent::VenueKind;

Q_DECLARE_METATYPE(Format)
Q_DECLARE_METATYPE(VenueKind)

namespace {

// 1 March 2022, 09:00 in Hà Nội.
constexpr qint64 kNowMs = 1'646'100'000'000;

Person makePerson(const QString &name, BirthDate dob, Person::IdKind kind, const QString &number,
                  pd::core::Sex sex, const QString &commune, const QString &phone = {})
{
    Person person;
    person.fullName = name;
    person.dateOfBirth = dob;
    person.idKind = kind;
    person.idNumber = number;
    person.sex = sex;
    person.communeCode = commune;
    person.phone = phone;
    return person;
}

BirthDate on(int year, int month, int day)
{
    return BirthDate::fromDate(QDate(year, month, day));
}

// A decoded code and the printed symbol around it, measured from pixels.
struct Measured {
    QByteArray payload;
    int modules = 0; // per side, from the payload's own symbol
    QRect symbolPx; // bounding box of the dark modules
    int greyPixels = 0; // neither black nor white inside the symbol
};

// The symbol's extent: the dark pixels' bounding box near ZXing's corners.
// Three finder patterns sit in three corners and the fourth corner's row and
// column hold dark modules of the other two, so the box is the whole symbol.
Measured measure(const QImage &page, const pd::scan::DecodedCode &code)
{
    Measured measured;
    measured.payload = code.text;
    const auto matrix = QrMatrix::encode(code.text);
    measured.modules = matrix ? matrix->width() : 0;
    const QRect corners = code.position().boundingRect();
    const int guessModulePx = measured.modules > 0 ? corners.width() / measured.modules : 1;
    // Two modules out from ZXing's estimate stays inside the 4-module quiet zone.
    const QRect search =
        corners
            .adjusted(-2 * guessModulePx, -2 * guessModulePx, 2 * guessModulePx, 2 * guessModulePx)
            .intersected(page.rect());
    const QImage grey = page.convertToFormat(QImage::Format_Grayscale8);
    int left = INT_MAX, top = INT_MAX, right = -1, bottom = -1;
    for (int y = search.top(); y <= search.bottom(); ++y) {
        const uchar *line = grey.constScanLine(y);
        for (int x = search.left(); x <= search.right(); ++x) {
            if (line[x] < 128) {
                left = std::min(left, x);
                right = std::max(right, x);
                top = std::min(top, y);
                bottom = std::max(bottom, y);
            }
        }
    }
    if (right < 0)
        return measured;
    measured.symbolPx = QRect(QPoint(left, top), QPoint(right, bottom));
    for (int y = top; y <= bottom; ++y) {
        const uchar *line = grey.constScanLine(y);
        for (int x = left; x <= right; ++x)
            measured.greyPixels += (line[x] != 0 && line[x] != 255) ? 1 : 0;
    }
    return measured;
}

// PD_PRINT_DUMP_DIR=/some/folder keeps the rendered pages for a look.
void dump(const QImage &page)
{
    const QString folder = qEnvironmentVariable("PD_PRINT_DUMP_DIR");
    if (!folder.isEmpty())
        page.save(folder + u'/' + QString::fromLatin1(QTest::currentTestFunction()) + u'-'
                  + QString::fromLatin1(QTest::currentDataTag()) + u".png"_s);
}

QList<pd::scan::DecodedCode> decodeAll(const QImage &page)
{
    pd::scan::DecodeOptions options;
    options.formats = pd::scan::CodeFormat::QRCode;
    options.budgetMs = pd::scan::DecodeOptions::stillImageBudgetMs;
    options.maxCodes = pd::scan::DecodeOptions::stillImageMaxCodes;
    pd::scan::BarcodeReader reader(options);
    return reader.read(page).codes;
}

int pdfPageCount(const QByteArray &pdf)
{
    // Page objects, not the /Pages tree node.
    static const QRegularExpression page(u"/Type\\s*/Page(?![a-zA-Z])"_s);
    int count = 0;
    for (auto it = page.globalMatch(QString::fromLatin1(pdf)); it.hasNext(); it.next())
        ++count;
    return count;
}

QSizeF pdfFirstMediaBoxPt(const QByteArray &pdf)
{
    static const QRegularExpression box(
        u"/MediaBox\\s*\\[\\s*([-0-9.]+)\\s+([-0-9.]+)\\s+([-0-9.]+)\\s+([-0-9.]+)\\s*\\]"_s);
    const auto match = box.match(QString::fromLatin1(pdf));
    if (!match.hasMatch())
        return {};
    return {match.captured(3).toDouble() - match.captured(1).toDouble(),
            match.captured(4).toDouble() - match.captured(2).toDouble()};
}

constexpr qreal kPointsPerMm = 72 / 25.4;

} // namespace

class TestPrint : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void qrModes_data();
    void qrModes();
    void qrFit_data();
    void qrFit();
    void maskIdNumber_data();
    void maskIdNumber();
    void shortUnitPath_data();
    void shortUnitPath();

    void signCards();
    void signCardsRefusesUnsavedPerson();
    void signPosterChecksFields_data();
    void signPosterChecksFields();
    void recordIssuedAudits();

    void pageCount_data();
    void pageCount();
    void cardPagesDecode_data();
    void cardPagesDecode();
    void posterDecodes_data();
    void posterDecodes();

    void writePdf_data();
    void writePdf();
    void printerPathWritesPdf();
    void canceledPdfLeavesNoFile();
    void documentOutputOffThread();

    void cardPrintDialog();
    void venuePosterDialog();

private:
    QList<Person> people(int count) const { return m_people.mid(0, count); }
    std::shared_ptr<const PersonCardDocument> cardDocument(int count, Format format);
    VenuePoster poster(VenueKind kind, const QString &name = u"Chợ Đồng Xuân"_s);
    void verifyPersonCode(const QByteArray &payload);
    int auditCount(const QString &action);

    QTemporaryDir m_dir;
    pd::core::ManualClock m_clock {kNowMs};
    std::unique_ptr<CoreContext> m_context;
    QList<Person> m_people;
    QList<PersonCard> m_cards; // one per person, signed once
    pd::core::PdTrustedKeys m_trusted;
};

void TestPrint::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    auto context = CoreContext::open(m_dir.filePath(u"commune.sqlite"_s), {}, m_clock);
    QVERIFY2(context, qPrintable(context ? QString() : context.error().message));
    m_context = std::move(*context);

    using IdKind = Person::IdKind;
    using Sex = pd::core::Sex;
    // Phúc Xá (Ba Đình, Hà Nội), Tân Định (Quận 1, TP HCM), Quảng Phú (Huế).
    const QList<Person> people = {
        makePerson(u"Nguyễn Văn An"_s, on(1990, 5, 17), IdKind::Cccd, u"001090012345"_s, Sex::Male,
                   u"00001"_s, u"0912345678"_s),
        makePerson(u"Trần Thị Bích Ngọc"_s, on(1985, 11, 2), IdKind::Cccd, u"079185001234"_s,
                   Sex::Female, u"26734"_s),
        makePerson(u"Tôn Nữ Thị Phương Thảo Nguyên Hoàng Bảo Châu"_s, on(2003, 1, 15), IdKind::Cccd,
                   u"046303000111"_s, Sex::Female, u"19897"_s, u"0234567890"_s),
        makePerson(u"Hoàng Văn Sáng"_s, BirthDate::fromYear(1958), IdKind::Cmnd, u"012345678"_s,
                   Sex::Male, u"00001"_s),
        makePerson(u"Lê Minh Khoa"_s, on(1979, 2, 28), IdKind::Passport, u"C1234567"_s, Sex::Male,
                   u"26734"_s),
        makePerson(u"Đặng Thị Hoa"_s, BirthDate::fromYear(1949), IdKind::None, {}, Sex::Female,
                   u"19897"_s),
        makePerson(u"Phạm Đức Thắng"_s, on(1999, 9, 9), IdKind::Cccd, u"001099004321"_s, Sex::Male,
                   u"00001"_s, u"0987654321"_s),
        makePerson(u"Vũ Thị Ánh Tuyết"_s, on(1968, 12, 31), IdKind::Cccd, u"079168000777"_s,
                   Sex::Female, u"26734"_s),
        makePerson(u"Bùi Quốc Việt"_s, on(2001, 6, 1), IdKind::Cccd, u"046201009999"_s, Sex::Male,
                   {}),
    };
    pd::core::PersonStore store(*m_context);
    for (const Person &person : people) {
        const auto created = store.create(person);
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
        m_people << created->person;
    }

    CodeIssuer issuer(*m_context);
    const auto cards = issuer.signCards(m_people);
    QVERIFY2(cards, qPrintable(cards ? QString() : cards.error().message));
    m_cards = *cards;
    const auto trusted = pd::core::PdKeyStore(*m_context).trustedKeys();
    QVERIFY(trusted);
    m_trusted = *trusted;
    QCOMPARE(m_trusted.size(), 1); // the device's own key, made on first use
}

std::shared_ptr<const PersonCardDocument> TestPrint::cardDocument(int count, Format format)
{
    return std::make_shared<const PersonCardDocument>(m_cards.mid(0, count), format);
}

VenuePoster TestPrint::poster(VenueKind kind, const QString &name)
{
    CodeIssuer issuer(*m_context);
    VenueDetails venue;
    venue.name = name;
    venue.unitCode = u"00001"_s;
    venue.street = u"Phố Đồng Xuân, phường Đồng Xuân"_s;
    venue.kind = kind;
    const auto signedPoster = issuer.signPoster(venue);
    if (!signedPoster)
        qWarning() << signedPoster.error().code << signedPoster.error().message;
    return signedPoster.value_or(VenuePoster {});
}

int TestPrint::auditCount(const QString &action)
{
    QSqlQuery query(m_context->database().connection());
    query.prepare(u"SELECT COUNT(*) FROM audit_log WHERE action = ?"_s);
    query.addBindValue(action);
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toInt();
}

// ----------------------------------------------------------------- symbols

void TestPrint::qrModes_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<int>("mode");

    QTest::newRow("pd-code") << m_cards.first().payload.toLatin1()
                             << int(QrMatrix::Mode::Alphanumeric);
    QTest::newRow("upper-case") << QByteArray("HELLO 123 $%*+-./:")
                                << int(QrMatrix::Mode::Alphanumeric);
    QTest::newRow("lower-case") << QByteArray("https://example.org/a")
                                << int(QrMatrix::Mode::Mixed);
    QTest::newRow("utf-8") << QByteArray("001090012345||Nguyễn Văn An")
                           << int(QrMatrix::Mode::Mixed);
    QTest::newRow("nul-byte") << QByteArray("AB\0CD", 5) << int(QrMatrix::Mode::Byte);
}

void TestPrint::qrModes()
{
    QFETCH(QByteArray, payload);
    QFETCH(int, mode);

    const auto matrix = QrMatrix::encode(payload);
    QVERIFY2(matrix, qPrintable(matrix ? QString() : matrix.error().message));
    QCOMPARE(int(matrix->mode()), mode);
    QCOMPARE(matrix->width(), 17 + 4 * matrix->version());
    // What the matrix holds decodes back to the payload (painted 4 px a module).
    const int side = (matrix->width() + 2 * QrMatrix::quietZoneModules) * 4;
    QImage image(side, side, QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        matrix->paint(painter, matrix->fit(QRectF(0, 0, side, side)));
    }
    const auto codes = decodeAll(image);
    QCOMPARE(codes.size(), 1);
    QCOMPARE(codes.first().bytes, payload);
}

void TestPrint::qrFit_data()
{
    QTest::addColumn<qreal>("dpi");
    QTest::addColumn<qreal>("areaMm");
    QTest::addColumn<qreal>("minMm");
    QTest::addColumn<bool>("wholePixels");

    QTest::newRow("card-150") << 150.0 << PersonCardLayout::codeAreaMm << 50.0 << true;
    QTest::newRow("card-300") << 300.0 << PersonCardLayout::codeAreaMm << 50.0 << true;
    QTest::newRow("card-600") << 600.0 << PersonCardLayout::codeAreaMm << 50.0 << true;
    QTest::newRow("card-pdf-1200") << 1200.0 << PersonCardLayout::codeAreaMm << 50.0 << true;
    // 72 dpi: 2 px modules would make 46 mm; fractional modules keep 50+.
    QTest::newRow("card-72") << 72.0 << PersonCardLayout::codeAreaMm << 50.0 << false;
    QTest::newRow("poster-150") << 150.0 << VenuePosterDocument::codeAreaMm << 150.0 << true;
    QTest::newRow("poster-300") << 300.0 << VenuePosterDocument::codeAreaMm << 150.0 << true;
    // Too small an area: the minimum wins over the area.
    QTest::newRow("too-small") << 300.0 << 40.0 << 50.0 << false;
}

void TestPrint::qrFit()
{
    QFETCH(qreal, dpi);
    QFETCH(qreal, areaMm);
    QFETCH(qreal, minMm);
    QFETCH(bool, wholePixels);

    const auto matrix = QrMatrix::encode(m_cards.first().payload.toLatin1());
    QVERIFY(matrix);
    const PageMetrics metrics {dpi};
    const QRectF area(metrics.px(10), metrics.px(20), metrics.px(areaMm), metrics.px(areaMm));
    const auto placement = matrix->fit(area, metrics.px(minMm));
    QCOMPARE(placement.wholePixels(), wholePixels);
    QVERIFY2(metrics.mm(placement.symbolPx()) >= minMm - 1e-9,
             qPrintable(QString::number(metrics.mm(placement.symbolPx()))));
    if (wholePixels) {
        // With the quiet zone inside the area, on whole pixels.
        const qreal quiet = QrMatrix::quietZoneModules * placement.modulePx;
        QVERIFY(placement.topLeft.x() - quiet >= area.left() - 1);
        QVERIFY(placement.topLeft.x() + placement.symbolPx() + quiet <= area.right() + 1);
        QCOMPARE(placement.topLeft.x(), std::round(placement.topLeft.x()));
    }
}

void TestPrint::maskIdNumber_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("masked");

    QTest::newRow("cccd") << u"001090012345"_s << u"001*******45"_s;
    QTest::newRow("cmnd-9") << u"012345678"_s << u"012****78"_s;
    QTest::newRow("passport") << u"C1234567"_s << u"C12***67"_s;
    QTest::newRow("six") << u"123456"_s << u"123*56"_s;
    QTest::newRow("five") << u"12345"_s << u"***45"_s;
    QTest::newRow("four") << u"1234"_s << u"**34"_s;
    QTest::newRow("three") << u"123"_s << u"***"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestPrint::maskIdNumber()
{
    QFETCH(QString, number);
    QFETCH(QString, masked);
    QCOMPARE(CardText::maskIdNumber(number), masked);
}

void TestPrint::shortUnitPath_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("path");

    QTest::newRow("ward") << u"00001"_s << u"P. Phúc Xá, Q. Ba Đình, TP. Hà Nội"_s;
    QTest::newRow("hcm") << u"26734"_s << u"P. Tân Định, Q. 1, TP. Hồ Chí Minh"_s;
    QTest::newRow("province") << u"46"_s << u"T. Thừa Thiên Huế"_s;
    QTest::newRow("unknown") << u"99999"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestPrint::shortUnitPath()
{
    QFETCH(QString, code);
    QFETCH(QString, path);
    QCOMPARE(CardText::shortUnitPath(m_context->adminUnits(), code), path);
}

// ----------------------------------------------------------------- issuing

void TestPrint::verifyPersonCode(const QByteArray &payload)
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), Qt::UTC);
    const Recognition recognition =
        pd::core::CodeRecognizer::recognize(payload, nullptr, m_trusted, at);
    QVERIFY2(recognition.isValid(), qPrintable(recognition.reasonCode));
    QCOMPARE(recognition.kind, Recognition::Kind::PdPerson);
    const auto person = std::find_if(m_people.cbegin(), m_people.cend(),
                                     [&](const Person &p) { return p.id == recognition.recordId; });
    QVERIFY2(person != m_people.cend(), qPrintable(recognition.recordId));
    QCOMPARE(recognition.fullName, person->fullName);
    QCOMPARE(recognition.idNumber, person->idNumber);
    QCOMPARE(recognition.dateOfBirth, person->dateOfBirth);
    QCOMPARE(recognition.sex, person->sex);
    QCOMPARE(recognition.phone, person->phone);
    QCOMPARE(recognition.unitCode, person->communeCode);
}

void TestPrint::signCards()
{
    QCOMPARE(m_cards.size(), m_people.size());
    for (int i = 0; i < m_cards.size(); ++i) {
        const PersonCard &card = m_cards[i];
        QCOMPARE(card.personId, m_people[i].id);
        QCOMPARE(card.fullName, m_people[i].fullName);
        QCOMPARE(card.maskedIdNumber, CardText::maskIdNumber(m_people[i].idNumber));
        QCOMPARE(card.issueDate, QDate(2022, 3, 1));
        // One year (CodeIssuer::Policy).
        QCOMPARE(card.validUntil, QDate(2023, 3, 1));
        verifyPersonCode(card.payload.toLatin1());
        // The whole text is alphanumeric: the densest a card gets is version 12.
        const auto matrix = QrMatrix::encode(card.payload.toLatin1());
        QVERIFY(matrix);
        QCOMPARE(matrix->mode(), QrMatrix::Mode::Alphanumeric);
        QVERIFY2(matrix->version() <= 12, qPrintable(QString::number(matrix->version())));
    }
    QCOMPARE(m_cards[0].commune, u"P. Phúc Xá, Q. Ba Đình, TP. Hà Nội"_s);
    QCOMPARE(m_cards[0].birthDate, u"17/05/1990"_s);
    QCOMPARE(m_cards[3].birthDate, u"1958"_s);
    QCOMPARE(m_cards[5].maskedIdNumber, QString());
    QCOMPARE(m_cards[8].commune, QString());

    // The code expires a year after issue.
    const Recognition later =
        pd::core::CodeRecognizer::recognize(m_cards[0].payload.toLatin1(), nullptr, m_trusted,
                                            QDateTime(QDate(2023, 3, 2), QTime(12, 0), Qt::UTC));
    QCOMPARE(later.verdict, Recognition::Verdict::Expired);
}

void TestPrint::signCardsRefusesUnsavedPerson()
{
    CodeIssuer issuer(*m_context);
    Person unsaved = m_people.first();
    unsaved.id.clear();
    const auto cards = issuer.signCards({m_people[1], unsaved});
    QVERIFY(!cards);
    QCOMPARE(cards.error().code, u"print.no_person_id"_s);
}

void TestPrint::signPosterChecksFields_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("unitCode");
    QTest::addColumn<QString>("error");

    QTest::newRow("ok") << u"Chợ Đồng Xuân"_s << u"00001"_s << QString();
    QTest::newRow("district") << u"Chốt Km 5"_s << u"001"_s << QString();
    QTest::newRow("no-name") << u"   "_s << u"00001"_s << u"print.venue_name"_s;
    QTest::newRow("no-unit") << u"Chợ"_s << QString() << u"print.venue_unit"_s;
    QTest::newRow("unknown-unit") << u"Chợ"_s << u"99999"_s << u"print.venue_unit"_s;
}

void TestPrint::signPosterChecksFields()
{
    QFETCH(QString, name);
    QFETCH(QString, unitCode);
    QFETCH(QString, error);

    CodeIssuer issuer(*m_context);
    const auto signedPoster =
        issuer.signPoster({{}, name, unitCode, u"Số 1"_s, VenueKind::Checkpoint});
    QCOMPARE(signedPoster ? QString() : signedPoster.error().code, error);
    if (!signedPoster)
        return;
    QVERIFY(!signedPoster->recordId.isEmpty());
    QVERIFY(!signedPoster->validUntil.isValid()); // posters do not expire
    const Recognition recognition = pd::core::CodeRecognizer::recognize(
        signedPoster->payload.toLatin1(), nullptr, m_trusted,
        QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), Qt::UTC));
    QVERIFY2(recognition.isValid(), qPrintable(recognition.reasonCode));
    QCOMPARE(recognition.kind, Recognition::Kind::PdVenue);
    QCOMPARE(recognition.venueName, name);
    QCOMPARE(recognition.venueKind, u"checkpoint"_s);
    QCOMPARE(recognition.unitCode, unitCode);
    QCOMPARE(recognition.recordId, signedPoster->recordId);
}

void TestPrint::recordIssuedAudits()
{
    const int cardsBefore = auditCount(u"card.issue"_s);
    const int postersBefore = auditCount(u"poster.issue"_s);
    CodeIssuer issuer(*m_context);
    QVERIFY(issuer.recordCardsIssued(m_cards.mid(0, 3)));
    const VenuePoster venue = poster(VenueKind::Venue);
    QVERIFY(issuer.recordPosterIssued(venue));
    QCOMPARE(auditCount(u"card.issue"_s), cardsBefore + 3);
    QCOMPARE(auditCount(u"poster.issue"_s), postersBefore + 1);

    // The record id and the key id; nothing personal.
    QSqlQuery query(m_context->database().connection());
    QVERIFY(query.exec(u"SELECT entity_type, entity_id, detail FROM audit_log "
                       "WHERE action IN ('card.issue', 'poster.issue') ORDER BY hlc"_s));
    QStringList entities;
    while (query.next()) {
        entities << query.value(1).toString();
        const QString detail = query.value(2).toString();
        QVERIFY2(detail.startsWith(u"kid="_s) && detail.size() == 12, qPrintable(detail));
    }
    QVERIFY(entities.contains(m_people[0].id));
    QVERIFY(entities.contains(venue.recordId));
    QVERIFY(query.exec(u"SELECT COUNT(*) FROM audit_log WHERE detail LIKE '%Nguyễn%' "
                       "OR detail LIKE '%001090012345%' OR entity_id LIKE '%001090012345%'"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 0);
    // In the outbox with the rest of the audit log.
    QVERIFY(query.exec(u"SELECT COUNT(*) FROM sync_outbox WHERE table_name = 'audit_log'"_s));
    QVERIFY(query.next());
    QVERIFY(query.value(0).toInt() >= 4);
}

// ------------------------------------------------------------------- pages

void TestPrint::pageCount_data()
{
    QTest::addColumn<int>("people");
    QTest::addColumn<Format>("format");
    QTest::addColumn<int>("pages");
    QTest::addColumn<int>("onLastPage");

    QTest::newRow("sheet-0") << 0 << Format::A4Sheet << 0 << 0;
    QTest::newRow("sheet-1") << 1 << Format::A4Sheet << 1 << 1;
    QTest::newRow("sheet-7") << 7 << Format::A4Sheet << 1 << 7;
    QTest::newRow("sheet-8") << 8 << Format::A4Sheet << 1 << 8;
    QTest::newRow("sheet-9") << 9 << Format::A4Sheet << 2 << 1;
    QTest::newRow("single-0") << 0 << Format::SingleCard << 0 << 0;
    QTest::newRow("single-9") << 9 << Format::SingleCard << 9 << 1;
}

void TestPrint::pageCount()
{
    QFETCH(int, people);
    QFETCH(Format, format);
    QFETCH(int, pages);
    QFETCH(int, onLastPage);

    const auto document = cardDocument(people, format);
    QCOMPARE(document->pageCount(), pages);
    if (pages > 0)
        QCOMPARE(document->cardsOnPage(pages - 1).size(), onLastPage);
    QCOMPARE(document->cardsOnPage(pages).size(), 0);

    const QSizeF size = document->pageLayout().fullRect(QPageLayout::Millimeter).size();
    if (format == Format::A4Sheet) {
        QCOMPARE(size, QSizeF(210, 297));
        // Eight 95 × 65 mm cards edge to edge, inside the sheet, none overlapping.
        for (int slot = 0; slot < PersonCardDocument::cardsPerSheet; ++slot) {
            const QRectF rect = document->slotRectMm(slot);
            QCOMPARE(rect.size(), QSizeF(95, 65));
            QVERIFY(QRectF(QPointF(5, 5), QSizeF(200, 287)).contains(rect));
            for (int other = 0; other < slot; ++other)
                QVERIFY(!rect.intersects(document->slotRectMm(other)));
        }
    } else {
        QCOMPARE(size.width(), 95.0);
        QCOMPARE(size.height(), 65.0);
    }
}

void TestPrint::cardPagesDecode_data()
{
    QTest::addColumn<int>("people");
    QTest::addColumn<Format>("format");
    QTest::addColumn<int>("page");
    QTest::addColumn<qreal>("dpi");
    QTest::addColumn<int>("codes");
    // Every module the same whole number of device pixels. At 300 dpi and
    // above every card symbol has it; at 150 dpi a version 8 symbol (49
    // modules) would need 7 px modules, which with the quiet zone is wider
    // than the card, so it gets 6–7 px modules instead (still no grey).
    QTest::addColumn<bool>("wholeModules");

    for (const qreal dpi : {300.0, 150.0}) {
        const bool whole = dpi >= 300;
        QTest::addRow("single-card-%d", int(dpi))
            << 9 << Format::SingleCard << 2 << dpi << 1 << whole;
        QTest::addRow("sheet-8-%d", int(dpi)) << 9 << Format::A4Sheet << 0 << dpi << 8 << whole;
        QTest::addRow("sheet-last-%d", int(dpi)) << 9 << Format::A4Sheet << 1 << dpi << 1 << whole;
    }
}

void TestPrint::cardPagesDecode()
{
    QFETCH(int, people);
    QFETCH(Format, format);
    QFETCH(int, page);
    QFETCH(qreal, dpi);
    QFETCH(int, codes);
    QFETCH(bool, wholeModules);

    const auto document = cardDocument(people, format);
    const QImage image = PageRenderer::renderImage(*document, page, dpi);
    const QSizeF pageMm = document->pageLayout().fullRect(QPageLayout::Millimeter).size();
    QCOMPARE(image.width(), qRound(pageMm.width() * dpi / 25.4));
    QCOMPARE(image.dotsPerMeterX(), qRound(dpi / 0.0254));
    dump(image);

    const auto decoded = decodeAll(image);
    QCOMPARE(decoded.size(), codes);
    QSet<QByteArray> expected;
    for (const int index : document->cardsOnPage(page))
        expected.insert(m_cards[index].payload.toLatin1());
    QSet<QByteArray> seen;
    for (const auto &code : decoded) {
        QVERIFY(expected.contains(code.text));
        seen.insert(code.text);
        verifyPersonCode(code.text);
        if (QTest::currentTestFailed())
            return;

        const Measured measured = measure(image, code);
        QVERIFY(measured.modules > 0);
        const qreal sideMm = measured.symbolPx.width() * 25.4 / dpi;
        QVERIFY2(sideMm >= PersonCardLayout::minSymbolMm, qPrintable(u"%1 mm"_s.arg(sideMm)));
        QVERIFY2(sideMm <= 60, qPrintable(u"%1 mm"_s.arg(sideMm)));
        QCOMPARE(measured.symbolPx.width(), measured.symbolPx.height());
        // Nothing blurred; whole device pixels a module where the dpi allows.
        QCOMPARE(measured.greyPixels, 0);
        if (wholeModules)
            QCOMPARE(measured.symbolPx.width() % measured.modules, 0);
        qInfo("card code: %d modules, %.2f px a module, %.1f mm at %.0f dpi", measured.modules,
              double(measured.symbolPx.width()) / measured.modules, sideMm, dpi);
    }
    QCOMPARE(seen, expected);
}

void TestPrint::posterDecodes_data()
{
    QTest::addColumn<VenueKind>("kind");
    QTest::addColumn<QString>("name");
    QTest::addColumn<qreal>("dpi");

    QTest::newRow("venue-300") << VenueKind::Venue << u"Chợ Đồng Xuân"_s << 300.0;
    QTest::newRow("venue-150") << VenueKind::Venue << u"Chợ Đồng Xuân"_s << 150.0;
    QTest::newRow("checkpoint-300")
        << VenueKind::Checkpoint << u"Chốt kiểm dịch cửa ngõ Pháp Vân – Cầu Giẽ, km 182"_s << 300.0;
    QTest::newRow("short-name-150") << VenueKind::Checkpoint << u"Chợ"_s << 150.0;
}

void TestPrint::posterDecodes()
{
    QFETCH(VenueKind, kind);
    QFETCH(QString, name);
    QFETCH(qreal, dpi);

    const VenuePoster venue = poster(kind, name);
    QVERIFY(!venue.payload.isEmpty());
    const VenuePosterDocument document(venue);
    QCOMPARE(document.pageCount(), 1);
    const QImage image = PageRenderer::renderImage(document, 0, dpi);
    QCOMPARE(image.size(), QSize(qRound(210 * dpi / 25.4), qRound(297 * dpi / 25.4)));
    dump(image);

    const auto decoded = decodeAll(image);
    QCOMPARE(decoded.size(), 1);
    QCOMPARE(decoded.first().text, venue.payload.toLatin1());
    const Recognition recognition = pd::core::CodeRecognizer::recognize(
        decoded.first().text, nullptr, m_trusted,
        QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), Qt::UTC));
    QVERIFY2(recognition.isValid(), qPrintable(recognition.reasonCode));
    QCOMPARE(recognition.venueName, name);
    QCOMPARE(recognition.venueKind, kind == VenueKind::Checkpoint ? u"checkpoint"_s : u"venue"_s);
    QCOMPARE(recognition.unitCode, u"00001"_s);

    const Measured measured = measure(image, decoded.first());
    const qreal sideMm = measured.symbolPx.width() * 25.4 / dpi;
    QVERIFY2(sideMm >= VenuePosterDocument::minSymbolMm, qPrintable(u"%1 mm"_s.arg(sideMm)));
    QVERIFY2(sideMm <= 185, qPrintable(u"%1 mm"_s.arg(sideMm)));
    QCOMPARE(measured.symbolPx.width() % measured.modules, 0);
    QCOMPARE(measured.greyPixels, 0);
    qInfo("poster code: %d modules, %.1f mm at %.0f dpi", measured.modules, sideMm, dpi);
}

// -------------------------------------------------------------------- PDFs

void TestPrint::writePdf_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("people");
    QTest::addColumn<Format>("format");
    QTest::addColumn<int>("pages");
    QTest::addColumn<QSizeF>("pageMm");

    QTest::newRow("sheets-9") << u"cards"_s << 9 << Format::A4Sheet << 2 << QSizeF(210, 297);
    QTest::newRow("single-3") << u"cards"_s << 3 << Format::SingleCard << 3 << QSizeF(95, 65);
    QTest::newRow("poster") << u"poster"_s << 0 << Format::A4Sheet << 1 << QSizeF(210, 297);
}

void TestPrint::writePdf()
{
    QFETCH(QString, kind);
    QFETCH(int, people);
    QFETCH(Format, format);
    QFETCH(int, pages);
    QFETCH(QSizeF, pageMm);

    std::shared_ptr<const PrintDocument> document;
    if (kind == u"poster"_s)
        document = std::make_shared<const VenuePosterDocument>(poster(VenueKind::Venue));
    else
        document = cardDocument(people, format);
    const QString path = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()) + u".pdf"_s);
    QList<int> progress;
    QElapsedTimer timer;
    timer.start();
    const auto written =
        PageRenderer::writePdf(document, path, u"test"_s, [&](int done, int total) {
            progress << done;
            return total == pages;
        });
    QVERIFY2(written, qPrintable(written ? QString() : written.error().message));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY(pdf.trimmed().endsWith("%%EOF"));
    QCOMPARE(pdfPageCount(pdf), pages);
    QCOMPARE(progress.size(), pages);
    QCOMPARE(progress.last(), pages);
    // Fonts embedded (subset) and a vector code: some kilobytes, not megabytes.
    QVERIFY2(pdf.size() > 5'000 && pdf.size() < 2'000'000, qPrintable(QString::number(pdf.size())));
    const QSizeF mediaBox = pdfFirstMediaBoxPt(pdf);
    QVERIFY(qAbs(mediaBox.width() - pageMm.width() * kPointsPerMm) < 1);
    QVERIFY(qAbs(mediaBox.height() - pageMm.height() * kPointsPerMm) < 1);
    qInfo("%s: %d page(s), %lld bytes, %.1f ms a page", QTest::currentDataTag(), pages,
          qint64(pdf.size()), double(timer.elapsed()) / pages);
}

void TestPrint::printerPathWritesPdf()
{
    // The QPrinter path of PageRenderer (full page, the printer's layout set
    // from the document), printed to a PDF file instead of a spooler.
    const QString path = m_dir.filePath(u"printer.pdf"_s);
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    const auto printed = PageRenderer::print(cardDocument(9, Format::SingleCard), printer);
    QVERIFY2(printed, qPrintable(printed ? QString() : printed.error().message));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    QVERIFY(pdf.startsWith("%PDF-"));
    QCOMPARE(pdfPageCount(pdf), 9);
    const QSizeF mediaBox = pdfFirstMediaBoxPt(pdf);
    QVERIFY(qAbs(mediaBox.width() - 95 * kPointsPerMm) < 1);
}

void TestPrint::canceledPdfLeavesNoFile()
{
    const QString path = m_dir.filePath(u"canceled.pdf"_s);
    const auto written = PageRenderer::writePdf(cardDocument(9, Format::SingleCard), path,
                                                u"test"_s, [](int done, int) { return done < 3; });
    QVERIFY(!written);
    QCOMPARE(written.error().code, u"print.canceled"_s);
    QVERIFY(!QFile::exists(path));

    // An empty document is refused, not written as a blank page.
    const auto empty = PageRenderer::writePdf(cardDocument(0, Format::A4Sheet), path, u"test"_s);
    QVERIFY(!empty);
    QCOMPARE(empty.error().code, u"print.empty"_s);
    QVERIFY(!QFile::exists(path));
}

void TestPrint::documentOutputOffThread()
{
    pd::declaration::DocumentOutput output;
    QSignalSpy finished(&output, &pd::declaration::DocumentOutput::finished);
    QSignalSpy progress(&output, &pd::declaration::DocumentOutput::progress);
    const QString path = m_dir.filePath(u"async.pdf"_s);
    output.savePdf(cardDocument(9, Format::SingleCard), path, u"test"_s);
    QVERIFY(output.isBusy());
    QVERIFY(finished.wait(60'000));
    QCOMPARE(finished.first().at(0).toBool(), true);
    QVERIFY(!output.isBusy());
    QVERIFY(QFile::exists(path));
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toInt(), 9);

    // Canceled at once: reported as canceled, no file.
    const QString canceledPath = m_dir.filePath(u"async-canceled.pdf"_s);
    finished.clear();
    output.savePdf(cardDocument(9, Format::SingleCard), canceledPath, u"test"_s);
    output.cancel();
    QVERIFY(finished.wait(60'000));
    QCOMPARE(finished.first().at(0).toBool(), false);
    QCOMPARE(finished.first().at(1).toString(), u"print.canceled"_s);
    QVERIFY(!QFile::exists(canceledPath));
}

// ----------------------------------------------------------------- dialogs

void TestPrint::cardPrintDialog()
{
    const int before = auditCount(u"card.issue"_s);
    pd::declaration::CardPrintDialog dialog(*m_context, m_people);
    QVERIFY(dialog.document());
    QCOMPARE(dialog.format(), Format::A4Sheet);
    QCOMPARE(dialog.document()->pageCount(), 2);
    QVERIFY(!dialog.panel().previewImage().isNull());
    dialog.setFormat(Format::SingleCard);
    QCOMPARE(dialog.document()->pageCount(), 9);
    QVERIFY(dialog.panel().previewImage().width()
            > dialog.panel().previewImage().height()); // a card page

    // Previewing issues nothing; a written PDF does.
    QCOMPARE(auditCount(u"card.issue"_s), before);
    const QString path = m_dir.filePath(u"dialog-cards.pdf"_s);
    QSignalSpy finished(&dialog.panel().output(), &pd::declaration::DocumentOutput::finished);
    dialog.panel().savePdf(path);
    QVERIFY(finished.wait(60'000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(2).toString()));
    QVERIFY(QFile::exists(path));
    QCOMPARE(auditCount(u"card.issue"_s), before + 9);
    QVERIFY(!dialog.panel().statusText().isEmpty());

    // No one chosen: nothing to print, buttons off.
    pd::declaration::CardPrintDialog empty(*m_context, {});
    QVERIFY(!empty.document());
    QVERIFY(!empty.findChild<QWidget *>(u"savePdfButton"_s)->isEnabled());
}

void TestPrint::venuePosterDialog()
{
    const int before = auditCount(u"poster.issue"_s);
    pd::declaration::VenuePosterDialog dialog(*m_context);
    QVERIFY(!dialog.findChild<QWidget *>(u"savePdfButton"_s)->isEnabled());
    QVERIFY(!dialog.panel().savePdf(m_dir.filePath(u"no-name.pdf"_s))); // nothing typed yet

    VenueDetails venue;
    venue.name = u"Chốt Km 5"_s;
    venue.unitCode = u"26734"_s;
    venue.street = u"12 Hai Bà Trưng"_s;
    venue.kind = VenueKind::Checkpoint;
    dialog.setDetails(venue);
    QCOMPARE(dialog.unitCode(), u"26734"_s);
    QTRY_VERIFY(!dialog.panel().previewImage().isNull());
    QVERIFY(dialog.findChild<QWidget *>(u"savePdfButton"_s)->isEnabled());

    const QString path = m_dir.filePath(u"dialog-poster.pdf"_s);
    QSignalSpy finished(&dialog.panel().output(), &pd::declaration::DocumentOutput::finished);
    QVERIFY(dialog.panel().savePdf(path));
    QVERIFY(finished.wait(60'000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(2).toString()));
    QCOMPARE(auditCount(u"poster.issue"_s), before + 1);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(pdfPageCount(file.readAll()), 1);

    // The same dialog names the same venue on every poster it makes.
    const QString recordId = dialog.details().recordId;
    QVERIFY(!recordId.isEmpty());
    QSqlQuery query(m_context->database().connection());
    QVERIFY(query.exec(u"SELECT entity_id FROM audit_log WHERE action = 'poster.issue' "
                       "ORDER BY hlc DESC LIMIT 1"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), recordId);

    // Typing in the commune field forgets the chosen unit until one is picked.
    auto *unit = dialog.findChild<QLineEdit *>(u"venueUnit"_s);
    QVERIFY(unit);
    unit->setFocus();
    QTest::keyClicks(unit, u"x"_s);
    QVERIFY(dialog.unitCode().isEmpty());
    QTRY_VERIFY(!dialog.findChild<QWidget *>(u"savePdfButton"_s)->isEnabled());
}

QTEST_MAIN(TestPrint)
#include "tst_print.moc"
