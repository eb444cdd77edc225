// The /v1/ wire format: messages survive CBOR and JSON, decoding names the
// key that is wrong, rows are checked against the catalog, gzip refuses
// corrupt and oversized input.

#include "catalog.h"
#include "cborreader.h"
#include "cborwriter.h"
#include "gzip.h"
#include "rowreader.h"
#include "wire.h"

#include <QCborArray>
#include <QCborStreamReader>
#include <QCborStreamWriter>
#include <QRandomGenerator>
#include <QTest>

#include <limits>

using namespace pd::sync;
using namespace Qt::StringLiterals;

namespace {

Row validPerson()
{
    Row row;
    row.table = QStringLiteral("person");
    row.id = QStringLiteral("0192f1c4-0000-7000-8000-000000000001");
    row.hlc = 118637226455941120;
    row.origin = QStringLiteral("device-a");
    for (const ColumnSpec &column : Catalog::v1().table(row.table)->columns) {
        row.values.insert(column.name,
                          column.type == ColumnType::Text ? QCborValue(QString()) : QCborValue(0));
    }
    row.values.insert(QStringLiteral("full_name"), QStringLiteral("Nguyễn Văn Đức"));
    row.values.insert(QStringLiteral("birth_year"), 1990);
    return row;
}

bool qtDecodes(const QByteArray &item)
{
    QCborParserError error;
    QCborValue::fromCbor(item, &error);
    return error.error == QCborError::NoError;
}

// A walk's event for the integer (one that fits a qint64), boolean, null
// or other item either reader is at.
template<typename Reader> QString scalarEvent(const Reader &reader, bool fitsInteger)
{
    if (fitsInteger)
        return u"i:"_s + QString::number(reader.toInteger());
    if (reader.isBool())
        return reader.toBool() ? u"true"_s : u"false"_s;
    return reader.isNull() ? u"null"_s : u"?"_s;
}

// What a walk through one CBOR item meets, as text: integers that fit a
// qint64, texts, booleans, nulls, maps and arrays; anything else is "?".
// False when the bytes are not one well-formed item.
bool walk(CborReader &reader, QStringList &events)
{
    if (reader.isMap() || reader.isArray()) {
        events << (reader.isMap() ? u"{"_s : u"["_s);
        if (!reader.enterContainer())
            return false;
        while (reader.hasNext()) {
            if (!walk(reader, events))
                return false;
        }
        events << u"}"_s;
        return reader.leaveContainer();
    }
    if (reader.isText()) {
        QByteArrayView text;
        if (!reader.readText(text))
            return false;
        events << u"t:"_s + QString::fromUtf8(text);
        return true;
    }
    events << scalarEvent(reader, reader.isInteger());
    return reader.next();
}

// The same walk with Qt's reader: a tag and the item it tags are one "?".
bool walk(QCborStreamReader &reader, QStringList &events, bool tagged = false)
{
    if (reader.isMap() || reader.isArray()) {
        if (!tagged)
            events << (reader.isMap() ? u"{"_s : u"["_s);
        if (!reader.enterContainer())
            return false;
        QStringList inner;
        while (reader.lastError() == QCborError::NoError && reader.hasNext()) {
            if (!walk(reader, tagged ? inner : events, tagged))
                return false;
        }
        if (!tagged)
            events << u"}"_s;
        return reader.leaveContainer();
    }
    if (reader.isTag()) {
        if (!tagged)
            events << u"?"_s;
        return reader.next() && walk(reader, events, true);
    }
    if (tagged)
        return reader.next();
    if (reader.type() == QCborStreamReader::TextString) {
        QString text;
        auto chunk = reader.readString();
        for (; chunk.status == QCborStreamReader::Ok; chunk = reader.readString())
            text += chunk.data;
        events << u"t:"_s + text;
        return chunk.status == QCborStreamReader::EndOfString;
    }
    const bool fitsInteger = reader.isNegativeInteger()
        ? quint64(reader.toNegativeInteger()) <= quint64(std::numeric_limits<qint64>::max()) + 1
        : reader.isUnsignedInteger()
            && reader.toUnsignedInteger() <= quint64(std::numeric_limits<qint64>::max());
    events << scalarEvent(reader, fitsInteger);
    return reader.next();
}

// A random item of every kind the wire may meet, `depth` levels deep at most.
QCborValue randomItem(QRandomGenerator &random, int depth)
{
    const int kind = int(random.bounded(depth > 0 ? 12 : 9));
    switch (kind) {
    case 0: {
        static const qint64 edges[] = {0,
                                       23,
                                       24,
                                       255,
                                       256,
                                       65'535,
                                       65'536,
                                       -1,
                                       -24,
                                       -25,
                                       -257,
                                       4'294'967'296,
                                       std::numeric_limits<qint64>::min(),
                                       std::numeric_limits<qint64>::max()};
        return edges[random.bounded(int(std::size(edges)))];
    }
    case 1:
        return qint64(random.generate64());
    case 2: {
        static const QString texts[] = {QString(), u"a"_s, u"Nguyễn Thị Ánh"_s, u"𠀧𡨸"_s,
                                        QString(300, u'x')};
        return texts[random.bounded(int(std::size(texts)))];
    }
    case 3:
        return QByteArray(int(random.bounded(40)), char(random.bounded(256)));
    case 4:
        return random.bounded(2) == 0;
    case 5:
        return QCborValue(nullptr);
    case 6:
        return random.bounded(2) ? QCborValue() : QCborValue(QCborSimpleType(40));
    case 7:
        return random.generateDouble() * 1e6;
    case 8: // above qint64
        return QCborValue::fromCbor(QByteArray::fromHex("1bffffffffffffffff"));
    case 9: {
        QCborArray array;
        for (int i = int(random.bounded(5)); i > 0; --i)
            array.append(randomItem(random, depth - 1));
        return array;
    }
    case 10: {
        QCborMap map;
        for (int i = int(random.bounded(5)); i > 0; --i)
            map.insert(u"k%1"_s.arg(i), randomItem(random, depth - 1));
        return map;
    }
    default:
        return QCborValue(QCborTag(1), randomItem(random, depth - 1));
    }
}

// `value` written as CBOR with every map and array of unknown length
// (ended by a break byte), as QCborStreamWriter writes them.
void writeUntilBreak(QCborStreamWriter &writer, const QCborValue &value)
{
    if (value.isArray()) {
        writer.startArray();
        for (const QCborValue &item : value.toArray())
            writeUntilBreak(writer, item);
        writer.endArray();
    } else if (value.isMap()) {
        writer.startMap();
        const QCborMap map = value.toMap();
        for (auto it = map.begin(); it != map.end(); ++it) {
            writeUntilBreak(writer, it.key());
            writeUntilBreak(writer, it.value());
        }
        writer.endMap();
    } else {
        value.toCbor(writer);
    }
}

} // namespace

