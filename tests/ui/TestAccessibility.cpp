// What a screen reader announces: every interactive widget of the main window (every page shown in
// turn), of each dialog the app has, and of every dialog the main window's actions open, must have
// an accessible name. The test LISTS each widget without one (where it is, class and object name)
// and fails if there is any. The name checked is the one assistive technology gets from
// QAccessibleInterface::text(Name): an explicit accessibleName, else what Qt derives (a button's
// text, a label's buddy).
#include "AboutDialog.h"
#include "BundleViewerDialog.h"
#include "ChangePasswordDialog.h"
#include "DeleteAccountDialog.h"
#include "KeychainUnavailableDialog.h"
#include "MainWindow.h"
#include "SignInDialog.h"
#include "SignOutDialog.h"
#include "SupportBundleDialog.h"
#include "UiHarness.h"
#include "WidgetChecks.h"
#include "secrets/InMemorySecretStore.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QFileDialog>
#include <QHeaderView>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QStackedWidget>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

namespace sp::test {

namespace {

QString accessibleName(QWidget* widget)
{
    QAccessibleInterface* face = QAccessible::queryAccessibleInterface(widget);
    return face ? face->text(QAccessible::Name).trimmed() : QString();
}

QString describe(const QWidget* widget)
{
    QString path;
    for (const QWidget* w = widget; w; w = w->parentWidget()) {
        const QString part = w->objectName().isEmpty() ? QLatin1String(w->metaObject()->className()) : w->objectName();
        path = path.isEmpty() ? part : part + QLatin1Char('/') + path;
        if (w->isWindow())
            break;
    }
    return QStringLiteral("%1 [%2]").arg(QLatin1String(widget->metaObject()->className()), path);
}

// A view's own parts (its header views and the table's corner button) are Qt's: assistive technology
// reaches the headers as the table's column headers, not as widgets with a name of their own.
bool isPartOfAView(const QWidget* widget)
{
    if (!qobject_cast<const QAbstractItemView*>(widget->parentWidget()))
        return false;
    return qobject_cast<const QHeaderView*>(widget)
           || qstrcmp(widget->metaObject()->className(), "QTableCornerButton") == 0;
}

// Interactive widgets under `root` (visible or not: a hidden one may be shown later) without a name;
// widgets under `skip` are left out (checked elsewhere).
QStringList unnamed(QWidget* root, const QString& where, const QWidget* skip = nullptr)
{
    QStringList missing;
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* widget : widgets) {
        if (!isInteractive(widget) || isQtInternal(widget) || isPartOfAView(widget)
            || (skip && skip->isAncestorOf(widget)))
            continue;
        if (accessibleName(widget).isEmpty())
            missing << where + QStringLiteral(": ") + describe(widget);
    }
    return missing;
}

// Qt's own dialogs (file chooser, message box) are Qt's business, not ours.
bool isQtDialog(const QWidget* widget)
{
    return qobject_cast<const QFileDialog*>(widget) || qobject_cast<const QMessageBox*>(widget);
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

    QStringList m_missing; // over the whole run, printed at the end

    void check(QWidget* root, const QString& where)
    {
        const QStringList found = unnamed(root, where);
        for (const QString& line : found)
            qWarning().noquote() << "no accessible name:" << line;
        m_missing += found;
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }

private slots:
    void cleanupTestCase()
    {
        qInfo().noquote() << "interactive widgets without an accessible name:" << m_missing.size();
        for (const QString& line : std::as_const(m_missing))
            qInfo().noquote() << "  " << line;
    }

    void mainWindowEveryPage()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* pages = window.findChild<QStackedWidget*>(QStringLiteral("pages"));
        QVERIFY(pages);
        QVERIFY(pages->count() > 0);
        QStringList found;
        for (int i = 0; i < pages->count(); ++i) {
            pages->setCurrentIndex(i); // pages may build their widgets when first shown
            QCoreApplication::processEvents();
            const QWidget* page = pages->widget(i);
            found += unnamed(pages->widget(i),
                             QStringLiteral("page %1 (%2)")
                                 .arg(i)
                                 .arg(page->objectName().isEmpty() ? QLatin1String(page->metaObject()->className())
                                                                   : page->objectName()));
        }
        // The window around the pages (sidebar, tool bar, status bar, banners).
        for (const QString& line : unnamed(&window, QStringLiteral("main window"), pages))
            found << line;
        found.removeDuplicates();
        for (const QString& line : found)
            qWarning().noquote() << "no accessible name:" << line;
        m_missing += found;
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }

