// The real phongdich-server over HTTP (docs/SYNC.md): every test runs once
// against SQLite and once against a throwaway PostgreSQL cluster.
#include "catalog.h"
#include "conflictdetector.h"
#include "devicestore.h"
#include "gzip.h"
#include "matchkeyfilter.h"
#include "pgcluster.h"
#include "pgcopy.h"
#include "pushapplier.h"
#include "serverprocess.h"
#include "wire.h"

#include <QCborArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

#include <limits>
#include <memory>
#include <optional>

using namespace pd::sync;
using pd::test::PgCluster;
using pd::test::ServerProcess;

namespace {

constexpr int kReplyTimeoutMs = 120 * 1000;
constexpr qint64 kDayMs = 24 * 60 * 60 * 1000;

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// The protocol's hybrid logical clock value: 48-bit ms, 16-bit counter.
qint64 hlcAt(qint64 ms, qint64 counter = 0)
{
    return (ms << 16) | counter;
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// A UUIDv7 made at `ms`, as devices make their ids: on PostgreSQL the server
// takes a row whose clock is within a minute of it for a new one and COPYs
// it without asking whether it is stored (RowStore::likelyNew).
QString uuidV7At(qint64 ms)
{
    return QStringLiteral("%1-%2-7%3")
        .arg(ms >> 16, 8, 16, QLatin1Char('0'))
        .arg(ms & 0xffff, 4, 16, QLatin1Char('0'))
        .arg(newId().mid(15));
}

// Test data for the tests that send stored rows again: with ids from
// another source, and with ids the server guesses to be new, which on
// PostgreSQL takes the COPY's fallback when the guess was wrong.
void addIdKinds()
{
    QTest::addColumn<bool>("madeAtTheirClock");
    QTest::newRow("random ids") << false;
    QTest::newRow("UUIDv7 ids") << true;
}

QString idAt(bool madeAtTheirClock, qint64 ms)
{
    return madeAtTheirClock ? uuidV7At(ms) : newId();
}

// One answer of the server, body as sent (gzip or not).
struct Reply {
    int status = 0;
    QByteArray rawBody;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QString networkError;

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    QByteArray body() const
    {
        if (header("Content-Encoding") == "gzip")
            return gzipDecompress(rawBody, 256 * 1024 * 1024).value_or(QByteArray());
        return rawBody;
    }
    QCborValue value() const
    {
        const std::optional<Format> format = formatOf(header("Content-Type"));
        if (!format)
            return {};
        return decode(body(), *format);
    }
    QString errorCode() const { return value().toMap().value(QLatin1String("error")).toString(); }
    QString describe() const
    {
        return QStringLiteral("HTTP %1 %2 %3 %4")
            .arg(status)
            .arg(networkError, QString::fromLatin1(header("Content-Type")),
                 QString::fromUtf8(body().left(600).toBase64()));
    }
    QString errorDescription() const
    {
        const QCborMap map = value().toMap();
        return QStringLiteral("HTTP %1 %2: %3")
            .arg(status)
            .arg(map.value(QLatin1String("error")).toString(),
                 map.value(QLatin1String("message")).toString());
    }
};

Reply finish(QNetworkReply *reply, int timeoutMs = kReplyTimeoutMs)
{
    if (!reply->isFinished()) {
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    Reply result;
    if (!reply->isFinished()) {
        result.networkError = QStringLiteral("timed out");
        reply->abort();
    }
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.rawBody = reply->readAll();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        result.headers.insert(name.toLower(), value);
    if (reply->error() != QNetworkReply::NoError && result.status == 0)
        result.networkError = reply->errorString();
    reply->deleteLater();
    return result;
}

// A device as the tests drive it.
struct TestDevice {
    QString id;
    QString token;
    QString scope;
};

// Units for one test: two communes in one district, a third in another
// district of the same province. Every test takes units of its own, so
// counts in pulls are exact whatever ran before.
struct Area {
    QString province;
    QString district;
    QString commune;
    QString commune2; // same district
    QString district2;
    QString commune3; // in district2
};

class AdminUnits {
public:
    AdminUnits()
    {
        QFile file(QStringLiteral(PD_ADMIN_UNITS_CSV));
        if (!file.open(QIODevice::ReadOnly))
            return;
        QHash<QString, QStringList> children;
        QStringList provinces;
        for (const QByteArray &raw : file.readAll().split('\n')) {
            const QByteArray line = raw.trimmed();
            if (line.isEmpty() || line.startsWith('#') || line.startsWith("code,"))
                continue;
            const QList<QByteArray> fields = line.split(',');
            const QString code = QString::fromLatin1(fields.value(0));
            const QString parent = QString::fromLatin1(fields.value(1));
            if (parent.isEmpty())
                provinces << code;
            else
                children[parent] << code;
        }
        for (const QString &province : std::as_const(provinces)) {
            QStringList districts;
            for (const QString &district : children.value(province)) {
                if (children.value(district).size() >= 2)
                    districts << district;
            }
            if (districts.size() < 2)
                continue;
            m_areas.append({province, districts.at(0), children.value(districts.at(0)).at(0),
                            children.value(districts.at(0)).at(1), districts.at(1),
                            children.value(districts.at(1)).at(0)});
            for (const QString &district : std::as_const(districts)) {
                const QStringList communes = children.value(district);
                m_communePairs.append({province, district, communes.at(0), communes.at(1), {}, {}});
            }
        }
    }
    // Whole provinces, for tests with province or district devices.
    const QList<Area> &areas() const { return m_areas; }
    // Two communes of one district, for tests with commune devices only.
    const QList<Area> &communePairs() const { return m_communePairs; }

private:
    QList<Area> m_areas;
    QList<Area> m_communePairs;
};

QCborMap validValues(const QString &table, const QString &tag)
{
    QCborMap values;
    for (const ColumnSpec &column : Catalog::v1().table(table)->columns) {
        if (column.type == ColumnType::Text)
            values.insert(column.name, QString(tag + QLatin1Char('-') + column.name));
        else
            values.insert(column.name, 42);
    }
    // Check-ins older than the retention would be purged by the next start.
    if (table == QLatin1String("checkin"))
        values.insert(QStringLiteral("at_ms"), nowMs());
    return values;
}

Row makeRow(const QString &table, const QString &origin, const QString &tag = {}, qint64 hlc = 0,
            const QString &id = {})
{
    Row row;
    row.table = table;
    row.id = id.isEmpty() ? newId() : id;
    row.hlc = hlc ? hlc : hlcAt(nowMs());
    row.origin = origin;
    row.values = validValues(table, tag.isEmpty() ? row.id : tag);
    return row;
}

PushRequest batchOf(const TestDevice &device, const QList<Row> &rows, const QString &batchId = {})
{
    return {batchId.isEmpty() ? newId() : batchId, device.id, rows};
}

QByteArray packageOf(const QString &deviceId, const QList<PushRequest> &batches)
{
    QCborArray array;
    for (const PushRequest &batch : batches)
        array.append(toCbor(batch));
    const QCborMap package {{QStringLiteral("v"), 1},
                            {QStringLiteral("kind"), QStringLiteral("phongdich-package")},
                            {QStringLiteral("device"), deviceId},
                            {QStringLiteral("batches"), array}};
    return gzipCompress(package.toCborValue().toCbor());
}

// A direct connection holding the database's write lock the way a push
// takes it (SQLite's write lock; PostgreSQL's sequence counter row) until
// release() or destruction, so a check that fails meanwhile cannot leave it
// held for the tests after it.
class HeldWriteLock {
public:
    HeldWriteLock(QSqlDatabase db, bool sqlite) : m_db(std::move(db))
    {
        QSqlQuery query(m_db);
        m_held = m_db.isOpen()
            && (sqlite ? query.exec(QStringLiteral("BEGIN IMMEDIATE"))
                       : query.exec(QStringLiteral("BEGIN"))
                        && query.exec(
                            QStringLiteral("UPDATE seq_counter SET value = value WHERE id = 1")));
    }
    ~HeldWriteLock()
    {
        release();
        const QString name = m_db.connectionName();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
    }
    HeldWriteLock(const HeldWriteLock &) = delete;
    HeldWriteLock &operator=(const HeldWriteLock &) = delete;

    bool isOpen() const { return m_db.isOpen(); }
    bool isHeld() const { return m_held; }
    QString error() const { return m_db.lastError().text(); }
    void release()
    {
        if (m_held)
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        m_held = false;
    }

private:
    QSqlDatabase m_db;
    bool m_held = false;
};

} // namespace

class SyncServerTest : public QObject {
    Q_OBJECT

public:
    enum class Backend { Sqlite, Postgres };
    explicit SyncServerTest(Backend backend) : m_backend(backend) { }

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    void health();
    void enroll();
    void roundTrip_data();
    void roundTrip();
    void awkwardTextStoredExactly_data();
    void awkwardTextStoredExactly();
    void replayedBatch();
    void lastWriterWins_data() { addIdKinds(); }
    void lastWriterWins();
    void appendOnly_data() { addIdKinds(); }
    void appendOnly();
    void badRequests_data();
    void badRequests();
    void rejectedRows_data();
    void rejectedRows();
    void scope();
    void scopedPullPages_data();
    void scopedPullPages();
    void duplicatePersonConflict_data() { addIdKinds(); }
    void duplicatePersonConflict();
    void duplicateStoredByAnotherProcess();
    void retentionPurge();
    void devicesCommands();
    void importPackage();
    void advanceSeq();
    void metrics();
    void killedMidPush();
    void servesWhileAPushWaits();
    void deviceHangsUpWhileItsPushWaits();

protected:
    // A database of its own for a test: a file, or a new PostgreSQL database.
    QString newDatabase(const QString &name);
    // A direct connection for checks the API does not show (purge_log).
    QSqlDatabase openDirect(const QString &spec, const QString &connectionName);
    // The test database's write lock, held on a direct connection.
    std::unique_ptr<HeldWriteLock> holdWriteLock();
    // A province of its own (from the end of the list).
    Area freshArea();
    // Two communes of their own, in a province no freshArea() gives out.
    Area communeArea();

    Reply get(const ServerProcess &server, const QString &path, const QString &token = {},
              const QByteArray &accept = "application/cbor",
              const QByteArray &acceptEncoding = "identity");
    QNetworkReply *postAsync(const ServerProcess &server, const QString &path,
                             const QByteArray &body,
                             const QList<QPair<QByteArray, QByteArray>> &headers);
    Reply post(const ServerProcess &server, const QString &path, const QByteArray &body,
               const QList<QPair<QByteArray, QByteArray>> &headers);

    std::optional<TestDevice> enrollDevice(const ServerProcess &server, const QString &scope,
                                           const QString &id = {});
    QNetworkReply *startPush(const ServerProcess &server, const TestDevice &device,
                             const PushRequest &request, Format format = Format::Cbor,
                             bool gzip = false);
    Reply pushReply(const ServerProcess &server, const TestDevice &device,
                    const PushRequest &request, Format format = Format::Cbor, bool gzip = false);
    std::optional<PushResponse> push(const ServerProcess &server, const TestDevice &device,
                                     const PushRequest &request, Format format = Format::Cbor,
                                     bool gzip = false);
    // Every page after `after`, following `more`.
    std::optional<PullResponse> pullAll(const ServerProcess &server, const TestDevice &device,
                                        qint64 after = 0, int limit = 1000,
                                        Format format = Format::Cbor, bool gzip = false);

    ServerProcess &server() { return *m_server; }

    Backend m_backend;
    QTemporaryDir m_dir;
    std::unique_ptr<PgCluster> m_cluster;
    QString m_spec;
    std::unique_ptr<ServerProcess> m_server;
    QNetworkAccessManager m_network;
    AdminUnits m_units;
    int m_nextArea = 0;
    int m_nextCommunes = 0;
    QString m_lastError;
};

void SyncServerTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_units.areas().size() > 40, "the admin-unit CSV did not load");
    QVERIFY2(QFile::exists(ServerProcess::serverBinary()),
             qPrintable(ServerProcess::serverBinary()));
    if (m_backend == Backend::Postgres) {
        QString error;
        m_cluster = PgCluster::start(&error);
        QVERIFY2(m_cluster, qPrintable(error));
    }
    m_spec = newDatabase(QStringLiteral("main"));
    QVERIFY(!m_spec.isEmpty());
    m_server = std::make_unique<ServerProcess>(m_spec);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
}

void SyncServerTest::cleanupTestCase()
{
    if (m_server) {
        QVERIFY2(m_server->stop(), m_server->standardError().right(4000).constData());
        m_server.reset();
    }
    for (const QString &name : QSqlDatabase::connectionNames())
        QSqlDatabase::removeDatabase(name);
    m_cluster.reset();
}

void SyncServerTest::cleanup()
{
    // Whatever a test did, the server must still be serving.
    if (m_server && m_server->isRunning()) {
        const Reply health = get(*m_server, QStringLiteral("/v1/health"));
        QCOMPARE(health.status, 200);
    }
}

QString SyncServerTest::newDatabase(const QString &name)
{
    if (m_backend == Backend::Sqlite)
        return QStringLiteral("sqlite:") + m_dir.filePath(name + QStringLiteral(".sqlite"));
    QString error;
    if (!m_cluster || !m_cluster->createDatabase(name, &error)) {
        qWarning("createDatabase: %s", qPrintable(error));
        return {};
    }
    return m_cluster->url(name);
}

