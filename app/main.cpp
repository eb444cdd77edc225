#include "checkinmaintenance.h"
#include "checkinstore.h"
#include "corecontext.h"
#include "languagemanager.h"
#include "moduleschemas.h"
#include "moduleregistry.h"
#include "shellcontroller.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("PhongDich"));
    QApplication::setApplicationVersion(QStringLiteral(PD_VERSION));
    // Windows come and go (wizard → login → main window → lock); the
    // controller decides when the app ends.
    QApplication::setQuitOnLastWindowClosed(false);

    pd::app::LanguageManager language;
    language.setLanguage(QLatin1String(pd::app::LanguageManager::defaultLanguage));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "PhongDich desktop app"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QCoreApplication::translate("main", "Data file to open (default: %1).")
            .arg(pd::core::Database::defaultPath()),
        QStringLiteral("path"), pd::core::Database::defaultPath());
    parser.addOption(dbOption);
    parser.process(app);

    auto core = pd::core::CoreContext::open(parser.value(dbOption), pd::app::moduleSchemas());
    if (!core) {
        QMessageBox box(QMessageBox::Critical, QCoreApplication::translate("main", "PhongDich"),
                        QCoreApplication::translate("main", "The data file cannot be opened."));
        box.setInformativeText(core.error().message);
        box.addButton(QCoreApplication::translate("main", "Close"), QMessageBox::AcceptRole);
        box.exec();
        return 1;
    }
    if (auto settings = (*core)->settings().load(); settings)
        language.setLanguage(settings->language);

    // Closes visits with no exit and purges expired check-ins now and hourly.
    pd::scan::CheckinStore checkins(**core);
    pd::scan::CheckinMaintenance maintenance(**core, checkins);
    maintenance.start();

    pd::app::ShellController shell(**core, language, pd::app::standardModules());
    QObject::connect(&shell, &pd::app::ShellController::quitRequested, &app,
                     &QCoreApplication::quit, Qt::QueuedConnection);
    shell.start();
    return app.exec();
}