class TestSyncProtocol : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void pushRequestRoundTrip_data();
    void pushRequestRoundTrip();
    void responsesRoundTrip();
    void decodeNamesTheBadKey_data();
    void decodeNamesTheBadKey();
    void malformedBytes_data();
    void malformedBytes();
    void validateRow_data();
    void validateRow();
    void readRowAgreesWithValidateRow_data();
    void readRowAgreesWithValidateRow();
    void deletionNeedsNoValues();
    void formatOfContentType_data();
    void formatOfContentType();
    void gzipRoundTrip();
    void gzipRefusesCorruptAndOversized();
    void batchLimitEnforced();
    void pushBodyMatchesQt_data();
    void pushBodyMatchesQt();
    void cborWriterMatchesQt_data();
    void cborWriterMatchesQt();
    void utf8Validation_data();
    void utf8Validation();
    void pullPositionReadAhead_data();
    void pullPositionReadAhead();
    void cborReaderSkips_data();
    void cborReaderSkips();
    void cborReaderIntegers_data();
    void cborReaderIntegers();
    void cborReaderWalksAsQt();
    void readRowsSurvivesDamage();
    void textInChunksDecodedWhole();
};

void TestSyncProtocol::pushRequestRoundTrip_data()
{
    QTest::addColumn<Format>("format");
    QTest::newRow("cbor") << Format::Cbor;
    QTest::newRow("json") << Format::Json;
}

void TestSyncProtocol::pushRequestRoundTrip()
{
    QFETCH(Format, format);
    PushRequest request;
    request.batchId = QStringLiteral("batch-1");
    request.deviceId = QStringLiteral("device-a");
    request.rows = {validPerson()};
    Row tombstone = validPerson();
    tombstone.id = QStringLiteral("gone");
    tombstone.deleted = true;
    tombstone.values = {};
    request.rows.append(tombstone);

    QString error;
    const QCborValue value = decode(encode(toCbor(request), format), format, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const Decoded<PushRequest> decoded = pushRequestFromCbor(value);
    QVERIFY2(decoded, qPrintable(decoded.error));
    QCOMPARE(decoded.value->batchId, request.batchId);
    QCOMPARE(decoded.value->deviceId, request.deviceId);
    QCOMPARE(decoded.value->rows.size(), 2);
    const Row &row = decoded.value->rows.first();
    QCOMPARE(row.hlc, request.rows.first().hlc); // 64-bit integers survive JSON too
    // JSON objects come back with their keys sorted: compare as maps.
    QCOMPARE(row.values.toVariantMap(), request.rows.first().values.toVariantMap());
    QCOMPARE(row.values.value(QStringLiteral("full_name")).toString(),
             QStringLiteral("Nguyễn Văn Đức"));
    QVERIFY(decoded.value->rows.last().deleted);
}

void TestSyncProtocol::responsesRoundTrip()
{
    PushResponse push;
    push.batchId = QStringLiteral("b");
    push.applied = 3;
    push.unchanged = 1;
    push.rejected = {{QStringLiteral("person"), QStringLiteral("x"),
                      QString::fromLatin1(reason::clockAhead), QStringLiteral("ahead")}};
    push.conflicts = 2;
    push.serverHlc = 42;
    push.replayed = true;
    const auto pushBack = pushResponseFromCbor(toCbor(push));
    QVERIFY2(pushBack, qPrintable(pushBack.error));
    QCOMPARE(pushBack.value->rejected.first().code, QStringLiteral("clock_ahead"));
    QCOMPARE(pushBack.value->conflicts, 2);
    QVERIFY(pushBack.value->replayed);

    PullResponse pull;
    Row row = validPerson();
    row.seq = 7;
    pull.rows = {row};
    pull.last = 7;
    pull.more = true;
    const auto pullBack = pullResponseFromCbor(toCbor(pull));
    QVERIFY2(pullBack, qPrintable(pullBack.error));
    QCOMPARE(pullBack.value->rows.first().seq, 7);
    QVERIFY(pullBack.value->more);

    const EnrollResponse enroll {QStringLiteral("d"), QStringLiteral("t"), QStringLiteral("01001"),
                                 3, 9};
    const auto enrollBack = enrollResponseFromCbor(toCbor(enroll));
    QVERIFY2(enrollBack, qPrintable(enrollBack.error));
    QCOMPARE(enrollBack.value->scopeLevel, 3);

    const auto error = errorFromCbor(toCbor(ErrorBody {QStringLiteral("too_large"), {}}));
    QVERIFY(error);
    QCOMPARE(error.value->code, QStringLiteral("too_large"));
}

void TestSyncProtocol::decodeNamesTheBadKey_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QCborValue>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("version") << "v" << QCborValue(2) << "push.v";
    QTest::newRow("batch type") << "batch" << QCborValue(5) << "push.batch";
    QTest::newRow("empty batch") << "batch" << QCborValue(QString()) << "push.batch";
    QTest::newRow("rows not array") << "rows" << QCborValue(QStringLiteral("x")) << "push.rows";
    QTest::newRow("row hlc text") << "rows"
                                  << QCborValue(QCborArray {QCborMap {
                                         {QStringLiteral("table"), QStringLiteral("person")},
                                         {QStringLiteral("id"), QStringLiteral("a")},
                                         {QStringLiteral("hlc"), QStringLiteral("1")}}})
                                  << "row.hlc";
    QTest::newRow("missing device") << "device" << QCborValue() << "push.device";
}

