// Name search over the people registry: N people (default 1,000,000) with
// realistic Vietnamese names are bulk-inserted into a real data file, then
// a few hundred searches of the kinds a clerk types are timed through
// PersonStore::searchByName (FTS5 over the folded name). Goal: median ≤
// 20 ms (issue "people registry").
//   bench_people [--people N] [--queries Q] [--quick]
//
// Rows are inserted the way a sync pull applies them (prepared statement,
// large transactions, change capture suspended); the FTS index is kept by
// its triggers, as in use.
#include "changecapture.h"
#include "corecontext.h"
#include "personstore.h"
#include "textfold.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <random>

using namespace pd;

namespace {
struct Stats {
    double median = 0;
    double p95 = 0;
    double max = 0;
};

Stats statsOf(QList<double> values)
{
    if (values.isEmpty())
        return {};
    std::sort(values.begin(), values.end());
    const auto at = [&values](double q) {
        return values.at(qMin(values.size() - 1, qsizetype(q * values.size())));
    };
    return {at(0.5), at(0.95), values.last()};
}

// Family names with rough shares in per mille (Nguyễn about 38 %, Trần 11 %,
// Lê 9.5 %, ...), so common names are as common as in a real commune.
struct Weighted {
    const char *name;
    int weight;
};
constexpr Weighted kFamilyNames[] = {
    {"Nguyễn", 380}, {"Trần", 110}, {"Lê", 95},    {"Phạm", 70}, {"Hoàng", 30}, {"Huỳnh", 21},
    {"Phan", 45},    {"Vũ", 20},    {"Võ", 19},    {"Đặng", 21}, {"Bùi", 20},   {"Đỗ", 14},
    {"Hồ", 13},      {"Ngô", 13},   {"Dương", 10}, {"Lý", 5},    {"Đinh", 8},   {"Đào", 7},
    {"Trịnh", 6},    {"Mai", 5},    {"Trương", 6}, {"Lương", 5}, {"Tạ", 3},     {"Hà", 5},
    {"Lâm", 4},      {"Cao", 4},    {"Tô", 3},     {"Quách", 2}, {"Châu", 3},   {"Kiều", 2},
    {"La", 2},       {"Thái", 2},   {"Văn", 2},    {"Chu", 3},   {"Khúc", 1},   {"Lục", 1},
    {"Nông", 2},     {"Triệu", 2},
};
constexpr const char *kMaleMiddle[] = {"Văn",  "Văn",  "Văn",   "Hữu",  "Đức",   "Minh",  "Quang",
                                       "Xuân", "Công", "Thanh", "Ngọc", "Hoàng", "Trọng", "Đình",
                                       "Quốc", "Gia",  "Bảo",   "Tuấn", "Mạnh",  "Duy"};
constexpr const char *kFemaleMiddle[] = {
    "Thị",  "Thị",  "Thị",    "Thị", "Ngọc", "Thu", "Thanh", "Kim", "Minh",  "Bích",
    "Thúy", "Hồng", "Phương", "Mai", "Diệu", "Bảo", "Khánh", "Hải", "Quỳnh", "Như"};
constexpr const char *kMaleGiven[] = {
    "An",   "Anh",   "Bảo",  "Bình", "Cường", "Dũng",  "Đạt",   "Đức",   "Dương", "Duy",   "Giang",
    "Hải",  "Hậu",   "Hiếu", "Hòa",  "Hoàng", "Hùng",  "Huy",   "Khải",  "Khang", "Khoa",  "Kiên",
    "Lâm",  "Long",  "Lộc",  "Lợi",  "Minh",  "Nam",   "Nghĩa", "Nhân",  "Phát",  "Phong", "Phúc",
    "Quân", "Quang", "Sơn",  "Tài",  "Tâm",   "Thắng", "Thành", "Thiện", "Thịnh", "Tiến",  "Toàn",
    "Trí",  "Trung", "Tuấn", "Tùng", "Việt",  "Vinh",  "Vũ",    "Hưng",  "Khôi",  "Thái",  "Hiển"};
constexpr const char *kFemaleGiven[] = {
    "An",    "Anh",   "Bích", "Châu", "Chi",   "Dung",  "Duyên", "Giang", "Hà",    "Hạnh", "Hằng",
    "Hiền",  "Hoa",   "Hòa",  "Hồng", "Huệ",   "Hương", "Hường", "Huyền", "Lan",   "Liên", "Linh",
    "Loan",  "Ly",    "Mai",  "My",   "Nga",   "Ngân",  "Ngọc",  "Nhung", "Nhi",   "Oanh", "Phương",
    "Quyên", "Quỳnh", "Tâm",  "Thảo", "Thanh", "Thu",   "Thủy",  "Thúy",  "Trang", "Trâm", "Tuyết",
    "Uyên",  "Vân",   "Vy",   "Xuân", "Yến",   "Diệp",  "Khánh", "Lệ",    "Mỹ",    "Nhàn"};

template<typename T, std::size_t N> const T &pick(const T (&list)[N], std::mt19937 &random)
{
    return list[std::uniform_int_distribution<std::size_t>(0, N - 1)(random)];
}

class NameGenerator {
public:
    explicit NameGenerator(std::mt19937 &random) : m_random(random)
    {
        std::vector<int> weights;
        for (const Weighted &family : kFamilyNames)
            weights.push_back(family.weight);
        m_family = std::discrete_distribution<int>(weights.begin(), weights.end());
    }