    void dialogs_data()
    {
        QTest::addColumn<QString>("name");
        for (const char* name : {"SignInDialog", "KeychainUnavailableDialog", "SignOutDialog", "ChangePasswordDialog",
                                 "DeleteAccountDialog", "AboutDialog", "SupportBundleDialog", "BundleViewerDialog"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    // Each dialog of the app, made as the app makes it (with a real session host, no server).
    void dialogs()
    {
        QFETCH(QString, name);
        UiHarness harness(std::make_unique<InMemorySecretStore>());
        std::unique_ptr<QDialog> dialog;
        if (name == QLatin1String("SignInDialog"))
            dialog = std::make_unique<SignInDialog>();
        else if (name == QLatin1String("KeychainUnavailableDialog"))
            dialog = std::make_unique<KeychainUnavailableDialog>();
        else if (name == QLatin1String("SignOutDialog"))
            dialog = std::make_unique<SignOutDialog>(QStringLiteral("seller@example.com"), true);
        else if (name == QLatin1String("ChangePasswordDialog"))
            dialog = std::make_unique<ChangePasswordDialog>(harness.host->session());
        else if (name == QLatin1String("DeleteAccountDialog"))
            dialog = std::make_unique<DeleteAccountDialog>(harness.host->session(), nullptr);
        else if (name == QLatin1String("AboutDialog"))
            dialog = std::make_unique<AboutDialog>();
        else if (name.endsWith(QLatin1String("BundleDialog")) || name == QLatin1String("BundleViewerDialog")) {
            SupportBundle bundle;
            bundle.add(QStringLiteral("versions.txt"), QByteArrayLiteral("SellerPulse 0.1.0\n"));
            bundle.add(QStringLiteral("logs/sellerpulse.log"), QByteArrayLiteral("info sellerpulse.app started\n"));
            if (name == QLatin1String("SupportBundleDialog"))
                dialog = std::make_unique<SupportBundleDialog>(bundle, QStringLiteral("2026-11-29T06:00:00Z"));
            else
                dialog = std::make_unique<BundleViewerDialog>(bundle, QStringLiteral("bundle.zip"));
        }
        QVERIFY(dialog);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        check(dialog.get(), name);
    }

    // Whatever the main window's actions open (menus, tool bar, shortcuts): a modal dialog is checked
    // while it runs, a non-modal window after the action returned; both are then closed.
    void dialogsOpenedByTheMainWindow()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QStringList found;
        QStringList opened;
        auto inspect = [&](QWidget* top, const QString& via) {
            if (!top || top == &window || isQtDialog(top) || !top->isVisible())
                return;
            const QString where =
                QStringLiteral("%1 (via action %2)").arg(QLatin1String(top->metaObject()->className()), via);
            opened << where;
            found += unnamed(top, where);
            if (auto* dialog = qobject_cast<QDialog*>(top))
                dialog->reject();
            else
                top->close();
        };
        const QList<QAction*> actions = window.findChildren<QAction*>();
        for (QAction* action : actions) {
            // Quitting and signing out end the run; the sidebar's page actions open no window.
            if (!action->isEnabled() || action->menu() || action->objectName() == QLatin1String("quitAction"))
                continue;
            const QString via = action->objectName().isEmpty() ? action->text() : action->objectName();
            QWidgetList before = QApplication::topLevelWidgets();
            // A modal dialog runs its own loop inside trigger(): look at it from a timer.
            QTimer modalWatch;
            modalWatch.setInterval(50);
            connect(&modalWatch, &QTimer::timeout, this, [&] {
                if (QWidget* modal = QApplication::activeModalWidget(); modal && modal != &window) {
                    if (isQtDialog(modal)) {
                        if (auto* dialog = qobject_cast<QDialog*>(modal))
                            dialog->reject();
                        return;
                    }
                    inspect(modal, via);
                }
            });
            modalWatch.start();
            action->trigger();
            QCoreApplication::processEvents();
            modalWatch.stop();
            for (QWidget* top : QApplication::topLevelWidgets()) {
                if (!before.contains(top) && top->isVisible())
                    inspect(top, via);
            }
        }
        qInfo().noquote() << "windows opened by the main window's actions:" << opened.size();
        for (const QString& line : std::as_const(opened))
            qInfo().noquote() << "  " << line;
        found.removeDuplicates();
        for (const QString& line : std::as_const(found))
            qWarning().noquote() << "no accessible name:" << line;
        m_missing += found;
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }
};

} // namespace sp::test

QTEST_MAIN(sp::test::TestAccessibility)
#include "TestAccessibility.moc"
