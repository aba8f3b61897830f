// Issue 18 part 4: the what-if page on its own (no main window) over a real synced cache (real
// sandbox over HTTPS, real SQLCipher file, real keychain: scripts/with-keyring.sh), reading through
// the cache's reader. Chosen SKUs show their baseline; with no change the scenario column is the
// baseline, exactly; a price 10 % higher with elasticity 1.5 shows WhatIfProjection's figures; an
// unreadable field says what to type and keeps the figures; a scenario is saved (the page says it
// stays on this computer), loaded back into the fields and the SKU choice, and deleted after the
// confirmation; with the cache closed a save says so.
#include "MoneyText.h"
#include "SessionHarness.h"
#include "SandboxProcess.h"
#include "WhatIfChanges.h"
#include "WhatIfPage.h"
#include "WhatIfResults.h"
#include "sync/SyncController.h"

#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>

namespace sp::test {

class TestWhatIfPage : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    Client m_client;
    std::unique_ptr<SyncController> m_sync;
    std::unique_ptr<WhatIfPage> m_page;

    template <typename T>
    T* child(const char* name) const
    {
        T* widget = m_page->findChild<T*>(QLatin1String(name));
        if (!widget)
            qWarning() << "no widget" << name;
        return widget;
    }
    QString cell(int row, int column) const
    {
        const QTableWidgetItem* item = child<QTableWidget>("whatIfResultsTable")->item(row, column);
        return item ? item->text() : QString();
    }
    // Waits for the projection of the SKUs or changes just chosen.
    bool chooseAndWait(const QStringList& skus)
    {
        QSignalSpy shown(m_page.get(), &WhatIfPage::projectionShown);
        m_page->chooseSkus(skus);
        return !shown.isEmpty() || shown.wait(30000); // no SKU: shown at once
    }

private slots:
    void initTestCase()
    {
        SandboxProcess::Options options;
        options.demoOrders = 300;
        options.seed = 4;
        QString error;
        QVERIFY2(m_sandbox.start(options, &error), qPrintable(error));
        QVERIFY(m_client.init(m_sandbox.url(), m_sandbox.sslConfiguration().caCertificates()));
        QVERIFY(m_client.signIn(m_sandbox.demoEmail(), m_sandbox.demoPassword()));
        m_sync = std::make_unique<SyncController>(m_client.session.get(), &m_client.keychain, &*m_client.profile,
                                                  &m_client.clock);
        QSignalSpy finished(m_sync.get(), &SyncController::syncFinished);
        m_sync->open();
        QVERIFY(finished.wait(120000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));

        m_page = std::make_unique<WhatIfPage>();
        m_page->resize(1024, 700);
        m_page->setClock(&m_client.clock);
        m_page->setCache(m_sync->cache());
        m_page->show();
        QSignalSpy choices(m_page.get(), &WhatIfPage::choicesShown);
        m_page->setReader(m_sync->reader());
        QVERIFY(choices.wait(30000));
    }

    void cleanupTestCase()
    {
        m_page.reset();
        m_sync.reset();
    }

    void saysScenariosStayOnThisComputer()
    {
        const QString note = child<QLabel>("whatIfPrivacyNote")->text();
        QVERIFY(note.contains(QStringLiteral("only on this computer")));
        QVERIFY(note.contains(QStringLiteral("never sent")));
        QVERIFY(child<QLabel>("whatIfMethodNote")->text().contains(QStringLiteral("elasticity")));
        QVERIFY(child<QListWidget>("whatIfSkuList")->count() > 1);
        QVERIFY(!child<QPushButton>("whatIfLoadButton")->isEnabled()); // nothing saved yet
        // Fits the main window's page area at 1024x700 (beside the sidebar, below a banner).
        QVERIFY2(m_page->minimumSizeHint().width() <= 820 && m_page->minimumSizeHint().height() <= 600,
                 qPrintable(QStringLiteral("%1x%2")
                                .arg(m_page->minimumSizeHint().width())
                                .arg(m_page->minimumSizeHint().height())));
    }

    void zeroChangeShowsTheBaselineExactly()
    {
        QListWidget* list = child<QListWidget>("whatIfSkuList");
        const QStringList skus{list->item(0)->data(Qt::UserRole).toString(),
                               list->item(1)->data(Qt::UserRole).toString()};
        QVERIFY(chooseAndWait(skus));
        QCOMPARE(m_page->chosenSkus(), skus);
        QVERIFY(!m_page->history().isEmpty());
        QCOMPARE(child<QTableWidget>("whatIfResultsTable")->rowCount(),
                 int(m_page->history().size()) * WhatIfResults::kRowsPerCurrency);
        for (const WhatIfCurrencyProjection& p : m_page->projection())
            QCOMPARE(p.scenario, p.baseline);
        for (int row = 0; row < child<QTableWidget>("whatIfResultsTable")->rowCount(); ++row)
            QCOMPARE(cell(row, WhatIfResults::ScenarioColumn), cell(row, WhatIfResults::BaselineColumn));
        const WhatIfCurrencyProjection& first = m_page->projection().first();
        QCOMPARE(cell(1, WhatIfResults::BaselineColumn),
                 MoneyText::format(first.baseline.revenueCents, first.currency));
        QVERIFY(child<QLabel>("whatIfPeriodLabel")->text().startsWith(QStringLiteral("From the sales of")));
    }