QSqlDatabase SyncServerTest::openDirect(const QString &spec, const QString &connectionName)
{
    QSqlDatabase db;
    if (spec.startsWith(QLatin1String("sqlite:"))) {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(spec.mid(7));
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=30000"));
    } else {
        const QUrl url(spec);
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
        db.setHostName(url.host());
        db.setPort(url.port());
        db.setUserName(url.userName());
        db.setDatabaseName(url.path().mid(1));
    }
    db.open();
    return db;
}

std::unique_ptr<HeldWriteLock> SyncServerTest::holdWriteLock()
{
    return std::make_unique<HeldWriteLock>(openDirect(m_spec, QStringLiteral("held")),
                                           m_backend == Backend::Sqlite);
}

Area SyncServerTest::freshArea()
{
    // From the end of the list, communeArea() from the start: the two
    // never meet.
    const QList<Area> &areas = m_units.areas();
    return areas.at(areas.size() - 1 - (m_nextArea++ % areas.size()));
}

Area SyncServerTest::communeArea()
{
    const QList<Area> &pairs = m_units.communePairs();
    return pairs.at(m_nextCommunes++ % pairs.size());
}

Reply SyncServerTest::get(const ServerProcess &target, const QString &path, const QString &token,
                          const QByteArray &accept, const QByteArray &acceptEncoding)
{
    QNetworkRequest request(target.url().resolved(QUrl(path)));
    request.setRawHeader("Accept", accept);
    request.setRawHeader("Accept-Encoding", acceptEncoding);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    return finish(m_network.get(request));
}

QNetworkReply *SyncServerTest::postAsync(const ServerProcess &target, const QString &path,
                                         const QByteArray &body,
                                         const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(target.url().resolved(QUrl(path)));
    request.setRawHeader("Accept-Encoding", "identity");
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    return m_network.post(request, body);
}

Reply SyncServerTest::post(const ServerProcess &target, const QString &path, const QByteArray &body,
                           const QList<QPair<QByteArray, QByteArray>> &headers)
{
    return finish(postAsync(target, path, body, headers));
}

std::optional<TestDevice> SyncServerTest::enrollDevice(const ServerProcess &target,
                                                       const QString &scope, const QString &id)
{
    const QString code = target.enrollCode(scope);
    if (code.isEmpty()) {
        m_lastError = QStringLiteral("enroll-code failed for ") + scope;
        return std::nullopt;
    }
    const EnrollRequest request {code, id.isEmpty() ? newId() : id, QStringLiteral("Chốt thử")};
    const Reply reply =
        post(target, QStringLiteral("/v1/enroll"), encode(toCbor(request), Format::Cbor),
             {{"Content-Type", "application/cbor"}});
    const Decoded<EnrollResponse> response = enrollResponseFromCbor(reply.value());
    if (reply.status != 200 || !response) {
        m_lastError = reply.errorDescription();
        return std::nullopt;
    }
    return TestDevice {response.value->deviceId, response.value->token, response.value->scopeCode};
}

QNetworkReply *SyncServerTest::startPush(const ServerProcess &target, const TestDevice &device,
                                         const PushRequest &request, Format format, bool gzip)
{
    QByteArray body = encode(toCbor(request), format);
    QList<QPair<QByteArray, QByteArray>> headers {
        {"Content-Type", contentType(format)},
        {"Authorization", "Bearer " + device.token.toLatin1()}};
    if (gzip) {
        body = gzipCompress(body);
        headers << qMakePair(QByteArray("Content-Encoding"), QByteArray("gzip"))
                << qMakePair(QByteArray("Accept-Encoding"), QByteArray("gzip"));
    }
    return postAsync(target, QStringLiteral("/v1/push"), body, headers);
}

Reply SyncServerTest::pushReply(const ServerProcess &target, const TestDevice &device,
                                const PushRequest &request, Format format, bool gzip)
{
    return finish(startPush(target, device, request, format, gzip));
}

std::optional<PushResponse> SyncServerTest::push(const ServerProcess &target,
                                                 const TestDevice &device,
                                                 const PushRequest &request, Format format,
                                                 bool gzip)
{
    const Reply reply = pushReply(target, device, request, format, gzip);
    if (reply.status != 200) {
        m_lastError = reply.errorDescription();
        return std::nullopt;
    }
    Decoded<PushResponse> response = pushResponseFromCbor(reply.value());
    if (!response) {
        m_lastError = response.error;
        return std::nullopt;
    }
    return *response.value;
}

std::optional<PullResponse> SyncServerTest::pullAll(const ServerProcess &target,
                                                    const TestDevice &device, qint64 after,
                                                    int limit, Format format, bool gzip)
{
    PullResponse all;
    all.last = after;
    for (int page = 0; page < 1000; ++page) {
        const Reply reply =
            get(target, QStringLiteral("/v1/pull?after=%1&limit=%2").arg(all.last).arg(limit),
                device.token, contentType(format), gzip ? "gzip" : "identity");
        if (reply.status != 200) {
            m_lastError = reply.errorDescription();
            return std::nullopt;
        }
        if (gzip && reply.header("Content-Encoding") != "gzip") {
            m_lastError = QStringLiteral("asked for gzip, got an uncompressed pull");
            return std::nullopt;
        }
        if (formatOf(reply.header("Content-Type")) != format) {
            m_lastError = QStringLiteral("pull answered in another format");
            return std::nullopt;
        }
        Decoded<PullResponse> response = pullResponseFromCbor(reply.value());
        if (!response) {
            m_lastError = response.error;
            return std::nullopt;
        }
        // Where the page ends comes before its rows, so a device can ask
        // for the next page first.
        if (format == Format::Cbor) {
            const auto position = pullPositionFromCbor(reply.body());
            if (!position || position->last != response.value->last
                || position->more != response.value->more) {
                m_lastError = QStringLiteral("last and more do not precede the rows");
                return std::nullopt;
            }
        }
        all.rows << response.value->rows;
        if (response.value->last < all.last) {
            m_lastError = QStringLiteral("the cursor went back");
            return std::nullopt;
        }
        all.last = response.value->last;
        all.serverHlc = response.value->serverHlc;
        if (!response.value->more)
            return all;
    }
    m_lastError = QStringLiteral("pull never ended");
    return std::nullopt;
}

