#include "cli.h"

#include <QCoreApplication>
#include <QLoggingCategory>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("PhongDich"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PD_VERSION));
    // Standard error is for the one line that says why a command failed;
    // progress notes (backups, maintenance) would read as errors to scripts.
    QLoggingCategory::setFilterRules(QStringLiteral("pd.*.info=false"));
    pd::cli::Cli::installTranslator(app);
    return pd::cli::Cli::run(QCoreApplication::arguments());
}
