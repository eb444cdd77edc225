#include "servercli.h"

#include <QCoreApplication>
#include <QLoggingCategory>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("phongdich-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PD_VERSION));
    // Standard error carries start-up, purges and failures; per-request
    // notes are for debugging only.
    QLoggingCategory::setFilterRules(QStringLiteral("pd.sync.server.debug=false"));
    return pd::sync::server::ServerCli::run(QCoreApplication::arguments());
}