// Shorthands that stop the test with the server's own explanation.
#define ENROLL(var, target, ...)                                                                   \
    const std::optional<TestDevice> var##Enrolled = enrollDevice(target, __VA_ARGS__);             \
    QVERIFY2(var##Enrolled, qPrintable(m_lastError));                                              \
    const TestDevice &var = *var##Enrolled

#define PUSH(var, ...)                                                                             \
    const std::optional<PushResponse> var##Pushed = push(__VA_ARGS__);                             \
    QVERIFY2(var##Pushed, qPrintable(m_lastError));                                                \
    const PushResponse &var = *var##Pushed

#define PULL(var, ...)                                                                             \
    const std::optional<PullResponse> var##Pulled = pullAll(__VA_ARGS__);                          \
    QVERIFY2(var##Pulled, qPrintable(m_lastError));                                                \
    const PullResponse &var = *var##Pulled

void SyncServerTest::health()
{
    const Reply json = get(server(), QStringLiteral("/v1/health"), {}, "application/json");
    QCOMPARE(json.status, 200);
    QCOMPARE(json.header("Content-Type"), QByteArray("application/json"));
    const QJsonObject object = QJsonDocument::fromJson(json.body()).object();
    QCOMPARE(object.value(QLatin1String("status")).toString(), QStringLiteral("ok"));
    QCOMPARE(object.value(QLatin1String("version")).toInt(), 1);
    QCOMPARE(object.value(QLatin1String("db")).toString(),
             m_backend == Backend::Sqlite ? QStringLiteral("sqlite")
                                          : QStringLiteral("postgresql"));

    // CBOR unless JSON is asked for; serverHlc moves forward.
    const Reply cbor = get(server(), QStringLiteral("/v1/health"), {}, "*/*");
    QCOMPARE(cbor.header("Content-Type"), QByteArray("application/cbor"));
    const qint64 serverHlc = cbor.value().toMap().value(QLatin1String("serverHlc")).toInteger();
    QVERIFY(serverHlc > hlcAt(nowMs() - 60 * 1000));
    const Reply again = get(server(), QStringLiteral("/v1/health"));
    QVERIFY(again.value().toMap().value(QLatin1String("serverHlc")).toInteger() > serverHlc);

    const Reply missing = get(server(), QStringLiteral("/v1/nothing"));
    QCOMPARE(missing.status, 404);
}

void SyncServerTest::enroll()
{
    const Area area = freshArea();
    const QString code = server().enrollCode(area.commune);
    QVERIFY(!code.isEmpty());
    const QString deviceId = newId();
    const QByteArray body = encode(
        toCbor(EnrollRequest {code, deviceId, QStringLiteral("Chốt Phúc Xá 1")}), Format::Json);
    const Reply enrolled =
        post(server(), QStringLiteral("/v1/enroll"), body, {{"Content-Type", "application/json"}});
    QCOMPARE(enrolled.status, 200);
    QCOMPARE(enrolled.header("Content-Type"), QByteArray("application/json"));
    const Decoded<EnrollResponse> response = enrollResponseFromCbor(enrolled.value());
    QVERIFY2(response, qPrintable(response.error));
    QCOMPARE(response.value->deviceId, deviceId);
    QCOMPARE(response.value->scopeCode, area.commune);
    QCOMPARE(response.value->scopeLevel, 3);
    QVERIFY(response.value->token.size() >= 43);
    QVERIFY(response.value->serverHlc > 0);
    const TestDevice first {deviceId, response.value->token, area.commune};

    // A code works once.
    const Reply reused =
        post(server(), QStringLiteral("/v1/enroll"), body, {{"Content-Type", "application/json"}});
    QCOMPARE(reused.status, 403);
    QCOMPARE(reused.errorCode(), QStringLiteral("enroll_code_invalid"));

    // An unknown code, and one typed in lower case without dashes (works).
    const QByteArray unknown =
        encode(toCbor(EnrollRequest {QStringLiteral("AAAA-BBBB-CCCC"), newId(), {}}), Format::Cbor);
    const Reply unknownReply = post(server(), QStringLiteral("/v1/enroll"), unknown,
                                    {{"Content-Type", "application/cbor"}});
    QCOMPARE(unknownReply.status, 403);
    QCOMPARE(unknownReply.errorCode(), QStringLiteral("enroll_code_invalid"));

    // An expired code.
    int exitCode = -1;
    const QByteArray shortLived =
        server().runCommand({QStringLiteral("enroll-code"), QStringLiteral("--scope"),
                             area.province, QStringLiteral("--expires"), QStringLiteral("1s")},
                            &exitCode);
    QCOMPARE(exitCode, 0);
    const QJsonObject shortCode = QJsonDocument::fromJson(shortLived).object();
    QCOMPARE(shortCode.value(QLatin1String("scope")).toString(), area.province);
    QCOMPARE(shortCode.value(QLatin1String("scopeLevel")).toInt(), 1);
    QVERIFY(shortCode.value(QLatin1String("expiresAt")).toString().endsWith(QLatin1Char('Z')));
    QTest::qWait(1500);
    const Reply expired = post(
        server(), QStringLiteral("/v1/enroll"),
        encode(
            toCbor(EnrollRequest {shortCode.value(QLatin1String("code")).toString(), newId(), {}}),
            Format::Cbor),
        {{"Content-Type", "application/cbor"}});
    QCOMPARE(expired.status, 403);
    QCOMPARE(expired.errorCode(), QStringLiteral("enroll_code_invalid"));

    // Enrolling again: a new token and scope, the old token stops working.
    const QString second = server().enrollCode(area.district).toLower().remove(QLatin1Char('-'));
    const Reply again = post(server(), QStringLiteral("/v1/enroll"),
                             encode(toCbor(EnrollRequest {second, deviceId, {}}), Format::Cbor),
                             {{"Content-Type", "application/cbor"}});
    QCOMPARE(again.status, 200);
    const Decoded<EnrollResponse> renewed = enrollResponseFromCbor(again.value());
    QVERIFY(renewed);
    QCOMPARE(renewed.value->scopeCode, area.district);
    QCOMPARE(renewed.value->scopeLevel, 2);
    QCOMPARE(get(server(), QStringLiteral("/v1/pull"), first.token).status, 401);
    QCOMPARE(get(server(), QStringLiteral("/v1/pull"), renewed.value->token).status, 200);

    // The command line refuses unknown units and bad durations.
    QByteArray stderrText;
    server().runCommand(
        {QStringLiteral("enroll-code"), QStringLiteral("--scope"), QStringLiteral("99999")},
        &exitCode, &stderrText);
    QCOMPARE(exitCode, 1);
    QVERIFY(stderrText.contains("99999"));
    server().runCommand({QStringLiteral("enroll-code"), QStringLiteral("--scope"), area.commune,
                         QStringLiteral("--expires"), QStringLiteral("tomorrow")},
                        &exitCode);
    QCOMPARE(exitCode, 2);
    server().runCommand({QStringLiteral("enroll-code")}, &exitCode);
    QCOMPARE(exitCode, 2);

    // A malformed enrolment names the key.
    const Reply malformed =
        post(server(), QStringLiteral("/v1/enroll"), QByteArray(R"({"code": 5, "device": "x"})"),
             {{"Content-Type", "application/json"}});
    QCOMPARE(malformed.status, 400);
    QCOMPARE(malformed.errorCode(), QStringLiteral("malformed"));
    QVERIFY(malformed.value()
                .toMap()
                .value(QLatin1String("message"))
                .toString()
                .contains(QLatin1String("code")));
}

void SyncServerTest::roundTrip_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<bool>("gzip");
    QTest::newRow("cbor") << int(Format::Cbor) << false;
    QTest::newRow("json") << int(Format::Json) << false;
    QTest::newRow("cbor gzip") << int(Format::Cbor) << true;
    QTest::newRow("json gzip") << int(Format::Json) << true;
}

void SyncServerTest::roundTrip()
{
    QFETCH(int, format);
    QFETCH(bool, gzip);
    const Format wire = Format(format);
    const Area area = communeArea();
    ENROLL(writer, server(), area.commune);
    ENROLL(reader, server(), area.commune);

    QList<Row> rows;
    for (const TableSpec &table : Catalog::v1().tables())
        rows << makeRow(table.name, writer.id, QStringLiteral("Nguyễn Văn An ") + newId());
    Row deletion = makeRow(QStringLiteral("person"), writer.id);
    deletion.deleted = true;
    deletion.values = {};
    rows << deletion;

    const Reply reply = pushReply(server(), writer, batchOf(writer, rows), wire, gzip);
    QCOMPARE(reply.status, 200);
    QCOMPARE(formatOf(reply.header("Content-Type")), std::optional<Format>(wire));
    QCOMPARE(reply.header("Content-Encoding"), gzip ? QByteArray("gzip") : QByteArray());
    const Decoded<PushResponse> response = pushResponseFromCbor(reply.value());
    QVERIFY2(response, qPrintable(response.error));
    QCOMPARE(response.value->applied, rows.size());
    QCOMPARE(response.value->unchanged, 0);
    QVERIFY(response.value->rejected.isEmpty());
    QCOMPARE(response.value->replayed, false);
    QVERIFY(response.value->serverHlc >= rows.constLast().hlc);

    PULL(pulled, server(), reader, 0, 3, wire, gzip);
    QCOMPARE(pulled.rows.size(), rows.size());
    qint64 previousSeq = 0;
    for (int i = 0; i < rows.size(); ++i) {
        const Row &sent = rows.at(i);
        const Row &got = pulled.rows.at(i);
        QCOMPARE(got.table, sent.table);
        QCOMPARE(got.id, sent.id);
        QCOMPARE(got.hlc, sent.hlc);
        QCOMPARE(got.origin, sent.origin);
        QCOMPARE(got.deleted, sent.deleted);
        // JSON objects come back with their keys sorted: compare as maps.
        QCOMPARE(got.values.toVariantMap(), sent.values.toVariantMap());
        QVERIFY(got.seq > previousSeq);
        previousSeq = got.seq;
    }
    QCOMPARE(pulled.last, previousSeq);

    // The writer does not get its own rows back.
    PULL(own, server(), writer);
    QVERIFY(own.rows.isEmpty());
    QVERIFY(own.last >= previousSeq);
}

void SyncServerTest::awkwardTextStoredExactly_data()
{
    QTest::addColumn<QString>("text");
    // What PostgreSQL's array syntax and SQL quoting treat specially.
    QTest::newRow("double quote") << QStringLiteral("Lê \"Tí\"");
    QTest::newRow("backslash") << QStringLiteral("C:\\dữ liệu\\");
    QTest::newRow("braces and comma") << QStringLiteral("{a,b},c");
    QTest::newRow("single quote") << QStringLiteral("O'Brien ''x");
    QTest::newRow("the word NULL") << QStringLiteral("NULL");
    QTest::newRow("spaces around") << QStringLiteral("  Bùi  ");
    QTest::newRow("empty") << QString();
    QTest::newRow("four-byte UTF-8") << QStringLiteral("𠀧𡨸 Nôm");
    // What COPY's text format escapes (new rows are COPY'd, now in the
    // binary format, which sends them as they are).
    QTest::newRow("tab and line breaks") << QStringLiteral("a\tb\nc\r\nd");
    QTest::newRow("copy markers") << QStringLiteral("\\N \\. \\x41 \\");
}

// Ids and values come back exactly as sent, whatever characters they hold.
void SyncServerTest::awkwardTextStoredExactly()
{
    QFETCH(QString, text);
    const Area area = communeArea();
    ENROLL(writer, server(), area.commune);
    ENROLL(reader, server(), area.commune);
    Row row = makeRow(QStringLiteral("person"), writer.id, {}, 0,
                      text.isEmpty() ? newId() : text + newId());
    row.values.insert(QStringLiteral("full_name"), text);
    row.values.insert(QStringLiteral("street"), text);
    row.values.insert(QStringLiteral("id_number"), text); // the stored match key
    const Reply reply = pushReply(server(), writer, batchOf(writer, {row}));
    QCOMPARE(reply.status, 200);
    const Decoded<PushResponse> response = pushResponseFromCbor(reply.value());
    QVERIFY2(response, qPrintable(response.error));
    QVERIFY(response.value->rejected.isEmpty());
    QCOMPARE(response.value->applied, 1);

    PULL(pulled, server(), reader);
    const auto got = std::find_if(pulled.rows.cbegin(), pulled.rows.cend(),
                                  [&row](const Row &candidate) { return candidate.id == row.id; });
    QVERIFY(got != pulled.rows.cend());
    QCOMPARE(got->values.value(QStringLiteral("full_name")).toString(), text);
    QCOMPARE(got->values.toVariantMap(), row.values.toVariantMap());
    {
        // The stored match key, which no answer shows.
        QSqlDatabase db = openDirect(m_spec, QStringLiteral("awkward"));
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
        QSqlQuery query(db);
        query.prepare(
            QStringLiteral("SELECT match_key FROM sync_row WHERE tbl = 'person' AND id = ?"));
        query.addBindValue(row.id);
        QVERIFY2(query.exec() && query.next(), qPrintable(query.lastError().text()));
        QCOMPARE(query.value(0).toString(), text);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("awkward"));

    // The stored version is found again: the same row sent again is
    // unchanged, not a second row.
    const Reply again = pushReply(server(), writer, batchOf(writer, {row}));
    QCOMPARE(again.status, 200);
    const Decoded<PushResponse> unchanged = pushResponseFromCbor(again.value());
    QVERIFY2(unchanged, qPrintable(unchanged.error));
    QCOMPARE(unchanged.value->unchanged, 1);
}

void SyncServerTest::replayedBatch()
{
    const Area area = communeArea();
    ENROLL(writer, server(), area.commune);
    ENROLL(reader, server(), area.commune);
    Row bad = makeRow(QStringLiteral("person"), writer.id);
    bad.table = QStringLiteral("nope");
    const PushRequest batch = batchOf(writer,
                                      {makeRow(QStringLiteral("person"), writer.id),
                                       makeRow(QStringLiteral("checkin"), writer.id), bad});
    PUSH(first, server(), writer, batch);
    QCOMPARE(first.applied, 2);
    QCOMPARE(first.rejected.size(), 1);
    QCOMPARE(first.replayed, false);
    PULL(before, server(), reader);
    QCOMPARE(before.rows.size(), 2);

    PUSH(second, server(), writer, batch, Format::Json);
    QCOMPARE(second.replayed, true);
    QCOMPARE(second.batchId, first.batchId);
    QCOMPARE(second.applied, first.applied);
    QCOMPARE(second.unchanged, first.unchanged);
    QCOMPARE(second.rejected.size(), 1);
    QCOMPARE(second.rejected.first().code, QStringLiteral("unknown_table"));
    QVERIFY(second.serverHlc > first.serverHlc);

    PULL(after, server(), reader, before.last);
    QVERIFY(after.rows.isEmpty());
    PULL(everything, server(), reader);
    QCOMPARE(everything.rows.size(), 2);
    QCOMPARE(everything.rows.at(0).seq, before.rows.at(0).seq);

    // The same batch id from another device is not its answer to take.
    ENROLL(other, server(), area.commune);
    const Reply stolen = pushReply(server(), other, PushRequest {batch.batchId, other.id, {}});
    QCOMPARE(stolen.status, 400);
    QCOMPARE(stolen.errorCode(), QStringLiteral("malformed"));
}

void SyncServerTest::lastWriterWins()
{
    const Area area = communeArea();
    // Origins break ties by plain string order: "...-a" < "...-b".
    const QString suffix = newId().left(8);
    ENROLL(a, server(), area.commune, QStringLiteral("lww-a-") + suffix);
    ENROLL(b, server(), area.commune, QStringLiteral("lww-b-") + suffix);
    ENROLL(reader, server(), area.commune);
    QFETCH(bool, madeAtTheirClock);
    const qint64 createdMs = nowMs();
    const QString id = idAt(madeAtTheirClock, createdMs);
    const qint64 base = hlcAt(createdMs);

    auto version = [&](const TestDevice &device, qint64 hlc, const QString &tag) {
        return makeRow(QStringLiteral("person"), device.id, tag, hlc, id);
    };
    auto stored = [&]() -> std::optional<Row> {
        const std::optional<PullResponse> pulled = pullAll(server(), reader);
        if (!pulled || pulled->rows.size() != 1)
            return std::nullopt;
        return pulled->rows.first();
    };

    PUSH(v1, server(), a, batchOf(a, {version(a, base, QStringLiteral("v1"))}));
    QCOMPARE(v1.applied, 1);
    PUSH(older, server(), a, batchOf(a, {version(a, base - hlcAt(1000), QStringLiteral("old"))}));
    QCOMPARE(older.applied, 0);
    QCOMPARE(older.unchanged, 1);
    std::optional<Row> row = stored();
    QVERIFY(row);
    QCOMPARE(row->values, validValues(QStringLiteral("person"), QStringLiteral("v1")));

    // Equal hlc: the greater origin wins.
    PUSH(tieB, server(), b, batchOf(b, {version(b, base, QStringLiteral("tie-b"))}));
    QCOMPARE(tieB.applied, 1);
    PUSH(tieA, server(), a, batchOf(a, {version(a, base, QStringLiteral("tie-a"))}));
    QCOMPARE(tieA.applied, 0);
    QCOMPARE(tieA.unchanged, 1);
    row = stored();
    QVERIFY(row);
    QCOMPARE(row->origin, b.id);
    QCOMPARE(row->values, validValues(QStringLiteral("person"), QStringLiteral("tie-b")));

    // Newer wins; two versions in one batch go in as the newest.
    PUSH(newer, server(), a,
         batchOf(a,
                 {version(a, base + 2, QStringLiteral("v3")),
                  version(a, base + 1, QStringLiteral("v2"))}));
    QCOMPARE(newer.applied, 2);
    QCOMPARE(newer.unchanged, 0);
    row = stored();
    QVERIFY(row);
    QCOMPARE(row->hlc, base + 2);
    QCOMPARE(row->origin, a.id);
    QCOMPARE(row->values, validValues(QStringLiteral("person"), QStringLiteral("v3")));

    // A deletion is a version like any other.
    Row deletion = version(a, base + 3, {});
    deletion.deleted = true;
    deletion.values = {};
    PUSH(deleted, server(), a, batchOf(a, {deletion}));
    QCOMPARE(deleted.applied, 1);
    row = stored();
    QVERIFY(row);
    QVERIFY(row->deleted);
}

void SyncServerTest::appendOnly()
{
    const Area area = communeArea();
    ENROLL(writer, server(), area.commune);
    ENROLL(reader, server(), area.commune);
    QFETCH(bool, madeAtTheirClock);
    const qint64 createdMs = nowMs();
    const Row first = makeRow(QStringLiteral("checkin"), writer.id, QStringLiteral("first"),
                              hlcAt(createdMs), idAt(madeAtTheirClock, createdMs));
    PUSH(inserted, server(), writer, batchOf(writer, {first}));
    QCOMPARE(inserted.applied, 1);

    Row copy = first;
    copy.values = validValues(QStringLiteral("checkin"), QStringLiteral("second"));
    copy.hlc = first.hlc + 10;
    // Next to new rows: a stored row in the COPY must not lose the new one,
    // nor the person written before the check-ins in the same transaction.
    const qint64 laterMs = nowMs();
    const Row fresh = makeRow(QStringLiteral("checkin"), writer.id, QStringLiteral("fresh"),
                              hlcAt(laterMs), idAt(madeAtTheirClock, laterMs));
    const QString personId = idAt(madeAtTheirClock, laterMs);
    const Row person =
        makeRow(QStringLiteral("person"), writer.id, personId, hlcAt(laterMs), personId);
    PUSH(ignored, server(), writer, batchOf(writer, {fresh, copy, person}));
    QCOMPARE(ignored.applied, 2);
    QCOMPARE(ignored.unchanged, 1);

    const Row other = makeRow(QStringLiteral("audit_log"), writer.id);
    PUSH(twice, server(), writer, batchOf(writer, {other, other}));
    QCOMPARE(twice.applied, 1);
    QCOMPARE(twice.unchanged, 1);

    PULL(pulled, server(), reader);
    QCOMPARE(pulled.rows.size(), 4);
    QCOMPARE(pulled.rows.at(0).id, first.id);
    QCOMPARE(pulled.rows.at(0).values, first.values);
    QCOMPARE(pulled.rows.at(0).hlc, first.hlc);
    QCOMPARE(pulled.rows.at(1).id, fresh.id);
    QCOMPARE(pulled.rows.at(1).values, fresh.values);
    QCOMPARE(pulled.rows.at(2).id, person.id);
}

void SyncServerTest::badRequests_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("messageNames");
    QTest::newRow("malformed CBOR") << "cbor" << 400 << "malformed"
                                    << "";
    QTest::newRow("malformed JSON") << "json" << 400 << "malformed"
                                    << "";
    QTest::newRow("wrong key type") << "batch-type" << 400 << "malformed"
                                    << "batch";
    QTest::newRow("missing key") << "no-rows" << 400 << "malformed"
                                 << "rows";
    QTest::newRow("wrong row shape") << "row-shape" << 400 << "malformed"
                                     << "hlc";
    QTest::newRow("text not UTF-8") << "not-utf8" << 400 << "malformed"
                                    << "";
    QTest::newRow("wrong version") << "version" << 400 << "malformed"
                                   << "v";
    QTest::newRow("too many rows") << "rows-2001" << 400 << "malformed"
                                   << "rows";
    QTest::newRow("no token") << "no-token" << 401 << "unauthorized"
                              << "";
    QTest::newRow("unknown token") << "bad-token" << 401 << "unauthorized"
                                   << "";
    QTest::newRow("revoked device") << "revoked" << 403 << "device_revoked"
                                    << "";
    QTest::newRow("device mismatch") << "mismatch" << 403 << "device_mismatch"
                                     << "";
    QTest::newRow("over 8 MiB") << "large" << 413 << "too_large"
                                << "";
    QTest::newRow("gzip bomb") << "bomb" << 413 << "too_large"
                               << "";
    QTest::newRow("corrupt gzip") << "corrupt-gzip" << 400 << "malformed"
                                  << "";
    QTest::newRow("unsupported media type") << "media" << 415 << "unsupported_media_type"
                                            << "";
}

void SyncServerTest::badRequests()
{
    QFETCH(QString, kind);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, messageNames);

    const Area area = communeArea();
    ENROLL(writer, server(), area.commune);
    ENROLL(reader, server(), area.commune);
    const PushRequest valid = batchOf(writer,
                                      {makeRow(QStringLiteral("person"), writer.id),
                                       makeRow(QStringLiteral("checkin"), writer.id)});
    QCborMap map = toCbor(valid);
    QByteArray body = encode(map, Format::Cbor);
    QByteArray type = "application/cbor";
    QByteArray token = writer.token.toLatin1();
    QByteArray encoding;

    if (kind == QLatin1String("cbor")) {
        body = QByteArray("\xbf\x61") + QByteArray(40, '\xff');
    } else if (kind == QLatin1String("json")) {
        body = "{\"v\": 1, \"batch\": ";
        type = "application/json";
    } else if (kind == QLatin1String("batch-type")) {
        map.insert(QStringLiteral("batch"), 5);
        body = encode(map, Format::Cbor);
    } else if (kind == QLatin1String("no-rows")) {
        map.remove(QStringLiteral("rows"));
        body = encode(map, Format::Json);
        type = "application/json";
    } else if (kind == QLatin1String("row-shape")) {
        QCborArray rows = map.value(QLatin1String("rows")).toArray();
        QCborMap row = rows.at(0).toMap();
        row.insert(QStringLiteral("hlc"), QStringLiteral("yesterday"));
        rows[0] = row;
        map.insert(QStringLiteral("rows"), rows);
        body = encode(map, Format::Cbor);
    } else if (kind == QLatin1String("not-utf8")) {
        // The rows' key "table" with a byte no UTF-8 text holds, the CBOR
        // otherwise intact.
        body.replace(QByteArray("\x65table"),
                     QByteArray("\x65\xff"
                                "able"));
    } else if (kind == QLatin1String("version")) {
        map.insert(QStringLiteral("v"), 2);
        body = encode(map, Format::Cbor);
    } else if (kind == QLatin1String("rows-2001")) {
        QList<Row> rows;
        for (int i = 0; i < maxBatchRows + 1; ++i)
            rows << makeRow(QStringLiteral("audit_log"), writer.id, QStringLiteral("a"));
        body = encode(toCbor(PushRequest {valid.batchId, writer.id, rows}), Format::Cbor);
    } else if (kind == QLatin1String("no-token")) {
        token.clear();
    } else if (kind == QLatin1String("bad-token")) {
        token = "not-a-token-the-server-knows";
    } else if (kind == QLatin1String("revoked")) {
        int exitCode = -1;
        server().runCommand({QStringLiteral("devices"), QStringLiteral("revoke"), writer.id},
                            &exitCode);
        QCOMPARE(exitCode, 0);
    } else if (kind == QLatin1String("mismatch")) {
        token = reader.token.toLatin1();
    } else if (kind == QLatin1String("large")) {
        body = QByteArray(8 * 1024 * 1024 + 1024, 'x');
    } else if (kind == QLatin1String("bomb")) {
        body = gzipCompress(QByteArray(40 * 1024 * 1024, '\0'), 9);
        QVERIFY(body.size() < 1024 * 1024);
        encoding = "gzip";
    } else if (kind == QLatin1String("corrupt-gzip")) {
        body = "this is not gzip at all";
        encoding = "gzip";
    } else if (kind == QLatin1String("media")) {
        type = "text/plain";
    }

    QList<QPair<QByteArray, QByteArray>> headers {{"Content-Type", type}};
    if (!token.isEmpty())
        headers << qMakePair(QByteArray("Authorization"), "Bearer " + token);
    if (!encoding.isEmpty())
        headers << qMakePair(QByteArray("Content-Encoding"), encoding);
    const Reply reply = post(server(), QStringLiteral("/v1/push"), body, headers);
    QVERIFY2(reply.status == status, qPrintable(reply.errorDescription()));
    QCOMPARE(reply.errorCode(), code);
    const QString message = reply.value().toMap().value(QLatin1String("message")).toString();
    QVERIFY(!message.isEmpty());
    if (!messageNames.isEmpty())
        QVERIFY2(message.contains(messageNames), qPrintable(message));

    // Nothing was stored, and the same batch is new to the server.
    PULL(pulled, server(), reader);
    QVERIFY(pulled.rows.isEmpty());
    if (kind != QLatin1String("revoked")) {
        PUSH(retried, server(), writer, valid);
        QCOMPARE(retried.replayed, false);
        QCOMPARE(retried.applied, 2);
    }
}