void TestSyncProtocol::decodeNamesTheBadKey()
{
    QFETCH(QString, key);
    QFETCH(QCborValue, value);
    QFETCH(QString, expected);
    PushRequest request;
    request.batchId = QStringLiteral("b");
    request.deviceId = QStringLiteral("d");
    request.rows = {validPerson()};
    QCborMap map = toCbor(request);
    if (value.isUndefined())
        map.remove(key);
    else
        map.insert(key, value);
    const Decoded<PushRequest> decoded = pushRequestFromCbor(map);
    QVERIFY(!decoded);
    QVERIFY2(decoded.error.startsWith(expected), qPrintable(decoded.error));
}

void TestSyncProtocol::malformedBytes_data()
{
    QTest::addColumn<Format>("format");
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("truncated cbor") << Format::Cbor << QByteArray::fromHex("a2616101");
    QTest::newRow("not cbor") << Format::Cbor << QByteArray("\xff\xff", 2);
    QTest::newRow("bad json") << Format::Json << QByteArray("{\"v\":");
    QTest::newRow("json array") << Format::Json << QByteArray("[1,2]");
}

void TestSyncProtocol::malformedBytes()
{
    QFETCH(Format, format);
    QFETCH(QByteArray, bytes);
    QString error;
    const QCborValue value = decode(bytes, format, &error);
    QVERIFY(value.isInvalid());
    QVERIFY(!error.isEmpty());
    QVERIFY(!pushRequestFromCbor(value));
}

void TestSyncProtocol::validateRow_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QCborValue>("value");
    QTest::addColumn<QString>("expected"); // reason code, empty when valid

    QTest::newRow("valid") << "person" << QString() << QCborValue() << QString();
    QTest::newRow("unknown table") << "app_user" << QString() << QCborValue() << "unknown_table";
    QTest::newRow("unknown column") << "person"
                                    << "password" << QCborValue(1) << "unknown_column";
    QTest::newRow("text as integer") << "person"
                                     << "full_name" << QCborValue(5) << "wrong_type";
    QTest::newRow("integer as text")
        << "person"
        << "birth_year" << QCborValue(QStringLiteral("1990")) << "wrong_type";
    QTest::newRow("null not allowed") << "person"
                                      << "phone" << QCborValue(nullptr) << "wrong_type";
    QTest::newRow("missing column")
        << "person"
        << "street" << QCborValue(QCborValue::Undefined) << "missing_column";
    QTest::newRow("empty id") << "person"
                              << "#id" << QCborValue() << "bad_id";
    QTest::newRow("empty origin") << "person"
                                  << "#origin" << QCborValue() << "bad_origin";
    // U+0000 where the server stores text of its own (PostgreSQL's text
    // cannot hold it); inside the other values it is kept as sent.
    const QString withNul = QStringLiteral("a") + QChar(u'\0') + QStringLiteral("b");
    QTest::newRow("NUL in id") << "person"
                               << "#id" << QCborValue(withNul) << "bad_id";
    QTest::newRow("NUL in origin") << "person"
                                   << "#origin" << QCborValue(withNul) << "bad_origin";
    QTest::newRow("NUL in the match column") << "person"
                                             << "id_number" << QCborValue(withNul) << "wrong_type";
    QTest::newRow("NUL in another text") << "person"
                                         << "street" << QCborValue(withNul) << QString();
}

