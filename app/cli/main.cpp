#include "cli.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("PhongDich"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PD_VERSION));
    pd::cli::Cli::installTranslator(app);
    return pd::cli::Cli::run(QCoreApplication::arguments());
}