void SyncServerTest::rejectedRows_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("code");
    for (const char *kind : {"unknown_table", "unknown_column", "missing_column", "wrong_type",
                             "bad_id", "bad_origin", "clock_ahead", "out_of_scope"})
        QTest::newRow(kind) << kind << kind;
    // PostgreSQL's text cannot hold U+0000: refused on both backends, the
    // rest of the batch applied (it used to fail the whole batch there).
    QTest::newRow("NUL in id") << "nul_id"
                               << "bad_id";
    QTest::newRow("NUL in the match column") << "nul_match"
                                             << "wrong_type";
    QTest::newRow("NUL in another text") << "nul_text"
                                         << "wrong_type";
}

void SyncServerTest::rejectedRows()
{
    QFETCH(QString, kind);
    QFETCH(QString, code);
    const Area area = communeArea();
    ENROLL(writer, server(), area.commune);
    ENROLL(reader, server(), area.commune);
    Row bad = makeRow(QStringLiteral("person"), writer.id);
    if (kind == QLatin1String("unknown_table")) {
        bad.table = QStringLiteral("secret_table");
    } else if (kind == QLatin1String("unknown_column")) {
        bad.values.insert(QStringLiteral("favourite_colour"), QStringLiteral("blue"));
    } else if (kind == QLatin1String("missing_column")) {
        bad.values.remove(QStringLiteral("phone"));
    } else if (kind == QLatin1String("wrong_type")) {
        bad.values.insert(QStringLiteral("birth_year"), QStringLiteral("1990"));
    } else if (kind == QLatin1String("bad_id")) {
        bad.id = QString(65, QLatin1Char('x'));
    } else if (kind == QLatin1String("bad_origin")) {
        bad.origin.clear();
    } else if (kind.startsWith(QLatin1String("nul_"))) {
        const QString withNul = QStringLiteral("a") + QChar(u'\0') + QStringLiteral("b");
        if (kind == QLatin1String("nul_id"))
            bad.id = withNul;
        else
            bad.values.insert(QStringLiteral("id_number"), withNul);
    } else if (kind == QLatin1String("clock_ahead")) {
        bad.hlc = hlcAt(nowMs() + 2 * kDayMs);
    } else if (kind == QLatin1String("out_of_scope")) {
        // A row of the neighbouring commune, which this device may not touch.
        ENROLL(neighbour, server(), area.commune2);
        const Row theirs = makeRow(QStringLiteral("person"), neighbour.id);
        PUSH(stored, server(), neighbour, batchOf(neighbour, {theirs}));
        QCOMPARE(stored.applied, 1);
        bad = theirs;
        bad.origin = writer.id;
        bad.hlc = theirs.hlc + 100;
        bad.values = validValues(QStringLiteral("person"), QStringLiteral("overwritten"));
    }
    const Row good = makeRow(QStringLiteral("checkin"), writer.id);
    PUSH(response, server(), writer, batchOf(writer, {bad, good}));
    QCOMPARE(response.applied, 1);
    QCOMPARE(response.rejected.size(), 1);
    QCOMPARE(response.rejected.first().code, code);
    QCOMPARE(response.rejected.first().id, bad.id);
    QVERIFY(!response.rejected.first().message.isEmpty());

    PULL(pulled, server(), reader);
    QCOMPARE(pulled.rows.size(), 1);
    QCOMPARE(pulled.rows.first().id, good.id);
}

void SyncServerTest::scope()
{
    const Area area = freshArea();
    ENROLL(communeA, server(), area.commune);
    ENROLL(communeB, server(), area.commune2);
    ENROLL(otherDistrict, server(), area.commune3);
    ENROLL(district, server(), area.district);
    ENROLL(province, server(), area.province);

    const Row rowA = makeRow(QStringLiteral("person"), communeA.id, QStringLiteral("a"));
    PUSH(pushedA, server(), communeA, batchOf(communeA, {rowA}));
    QCOMPARE(pushedA.applied, 1);

    // Another commune neither reads nor overwrites it.
    PULL(seenByB, server(), communeB);
    QVERIFY(seenByB.rows.isEmpty());
    Row overwrite = rowA;
    overwrite.origin = communeB.id;
    overwrite.hlc = rowA.hlc + 5;
    PUSH(refused, server(), communeB, batchOf(communeB, {overwrite}));
    QCOMPARE(refused.applied, 0);
    QCOMPARE(refused.rejected.size(), 1);
    QCOMPARE(refused.rejected.first().code, QStringLiteral("out_of_scope"));

    // The district and the province see it and may update it.
    PULL(seenByDistrict, server(), district);
    QCOMPARE(seenByDistrict.rows.size(), 1);
    PULL(seenByProvince, server(), province);
    QCOMPARE(seenByProvince.rows.size(), 1);
    Row provinceEdit = rowA;
    provinceEdit.origin = province.id;
    provinceEdit.hlc = rowA.hlc + 10;
    provinceEdit.values = validValues(QStringLiteral("person"), QStringLiteral("by province"));
    PUSH(edited, server(), province, batchOf(province, {provinceEdit}));
    QCOMPARE(edited.applied, 1);
    PULL(editSeenByA, server(), communeA);
    QCOMPARE(editSeenByA.rows.size(), 1);
    QCOMPARE(editSeenByA.rows.first().values, provinceEdit.values);

    // A province row (a trusted key) reaches every commune; a commune may
    // not change it.
    const Row key = makeRow(QStringLiteral("pd_trusted_key"), province.id);
    PUSH(keyPushed, server(), province, batchOf(province, {key}));
    QCOMPARE(keyPushed.applied, 1);
    for (const TestDevice *device : {&communeA, &communeB, &otherDistrict, &district}) {
        PULL(pulled, server(), *device);
        bool found = false;
        for (const Row &row : pulled.rows)
            found = found || row.id == key.id;
        QVERIFY2(found, qPrintable(device->scope));
    }
    Row keyEdit = key;
    keyEdit.origin = communeA.id;
    keyEdit.hlc = key.hlc + 1;
    PUSH(keyRefused, server(), communeA, batchOf(communeA, {keyEdit}));
    QCOMPARE(keyRefused.rejected.size(), 1);
    QCOMPARE(keyRefused.rejected.first().code, QStringLiteral("out_of_scope"));

    // A district row reaches its communes but not the other district's.
    const Row districtRow = makeRow(QStringLiteral("pd_trusted_key"), district.id);
    PUSH(districtPushed, server(), district, batchOf(district, {districtRow}));
    QCOMPARE(districtPushed.applied, 1);
    auto sees = [&](const TestDevice &device, const QString &id) {
        const std::optional<PullResponse> pulled = pullAll(server(), device);
        if (!pulled)
            return false;
        for (const Row &row : pulled->rows) {
            if (row.id == id)
                return true;
        }
        return false;
    };
    QVERIFY(sees(communeB, districtRow.id));
    QVERIFY(!sees(otherDistrict, districtRow.id));
    QVERIFY(sees(province, districtRow.id));
    QVERIFY(!sees(otherDistrict, rowA.id));

    // Nothing of another province.
    const Area elsewhere = freshArea();
    ENROLL(stranger, server(), elsewhere.province);
    PULL(strangerSees, server(), stranger);
    QVERIFY(strangerSees.rows.isEmpty());
}