namespace {
// validPerson() with the change a validateRow_data() row describes.
Row changedPerson()
{
    QFETCH(QString, table);
    QFETCH(QString, column);
    QFETCH(QCborValue, value);
    Row row = validPerson();
    row.table = table;
    if (column == QLatin1String("#id"))
        row.id = value.toString();
    else if (column == QLatin1String("#origin"))
        row.origin = value.toString();
    else if (value.isUndefined() && !column.isEmpty())
        row.values.remove(column);
    else if (!column.isEmpty())
        row.values.insert(column, value);
    return row;
}
} // namespace

void TestSyncProtocol::validateRow()
{
    QFETCH(QString, expected);
    const Row row = changedPerson();
    const std::optional<RowRejection> rejection = pd::sync::validateRow(row);
    QCOMPARE(rejection ? rejection->code : QString(), expected);
    if (rejection)
        QCOMPARE(rejection->id, row.id);
}

void TestSyncProtocol::readRowAgreesWithValidateRow_data()
{
    validateRow_data();
}

// The streaming reader vouches for exactly the rows validateRow() accepts,
// and reads them as the decoder does.
void TestSyncProtocol::readRowAgreesWithValidateRow()
{
    QFETCH(QString, expected);
    const Row row = changedPerson();
    const QByteArray bytes = encode(toCbor(row), Format::Cbor);
    CborReader reader(bytes);
    StreamedRow streamed;
    const bool read = readRow(reader, Catalog::v1(), streamed);
    if (!row.table.isEmpty() && Catalog::v1().table(row.table))
        QCOMPARE(read, expected.isEmpty());
    else
        QVERIFY(!read);
    if (!read)
        return;
    QCOMPARE(streamed.table->name, row.table);
    QCOMPARE(streamed.id, row.id);
    QCOMPARE(streamed.hlc, row.hlc);
    QCOMPARE(streamed.origin, row.origin);
    QCOMPARE(streamed.deleted, row.deleted);
    QVERIFY(streamed.allColumns);
    for (qsizetype i = 0; i < streamed.table->columns.size(); ++i) {
        const QCborValue sent = row.values.value(streamed.table->columns.at(i).name);
        const StreamedValue &got = streamed.values.at(i);
        if (sent.isNull()) {
            QCOMPARE(got.kind, StreamedValue::Kind::Null);
            QVERIFY(!got.toVariant().isValid());
        } else if (sent.isInteger()) {
            QCOMPARE(got.kind, StreamedValue::Kind::Integer);
            QCOMPARE(got.integer, sent.toInteger());
            QCOMPARE(got.toVariant(), QVariant(sent.toInteger()));
        } else {
            QCOMPARE(got.kind, StreamedValue::Kind::Text);
            QCOMPARE(QString::fromUtf8(got.text), sent.toString());
            QCOMPARE(got.toVariant(), QVariant(sent.toString().toUtf8()));
        }
    }
    // The values map's own bytes, as a server stores them.
    QCOMPARE(bytes.sliced(streamed.valuesStart, streamed.valuesEnd - streamed.valuesStart),
             row.values.toCborValue().toCbor());
    QCOMPARE(reader.currentOffset(), bytes.size());
}

void TestSyncProtocol::deletionNeedsNoValues()
{
    Row row = validPerson();
    row.deleted = true;
    row.values = {};
    QVERIFY(!pd::sync::validateRow(row));
    // Nullable audit columns accept null.
    Row audit;
    audit.table = QStringLiteral("audit_log");
    audit.id = QStringLiteral("a");
    audit.hlc = 1;
    audit.origin = QStringLiteral("d");
    audit.values = {{QStringLiteral("at_ms"), 1},
                    {QStringLiteral("user_id"), nullptr},
                    {QStringLiteral("username"), nullptr},
                    {QStringLiteral("action"), QString()},
                    {QStringLiteral("entity_type"), QString()},
                    {QStringLiteral("entity_id"), QString()},
                    {QStringLiteral("detail"), QString()}};
    QVERIFY(!pd::sync::validateRow(audit));
}

void TestSyncProtocol::formatOfContentType_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<int>("expected"); // -1 none
    QTest::newRow("cbor") << QByteArray("application/cbor") << int(Format::Cbor);
    QTest::newRow("json charset") << QByteArray("Application/JSON; charset=utf-8")
                                  << int(Format::Json);
    QTest::newRow("form") << QByteArray("application/x-www-form-urlencoded") << -1;
    QTest::newRow("empty") << QByteArray() << -1;
}

void TestSyncProtocol::formatOfContentType()
{
    QFETCH(QByteArray, header);
    QFETCH(int, expected);
    const std::optional<Format> format = formatOf(header);
    QCOMPARE(format ? int(*format) : -1, expected);
}

void TestSyncProtocol::gzipRoundTrip()
{
    QByteArray data;
    for (int i = 0; i < 10000; ++i)
        data += QByteArray::number(i) + ',';
    const QByteArray packed = gzipCompress(data);
    QVERIFY(packed.startsWith("\x1f\x8b")); // a gzip member, as Content-Encoding: gzip says
    QVERIFY(packed.size() < data.size() / 2);
    QCOMPARE(gzipDecompress(packed, data.size()).value_or(QByteArray()), data);
    QCOMPARE(gzipDecompress(gzipCompress({}), 10).value_or("x"), QByteArray());
}

