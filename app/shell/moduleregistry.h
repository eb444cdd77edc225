#pragma once

#include "role.h"
#include "session.h"

#include <QStyle>

#include <functional>

class QWidget;

namespace pd::app {

// A page of the main window contributed by a module (or by the shell's own
// admin pages). `app/` only wires: each module adds its pages here.
struct ModulePage {
    QString id;
    // Source text of the title, translated in the "pd::app::ModuleRegistry"
    // context when shown, so a language switch retitles it.
    const char *title = nullptr;
    QStyle::StandardPixmap icon = QStyle::SP_FileIcon;
    // The page is shown to users holding any of these roles; to everyone when
    // empty.
    core::RoleSet roles;
    std::function<QWidget *(Session &session, QWidget *parent)> create;

    bool visibleTo(const core::User &user) const;
    QString translatedTitle() const;
};

class ModuleRegistry {
public:
    void add(ModulePage page);
    const QList<ModulePage> &all() const { return m_pages; }
    QList<ModulePage> pagesFor(const core::User &user) const;

private:
    QList<ModulePage> m_pages;
};

// The pages this build has: the shell's admin pages until the module
// issues add theirs.
ModuleRegistry standardModules();

} // namespace pd::app