void SyncServerTest::scopedPullPages_data()
{
    QTest::addColumn<QString>("reader");
    QTest::addColumn<int>("limit");
    // Rows the reader receives, of each writer: commune, sibling commune,
    // district, other district's commune, province.
    QTest::addColumn<QList<bool>>("visible");
    QTest::newRow("commune, 1 per page")
        << "commune" << 1 << QList<bool> {true, false, true, false, true};
    QTest::newRow("commune, 4 per page")
        << "commune" << 4 << QList<bool> {true, false, true, false, true};
    QTest::newRow("district, 3 per page")
        << "district" << 3 << QList<bool> {true, true, true, false, true};
    QTest::newRow("province, 5 per page")
        << "province" << 5 << QList<bool> {true, true, true, true, true};
}

// A pull merges its unit's rows with the rows of the units above (each read
// from an index of its own): pages of any size give every visible row once,
// in sequence order, and nothing of a sibling.
void SyncServerTest::scopedPullPages()
{
    QFETCH(QString, reader);
    QFETCH(int, limit);
    QFETCH(QList<bool>, visible);
    const Area area = freshArea();
    ENROLL(commune, server(), area.commune);
    ENROLL(sibling, server(), area.commune2);
    ENROLL(district, server(), area.district);
    ENROLL(otherDistrict, server(), area.commune3);
    ENROLL(province, server(), area.province);
    const QList<const TestDevice *> writers {&commune, &sibling, &district, &otherDistrict,
                                             &province};
    QSet<QString> expected;
    // Interleaved, so every page mixes rows of the parts.
    for (int round = 0; round < 3; ++round) {
        for (int w = 0; w < writers.size(); ++w) {
            const TestDevice &writer = *writers.at(w);
            const Row row = makeRow(w == 2 || w == 4 ? QStringLiteral("pd_trusted_key")
                                                     : QStringLiteral("person"),
                                    writer.id);
            PUSH(pushed, server(), writer, batchOf(writer, {row}));
            QCOMPARE(pushed.applied, 1);
            if (visible.at(w))
                expected.insert(row.id);
        }
    }
    ENROLL(readerDevice, server(),
           reader == QLatin1String("commune")        ? area.commune
               : reader == QLatin1String("district") ? area.district
                                                     : area.province);
    PULL(pulled, server(), readerDevice, 0, limit);
    QSet<QString> received;
    qint64 previousSeq = 0;
    for (const Row &row : pulled.rows) {
        QVERIFY2(row.seq > previousSeq, "rows out of sequence order");
        previousSeq = row.seq;
        QVERIFY2(!received.contains(row.id), "a row sent twice");
        received.insert(row.id);
    }
    QCOMPARE(received, expected);
}

void SyncServerTest::duplicatePersonConflict()
{
    const Area area = freshArea();
    ENROLL(a, server(), area.commune);
    ENROLL(b, server(), area.commune3);
    ENROLL(province, server(), area.province);
    const Area elsewhere = freshArea();
    ENROLL(stranger, server(), elsewhere.commune);

    QFETCH(bool, madeAtTheirClock);
    const QString idNumber = QStringLiteral("0010900") + QString::number(nowMs() % 100000);
    auto person = [&](const TestDevice &device, const QString &tag,
                      const QString &number = QString()) {
        const qint64 ms = nowMs();
        Row row = makeRow(QStringLiteral("person"), device.id, tag, hlcAt(ms),
                          idAt(madeAtTheirClock, ms));
        row.values.insert(QStringLiteral("id_number"), number.isEmpty() ? idNumber : number);
        return row;
    };
    const Row personA = person(a, QStringLiteral("a"));
    const Row personB = person(b, QStringLiteral("b"));
    PUSH(first, server(), a, batchOf(a, {personA}));
    QCOMPARE(first.conflicts, 0);
    PUSH(second, server(), b, batchOf(b, {personB}));
    QCOMPARE(second.applied, 1);
    QCOMPARE(second.conflicts, 1);

    auto conflictsIn = [](const PullResponse &pulled) {
        QList<Row> conflicts;
        for (const Row &row : pulled.rows) {
            if (row.table == QLatin1String("conflict"))
                conflicts << row;
        }
        return conflicts;
    };
    PULL(pulled, server(), province);
    QList<Row> conflicts = conflictsIn(pulled);
    QCOMPARE(conflicts.size(), 1);
    const Row conflict = conflicts.first();
    const auto [firstId, secondId] = std::minmax(personA.id, personB.id);
    QCOMPARE(conflict.origin, QStringLiteral("server"));
    QCOMPARE(conflict.values.value(QLatin1String("kind")).toString(),
             QStringLiteral("duplicate_person"));
    QCOMPARE(conflict.values.value(QLatin1String("table_name")).toString(),
             QStringLiteral("person"));
    QCOMPARE(conflict.values.value(QLatin1String("first_id")).toString(), firstId);
    QCOMPARE(conflict.values.value(QLatin1String("second_id")).toString(), secondId);
    QCOMPARE(conflict.values.value(QLatin1String("status")).toString(), QStringLiteral("open"));
    QVERIFY(!validateRow(conflict));

    // The device whose row is first sees it; it is raised only once.
    const TestDevice &firstOwner = firstId == personA.id ? a : b;
    PULL(ownerPull, server(), firstOwner);
    QCOMPARE(conflictsIn(ownerPull).size(), 1);
    Row updated = personA;
    updated.hlc += 100;
    PUSH(again, server(), a, batchOf(a, {updated}));
    QCOMPARE(again.applied, 1);
    QCOMPARE(again.conflicts, 0);

    // Another province, or a deleted record, is no duplicate.
    PUSH(far, server(), stranger, batchOf(stranger, {person(stranger, QStringLiteral("s"))}));
    QCOMPARE(far.conflicts, 0);
    Row gone = person(a, QStringLiteral("gone"));
    gone.deleted = true;
    PUSH(deleted, server(), a, batchOf(a, {gone}));
    QCOMPARE(deleted.conflicts, 0);

    // A clerk resolves it on a device: a normal mutable update.
    Row resolved = conflict;
    resolved.seq = 0;
    resolved.origin = province.id;
    resolved.hlc = conflict.hlc + 1;
    resolved.values.insert(QStringLiteral("status"), QStringLiteral("resolved"));
    resolved.values.insert(QStringLiteral("resolution"), QStringLiteral("different"));
    PUSH(resolution, server(), province, batchOf(province, {resolved}));
    QCOMPARE(resolution.applied, 1);
    PULL(afterResolution, server(), firstOwner);
    conflicts = conflictsIn(afterResolution);
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts.first().id, conflict.id);
    QCOMPARE(conflicts.first().values.value(QLatin1String("status")).toString(),
             QStringLiteral("resolved"));

    // Two new records with one number in one batch are a duplicate too.
    const QString twinNumber = idNumber + QStringLiteral("2");
    PUSH(twins, server(), a,
         batchOf(a,
                 {person(a, QStringLiteral("t1"), twinNumber),
                  person(a, QStringLiteral("t2"), twinNumber)}));
    QCOMPARE(twins.applied, 2);
    QCOMPARE(twins.conflicts, 1);

    // The province corrects a record of commune3 (district 2) to a number a
    // record of the first commune (district 1) has. The conflict belongs to the unit of its first
    // record, the corrected one here: its own commune's, which an update keeps, not the province's
    // that made the change.
    const QString otherNumber = idNumber + QStringLiteral("3");
    Row kept = person(a, QStringLiteral("kept"), otherNumber);
    while (kept.id < personB.id) // until it sorts after
        kept.id = idAt(madeAtTheirClock, nowMs());
    PUSH(keptPush, server(), a, batchOf(a, {kept}));
    QCOMPARE(keptPush.conflicts, 0);
    Row corrected = personB;
    corrected.hlc = std::max(hlcAt(nowMs()), personB.hlc + 1);
    corrected.origin = province.id;
    corrected.values.insert(QStringLiteral("id_number"), otherNumber);
    PUSH(correction, server(), province, batchOf(province, {corrected}));
    QCOMPARE(correction.applied, 1);
    QCOMPARE(correction.conflicts, 1);
    const QString pairId =
        server::ConflictDetector::conflictId(QStringLiteral("person"), corrected.id, kept.id);
    auto holds = [&](const PullResponse &answer) {
        const QList<Row> rows = conflictsIn(answer);
        return std::any_of(rows.begin(), rows.end(),
                           [&](const Row &row) { return row.id == pairId; });
    };
    PULL(owner, server(), b);
    QVERIFY(holds(owner));
    // A commune of the other district does not see it.
    ENROLL(commune2, server(), area.commune2);
    PULL(outsider, server(), commune2);
    QVERIFY(!holds(outsider));
}

// The server learns which ID numbers are stored at its first push and then
// only from what it stores itself, and from the rows others stored since:
// here an offline package, imported by another process on the same
// database between two of its pushes.
void SyncServerTest::duplicateStoredByAnotherProcess()
{
    const Area area = freshArea();
    ENROLL(a, server(), area.commune);
    ENROLL(b, server(), area.commune);
    const QString number = QStringLiteral("0020900") + QString::number(nowMs() % 100000);
    auto person = [](const TestDevice &device, const QString &idNumber) {
        Row row = makeRow(QStringLiteral("person"), device.id);
        row.values.insert(QStringLiteral("id_number"), idNumber);
        return row;
    };
    PUSH(first, server(), a, batchOf(a, {person(a, number + QStringLiteral("0"))}));
    QCOMPARE(first.conflicts, 0);

    for (int round = 1; round <= 2; ++round) {
        const QString idNumber = number + QString::number(round);
        const QString path =
            m_dir.filePath(QStringLiteral("imported-%1-%2.pdpkg").arg(m_nextArea).arg(round));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(packageOf(b.id, {batchOf(b, {person(b, idNumber)})}));
        }
        int exitCode = -1;
        QByteArray errors;
        server().runCommand({QStringLiteral("import-package"), path}, &exitCode, &errors);
        QVERIFY2(exitCode == 0, errors.constData());
        // A check-in in between: the push without ID numbers passes the
        // imported row by.
        if (round == 2) {
            PUSH(other, server(), a, batchOf(a, {makeRow(QStringLiteral("checkin"), a.id)}));
            QCOMPARE(other.applied, 1);
        }
        PUSH(duplicate, server(), a, batchOf(a, {person(a, idNumber)}));
        QCOMPARE(duplicate.applied, 1);
        QCOMPARE(duplicate.conflicts, 1);
    }
}