void TestSyncProtocol::gzipRefusesCorruptAndOversized()
{
    const QByteArray zeros(4 * 1024 * 1024, '\0');
    const QByteArray bomb = gzipCompress(zeros, 9);
    QVERIFY(bomb.size() < 10 * 1024);
    QVERIFY(!gzipDecompress(bomb, 1024 * 1024)); // would grow past the limit
    QVERIFY(gzipDecompress(bomb, zeros.size()));
    QVERIFY(!gzipDecompress(bomb.left(bomb.size() / 2), zeros.size())); // truncated
    QByteArray corrupt = gzipCompress("hello hello hello");
    corrupt[12] = char(corrupt[12] ^ 0x55);
    QVERIFY(!gzipDecompress(corrupt, 1000));
    QVERIFY(!gzipDecompress("not gzip at all", 1000));
}

void TestSyncProtocol::batchLimitEnforced()
{
    PushRequest request;
    request.batchId = QStringLiteral("b");
    request.deviceId = QStringLiteral("d");
    for (int i = 0; i <= maxBatchRows; ++i)
        request.rows.append(validPerson());
    const Decoded<PushRequest> decoded = pushRequestFromCbor(toCbor(request));
    QVERIFY(!decoded);
    QVERIFY(decoded.error.contains(QStringLiteral("2000")));
}

void TestSyncProtocol::pushBodyMatchesQt_data()
{
    QTest::addColumn<Row>("row");
    const Row person = validPerson();
    QTest::newRow("person") << person;
    Row tombstone {
        QStringLiteral("person"), QStringLiteral("p-1"), 5, QStringLiteral("d"), true, {}, 0};
    QTest::newRow("tombstone") << tombstone;
    Row pulled = person;
    pulled.seq = 4'294'967'296; // a 9-byte integer
    pulled.hlc = 23;
    QTest::newRow("pulled, with seq") << pulled;
    // Text lengths across each head size, two- three- and four-byte UTF-8.
    for (const qsizetype length : {0, 23, 24, 255, 256, 65'535, 65'536}) {
        Row text = person;
        text.values.insert(QStringLiteral("street"), QString(length, QLatin1Char('a')));
        QTest::addRow("text of %lld", qlonglong(length)) << text;
    }
    Row unicode = person;
    unicode.values.insert(QStringLiteral("full_name"), QStringLiteral("Nguyễn Thị Ánh – 𠀧𡨸 ©"));
    QTest::newRow("Vietnamese, Nôm and symbols") << unicode;
    Row integers = person;
    for (const qint64 value :
         {qint64(-1), qint64(-25), qint64(-65'537), qint64(255), qint64(65'536),
          std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max()}) {
        integers.values.insert(QStringLiteral("n%1").arg(value), value);
    }
    integers.values.insert(QStringLiteral("nothing"), QCborValue(nullptr));
    QTest::newRow("integers and null") << integers;
}

// A push body put together from encoded rows is what Qt's encoder writes
// for the same request, byte for byte.
void TestSyncProtocol::pushBodyMatchesQt()
{
    QFETCH(Row, row);
    Row second = row;
    second.id += QStringLiteral("-2");
    const PushRequest request {QStringLiteral("0192f1c4-0000-7000-8000-00000000000b"),
                               QStringLiteral("thiết bị"),
                               {row, second}};
    QList<QByteArray> encodedRows;
    for (const Row &each : request.rows)
        encodedRows.append(encode(toCbor(each), Format::Cbor));
    QCOMPARE(encodePushBody(request.batchId, request.deviceId, encodedRows),
             encode(toCbor(request), Format::Cbor));
}