    QString family() { return QString::fromUtf8(kFamilyNames[m_family(m_random)].name); }
    QString name(bool female)
    {
        return family() + QLatin1Char(' ')
            + QString::fromUtf8(female ? pick(kFemaleMiddle, m_random)
                                       : pick(kMaleMiddle, m_random))
            + QLatin1Char(' ')
            + QString::fromUtf8(female ? pick(kFemaleGiven, m_random) : pick(kMaleGiven, m_random));
    }

private:
    std::mt19937 &m_random;
    std::discrete_distribution<int> m_family;
};

// "nguyen van an" → "ngu va an": the first three letters of each word but
// the last, as people type when unsure of the spelling.
QString partialWords(const QString &folded)
{
    QStringList words = folded.split(QLatin1Char(' '));
    for (qsizetype i = 0; i + 1 < words.size(); ++i)
        words[i] = words[i].left(3);
    return words.join(QLatin1Char(' '));
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const bool quick = arguments.contains(QStringLiteral("--quick"));
    int peopleCount = quick ? 20'000 : 1'000'000;
    int queryCount = quick ? 200 : 400;
    if (const qsizetype i = arguments.indexOf(QStringLiteral("--people"));
        i >= 0 && i + 1 < arguments.size())
        peopleCount = qMax(1, arguments.at(i + 1).toInt());
    if (const qsizetype i = arguments.indexOf(QStringLiteral("--queries"));
        i >= 0 && i + 1 < arguments.size())
        queryCount = qMax(4, arguments.at(i + 1).toInt());

    QTemporaryDir dir;
    core::ManualClock clock(QDateTime(QDate(2021, 8, 2), QTime(9, 0)).toMSecsSinceEpoch());
    auto opened = core::CoreContext::open(dir.filePath(QStringLiteral("bench.sqlite")), {}, clock);
    if (!opened) {
        std::fprintf(stderr, "cannot open the data file: %s\n", qPrintable(opened.error().message));
        return 1;
    }
    core::CoreContext &core = **opened;
    core::Database &database = core.database();

    QStringList communes;
    {
        QSqlQuery query(database.connection());
        query.exec(QStringLiteral("SELECT code FROM admin_unit WHERE level = 3 ORDER BY code"));
        while (query.next())
            communes << query.value(0).toString();
    }

    std::mt19937 random(20211);
    NameGenerator names(random);
    std::uniform_int_distribution<int> yearOf(1930, 2020), dayOf(0, 364), chance(0, 99);

    std::printf("inserting %d people...\n", peopleCount);
    constexpr int batchSize = 50'000;
    QElapsedTimer insertTimer;
    insertTimer.start();
    for (int start = 0; start < peopleCount; start += batchSize) {
        auto ok = database.transaction([&]() -> core::Status {
            core::CaptureSuspension suspension(database,
                                               core::CaptureSuspension::Reason::RemoteApply);
            if (suspension.error())
                return std::unexpected(*suspension.error());
            auto hlc = core.hlc().now();
            if (!hlc)
                return std::unexpected(hlc.error());
            QSqlQuery insert(database.connection());
            insert.prepare(QStringLiteral(
                "INSERT INTO person(id, hlc, origin, id_kind, id_number, full_name, folded_name, "
                "birth_date, birth_year, sex, phone, commune_code, street, created_at_ms, "
                "updated_at_ms) VALUES (?, ?, 'bench', ?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?)"));
            for (int i = start; i < qMin(peopleCount, start + batchSize); ++i) {
                const bool female = chance(random) < 50;
                const QString fullName = names.name(female);
                const int year = yearOf(random);
                // One in ten older people has only a year of birth.
                const bool yearOnly = year < 1960 && chance(random) < 30;
                const QDate dob = QDate(year, 1, 1).addDays(dayOf(random));
                const bool hasCccd = year <= 2007 && chance(random) < 85;
                // A CCCD number consistent with the date of birth and sex.
                const QString idNumber = hasCccd
                    ? QStringLiteral("0%1%2%3%4")
                          .arg(1 + i % 96, 2, 10, QLatin1Char('0'))
                          .arg((year >= 2000 ? 2 : 0) + (female ? 1 : 0))
                          .arg(year % 100, 2, 10, QLatin1Char('0'))
                          .arg(i, 6, 10, QLatin1Char('0'))
                    : QStringLiteral("");
                const QVariantList values {
                    core.ids().next(),
                    *hlc,
                    hasCccd ? QStringLiteral("cccd") : QStringLiteral("none"),
                    idNumber,
                    fullName,
                    core::fold(fullName),
                    yearOnly ? QString::number(year) : dob.toString(Qt::ISODate),
                    year,
                    female ? QStringLiteral("female") : QStringLiteral("male"),
                    QStringLiteral("09%1").arg(i, 8, 10, QLatin1Char('0')),
                    communes.at(i % communes.size()),
                    clock.nowMs(),
                    clock.nowMs(),
                };
                for (int column = 0; column < values.size(); ++column)
                    insert.bindValue(column, values.at(column));
                if (!insert.exec())
                    return core::fail(QStringLiteral("bench.sql"), insert.lastError().text());
            }
            return {};
        });
        if (!ok) {
            std::fprintf(stderr, "insert failed: %s\n", qPrintable(ok.error().message));
            return 1;
        }
    }
    const double insertSeconds = double(insertTimer.nsecsElapsed()) / 1e9;
    std::printf("inserted %d people in %.1f s: %.0f rows/s (FTS index kept by triggers)\n",
                peopleCount, insertSeconds, peopleCount / insertSeconds);
    (void)database.exec(QStringLiteral("ANALYZE"));

    // Queries: a quarter of each kind; names drawn like the registry's.
    struct Query {
        QString text;
        std::optional<int> year;
    };
    QList<Query> fullName, partial, fullWithYear, partialWithYear, givenOnly;
    for (int i = 0; i < queryCount / 4; ++i) {
        const bool female = chance(random) < 50;
        const QString folded = core::fold(names.name(female));
        const int year = yearOf(random);
        fullName << Query {folded, {}};
        partial << Query {partialWords(folded), {}};
        fullWithYear << Query {core::fold(names.name(!female)), year};
        partialWithYear << Query {partialWords(core::fold(names.name(female))), year};
        givenOnly << Query {core::fold(names.name(female)).section(QLatin1Char(' '), -1), {}};
    }

    core::PersonStore store(core);
    QList<double> all;
    qint64 results = 0;
    const auto run = [&](const char *label, const QList<Query> &queries) {
        QList<double> times;
        for (const Query &query : queries) {
            QElapsedTimer timer;
            timer.start();
            auto found = store.searchByName(query.text, query.year, 50);
            times << double(timer.nsecsElapsed()) / 1e6;
            if (!found) {
                std::fprintf(stderr, "search failed: %s\n", qPrintable(found.error().message));
                continue;
            }
            results += found->size();
        }
        all << times;
        const Stats stats = statsOf(times);
        std::printf("  %-28s median %7.2f ms  p95 %7.2f ms  max %7.2f ms  (%lld queries, e.g. "
                    "\"%s\")\n",
                    label, stats.median, stats.p95, stats.max, qlonglong(queries.size()),
                    qPrintable(queries.value(0).text));
    };
    std::printf("name search over %d people, limit 50:\n", peopleCount);
    run("full name", fullName);
    run("partial words", partial);
    run("full name + birth year", fullWithYear);
    run("partial words + birth year", partialWithYear);
    const Stats overall = statsOf(all);
    std::printf("  %-28s median %7.2f ms  p95 %7.2f ms  max %7.2f ms  (%lld queries, %.1f "
                "results each)\n",
                "all", overall.median, overall.p95, overall.max, qlonglong(all.size()),
                double(results) / qMax<qsizetype>(1, all.size()));
    std::printf("goal: median <= 20 ms -> %s\n", overall.median <= 20.0 ? "met" : "NOT met");

    // Not part of the goal: one given name alone matches a few per cent of
    // everyone, and all matches are sorted before the limit applies.
    all.clear();
    run("given name only (worst case)", givenOnly);
    return 0;
}
