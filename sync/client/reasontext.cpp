#include "reasontext.h"

#include "syncerrors.h"
#include "syncstatestore.h"
#include "wire.h"

#include <QCoreApplication>

namespace pd::sync {

namespace {
class Reasons {
    Q_DECLARE_TR_FUNCTIONS(pd::sync::Reasons)

public:
    static QString text(const QString &code)
    {
        const auto is = [&code](const char *known) {
            return code == QLatin1String(known);
        };
        if (is(reason::unknownTable))
            return tr("The server does not sync this kind of record; this device may be newer "
                      "than the server.");
        if (is(reason::unknownColumn) || is(reason::missingColumn) || is(reason::wrongType))
            return tr("The record's fields do not match what the server expects; this device "
                      "or the server needs an update.");
        if (is(reason::badId) || is(reason::badOrigin))
            return tr("The record has an invalid identifier and cannot be synced.");
        if (is(reason::clockAhead))
            return tr("The record is dated more than a day ahead of the server's clock. Check "
                      "this computer's date and time, then retry.");
        if (is(reason::outOfScope))
            return tr("The record belongs to a unit outside this device's area; the server "
                      "did not accept the change.");
        if (is(reason::appendOnly))
            return tr("The record may not be changed once saved; the server kept the "
                      "original.");
        if (is(localConstraint))
            return tr("A record from the server conflicts with one on this device (for "
                      "example the same key twice) and was not stored here.");
        if (const QString error = SyncErrors::describe(code); !error.isEmpty())
            return error;
        return tr("Sync problem \"%1\".").arg(code);
    }
};
} // namespace

QString reasonText(const QString &code)
{
    return Reasons::text(code);
}

} // namespace pd::sync
