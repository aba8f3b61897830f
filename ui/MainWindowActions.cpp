#include "MainWindowActions.h"

#include <QAction>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QToolBar>
#include <QToolButton>

namespace sp {

MainWindowActions::MainWindowActions(QMainWindow* window, QStackedWidget* pages)
    : QObject(window)
    , m_window(window)
    , m_pages(pages)
{
    createAccountMenu();
    createHelpMenu();
    createFindAction();
}

void MainWindowActions::createAccountMenu()
{
    auto* menu = new QMenu(m_window);
    menu->setObjectName(QStringLiteral("accountMenu"));
    m_emailAction = menu->addAction(QString());
    m_emailAction->setObjectName(QStringLiteral("accountEmailAction"));
    m_emailAction->setEnabled(false);
    menu->addSeparator();
    m_changePasswordAction = menu->addAction(tr("Change &password..."));
    m_changePasswordAction->setObjectName(QStringLiteral("changePasswordAction"));
    m_changePasswordAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_signOutAction = menu->addAction(tr("Sign &out"));
    m_signOutAction->setObjectName(QStringLiteral("signOutAction"));
    m_signOutAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q));
    menu->addSeparator();
    QAction* quit = menu->addAction(tr("&Quit"));
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setShortcutContext(Qt::ApplicationShortcut);
    // Shortcuts of a menu's actions work only when the window also holds them.
    m_window->addActions({m_changePasswordAction, m_signOutAction, quit});

    connect(m_changePasswordAction, &QAction::triggered, this, &MainWindowActions::changePasswordRequested);
    connect(m_signOutAction, &QAction::triggered, this, &MainWindowActions::signOutRequested);
    connect(quit, &QAction::triggered, this, &MainWindowActions::quitRequested);

    m_accountButton = new QToolButton(m_window);
    m_accountButton->setObjectName(QStringLiteral("accountButton"));
    m_accountButton->setAccessibleName(tr("Account"));
    m_accountButton->setText(tr("Account"));
    m_accountButton->setMenu(menu);
    m_accountButton->setPopupMode(QToolButton::InstantPopup);
    m_accountButton->setToolButtonStyle(Qt::ToolButtonTextOnly);

    createSyncAction();
    auto* toolBar = m_window->addToolBar(tr("Account"));
    toolBar->setObjectName(QStringLiteral("accountToolBar"));
    toolBar->setMovable(false);
    toolBar->addAction(m_syncNowAction);
    if (QWidget* button = toolBar->widgetForAction(m_syncNowAction)) {
        button->setObjectName(QStringLiteral("syncNowButton"));
        button->setAccessibleName(tr("Sync now"));
    }
    auto* spacer = new QWidget(toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolBar->addWidget(spacer);
    toolBar->addWidget(m_accountButton);
}

void MainWindowActions::createSyncAction()
{
    m_syncNowAction = new QAction(tr("Sync &now"), m_window);
    m_syncNowAction->setObjectName(QStringLiteral("syncNowAction"));
    m_syncNowAction->setShortcuts({QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::Key_R)});
    m_syncNowAction->setToolTip(tr("Download what changed on the server now (F5)"));
    connect(m_syncNowAction, &QAction::triggered, this, &MainWindowActions::syncNowRequested);
    m_window->addAction(m_syncNowAction);
}

void MainWindowActions::createHelpMenu()
{
    QMenu* help = m_window->menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction* create = help->addAction(tr("&Create support bundle..."));
    create->setObjectName(QStringLiteral("createSupportBundleAction"));
    connect(create, &QAction::triggered, this, &MainWindowActions::createSupportBundleRequested);
    QAction* open = help->addAction(tr("&Open support bundle..."));
    open->setObjectName(QStringLiteral("openSupportBundleAction"));
    connect(open, &QAction::triggered, this, &MainWindowActions::openSupportBundleRequested);
    m_checkCacheAction = help->addAction(tr("Chec&k the offline copy"));
    m_checkCacheAction->setObjectName(QStringLiteral("checkCacheAction"));
    connect(m_checkCacheAction, &QAction::triggered, this, &MainWindowActions::checkCacheRequested);
    help->addSeparator();
    QAction* about = help->addAction(tr("&About SellerPulse"));
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    about->setShortcut(QKeySequence::HelpContents); // F1 on Linux and Windows
    connect(about, &QAction::triggered, this, &MainWindowActions::aboutRequested);
}

void MainWindowActions::createFindAction()
{
    // Ctrl+F: the search field of the page on screen (orders, products, finances), if it has one.
    auto* find = new QAction(tr("Find"), m_window);
    find->setObjectName(QStringLiteral("findAction"));
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        const auto edits = m_pages->currentWidget()->findChildren<QLineEdit*>();
        for (QLineEdit* edit : edits) {
            if (edit->objectName().endsWith(QLatin1String("SearchEdit")) && edit->isVisible()) {
                edit->setFocus(Qt::ShortcutFocusReason);
                edit->selectAll();
                return;
            }
        }
    });
    m_window->addAction(find);
}

void MainWindowActions::setSignedIn(bool signedIn, const QString& email)
{
    m_emailAction->setText(signedIn ? email : tr("Not signed in"));
    m_changePasswordAction->setEnabled(signedIn);
    m_signOutAction->setEnabled(signedIn);
    m_accountButton->setText(signedIn ? email : tr("Account"));
}

void MainWindowActions::setSyncNowEnabled(bool enabled) { m_syncNowAction->setEnabled(enabled); }

void MainWindowActions::setCheckCacheEnabled(bool enabled) { m_checkCacheAction->setEnabled(enabled); }

void MainWindowActions::showIntegrityResult(bool ok, const QString& message)
{
    auto* box = new QMessageBox(ok ? QMessageBox::Information : QMessageBox::Warning, tr("Check the offline copy"),
                                message, QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("cacheCheckResult"));
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace sp
