#include "moduleregistry.h"

#include "aboutpage.h"
#include "auditlogpage.h"
#include "checkpointscreen.h"
#include "checkpointsettingspage.h"
#include "settingspage.h"
#include "userspage.h"

#include <QCoreApplication>

namespace pd::app {

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
    registry.add({QStringLiteral("checkpoint"), QT_TRANSLATE_NOOP("pd::app::ModuleRegistry", "Checkpoint"),
                  QStyle::SP_DialogApplyButton, {Role::Checkpoint, Role::Admin},
                  [](Session &session, QWidget *parent) {
                      return new scan::CheckpointScreen(session.core, session.user.id, parent);
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