void TestSyncProtocol::cborWriterMatchesQt_data()
{
    QTest::addColumn<QCborValue>("value");
    for (const qsizetype length : {0, 23, 24, 255, 256, 65'535, 65'536})
        QTest::addRow("text of %lld", qlonglong(length)) << QCborValue(QString(length, u'a'));
    QTest::newRow("Vietnamese, Nôm and symbols")
        << QCborValue(QStringLiteral("Nguyễn Thị Ánh – 𠀧𡨸 ©"));
    for (const qint64 value :
         {qint64(0), qint64(23), qint64(24), qint64(-1), qint64(-24), qint64(-25), qint64(255),
          qint64(256), qint64(65'535), qint64(65'536), qint64(-65'537), qint64(4'294'967'295),
          qint64(4'294'967'296), std::numeric_limits<qint64>::min(),
          std::numeric_limits<qint64>::max()}) {
        QTest::addRow("integer %lld", qlonglong(value)) << QCborValue(value);
    }
    QTest::newRow("true") << QCborValue(true);
    QTest::newRow("false") << QCborValue(false);
    QTest::newRow("null") << QCborValue(nullptr);
}

void TestSyncProtocol::cborWriterMatchesQt()
{
    QFETCH(QCborValue, value);
    QByteArray written;
    CborWriter out(written);
    if (value.isString()) {
        out.text(value.toString());
        QByteArray fromUtf8;
        CborWriter(fromUtf8).utf8Text(value.toString().toUtf8());
        QCOMPARE(fromUtf8, written);
    } else if (value.isInteger()) {
        out.integer(value.toInteger());
    } else if (value.isBool()) {
        out.boolean(value.toBool());
    } else {
        out.null();
    }
    QCOMPARE(written, value.toCbor());
}

void TestSyncProtocol::utf8Validation_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("valid");
    QTest::newRow("empty") << QByteArray() << true;
    QTest::newRow("ASCII") << QByteArray("Phuc Xa 123") << true;
    QTest::newRow("Vietnamese") << QStringLiteral("Nguyễn Văn Đức").toUtf8() << true;
    QTest::newRow("four bytes") << QStringLiteral("𠀧𡨸").toUtf8() << true;
    QTest::newRow("largest, U+10FFFF") << QByteArray("\xf4\x8f\xbf\xbf") << true;
    QTest::newRow("U+FFFD") << QByteArray("\xef\xbf\xbd") << true;
    QTest::newRow("lone continuation") << QByteArray("a\x80"
                                                     "b")
                                       << false;
    QTest::newRow("Latin-1 byte") << QByteArray("Nguy\xea"
                                                "n")
                                  << false;
    QTest::newRow("truncated at the end") << QByteArray("ab\xe1\xbb") << false;
    QTest::newRow("truncated before ASCII") << QByteArray("\xe1\xbbx") << false;
    QTest::newRow("overlong two bytes") << QByteArray("\xc0\xaf") << false;
    QTest::newRow("overlong three bytes") << QByteArray("\xe0\x80\xaf") << false;
    QTest::newRow("overlong four bytes") << QByteArray("\xf0\x80\x80\xaf") << false;
    QTest::newRow("surrogate half (CESU-8)") << QByteArray("\xed\xa0\x80") << false;
    QTest::newRow("above U+10FFFF") << QByteArray("\xf4\x90\x80\x80") << false;
    QTest::newRow("five-byte lead") << QByteArray("\xf8\x88\x80\x80\x80") << false;
    QTest::newRow("U+0000 is text") << QByteArray("a\0b", 3) << true;
    // ASCII is passed over eight bytes at a time: what follows a run of it.
    const QByteArray ascii = "0192f1c4-0000-7000";
    for (const qsizetype run : {7, 8, 9, 16, 17}) {
        QTest::addRow("%lld ASCII, Vietnamese", qlonglong(run))
            << ascii.left(run) + QStringLiteral("Đức").toUtf8() << true;
        QTest::addRow("%lld ASCII, Latin-1 byte", qlonglong(run))
            << ascii.left(run) + "\xea" << false;
        QTest::addRow("%lld ASCII, truncated", qlonglong(run))
            << ascii.left(run) + "\xf0\x9f" + ascii << false;
    }
}

// isValidUtf8 agrees with the table and with what Qt's CBOR decoder accepts
// as a text string.
void TestSyncProtocol::utf8Validation()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, valid);
    QCOMPARE(isValidUtf8(bytes), valid);
    QByteArray item;
    CborWriter(item).utf8Text(bytes);
    QCOMPARE(qtDecodes(item), valid);
}

