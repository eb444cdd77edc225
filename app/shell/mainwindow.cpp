#include "mainwindow.h"

#include "languagemanager.h"
#include "navigationmodel.h"
#include "sync/synccontroller.h"
#include "sync/syncstatuswidget.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>

namespace pd::app {

MainWindow::MainWindow(Session &session, const ModuleRegistry &registry, LanguageManager &language,
                       QWidget *parent)
    : QMainWindow(parent), m_session(session), m_language(language)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_navigation = new NavigationModel(registry.pagesFor(session.user), this);
    m_navigationView = new QListView(this);
    m_navigationView->setObjectName(QStringLiteral("navigation"));
    m_navigationView->setModel(m_navigation);
    m_navigationView->setIconSize(QSize(24, 24));
    m_navigationView->setSpacing(2);
    m_navigationView->setFixedWidth(220);
    m_navigationView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_stack = new QStackedWidget(this);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->addWidget(m_navigationView);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_userLabel = new QLabel(this);
    m_deviceLabel = new QLabel(this);
    m_pendingLabel = new QLabel(this);
    m_pendingLabel->setObjectName(QStringLiteral("pendingLabel"));
    statusBar()->addWidget(m_userLabel);
    statusBar()->addWidget(m_deviceLabel);
    statusBar()->addPermanentWidget(m_pendingLabel);
    Q_ASSERT(m_session.sync);
    auto *syncStatus = new SyncStatusWidget(m_session.core, *m_session.sync, this);
    statusBar()->addPermanentWidget(syncStatus);
    connect(m_session.sync, &SyncController::finished, this, &MainWindow::refreshStatus);

    createMenus();
    connect(m_navigationView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showRow(current.row()); });
    if (m_navigation->rowCount() > 0)
        m_navigationView->setCurrentIndex(m_navigation->index(0));

    connect(&m_statusTimer, &QTimer::timeout, this, &MainWindow::refreshStatus);
    m_statusTimer.start(pendingRefreshMs);
    retranslateUi();
    resize(1100, 700);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_logoutAction = m_fileMenu->addAction(QString(), this, &MainWindow::logoutRequested);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);

    m_languageMenu = menuBar()->addMenu(QString());
    m_languageGroup = new QActionGroup(this);
    // Language names are written in their own language, never translated.
    const QList<std::pair<QString, QString>> languages {
        {QStringLiteral("vi"), QStringLiteral("Tiếng Việt")},
        {QStringLiteral("en"), QStringLiteral("English")}};
    for (const auto &[code, name] : languages) {
        QAction *action = m_languageMenu->addAction(name);
        action->setCheckable(true);
        action->setData(code);
        action->setChecked(code == m_language.language());
        m_languageGroup->addAction(action);
    }
    connect(m_languageGroup, &QActionGroup::triggered, this, [this](QAction *action) {
        const QString code = action->data().toString();
        if (m_language.setLanguage(code))
            (void)m_session.core.settings().setValue(QStringLiteral("ui.language"), code);
    });
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("PhongDich"));
    m_fileMenu->setTitle(tr("&File"));
    m_logoutAction->setText(tr("Log &out"));
    m_quitAction->setText(tr("&Quit"));
    m_languageMenu->setTitle(tr("&Language"));
    m_navigation->retranslate();
    refreshStatus();
}

void MainWindow::refreshStatus()
{
    const core::User &user = m_session.user;
    m_userLabel->setText(tr("User: %1 (%2)").arg(user.displayName, user.username));
    auto settings = m_session.core.settings().load();
    m_deviceLabel->setText(tr("Device: %1").arg(settings ? settings->deviceName : QString()));
    auto pending = m_session.core.pendingChanges();
    m_pendingLabel->setText(pending ? tr("%n change(s) waiting to sync", nullptr, int(*pending))
                                    : tr("Sync queue unreadable"));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    Q_EMIT closed();
    event->accept();
}

void MainWindow::showRow(int row)
{
    if (row < 0 || row >= m_navigation->rowCount())
        return;
    const ModulePage &page = m_navigation->pageAt(row);
    QWidget *widget = m_pagesById.value(page.id);
    if (!widget) {
        // Pages are built on first visit so start-up stays fast however many
        // modules there are.
        widget = page.create(m_session, m_stack);
        m_pagesById.insert(page.id, widget);
        m_stack->addWidget(widget);
    }
    m_stack->setCurrentWidget(widget);
}

QStringList MainWindow::pageIds() const
{
    QStringList ids;
    for (int row = 0; row < m_navigation->rowCount(); ++row)
        ids << m_navigation->pageAt(row).id;
    return ids;
}

QString MainWindow::currentPageId() const
{
    const int row = m_navigationView->currentIndex().row();
    return row >= 0 ? m_navigation->pageAt(row).id : QString();
}

bool MainWindow::showPage(const QString &id)
{
    const int row = int(pageIds().indexOf(id));
    if (row < 0)
        return false;
    m_navigationView->setCurrentIndex(m_navigation->index(row));
    return true;
}

} // namespace pd::app
