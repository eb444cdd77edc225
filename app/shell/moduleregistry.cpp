#include "moduleregistry.h"

#include "aboutpage.h"
#include "auditlogpage.h"
#include "checkpointscreen.h"
#include "checkpointsettingspage.h"
#include "declarationscanbridge.h"
#include "declarationspage.h"
#include "mainwindow.h"
#include "peoplepage.h"
#include "settingspage.h"
#include "sync/conflictpage.h"
#include "sync/syncpage.h"
#include "userspage.h"

#include <QCoreApplication>

namespace pd::app {

namespace {
// "Declare for this person" on the people page: the declarations page,
// built on first visit, opens the form with the person filled in.
void declareFor(QWidget *peoplePage, const core::Person &person)
{
    auto *window = qobject_cast<MainWindow *>(peoplePage->window());
    if (!window || !window->showPage(QStringLiteral("declarations")))
        return;
    if (auto *declarations = window->findChild<declaration::DeclarationsPage *>())
        declarations->openNewForPerson(person);
}
} // namespace

bool ModulePage::visibleTo(const core::User &user) const
{
    if (roles.isEmpty())
        return true;
    for (core::Role role : roles) {
        if (user.hasRole(role))
            return true;
    }
    return false;
}

QString ModulePage::translatedTitle() const
{
    return QCoreApplication::translate("pd::app::ModuleRegistry", title);
}

void ModuleRegistry::add(ModulePage page)
{
    m_pages.append(std::move(page));
}

QList<ModulePage> ModuleRegistry::pagesFor(const core::User &user) const
{
    QList<ModulePage> visible;
    for (const ModulePage &page : m_pages) {
        if (page.visibleTo(user))
            visible.append(page);
    }
    return visible;
}

ModuleRegistry standardModules()
{
    using core::Role;
    ModuleRegistry registry;
    registry.add({QStringLiteral("checkpoint"),
                  QT_TRANSLATE_NOOP("pd::app::ModuleRegistry", "Checkpoint"),
                  QStyle::SP_DialogApplyButton,
                  {Role::Checkpoint, Role::Admin},
                  [](Session &session, QWidget *parent) {
                      return new scan::CheckpointScreen(session.core, session.user.id, parent);
                  }});
    registry.add({QStringLiteral("declarations"),
                  QT_TRANSLATE_NOOP("pd::app::ModuleRegistry", "Health declarations"),
                  QStyle::SP_FileDialogContentsView,
                  {Role::Clerk, Role::Checkpoint, Role::Admin},
                  [](Session &session, QWidget *parent) {
                      auto *page =
                          new declaration::DeclarationsPage(session.core, session.user, parent);
                      // The handheld scanner fills the form while the page is shown.
                      new DeclarationScanBridge(session.core, page);
                      return page;
                  }});
    registry.add({QStringLiteral("people"),
                  QT_TRANSLATE_NOOP("pd::app::ModuleRegistry", "People"),
                  QStyle::SP_DirIcon,
                  {Role::Clerk, Role::Admin},
                  [](Session &session, QWidget *parent) {
                      auto *page = new declaration::PeoplePage(session.core, session.user, parent);
                      QObject::connect(
                          page, &declaration::PeoplePage::declareRequested, page,
                          [page](const core::Person &person) { declareFor(page, person); });
                      return page;
                  }});
    registry.add({QStringLiteral("users"),
                  QT_TRANSLATE_NOOP("pd::app::ModuleRegistry", "Users"),
                  QStyle::SP_DirHomeIcon,
                  {Role::Admin},
                  [](Session &session, QWidget *parent) {
                      return new UsersPage(session, parent);
                  }});
    registry.add({QStringLiteral("audit"),
                  QT_TRANSLATE_NOOP("pd::app::ModuleRegistry", "Audit log"),
                  QStyle::SP_FileDialogDetailedView,
                  {Role::Admin},
                  [](Session &session, QWidget *parent) {
                      return new AuditLogPage(session, parent);
                  }});
    registry.add({QStringLiteral("settings"),
                  QT_TRANSLATE_NOOP("pd::app::ModuleRegistry", "Settings"),
                  QStyle::SP_ComputerIcon,
                  {Role::Admin},
                  [](Session &session, QWidget *parent) {
                      return new SettingsPage(session, parent);
                  }});
    registry.add({QStringLiteral("checkpoint-settings"),
                  QT_TRANSLATE_NOOP("pd::app::ModuleRegistry", "Checkpoint settings"),
                  QStyle::SP_FileDialogListView,
                  {Role::Admin},
                  [](Session &session, QWidget *parent) {
                      return new scan::CheckpointSettingsPage(session.core, parent);
                  }});
    registry.add({QStringLiteral("sync"),
                  QT_TRANSLATE_NOOP("pd::app::ModuleRegistry", "Sync"),
                  QStyle::SP_BrowserReload,
                  {},
                  [](Session &session, QWidget *parent) -> QWidget * {
                      return new SyncPage(session, *session.sync, parent);
                  }});
    registry.add({QStringLiteral("conflicts"),
                  QT_TRANSLATE_NOOP("pd::app::ModuleRegistry", "Conflicts"),
                  QStyle::SP_MessageBoxWarning,
                  {Role::Clerk, Role::Admin},
                  [](Session &session, QWidget *parent) {
                      return new ConflictPage(session, session.sync, parent);
                  }});
    registry.add({QStringLiteral("about"),
                  QT_TRANSLATE_NOOP("pd::app::ModuleRegistry", "About"),
                  QStyle::SP_MessageBoxInformation,
                  {},
                  [](Session &session, QWidget *parent) {
                      return new AboutPage(session, parent);
                  }});
    return registry;
}

} // namespace pd::app