    void priceTenPercentHigherWithElasticity()
    {
        child<QComboBox>("whatIfPriceKind")->setCurrentIndex(1); // by percent
        child<QLineEdit>("whatIfPriceEdit")->setText(QStringLiteral("10"));
        child<QDoubleSpinBox>("whatIfElasticity")->setValue(1.5);
        QVERIFY(m_page->inputError().isEmpty());
        WhatIfScenario expected;
        expected.priceKind = WhatIfScenario::PriceChange::Percent;
        expected.priceChange = 1000;
        expected.elasticityHundredths = 150;
        for (int n = 0; n < m_page->history().size(); ++n) {
            const WhatIfHistory& h = m_page->history().at(n);
            const WhatIfFigures want = WhatIfProjection::scenario(h, expected);
            QCOMPARE(m_page->projection().at(n).scenario, want);
            const int row = n * WhatIfResults::kRowsPerCurrency;
            QCOMPARE(cell(row, WhatIfResults::ScenarioColumn), QLocale().toString(want.units));
            QCOMPARE(cell(row + 2, WhatIfResults::ScenarioColumn), MoneyText::format(want.netCents, h.currency));
            QCOMPARE(cell(row + 3, WhatIfResults::ScenarioColumn), WhatIfResults::marginText(want.marginBasisPoints));
        }
        // An unreadable field: said, and the figures stay.
        const QList<WhatIfCurrencyProjection> before = m_page->projection();
        child<QLineEdit>("whatIfFbaFeeEdit")->setText(QStringLiteral("a lot"));
        QVERIFY(m_page->inputError().contains(QStringLiteral("FBA fee")));
        QCOMPARE(m_page->projection().size(), before.size());
        QCOMPARE(m_page->projection().first().scenario, before.first().scenario);
        child<QLineEdit>("whatIfFbaFeeEdit")->setText(QStringLiteral("0,25"));
        QVERIFY(m_page->inputError().isEmpty());
        // 0.25 more per unit, in the currency the amounts are in (the first of the SKUs' currencies).
        expected.currency = child<QComboBox>("whatIfCurrency")->currentText();
        QCOMPARE(expected.currency, m_page->history().first().currency);
        expected.fbaFeeChangeCents = 25;
        for (int n = 0; n < m_page->history().size(); ++n)
            QCOMPARE(m_page->projection().at(n).scenario,
                     WhatIfProjection::scenario(m_page->history().at(n), expected));
    }

    void saveLoadAndDelete()
    {
        const QStringList skus = m_page->chosenSkus();
        const QList<WhatIfCurrencyProjection> shown = m_page->projection();
        child<QLineEdit>("whatIfScenarioName")->setText(QStringLiteral("Ten percent up"));
        QSignalSpy changed(m_page.get(), &WhatIfPage::scenariosChanged);
        child<QPushButton>("whatIfSaveButton")->click();
        QVERIFY(changed.wait(30000));
        QCOMPARE(m_page->savedScenarios().size(), 1);
        QCOMPARE(child<QComboBox>("whatIfScenarioList")->currentText(), QStringLiteral("Ten percent up"));
        QVERIFY(child<QLabel>("whatIfScenarioStatus")->text().contains(QStringLiteral("on this computer")));
        const WhatIfScenario saved = m_page->savedScenarios().first();
        QCOMPARE(saved.skus, skus);
        QCOMPARE(saved.priceChange, 1000);
        QCOMPARE(saved.elasticityHundredths, 150);
        QCOMPARE(saved.fbaFeeChangeCents, 25);

        // Cleared, then loaded: the fields, the SKUs and the figures come back.
        m_page->changes()->clear();
        QVERIFY(chooseAndWait({}));
        QVERIFY(m_page->projection().isEmpty());
        QSignalSpy projected(m_page.get(), &WhatIfPage::projectionShown);
        child<QPushButton>("whatIfLoadButton")->click();
        QVERIFY(projected.wait(30000));
        QCOMPARE(m_page->chosenSkus(), skus);
        QCOMPARE(child<QLineEdit>("whatIfPriceEdit")->text(), QStringLiteral("10.00"));
        QCOMPARE(child<QLineEdit>("whatIfFbaFeeEdit")->text(), QStringLiteral("0.25"));
        QCOMPARE(child<QDoubleSpinBox>("whatIfElasticity")->value(), 1.5);
        QCOMPARE(m_page->projection().size(), shown.size());
        for (int n = 0; n < shown.size(); ++n)
            QCOMPARE(m_page->projection().at(n).scenario, shown.at(n).scenario);

        // Delete asks first; confirmed, the scenario is gone.
        child<QPushButton>("whatIfDeleteButton")->click();
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = m_page->findChild<QMessageBox*>(QStringLiteral("whatIfDeleteConfirmation"))) != nullptr);
        QVERIFY(box->text().contains(QStringLiteral("Ten percent up")));
        box->findChild<QPushButton*>(QStringLiteral("whatIfDeleteConfirm"))->click();
        QVERIFY(changed.wait(30000));
        QVERIFY(m_page->savedScenarios().isEmpty());
        QVERIFY(!child<QPushButton>("whatIfDeleteButton")->isEnabled());
    }

    void withTheCacheClosedASaveSaysSo()
    {
        m_page->setCache(nullptr);
        QSignalSpy failed(m_page.get(), &WhatIfPage::scenarioFailed);
        child<QLineEdit>("whatIfScenarioName")->setText(QStringLiteral("Offline"));
        child<QPushButton>("whatIfSaveButton")->click();
        QVERIFY(failed.wait(5000));
        QCOMPARE(child<QLabel>("whatIfScenarioStatus")->text(), QStringLiteral("The offline cache is not open."));
        m_page->setCache(m_sync->cache());
    }
};

} // namespace sp::test

QTEST_MAIN(sp::test::TestWhatIfPage)
#include "TestWhatIfPage.moc"