void SyncServerTest::retentionPurge()
{
    // How long the server remembers an applied batch (OPERATIONS.md).
    constexpr qint64 kBatchJournalDays = 90;
    const Area area = communeArea();
    ENROLL(writer, server(), area.commune);
    Row old = makeRow(QStringLiteral("checkin"), writer.id);
    old.values.insert(QStringLiteral("at_ms"), nowMs() - 10 * kDayMs);
    Row recent = makeRow(QStringLiteral("checkin"), writer.id);
    recent.values.insert(QStringLiteral("at_ms"), nowMs() - 1 * kDayMs);
    PUSH(pushed, server(), writer, batchOf(writer, {old, recent}));
    QCOMPARE(pushed.applied, 2);
    const QString oldBatch = newId();
    const QString recentBatch = newId();
    {
        // Two journal entries, one past the journal's keeping time.
        QSqlDatabase db = openDirect(m_spec, QStringLiteral("journal"));
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
        QSqlQuery query(db);
        for (const auto &[batch, ageDays] : {std::pair {oldBatch, kBatchJournalDays + 1},
                                             std::pair {recentBatch, kBatchJournalDays - 1}}) {
            query.prepare(QStringLiteral("INSERT INTO applied_batch (batch_id, device_id, "
                                         "applied_at_ms, response) VALUES (?, ?, ?, ?)"));
            query.addBindValue(batch);
            query.addBindValue(writer.id);
            query.addBindValue(nowMs() - ageDays * kDayMs);
            query.addBindValue(QByteArray("\xa0"));
            QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("journal"));

    // A second server on the same database with a 5-day retention purges
    // at start.
    ServerProcess shortRetention(m_spec, {QStringLiteral("--retention-days"), QStringLiteral("5")});
    QString error;
    QVERIFY2(shortRetention.start(&error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(shortRetention.standardError().contains("purged 1 checkin rows"),
                             5000);
    const QByteArray log = shortRetention.standardError();
    QVERIFY2(!log.contains(writer.token.toLatin1()), log.constData());

    ENROLL(reader, shortRetention, area.commune);
    PULL(pulled, shortRetention, reader);
    QCOMPARE(pulled.rows.size(), 1);
    QCOMPARE(pulled.rows.first().id, recent.id);

    {
        QSqlDatabase db = openDirect(m_spec, QStringLiteral("retention"));
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral(
            "SELECT COUNT(*) FROM purge_log WHERE tbl = 'checkin' AND row_count = 1")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        query.prepare(
            QStringLiteral("SELECT batch_id FROM applied_batch WHERE batch_id IN (?, ?)"));
        query.addBindValue(oldBatch);
        query.addBindValue(recentBatch);
        QVERIFY(query.exec());
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), recentBatch);
        QVERIFY(!query.next());
    }
    QSqlDatabase::removeDatabase(QStringLiteral("retention"));
    QVERIFY(shortRetention.standardError().contains("forgot 1 applied batches"));
}

void SyncServerTest::devicesCommands()
{
    const Area area = freshArea();
    ENROLL(device, server(), area.district);
    int exitCode = -1;
    const QByteArray listed =
        server().runCommand({QStringLiteral("devices"), QStringLiteral("list")}, &exitCode);
    QCOMPARE(exitCode, 0);
    QJsonObject entry;
    for (const QJsonValue value : QJsonDocument::fromJson(listed).array()) {
        if (value.toObject().value(QLatin1String("id")).toString() == device.id)
            entry = value.toObject();
    }
    QVERIFY2(!entry.isEmpty(), listed.constData());
    QCOMPARE(entry.value(QLatin1String("scope")).toString(), area.district);
    QCOMPARE(entry.value(QLatin1String("scopeLevel")).toInt(), 2);
    QCOMPARE(entry.value(QLatin1String("name")).toString(), QStringLiteral("Chốt thử"));
    QCOMPARE(entry.value(QLatin1String("revoked")).toBool(), false);
    QVERIFY(entry.value(QLatin1String("enrolledAt")).toString().endsWith(QLatin1Char('Z')));
    QVERIFY(entry.contains(QLatin1String("lastSeenAt")));
    QVERIFY(!listed.contains(device.token.toLatin1()));

    server().runCommand({QStringLiteral("devices"), QStringLiteral("revoke"), device.id},
                        &exitCode);
    QCOMPARE(exitCode, 0);
    const QByteArray relisted =
        server().runCommand({QStringLiteral("devices"), QStringLiteral("list")}, &exitCode);
    bool revoked = false;
    for (const QJsonValue value : QJsonDocument::fromJson(relisted).array()) {
        if (value.toObject().value(QLatin1String("id")).toString() == device.id)
            revoked = value.toObject().value(QLatin1String("revoked")).toBool();
    }
    QVERIFY(revoked);
    const Reply pull = get(server(), QStringLiteral("/v1/pull"), device.token);
    QCOMPARE(pull.status, 403);
    QCOMPARE(pull.errorCode(), QStringLiteral("device_revoked"));
    const Reply pushed = pushReply(server(), device,
                                   batchOf(device, {makeRow(QStringLiteral("person"), device.id)}));
    QCOMPARE(pushed.status, 403);
    QCOMPARE(pushed.errorCode(), QStringLiteral("device_revoked"));

    // A new code does not bring a revoked device back.
    const QString code = server().enrollCode(area.district);
    const Reply reenrolled = post(server(), QStringLiteral("/v1/enroll"),
                                  encode(toCbor(EnrollRequest {code, device.id, {}}), Format::Cbor),
                                  {{"Content-Type", "application/cbor"}});
    QCOMPARE(reenrolled.status, 403);
    QCOMPARE(reenrolled.errorCode(), QStringLiteral("device_revoked"));

    server().runCommand(
        {QStringLiteral("devices"), QStringLiteral("revoke"), QStringLiteral("no-such-device")},
        &exitCode);
    QCOMPARE(exitCode, 1);
    server().runCommand({QStringLiteral("devices"), QStringLiteral("frobnicate")}, &exitCode);
    QCOMPARE(exitCode, 2);
}

// After a restore from backup the devices' pull cursors may be ahead of
// the restored counter (docs/OPERATIONS.md, "After a restore"); advance-seq
// moves it past them, so rows pushed later are numbered after every cursor.
void SyncServerTest::advanceSeq()
{
    const Area area = communeArea();
    ENROLL(writer, server(), area.commune);
    ENROLL(reader, server(), area.commune);
    PUSH(first, server(), writer, batchOf(writer, {makeRow(QStringLiteral("person"), writer.id)}));
    QCOMPARE(first.applied, 1);
    PULL(before, server(), reader);
    QCOMPARE(before.rows.size(), 1);

    int exitCode = -1;
    const QJsonObject advanced =
        QJsonDocument::fromJson(
            server().runCommand(
                {QStringLiteral("advance-seq"), QStringLiteral("--by"), QStringLiteral("1000000")},
                &exitCode))
            .object();
    QCOMPARE(exitCode, 0);
    const qint64 was = advanced.value(QLatin1String("before")).toInteger();
    QVERIFY(was >= before.last);
    QCOMPARE(advanced.value(QLatin1String("after")).toInteger(), was + 1000000);

    // A device whose cursor is anywhere up to the old counter gets the next row.
    const Row later = makeRow(QStringLiteral("person"), writer.id);
    PUSH(second, server(), writer, batchOf(writer, {later}));
    QCOMPARE(second.applied, 1);
    PULL(after, server(), reader, before.last);
    QCOMPARE(after.rows.size(), 1);
    QCOMPARE(after.rows.first().id, later.id);
    QVERIFY(after.last > was + 1000000);

    for (const QString &by : {QStringLiteral("0"), QStringLiteral("-5"), QStringLiteral("x"),
                              QStringLiteral("1000000000000001")}) {
        server().runCommand({QStringLiteral("advance-seq"), QStringLiteral("--by"), by}, &exitCode);
        QCOMPARE(exitCode, 2);
    }

    // Near 2^62 the counter is not moved: the command fails and changes nothing.
    {
        QSqlDatabase db = openDirect(m_spec, QStringLiteral("advance"));
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
        QSqlQuery query(db);
        auto counter = [&query]() -> qint64 {
            if (!query.exec(QStringLiteral("SELECT value FROM seq_counter WHERE id = 1"))
                || !query.next())
                return -1;
            return query.value(0).toLongLong();
        };
        const qint64 current = counter();
        QVERIFY(current > 0);
        const qint64 nearLimit = (std::numeric_limits<qint64>::max() / 2) - 5;
        QVERIFY(query.exec(QStringLiteral("UPDATE seq_counter SET value = %1").arg(nearLimit)));
        server().runCommand(
            {QStringLiteral("advance-seq"), QStringLiteral("--by"), QStringLiteral("10")},
            &exitCode);
        const qint64 untouched = counter();
        // Put back before comparing, so a failure leaves the suite's server usable.
        QVERIFY(query.exec(QStringLiteral("UPDATE seq_counter SET value = %1").arg(current)));
        QCOMPARE(exitCode, 1);
        QCOMPARE(untouched, nearLimit);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("advance"));
}

void SyncServerTest::importPackage()
{
    const Area area = communeArea();
    ENROLL(device, server(), area.commune);
    ENROLL(reader, server(), area.commune);
    QList<Row> firstRows;
    for (int i = 0; i < 30; ++i)
        firstRows << makeRow(i % 2 ? QStringLiteral("checkin") : QStringLiteral("person"),
                             device.id);
    Row bad = makeRow(QStringLiteral("person"), device.id);
    bad.values.remove(QStringLiteral("sex"));
    firstRows << bad;
    const PushRequest first = batchOf(device, firstRows);
    const PushRequest second = batchOf(device, {makeRow(QStringLiteral("declaration"), device.id)});
    const QString path = m_dir.filePath(QStringLiteral("package-%1.pdpkg").arg(m_nextArea));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(packageOf(device.id, {first, second}));
    }

    int exitCode = -1;
    QByteArray errors;
    const QJsonObject imported =
        QJsonDocument::fromJson(
            server().runCommand({QStringLiteral("import-package"), path}, &exitCode, &errors))
            .object();
    QVERIFY2(exitCode == 0, errors.constData());
    QCOMPARE(imported.value(QLatin1String("batches")).toInt(), 2);
    QCOMPARE(imported.value(QLatin1String("applied")).toInt(), 31);
    QCOMPARE(imported.value(QLatin1String("unchanged")).toInt(), 0);
    QCOMPARE(imported.value(QLatin1String("replayed")).toInt(), 0);
    QCOMPARE(imported.value(QLatin1String("rejected")).toInt(), 1);

    const QJsonObject again =
        QJsonDocument::fromJson(
            server().runCommand({QStringLiteral("import-package"), path}, &exitCode))
            .object();
    QCOMPARE(exitCode, 0);
    QCOMPARE(again.value(QLatin1String("batches")).toInt(), 2);
    QCOMPARE(again.value(QLatin1String("applied")).toInt(), 0);
    QCOMPARE(again.value(QLatin1String("replayed")).toInt(), 2);

    // The device's later online push of the same batch is acknowledged.
    PUSH(online, server(), device, second);
    QCOMPARE(online.replayed, true);
    QCOMPARE(online.applied, 1);

    PULL(pulled, server(), reader);
    QCOMPARE(pulled.rows.size(), 31);
    QSet<QString> ids;
    for (const Row &row : pulled.rows)
        ids.insert(row.id);
    QCOMPARE(ids.size(), 31);

    // Not a package, or one of a device the server does not know.
    const QString garbage = m_dir.filePath(QStringLiteral("garbage.pdpkg"));
    {
        QFile file(garbage);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("garbage");
    }
    server().runCommand({QStringLiteral("import-package"), garbage}, &exitCode);
    QCOMPARE(exitCode, 1);
    const QString stranger = m_dir.filePath(QStringLiteral("stranger.pdpkg"));
    {
        QFile file(stranger);
        QVERIFY(file.open(QIODevice::WriteOnly));
        TestDevice unknown {QStringLiteral("unknown-device"), {}, {}};
        file.write(packageOf(unknown.id, {batchOf(unknown, {})}));
    }
    server().runCommand({QStringLiteral("import-package"), stranger}, &exitCode);
    QCOMPARE(exitCode, 1);
}

void SyncServerTest::metrics()
{
    const Reply reply = get(server(), QStringLiteral("/metrics"), {}, "text/plain");
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.header("Content-Type").startsWith("text/plain"));
    const QByteArray text = reply.body();
    QVERIFY2(text.contains("phongdich_http_requests_total{route=\"/v1/push\",status=\"200\"}"),
             text.constData());
    QVERIFY(text.contains("phongdich_http_requests_total{route=\"/v1/push\",status=\"413\"}"));
    QVERIFY(text.contains("phongdich_http_request_duration_seconds_bucket{route=\"/v1/pull\""));
    QVERIFY(text.contains("phongdich_rows_applied_total "));
    QVERIFY(text.contains("phongdich_rows_rejected_total "));
    // duplicatePersonConflict() raised one.
    QVERIFY(!text.contains("phongdich_conflicts_raised_total 0\n"));
}

void SyncServerTest::killedMidPush()
{
    const Area area = communeArea();
    ServerProcess victim(m_spec);
    QString error;
    QVERIFY2(victim.start(&error), qPrintable(error));
    ENROLL(writer, victim, area.commune);
    ENROLL(reader, victim, area.commune);
    QList<Row> rows;
    for (int i = 0; i < maxBatchRows; ++i)
        rows << makeRow(i % 3 ? QStringLiteral("checkin") : QStringLiteral("person"), writer.id);
    const PushRequest batch = batchOf(writer, rows);

    QNetworkReply *reply = startPush(victim, writer, batch);
    bool uploaded = false;
    QObject::connect(
        reply, &QNetworkReply::uploadProgress, reply,
        [&uploaded](qint64 sent, qint64 total) { uploaded = total > 0 && sent == total; });
    QTRY_VERIFY_WITH_TIMEOUT(uploaded || reply->isFinished(), 30000);
    victim.kill();
    const Reply killed = finish(reply, 10000);
    QVERIFY2(killed.status == 0 || killed.status == 200, qPrintable(killed.describe()));

    QVERIFY2(victim.restart(&error), qPrintable(error));
    PUSH(resent, victim, writer, batch);
    QCOMPARE(resent.applied, maxBatchRows);
    QVERIFY(resent.rejected.isEmpty());
    PUSH(again, victim, writer, batch);
    QCOMPARE(again.replayed, true);

    PULL(pulled, victim, reader, 0, 5000);
    QCOMPARE(pulled.rows.size(), rows.size());
    QHash<QString, const Row *> sent;
    for (const Row &row : rows)
        sent.insert(row.id, &row);
    QSet<QString> seen;
    for (const Row &row : pulled.rows) {
        QVERIFY(!seen.contains(row.id));
        seen.insert(row.id);
        const Row *original = sent.value(row.id);
        QVERIFY(original);
        QCOMPARE(row.values, original->values);
        QCOMPARE(row.hlc, original->hlc);
    }
}

// The same tests on an SQLite file, plus HTTPS.
class SqliteSyncServerTest : public SyncServerTest {
    Q_OBJECT

public:
    SqliteSyncServerTest() : SyncServerTest(Backend::Sqlite) { }

private Q_SLOTS:
    void tls();
};

