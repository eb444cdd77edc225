#pragma once

#include "moduleregistry.h"

#include <QHash>
#include <QMainWindow>
#include <QTimer>

class QActionGroup;
class QLabel;
class QListView;
class QStackedWidget;

namespace pd::app {

class LanguageManager;
class NavigationModel;

// The shell's main window: a side list of the pages the user's roles allow
// and the current page; the status bar shows who is logged in, on which
// device, and how many changes wait for the server.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    static constexpr int pendingRefreshMs = 5000;

    MainWindow(Session &session, const ModuleRegistry &registry, LanguageManager &language,
               QWidget *parent = nullptr);

    QStringList pageIds() const;
    QString currentPageId() const;
    bool showPage(const QString &id);

public Q_SLOTS:
    void refreshStatus();

Q_SIGNALS:
    void logoutRequested();
    void closed();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void retranslateUi();
    void showRow(int row);

    Session &m_session;
    LanguageManager &m_language;
    NavigationModel *m_navigation = nullptr;
    QListView *m_navigationView = nullptr;
    QStackedWidget *m_stack = nullptr;
    QHash<QString, QWidget *> m_pagesById;
    QTimer m_statusTimer;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QAction *m_logoutAction = nullptr;
    QAction *m_quitAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QLabel *m_userLabel = nullptr;
    QLabel *m_deviceLabel = nullptr;
    QLabel *m_pendingLabel = nullptr;
};

} // namespace pd::app