void TestSyncProtocol::pullPositionReadAhead_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("found");
    QTest::addColumn<qint64>("last");
    QTest::addColumn<bool>("more");
    auto page = [](const QStringList &keys) {
        // QCborMap keeps insertion order when encoding.
        QCborMap map;
        for (const QString &key : keys) {
            if (key == QLatin1String("rows"))
                map.insert(key, QCborArray {toCbor(validPerson())});
            else if (key == QLatin1String("last"))
                map.insert(key, qint64(4'294'967'296));
            else if (key == QLatin1String("more"))
                map.insert(key, true);
            else
                map.insert(key, 7);
        }
        return QCborValue(map).toCbor();
    };
    QTest::newRow("position first") << page({QStringLiteral("last"), QStringLiteral("more"),
                                             QStringLiteral("serverHlc"), QStringLiteral("rows")})
                                    << true << qint64(4'294'967'296) << true;
    QTest::newRow("other keys between")
        << page({QStringLiteral("serverHlc"), QStringLiteral("more"), QStringLiteral("extra"),
                 QStringLiteral("last"), QStringLiteral("rows")})
        << true << qint64(4'294'967'296) << true;
    QTest::newRow("rows first") << page({QStringLiteral("rows"), QStringLiteral("last"),
                                         QStringLiteral("more"), QStringLiteral("serverHlc")})
                                << false << qint64(0) << false;
    QTest::newRow("more missing") << page({QStringLiteral("last"), QStringLiteral("serverHlc")})
                                  << false << qint64(0) << false;
    QTest::newRow("last of the wrong type")
        << QCborValue(QCborMap {{QStringLiteral("last"), QStringLiteral("9")},
                                {QStringLiteral("more"), false}})
               .toCbor()
        << false << qint64(0) << false;
    QTest::newRow("not a map") << QCborValue(QCborArray {1, 2}).toCbor() << false << qint64(0)
                               << false;
    QTest::newRow("truncated") << page({QStringLiteral("last"), QStringLiteral("more")}).left(8)
                               << false << qint64(0) << false;
    QTest::newRow("empty") << QByteArray() << false << qint64(0) << false;
}

// The device asks for the next page from `last` and `more` before it
// decodes the rows, and only when they come first.
void TestSyncProtocol::pullPositionReadAhead()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, found);
    const std::optional<PullPosition> position = pullPositionFromCbor(bytes);
    QCOMPARE(position.has_value(), found);
    if (found) {
        QTEST(position->last, "last");
        QTEST(position->more, "more");
    }
}

void TestSyncProtocol::cborReaderSkips_data()
{
    QTest::addColumn<QByteArray>("hex");
    QTest::addColumn<bool>("wellFormed");
    // One item, so where a well-formed one ends is the data's end.
    QTest::newRow("small integer") << "17"_ba << true;
    QTest::newRow("one-byte integer") << "1818"_ba << true;
    QTest::newRow("integer head cut") << "19ff"_ba << false;
    QTest::newRow("eight-byte integer above qint64") << "1bffffffffffffffff"_ba << true;
    QTest::newRow("reserved head") << "1c"_ba << false;
    QTest::newRow("integer of unknown length") << "1f"_ba << false;
    QTest::newRow("negative integer below qint64") << "3bffffffffffffffff"_ba << true;
    QTest::newRow("text") << "6161"_ba << true;
    QTest::newRow("text cut") << "6261"_ba << false;
    QTest::newRow("text longer than the data") << "7bffffffffffffffff61"_ba << false;
    QTest::newRow("text in chunks") << "7f61616162ff"_ba << true;
    QTest::newRow("text in no chunks") << "7fff"_ba << true;
    QTest::newRow("text chunk of bytes") << "7f4161ff"_ba << false;
    QTest::newRow("text chunk in chunks") << "7f7f6161ffff"_ba << false;
    QTest::newRow("text chunks without break") << "7f6161"_ba << false;
    QTest::newRow("bytes in chunks") << "5f41004100ff"_ba << true;
    QTest::newRow("array") << "83010203"_ba << true;
    QTest::newRow("array cut") << "830102"_ba << false;
    QTest::newRow("array longer than the data") << "9bffffffffffffffff00"_ba << false;
    QTest::newRow("array until break") << "9f0102ff"_ba << true;
    QTest::newRow("array without break") << "9f0102"_ba << false;
    QTest::newRow("map") << "a2616101616202"_ba << true;
    QTest::newRow("map without a value") << "a16161"_ba << false;
    QTest::newRow("map until break") << "bf616101ff"_ba << true;
    QTest::newRow("map until break, key without value") << "bf6161ff"_ba << false;
    QTest::newRow("map longer than the data") << "bb7fffffffffffffff00"_ba << false;
    QTest::newRow("tag and item") << "c11a514b67b0"_ba << true;
    QTest::newRow("tag without item") << "c1"_ba << false;
    QTest::newRow("tags on tags") << "c1c2c300"_ba << true;
    QTest::newRow("false, true, null, undefined") << "84f4f5f6f7"_ba << true;
    QTest::newRow("simple value 32") << "f820"_ba << true;
    QTest::newRow("simple value 16 in two bytes") << "f810"_ba << false;
    QTest::newRow("half, single, double float")
        << "83f93c00fa3f800000fb3ff0000000000000"_ba << true;
    QTest::newRow("double cut") << "fb3ff0"_ba << false;
    QTest::newRow("break alone") << "ff"_ba << false;
    QTest::newRow("break in a sized array") << "82ff00"_ba << false;
    QTest::newRow("reserved simple head") << "fc"_ba << false;
    QTest::newRow("1,024 arrays deep") << "81"_ba.repeated(1024) + "00" << true;
    QTest::newRow("1,025 arrays deep") << "81"_ba.repeated(1025) + "00" << false;
    QTest::newRow("100,000 arrays deep, until break")
        << QByteArray("9f").repeated(100'000) + QByteArray("ff").repeated(100'000) << false;
}

// The reader moves past an item as far as it goes when the item is
// well-formed, and stops (invalid from then on) when not; QCborValue
// agrees on which is which.
void TestSyncProtocol::cborReaderSkips()
{
    QFETCH(QByteArray, hex);
    QFETCH(bool, wellFormed);
    const QByteArray bytes = QByteArray::fromHex(hex);
    CborReader reader(bytes);
    QCOMPARE(reader.next(), wellFormed);
    QCOMPARE(reader.isValid(), wellFormed);
    if (wellFormed) {
        QCOMPARE(reader.currentOffset(), bytes.size());
        QVERIFY(!reader.hasNext());
    }
    QVERIFY(!reader.next());
    QCOMPARE(qtDecodes(bytes), wellFormed);
}

void TestSyncProtocol::cborReaderIntegers_data()
{
    QTest::addColumn<QByteArray>("hex");
    QTest::addColumn<bool>("isInteger");
    QTest::addColumn<qint64>("value");
    QTest::newRow("0") << "00"_ba << true << qint64(0);
    QTest::newRow("23") << "17"_ba << true << qint64(23);
    QTest::newRow("24") << "1818"_ba << true << qint64(24);
    QTest::newRow("65,536") << "1a00010000"_ba << true << qint64(65'536);
    QTest::newRow("2^32") << "1b0000000100000000"_ba << true << qint64(4'294'967'296);
    QTest::newRow("qint64 max") << "1b7fffffffffffffff"_ba << true
                                << std::numeric_limits<qint64>::max();
    QTest::newRow("qint64 max + 1") << "1b8000000000000000"_ba << false << qint64(0);
    QTest::newRow("-1") << "20"_ba << true << qint64(-1);
    QTest::newRow("-25") << "3818"_ba << true << qint64(-25);
    QTest::newRow("qint64 min") << "3b7fffffffffffffff"_ba << true
                                << std::numeric_limits<qint64>::min();
    QTest::newRow("qint64 min - 1") << "3b8000000000000000"_ba << false << qint64(0);
    QTest::newRow("tagged integer") << "c100"_ba << false << qint64(0);
    QTest::newRow("float 1.0") << "f93c00"_ba << false << qint64(0);
    QTest::newRow("text \"1\"") << "6131"_ba << false << qint64(0);
}

void TestSyncProtocol::cborReaderIntegers()
{
    QFETCH(QByteArray, hex);
    QFETCH(bool, isInteger);
    QFETCH(qint64, value);
    const QByteArray bytes = QByteArray::fromHex(hex);
    CborReader reader(bytes);
    QCOMPARE(reader.isInteger(), isInteger);
    if (isInteger)
        QCOMPARE(reader.toInteger(), value);
    QVERIFY(reader.next());
    QCOMPARE(reader.currentOffset(), bytes.size());
}

// Random items of every kind, with sized and unsized containers: the reader
// meets what Qt's reader meets, and no strict prefix of an item is taken for
// one (an item's heads say where it ends).
void TestSyncProtocol::cborReaderWalksAsQt()
{
    QRandomGenerator random(20261206);
    for (int round = 0; round < 400; ++round) {
        const QCborValue value = randomItem(random, 4);
        QByteArray untilBreak;
        {
            QCborStreamWriter writer(&untilBreak);
            writeUntilBreak(writer, value);
        }
        for (const QByteArray &bytes : {value.toCbor(), untilBreak}) {
            QStringList ours, qts;
            CborReader reader(bytes);
            QVERIFY2(walk(reader, ours), bytes.toHex().constData());
            QCOMPARE(reader.currentOffset(), bytes.size());
            QCborStreamReader qt(bytes);
            QVERIFY(walk(qt, qts));
            QCOMPARE(ours, qts);
            for (qsizetype cut = 0; cut < bytes.size(); cut += 1 + cut / 8) {
                const QByteArrayView cutShort = QByteArrayView(bytes).first(cut);
                CborReader prefix(cutShort);
                QStringList ignored;
                QVERIFY2(!walk(prefix, ignored), bytes.toHex().constData());
                CborReader skipped(cutShort);
                QVERIFY(!skipped.next());
            }
        }
    }
}

// A rows array damaged anywhere (bytes changed, cut short): readRows()
// never reads outside it, and what it accepts as a whole Qt can decode.
void TestSyncProtocol::readRowsSurvivesDamage()
{
    Row tombstone {u"person"_s, u"p-2"_s, 7, u"device-a"_s, true, {}, 0};
    QCborArray rows {toCbor(validPerson()), toCbor(tombstone), toCbor(validPerson())};
    const QByteArray intact = QCborValue(rows).toCbor();
    QRandomGenerator random(61220);
    int accepted = 0;
    for (int round = 0; round < 3000; ++round) {
        QByteArray body = intact;
        for (int changes = 1 + int(random.bounded(3)); changes > 0; --changes)
            body[random.bounded(int(body.size()))] = char(random.bounded(256));
        if (round % 4 == 0)
            body.truncate(random.bounded(int(body.size())));
        CborReader reader(body);
        int seen = 0;
        const bool read = readRows(
            reader, body, Catalog::v1(),
            [&](qsizetype, qsizetype, const StreamedRow &) { return ++seen > 0; },
            [&](qsizetype, qsizetype, const Row &) { ++seen; });
        if (!read)
            continue;
        ++accepted;
        QCborParserError error;
        const QCborValue whole = QCborValue::fromCbor(body.first(reader.currentOffset()), &error);
        QCOMPARE(error.error, QCborError::NoError);
        QCOMPARE(whole.toArray().size(), seen);
    }
    // Most changes land in a text or a number and leave it well-formed.
    QVERIFY(accepted > 100);
}

// A text sent in chunks is valid CBOR that no writer of ours makes: the row
// is decoded whole, with the chunks joined.
void TestSyncProtocol::textInChunksDecodedWhole()
{
    const Row row = validPerson();
    const QByteArray name = row.values.value(u"full_name"_s).toString().toUtf8();
    QByteArray whole, chunked("\x7f");
    CborWriter(whole).utf8Text(name);
    CborWriter(chunked).utf8Text(name.left(7)); // "Nguyễ"
    CborWriter(chunked).utf8Text(name.mid(7));
    chunked += '\xff';
    CborReader text(chunked);
    QByteArrayView view;
    QVERIFY(!text.readText(view));
    QVERIFY(text.isValid());
    QVERIFY(text.next());
    QCOMPARE(text.currentOffset(), chunked.size());

    QByteArray body = QCborValue(QCborArray {toCbor(row)}).toCbor();
    QCOMPARE(body.count(whole), 1);
    body.replace(whole, chunked);

    CborReader reader(body);
    QList<Row> decoded;
    QVERIFY(readRows(
        reader, body, Catalog::v1(), [](qsizetype, qsizetype, const StreamedRow &) { return true; },
        [&](qsizetype, qsizetype, const Row &each) { decoded << each; }));
    QCOMPARE(decoded.size(), 1);
    QCOMPARE(decoded.first().values.value(u"full_name"_s).toString(), QString::fromUtf8(name));
}

QTEST_GUILESS_MAIN(TestSyncProtocol)
#include "tst_sync_protocol.moc"