void SqliteSyncServerTest::tls()
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        QSKIP("openssl is not installed to make a test certificate");
    const QString cert = m_dir.filePath(QStringLiteral("cert.pem"));
    const QString key = m_dir.filePath(QStringLiteral("key.pem"));
    QProcess make;
    make.start(openssl,
               {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                key, QStringLiteral("-out"), cert, QStringLiteral("-days"), QStringLiteral("1"),
                QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1")});
    QVERIFY(make.waitForFinished(60000));
    QCOMPARE(make.exitCode(), 0);

    ServerProcess secure(m_spec,
                         {QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), key});
    QString error;
    QVERIFY2(secure.start(&error), qPrintable(error));
    QCOMPARE(secure.url().scheme(), QStringLiteral("https"));
    QNetworkRequest request(secure.url().resolved(QUrl(QStringLiteral("/v1/health"))));
    request.setRawHeader("Accept", "application/json");
    QNetworkReply *reply = m_network.get(request);
    QObject::connect(reply, &QNetworkReply::sslErrors, reply,
                     [reply](const QList<QSslError> &) { reply->ignoreSslErrors(); });
    const Reply health = finish(reply);
    QCOMPARE(health.status, 200);
}

// Rows are written on the server's push thread: while a push waits for the
// database, the same server still answers health checks and pulls, and the
// push completes once the database is free.
void SyncServerTest::servesWhileAPushWaits()
{
    const Area area = communeArea();
    ENROLL(writer, server(), area.commune);
    ENROLL(reader, server(), area.commune);
    PUSH(first, server(), writer, batchOf(writer, {makeRow(QStringLiteral("person"), writer.id)}));
    QCOMPARE(first.applied, 1);
    const PushRequest waitingBatch = batchOf(writer,
                                             {makeRow(QStringLiteral("person"), writer.id),
                                              makeRow(QStringLiteral("checkin"), writer.id)});
    {
        const auto lock = holdWriteLock();
        QVERIFY2(lock->isOpen(), qPrintable(lock->error()));
        QVERIFY(lock->isHeld());
        QNetworkReply *waiting = startPush(server(), writer, waitingBatch);
        QTest::qWait(1000);
        QVERIFY(!waiting->isFinished());

        // A server that wrote on its HTTP thread would answer neither.
        QNetworkRequest healthRequest(server().url().resolved(QUrl(QStringLiteral("/v1/health"))));
        const Reply health = finish(m_network.get(healthRequest), 15000);
        QVERIFY2(health.status == 200, qPrintable(health.describe()));
        PULL(during, server(), reader);
        QCOMPARE(during.rows.size(), 1);
        QVERIFY(!waiting->isFinished());

        lock->release();
        const Reply answered = finish(waiting);
        QVERIFY2(answered.status == 200, qPrintable(answered.describe()));
        const Decoded<PushResponse> response = pushResponseFromCbor(answered.value());
        QVERIFY(response);
        QCOMPARE(response.value->applied, 2);
    }
    PULL(after, server(), reader);
    QCOMPARE(after.rows.size(), 3);
}

// A device that hangs up while its batch waits for the database: the batch
// is still applied once, the answer goes nowhere, and the server serves on.
void SyncServerTest::deviceHangsUpWhileItsPushWaits()
{
    const Area area = communeArea();
    ENROLL(writer, server(), area.commune);
    ENROLL(reader, server(), area.commune);
    const PushRequest batch = batchOf(writer, {makeRow(QStringLiteral("person"), writer.id)});
    {
        const auto lock = holdWriteLock();
        QVERIFY2(lock->isOpen(), qPrintable(lock->error()));
        QVERIFY(lock->isHeld());
        QNetworkReply *waiting = startPush(server(), writer, batch);
        QTest::qWait(1000);
        QVERIFY(!waiting->isFinished());
        waiting->abort();
        waiting->deleteLater();
        // The server notices the closed connection and drops its socket.
        QTest::qWait(500);
    }

    // Sent again, as the device's next cycle does: already applied.
    PUSH(again, server(), writer, batch);
    QCOMPARE(again.replayed, true);
    QCOMPARE(again.applied, 1);
    PULL(pulled, server(), reader);
    QCOMPARE(pulled.rows.size(), 1);
}

// The same tests on PostgreSQL, plus the proof that a pull never skips a row
// whose push commits late.
class PostgresSyncServerTest : public SyncServerTest {
    Q_OBJECT

public:
    PostgresSyncServerTest() : SyncServerTest(Backend::Postgres) { }

private Q_SLOTS:
    void lateCommitIsNeverSkipped();
    void reconnectsAfterDatabaseRestart();
    void keepsPlannerStatistics();
};

// While sync_row grows fast the server analyzes it itself (PlannerStatistics):
// at start when PostgreSQL has no statistics, and on the push thread each time
// the table has doubled, from 5,000 rows. With a small sample, so a push does
// not wait a quarter of a second for it.
void PostgresSyncServerTest::keepsPlannerStatistics()
{
    const QString spec = newDatabase(QStringLiteral("statistics"));
    QVERIFY(!spec.isEmpty());
    ServerProcess fresh(spec);
    QString error;
    QVERIFY2(fresh.start(&error), qPrintable(error));
    QSqlDatabase db = openDirect(spec, QStringLiteral("statistics"));
    QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
    auto analyses = [&db]() -> qint64 {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral(
                "SELECT analyze_count FROM pg_stat_user_tables WHERE relname = 'sync_row'"))
            || !query.next())
            return -1;
        return query.value(0).toLongLong();
    };
    QTRY_COMPARE_WITH_TIMEOUT(analyses(), qint64(1), 5000);

    ENROLL(writer, fresh, freshArea().commune);
    for (int batch = 0; batch < 3; ++batch) {
        QList<Row> rows;
        for (int i = 0; i < 2000; ++i)
            rows << makeRow(QStringLiteral("checkin"), writer.id);
        PUSH(pushed, fresh, writer, batchOf(writer, rows));
        QCOMPARE(pushed.applied, 2000);
    }
    QTRY_COMPARE_WITH_TIMEOUT(analyses(), qint64(2), 5000);
    // Statistics target 10: at most 11 histogram bounds, where the default
    // sample of 30,000 rows would give 101.
    QSqlQuery bounds(db);
    QVERIFY2(bounds.exec(QStringLiteral(
                 "SELECT cardinality(histogram_bounds::text::bigint[]) FROM pg_stats "
                 "WHERE tablename = 'sync_row' AND attname = 'seq'")),
             qPrintable(bounds.lastError().text()));
    QVERIFY(bounds.next());
    QVERIFY2(bounds.value(0).toInt() > 1 && bounds.value(0).toInt() <= 11,
             qPrintable(bounds.value(0).toString()));
    db = {};
    QSqlDatabase::removeDatabase(QStringLiteral("statistics"));
}

// PostgreSQL restarts under a running server: the server opens a new
// connection by itself, and pushes and pulls work again without a restart.
void PostgresSyncServerTest::reconnectsAfterDatabaseRestart()
{
    const Area area = freshArea();
    ENROLL(writer, server(), area.commune);
    ENROLL(reader, server(), area.commune);
    PUSH(before, server(), writer, batchOf(writer, {makeRow(QStringLiteral("person"), writer.id)}));
    QCOMPARE(before.applied, 1);

    QString error;
    QVERIFY2(m_cluster->restart(&error), qPrintable(error));
    // The first request notices the lost connection and reconnects.
    QTRY_COMPARE_WITH_TIMEOUT(get(server(), QStringLiteral("/v1/health")).status, 200, 15000);
    PUSH(after, server(), writer, batchOf(writer, {makeRow(QStringLiteral("person"), writer.id)}));
    QCOMPARE(after.applied, 1);
    PULL(pulled, server(), reader);
    QCOMPARE(pulled.rows.size(), 2);
    QVERIFY(server().standardError().contains("reconnected to"));
}

void PostgresSyncServerTest::lateCommitIsNeverSkipped()
{
    const QString spec = newDatabase(QStringLiteral("latecommit"));
    QVERIFY(!spec.isEmpty());
    ServerProcess writerServer(spec);
    ServerProcess readerServer(spec);
    QString error;
    QVERIFY2(writerServer.start(&error), qPrintable(error));
    QVERIFY2(readerServer.start(&error), qPrintable(error));
    const Area area = freshArea();
    ENROLL(writer, writerServer, area.commune);
    ENROLL(reader, readerServer, area.province);

    PUSH(initial, writerServer, writer,
         batchOf(writer, {makeRow(QStringLiteral("person"), writer.id)}));
    QCOMPARE(initial.applied, 1);
    PULL(start, readerServer, reader);
    QCOMPARE(start.rows.size(), 1);
    const qint64 cursor = start.last;

    // Another writer takes the next sequence number the way the server does
    // and stays in its transaction.
    {
        QSqlDatabase db = openDirect(spec, QStringLiteral("late"));
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
        QVERIFY(db.transaction());
        QSqlQuery take(db);
        QVERIFY2(take.exec(QStringLiteral(
                     "UPDATE seq_counter SET value = value + 1 WHERE id = 1 RETURNING value")),
                 qPrintable(take.lastError().text()));
        QVERIFY(take.next());
        const qint64 heldSeq = take.value(0).toLongLong();
        QVERIFY(heldSeq > cursor);
        const Row late = makeRow(QStringLiteral("pd_trusted_key"), QStringLiteral("late-writer"));
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral(
            "INSERT INTO sync_row (tbl, id, hlc, origin, deleted, data, seq, unit_code, "
            "province_code, district_code, commune_code, match_key, event_ms) "
            "VALUES (?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, '', 0)"));
        for (const QVariant &value : QVariantList {
                 late.table, late.id, late.hlc, late.origin, late.values.toCborValue().toCbor(),
                 heldSeq, area.commune, area.province, area.district, area.commune})
            insert.addBindValue(value);
        QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));

        // A push through the first server waits for the counter...
        const Row pushedLater = makeRow(QStringLiteral("person"), writer.id);
        QNetworkReply *blocked = startPush(writerServer, writer, batchOf(writer, {pushedLater}));
        QTest::qWait(1500);
        QVERIFY(!blocked->isFinished());

        // ...and a pull through the second server shows nothing beyond the
        // open transaction's sequence number.
        PULL(during, readerServer, reader, cursor);
        QVERIFY(during.rows.isEmpty());
        QVERIFY(during.last < heldSeq);

        QVERIFY(db.commit());
        const Reply unblocked = finish(blocked);
        QCOMPARE(unblocked.status, 200);
        const Decoded<PushResponse> response = pushResponseFromCbor(unblocked.value());
        QVERIFY(response);
        QCOMPARE(response.value->applied, 1);

        // From the cursor it had, the reader now gets both, in commit order.
        PULL(after, readerServer, reader, during.last);
        QCOMPARE(after.rows.size(), 2);
        QCOMPARE(after.rows.at(0).id, late.id);
        QCOMPARE(after.rows.at(0).seq, heldSeq);
        QCOMPARE(after.rows.at(1).id, pushedLater.id);
        QVERIFY(after.rows.at(1).seq > heldSeq);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("late"));
}

// PushApplier::prepareFromCbor, in process: a push body read straight from its
// bytes is checked and laid out exactly as the decoded request is.
class PushLayoutTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sameAsDecoded_data();
    void sameAsDecoded();
    void leftToTheDecoder_data();
    void leftToTheDecoder();
    void likelyNew_data();
    void likelyNew();
    void binaryCopyFields_data();
    void binaryCopyFields();
};

// The filter behind ConflictDetector: no key it was given is ever missed,
// and few it was not given are let through.
class MatchKeyFilterTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void neverMissesAndRarelyLetsThrough_data();
    void neverMissesAndRarelyLetsThrough();
};

namespace {
const QString kLayoutDevice = QStringLiteral("0192f1c4-0000-7000-8000-00000000d001");

pd::sync::server::Device layoutDevice()
{
    pd::sync::server::Device device;
    device.id = kLayoutDevice;
    device.scope.code = QStringLiteral("00001");
    device.scope.province = QStringLiteral("01");
    device.scope.district = QStringLiteral("001");
    device.scope.commune = QStringLiteral("00001");
    device.scope.level = pd::sync::server::UnitPath::Commune;
    return device;
}

void compareWrites(const pd::sync::server::RowWrite &a, const pd::sync::server::RowWrite &b)
{
    QCOMPARE(a.table, b.table);
    QCOMPARE(a.id, b.id);
    QCOMPARE(a.hlc, b.hlc);
    QCOMPARE(a.origin, b.origin);
    QCOMPARE(a.deleted, b.deleted);
    QCOMPARE(a.data, b.data);
    QCOMPARE(a.unit.code, b.unit.code);
    QCOMPARE(a.matchKey, b.matchKey);
    QCOMPARE(a.eventMs, b.eventMs);
    QCOMPARE(a.copyFields, b.copyFields);
}
} // namespace

