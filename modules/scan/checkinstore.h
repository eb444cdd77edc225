#pragma once

#include "error.h"
#include "schema.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>

namespace pd::core {
class CoreContext;
}

namespace pd::scan {

enum class Direction { In, Out };

// What a recognised code or a manual entry contributes to a check-in: the
// minimal identity the code carries and the verdict. Never more.
struct CheckinInput {
    QString codeKind; // eu-dcc, cccd, vn-unified, pd-person, pd-venue, text, manual
    QString verdict; // valid, invalid, expired, untrusted, unreadable, unknown
    QString reasonCode;
    QString idNumber;
    QString fullName;
    QString birthDate; // yyyy-MM-dd, or yyyy
    QString phone;
};

struct Checkin {
    QString id;
    qint64 atMs = 0;
    Direction direction = Direction::In;
    QString locationUnitCode;
    QString locationName;
    CheckinInput person;
    QString operatorId;
    QString closesId; // for an exit: the entry it closes
    bool automatic = false; // an exit made by the automatic check-out

    bool passed() const { return person.verdict == QLatin1String("valid"); }
};

struct DayCounts {
    int in = 0;
    int out = 0;
    int refused = 0; // entries whose verdict was not valid
};

// The append-only `checkin` table: every scan that was recognised, passing
// or not, every manual entry and exit. Each write is one transaction
// together with its outbox row (change capture) and, for purges, its audit
// entry.
class CheckinStore {
    Q_DECLARE_TR_FUNCTIONS(pd::scan::CheckinStore)

public:
    explicit CheckinStore(core::CoreContext &core);

    // The module's tables, for CoreContext::open.
    static core::ModuleSchema schema();

    // Records a scan at the configured location, now. An exit closes the
    // person's open visit when there is one.
    core::Result<Checkin> record(const CheckinInput &input, Direction direction,
                                 const QString &operatorId);
    // In entry/exit mode: Out when the person has an open visit, else In.
    core::Result<Direction> nextDirection(const QString &idNumber) const;
    core::Result<std::optional<Checkin>> openVisit(const QString &idNumber) const;

    // Closes visits with no exit scan after `maxStayMs` with an automatic
    // exit dated at entry + maxStayMs. Returns how many were closed.
    core::Result<int> closeOverdueVisits(qint64 maxStayMs);
    // Deletes check-ins older than `retentionDays` (personal data is kept no
    // longer than the province allows) and audits the count.
    core::Result<int> purgeExpired(int retentionDays);

    core::Result<QList<Checkin>> latest(int count) const;
    core::Result<DayCounts> countsForDay(const QDate &day) const;
    // The day's entries whose ID number starts with, or whose folded name
    // holds every word of, `text`; newest first.
    core::Result<QList<Checkin>> searchDay(const QDate &day, const QString &text,
                                           int limit = 200) const;

private:
    core::Result<QList<Checkin>> select(const QString &where, const QVariantList &values,
                                        const QString &tail = {}) const;

    core::CoreContext &m_core;
};

} // namespace pd::scan