void PushLayoutTest::sameAsDecoded_data()
{
    QTest::addColumn<QList<Row>>("rows");
    const Row person =
        makeRow(QStringLiteral("person"), kLayoutDevice, QStringLiteral("Lê Thị Ánh"));
    const Row checkin = makeRow(QStringLiteral("checkin"), kLayoutDevice);
    QTest::newRow("person and check-in") << QList<Row> {person, checkin};
    Row newer = person;
    newer.hlc += 10;
    newer.values.insert(QStringLiteral("phone"), QStringLiteral("0912345678"));
    QTest::newRow("a row twice, newer second") << QList<Row> {person, newer, checkin};
    QTest::newRow("a row twice, newer first") << QList<Row> {newer, person};
    Row checkinAgain = checkin;
    checkinAgain.hlc += 10;
    QTest::newRow("an append-only row twice") << QList<Row> {checkin, checkinAgain};
    Row ahead =
        makeRow(QStringLiteral("person"), kLayoutDevice, {}, hlcAt(nowMs() + 25LL * 3600 * 1000));
    QTest::newRow("clock ahead") << QList<Row> {person, ahead, checkin};
    Row wrongType = makeRow(QStringLiteral("person"), kLayoutDevice);
    wrongType.values.insert(QStringLiteral("birth_year"), QStringLiteral("1990"));
    QTest::newRow("wrong type") << QList<Row> {wrongType, checkin};
    Row unknownColumn = makeRow(QStringLiteral("person"), kLayoutDevice);
    unknownColumn.values.insert(QStringLiteral("vaccine_doses"), 3);
    QTest::newRow("unknown column") << QList<Row> {unknownColumn};
    Row missing = makeRow(QStringLiteral("person"), kLayoutDevice);
    missing.values.remove(QStringLiteral("phone"));
    QTest::newRow("missing column") << QList<Row> {missing};
    Row nulId = makeRow(QStringLiteral("person"), kLayoutDevice);
    nulId.id += QChar(u'\0');
    QTest::newRow("U+0000 in the id") << QList<Row> {nulId, checkin};
    Row tombstone {QStringLiteral("person"), newId(), hlcAt(nowMs()), kLayoutDevice, true, {}, 0};
    QTest::newRow("deletion without values") << QList<Row> {tombstone};
    Row deletedPart = makeRow(QStringLiteral("person"), kLayoutDevice);
    deletedPart.deleted = true;
    deletedPart.values.remove(QStringLiteral("phone"));
    QTest::newRow("deletion with some values") << QList<Row> {deletedPart};
    Row reversed = person;
    reversed.values = {};
    for (auto it = person.values.constEnd(); it != person.values.constBegin();) {
        --it;
        reversed.values.insert(it.key(), it.value());
    }
    QTest::newRow("values out of catalog order") << QList<Row> {reversed};
    Row unknownTable = makeRow(QStringLiteral("person"), kLayoutDevice);
    unknownTable.table = QStringLiteral("secret");
    QTest::newRow("unknown table") << QList<Row> {checkin, unknownTable};
}

void PushLayoutTest::sameAsDecoded()
{
    QFETCH(QList<Row>, rows);
    using namespace pd::sync::server;
    const Device device = layoutDevice();
    const PushRequest request {newId(), kLayoutDevice, rows};
    const qint64 now = nowMs();
    for (const Dialect dialect : {Dialect::Sqlite, Dialect::Postgres}) {
        const PreparedPush decoded = PushApplier::prepare(device, request, now, dialect);
        const std::optional<PreparedPush> streamed = PushApplier::prepareFromCbor(
            device, encode(toCbor(request), Format::Cbor), now, dialect);
        QVERIFY(streamed);
        QCOMPARE(streamed->batchId, decoded.batchId);
        QCOMPARE(streamed->newestHlc, decoded.newestHlc);
        QCOMPARE(streamed->rejected.size(), decoded.rejected.size());
        for (qsizetype i = 0; i < decoded.rejected.size(); ++i) {
            QCOMPARE(streamed->rejected.at(i).id, decoded.rejected.at(i).id);
            QCOMPARE(streamed->rejected.at(i).code, decoded.rejected.at(i).code);
            QCOMPARE(streamed->rejected.at(i).message, decoded.rejected.at(i).message);
        }
        QCOMPARE(streamed->winners.size(), decoded.winners.size());
        for (qsizetype i = 0; i < decoded.winners.size(); ++i) {
            QCOMPARE(streamed->winners.at(i).write.key, decoded.winners.at(i).write.key);
            compareWrites(streamed->winners.at(i).write, decoded.winners.at(i).write);
        }
        QCOMPARE(streamed->superseded.size(), decoded.superseded.size());
        for (qsizetype i = 0; i < decoded.superseded.size(); ++i) {
            QCOMPARE(streamed->superseded.at(i).write.key, decoded.superseded.at(i).write.key);
            QCOMPARE(streamed->superseded.at(i).write.hlc, decoded.superseded.at(i).write.hlc);
        }
    }
}

void PushLayoutTest::leftToTheDecoder_data()
{
    QTest::addColumn<QByteArray>("body");
    const PushRequest request {
        newId(), kLayoutDevice, {makeRow(QStringLiteral("person"), kLayoutDevice)}};
    const QCborMap valid = toCbor(request);
    QCborMap otherDevice = valid;
    otherDevice.insert(QStringLiteral("device"), newId());
    QTest::newRow("another device's batch") << encode(otherDevice, Format::Cbor);
    QCborMap laterVersion = valid;
    laterVersion.insert(QStringLiteral("v"), 2);
    QTest::newRow("a later protocol version") << encode(laterVersion, Format::Cbor);
    QCborMap noBatch = valid;
    noBatch.insert(QStringLiteral("batch"), QString());
    QTest::newRow("an empty batch id") << encode(noBatch, Format::Cbor);
    QCborMap tooMany = valid;
    tooMany.insert(QStringLiteral("rows"),
                   QCborArray::fromVariantList(QVariantList(maxBatchRows + 1, QVariant(1))));
    QTest::newRow("over the row limit") << encode(tooMany, Format::Cbor);
    QCborMap rowNotMap = valid;
    rowNotMap.insert(QStringLiteral("rows"), QCborArray {1});
    QTest::newRow("a row that is no map") << encode(rowNotMap, Format::Cbor);
    const QByteArray whole = encode(valid, Format::Cbor);
    QTest::newRow("cut short") << whole.left(whole.size() - 2);
}

// Whatever the fast reader cannot vouch for goes to the decoder, which
// answers it (400 or 403).
void PushLayoutTest::leftToTheDecoder()
{
    QFETCH(QByteArray, body);
    QVERIFY(!pd::sync::server::PushApplier::prepareFromCbor(layoutDevice(), body, nowMs(),
                                                            pd::sync::server::Dialect::Sqlite));
}

void PushLayoutTest::likelyNew_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<qint64>("clockMs"); // the row's clock, ms after its id's time
    QTest::addColumn<bool>("likelyNew");
    const QString made = uuidV7At(1'700'000'000'000);
    QTest::newRow("UUIDv7, clock at its time") << made << qint64(0) << true;
    QTest::newRow("UUIDv7, changed 59 s later") << made << qint64(59'000) << true;
    QTest::newRow("UUIDv7, changed 61 s later") << made << qint64(61'000) << false;
    QTest::newRow("UUIDv7, clock 30 s behind") << made << qint64(-30'000) << true;
    QTest::newRow("UUIDv7, clock a day behind") << made << qint64(-86'400'000) << false;
    QTest::newRow("UUIDv4") << newId() << qint64(0) << false;
    QTest::newRow("not a UUID") << QStringLiteral("p-000001") << qint64(0) << false;
    QTest::newRow("empty") << QString() << qint64(0) << false;
}

void PushLayoutTest::likelyNew()
{
    QFETCH(QString, id);
    QFETCH(qint64, clockMs);
    QFETCH(bool, likelyNew);
    pd::sync::server::RowWrite row;
    row.id = id;
    row.hlc = hlcAt(1'700'000'000'000 + clockMs, 3);
    QCOMPARE(pd::sync::server::RowStore::likelyNew(row), likelyNew);
}

void PushLayoutTest::binaryCopyFields_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QByteArray>("expectedHex"); // length (4 bytes), then the value
    QTest::newRow("integer 1") << "int4" << QVariant(1) << QByteArray("00000004 00000001");
    QTest::newRow("integer -2") << "int4" << QVariant(-2) << QByteArray("00000004 fffffffe");
    QTest::newRow("bigint clock") << "int8" << QVariant(qint64(1'700'000'000'000))
                                  << QByteArray("00000008 0000018bcfe56800");
    QTest::newRow("bigint -1") << "int8" << QVariant(qint64(-1))
                               << QByteArray("00000008 ffffffffffffffff");
    QTest::newRow("empty text") << "text" << QVariant(QString()) << QByteArray("00000000");
    // Nothing is escaped: tab, backslash and COPY's text markers go as they are.
    QTest::newRow("text with tab and backslash")
        << "text" << QVariant(QStringLiteral("Lê\t\\N")) << QByteArray("00000006 4cc3aa095c4e");
    QTest::newRow("four-byte UTF-8")
        << "text" << QVariant(QStringLiteral("𠀧")) << QByteArray("00000004 f0a080a7");
    QTest::newRow("bytea with NUL and 0xff")
        << "bytea" << QVariant(QByteArray("\x00\xff\x0a", 3)) << QByteArray("00000003 00ff0a");
    QTest::newRow("empty bytea") << "bytea" << QVariant(QByteArray()) << QByteArray("00000000");
}

// The fields of PostgreSQL's binary COPY (the server's rows travel so):
// the real database takes them in every COPY of the black-box suite; this
// pins the bytes of each kind.
void PushLayoutTest::binaryCopyFields()
{
    QFETCH(QString, type);
    QFETCH(QVariant, value);
    QFETCH(QByteArray, expectedHex);
    pd::sync::server::PgCopyRows rows;
    rows.beginRow(1);
    if (type == QLatin1String("int4"))
        rows.appendInt4(value.toInt());
    else if (type == QLatin1String("int8"))
        rows.appendInt8(value.toLongLong());
    else if (type == QLatin1String("text"))
        rows.appendText(value.toString());
    else
        rows.appendBytes(value.toByteArray());
    rows.endRow();
    QCOMPARE(rows.rowCount(), 1);
    QCOMPARE(rows.data().toHex(), QByteArray("0001") + expectedHex.replace(' ', ""));
}

void MatchKeyFilterTest::neverMissesAndRarelyLetsThrough_data()
{
    QTest::addColumn<int>("capacity");
    QTest::addColumn<int>("keys");
    QTest::addColumn<bool>("full");
    QTest::addColumn<double>("maxFalseRate");
    // About 1 in 270 at capacity (12 bits and 6 probes per key).
    QTest::newRow("empty") << 0 << 0 << false << 0.0;
    QTest::newRow("one key") << 1 << 1 << false << 0.0001;
    QTest::newRow("at the least capacity") << 0 << 1024 << false << 0.006;
    QTest::newRow("half full") << 200000 << 100000 << false << 0.001;
    QTest::newRow("at capacity") << 100000 << 100000 << false << 0.006;
    QTest::newRow("twice over") << 50000 << 100000 << true << 0.2;
}

void MatchKeyFilterTest::neverMissesAndRarelyLetsThrough()
{
    QFETCH(int, capacity);
    QFETCH(int, keys);
    QFETCH(bool, full);
    QFETCH(double, maxFalseRate);
    pd::sync::server::MatchKeyFilter filter(capacity);
    // ID numbers as they come: twelve digits, close together.
    auto key = [](int i) {
        return QStringLiteral("0010%1").arg(90000000 + 7 * i);
    };
    const QString person = QStringLiteral("person");
    for (int i = 0; i < keys; ++i)
        filter.add(person, key(i));
    // A key that sets no bit of its own is not counted, nor is one added
    // again.
    QVERIFY(filter.size() <= keys);
    QVERIFY(filter.size() >= keys * (1 - maxFalseRate));
    const qsizetype size = filter.size();
    for (int i = 0; i < keys; ++i)
        filter.add(person, key(i));
    QCOMPARE(filter.size(), size);
    QCOMPARE(filter.full(), full);
    for (int i = 0; i < keys; ++i)
        QVERIFY2(filter.mayContain(person, key(i)), qPrintable(key(i)));
    constexpr int kAbsent = 100000;
    int letThrough = 0;
    for (int i = 0; i < kAbsent; ++i)
        letThrough += filter.mayContain(person, key(keys + i)) ? 1 : 0;
    QVERIFY2(letThrough <= kAbsent * maxFalseRate, qPrintable(QString::number(letThrough)));
    // The table is part of the key.
    if (keys > 0 && maxFalseRate < 0.01) {
        int otherTable = 0;
        for (int i = 0; i < keys; ++i)
            otherTable += filter.mayContain(QStringLiteral("staff"), key(i)) ? 1 : 0;
        QVERIFY(otherTable <= std::max(1.0, keys * maxFalseRate));
    }
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int status = 0;
    {
        PushLayoutTest layout;
        status |= QTest::qExec(&layout, argc, argv);
    }
    {
        MatchKeyFilterTest filter;
        status |= QTest::qExec(&filter, argc, argv);
    }
    {
        SqliteSyncServerTest sqlite;
        status |= QTest::qExec(&sqlite, argc, argv);
    }
    {
        PostgresSyncServerTest postgres;
        status |= QTest::qExec(&postgres, argc, argv);
    }
    return status;
}

#include "tst_sync_server.moc"
