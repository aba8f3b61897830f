// The dashboard's KPI tiles (DashboardKpis, KpiTile, TileGrid) on figures made up for the test: the
// change is coloured by its meaning for the seller (more revenue good, more fees bad), its arrow and
// sign say the direction in text too, net profit is emphasised, the colours keep their contrast in
// light and dark palettes, and the tiles rearrange to the width without overlapping or cutting off.
// TestDashboardPage shows the same tiles on a real synced cache.
#include "DashboardKpis.h"
#include "KpiTile.h"
#include "TileGrid.h"

#include <QApplication>
#include <QLabel>
#include <QVBoxLayout>
#include <QtTest>

namespace sp::test {

namespace {

CurrencyTotals totals(const QString& currency, qint64 revenue, qint64 fees, qint64 refunds, qint64 profit)
{
    CurrencyTotals t;
    t.currency = currency;
    t.revenueCents = revenue;
    t.units = revenue / 1000;
    t.orders = revenue / 2000;
    t.amazonFeesCents = fees;
    t.refundsCents = refunds;
    t.advertisingCents = 1000;
    t.cogsCents = 2000;
    t.netProfitCents = profit;
    t.marginPercent = revenue ? profit * 100.0 / revenue : 0;
    t.roiPercent = profit * 100.0 / 2000;
    return t;
}

// WCAG's contrast ratio of two colours.
double contrast(const QColor& a, const QColor& b)
{
    const auto luminance = [](const QColor& c) {
        const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QPalette darkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2a, 0x2a, 0x2a));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    return dark;
}

} // namespace

class TestDashboardTiles : public QObject
{
    Q_OBJECT

private:
    // Revenue up 84 %, fees up 35 %, refunds down 50 %, net profit down 20 % (EUR); GBP only now.
    static DashboardData figures()
    {
        DashboardData data;
        data.current = {totals(QStringLiteral("EUR"), 184000, 13500, 500, 40000),
                        totals(QStringLiteral("GBP"), 5000, 700, 0, -1200)};
        data.previous = {totals(QStringLiteral("EUR"), 100000, 10000, 1000, 50000)};
        return data;
    }

private slots:
    void toneFollowsMeaning_data()
    {
        QTest::addColumn<double>("delta");
        QTest::addColumn<int>("meaning");
        QTest::addColumn<int>("tone");
        using M = KpiTile::Meaning;
        using T = KpiTile::Tone;
        QTest::newRow("more revenue") << 84.0 << int(M::MoreIsGood) << int(T::Good);
        QTest::newRow("less revenue") << -3.0 << int(M::MoreIsGood) << int(T::Bad);
        QTest::newRow("more fees") << 35.0 << int(M::MoreIsBad) << int(T::Bad);
        QTest::newRow("fewer refunds") << -50.0 << int(M::MoreIsBad) << int(T::Good);
        QTest::newRow("unchanged") << 0.0 << int(M::MoreIsBad) << int(T::Neutral);
    }

    void toneFollowsMeaning()
    {
        QFETCH(double, delta);
        QFETCH(int, meaning);
        QFETCH(int, tone);
        QCOMPARE(int(KpiTile::toneOf(delta, KpiTile::Meaning(meaning))), tone);
    }

    void meaningsOfTheFigures()
    {
        for (const QString& key :
             {QStringLiteral("fees"), QStringLiteral("refunds"), QStringLiteral("advertising"), QStringLiteral("cogs")})
            QCOMPARE(DashboardKpis::meaningOf(key), KpiTile::Meaning::MoreIsBad);
        for (const QString& key : {QStringLiteral("revenue"), QStringLiteral("profit"), QStringLiteral("margin"),
                                   QStringLiteral("orders"), QStringLiteral("units"), QStringLiteral("roi")})
            QCOMPARE(DashboardKpis::meaningOf(key), KpiTile::Meaning::MoreIsGood);
    }

    void changesColouredByMeaningWithArrowAndSign()
    {
        DashboardKpis kpis;
        kpis.setData(figures(), QString());
        struct Expected
        {
            const char* key;
            QString text;
            KpiTile::Tone tone;
        };
        const QChar up(0x25B2);
        const QChar down(0x25BC);
        const QList<Expected> expected{
            {"revenue", QStringLiteral("%1 +84.0 %").arg(up), KpiTile::Tone::Good},
            {"fees", QStringLiteral("%1 +35.0 %").arg(up), KpiTile::Tone::Bad},
            {"refunds", QStringLiteral("%1 -50.0 %").arg(down), KpiTile::Tone::Good},
            {"profit", QStringLiteral("%1 -20.0 %").arg(down), KpiTile::Tone::Bad},
            {"advertising", QStringLiteral("%1 0.0 %").arg(QChar(0x25C6)), KpiTile::Tone::Neutral},
        };
        for (const Expected& e : expected) {
            KpiTile* tile = kpis.tile(QStringLiteral("EUR"), QLatin1String(e.key));
            QVERIFY2(tile, e.key);
            QCOMPARE(tile->changeText(), e.text);
            QCOMPARE(tile->tone(), e.tone);
            // The colour is the tone's; the words say it too, for those who cannot tell the colours apart.
            QCOMPARE(tile->changeLabel()->palette().color(QPalette::WindowText),
                     KpiTile::colorOf(e.tone, tile->palette()));
            const QString words = tile->changeLabel()->accessibleDescription();
            QVERIFY2(words.startsWith(e.tone == KpiTile::Tone::Good  ? QLatin1String("Better")
                                      : e.tone == KpiTile::Tone::Bad ? QLatin1String("Worse")
                                                                     : QLatin1String("The same")),
                     qPrintable(words));
            QCOMPARE(tile->changeLabel()->toolTip(), words);
        }
        // Good and bad differ in colour, and both differ from the neutral text.
        const QPalette light = kpis.palette();
        QVERIFY(KpiTile::colorOf(KpiTile::Tone::Good, light) != KpiTile::colorOf(KpiTile::Tone::Bad, light));
        // GBP has no previous period: no comparison, no colour; its loss is in the bad tone with its minus sign.
        KpiTile* gbpProfit = kpis.tile(QStringLiteral("GBP"), QStringLiteral("profit"));
        QCOMPARE(gbpProfit->changeText(), QStringLiteral("no comparison"));
        QCOMPARE(gbpProfit->tone(), KpiTile::Tone::Neutral);
        QVERIFY2(gbpProfit->valueText().startsWith(QLatin1Char('-')), qPrintable(gbpProfit->valueText()));
        QCOMPARE(
            gbpProfit->findChild<QLabel*>(QStringLiteral("kpiValue_GBP_profit"))->palette().color(QPalette::WindowText),
            KpiTile::colorOf(KpiTile::Tone::Bad, light));
    }

    void netProfitIsEmphasised()
    {
        DashboardKpis kpis;
        kpis.setData(figures(), QString());
        KpiTile* profit = kpis.tile(QStringLiteral("EUR"), QStringLiteral("profit"));
        KpiTile* revenue = kpis.tile(QStringLiteral("EUR"), QStringLiteral("revenue"));
        QVERIFY(profit->isEmphasised());
        QVERIFY(!revenue->isEmphasised());
        for (const QString& key : DashboardKpis::keys())
            QCOMPARE(kpis.tile(QStringLiteral("EUR"), key)->isEmphasised(), key == QLatin1String("profit"));
        // Its value is drawn larger than any other tile's.
        const double size = profit->valueLabel()->font().pointSizeF();
        for (const QString& key : DashboardKpis::keys()) {
            if (key != QLatin1String("profit"))
                QVERIFY(kpis.tile(QStringLiteral("EUR"), key)->valueLabel()->font().pointSizeF() < size);
        }
    }

    // The figures can be selected and copied, from right after their first paint: a selectable label lays
    // its text out as a document, which the first screen does not wait for. Their place does not move.
    void valuesBecomeSelectableOnceShown()
    {
        QWidget window;
        auto* layout = new QVBoxLayout(&window);
        auto* kpis = new DashboardKpis(&window);
        layout->addWidget(kpis);
        kpis->setData(figures(), QString());
        QLabel* value = kpis->tile(QStringLiteral("EUR"), QStringLiteral("revenue"))->valueLabel();
        const Qt::TextInteractionFlags selectable = Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard;
        QCOMPARE(value->textInteractionFlags() & selectable, Qt::TextInteractionFlags());
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QRect before(value->mapTo(&window, QPoint(0, 0)), value->size());
        QTRY_COMPARE(value->textInteractionFlags(), selectable);
        for (const QString& key : DashboardKpis::keys())
            QTRY_COMPARE(kpis->tile(QStringLiteral("GBP"), key)->valueLabel()->textInteractionFlags(), selectable);
        QVERIFY(value->focusPolicy() & Qt::ClickFocus); // the keyboard's selection needs the focus
        QApplication::processEvents();
        QCOMPARE(QRect(value->mapTo(&window, QPoint(0, 0)), value->size()), before);
    }

    void coloursReadableInLightAndDarkPalettes()
    {
        for (const QPalette& palette : {QPalette(), darkPalette()}) {
            for (KpiTile::Tone tone : {KpiTile::Tone::Good, KpiTile::Tone::Bad}) {
                const QColor colour = KpiTile::colorOf(tone, palette);
                const double ratio = contrast(colour, palette.color(QPalette::Base));
                QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("%1 on %2: %3")
                                                      .arg(colour.name(), palette.color(QPalette::Base).name())
                                                      .arg(ratio)));
            }
        }
        // A palette change recolours the tiles already shown.
        DashboardKpis kpis;
        kpis.setData(figures(), QString());
        kpis.setPalette(darkPalette());
        KpiTile* fees = kpis.tile(QStringLiteral("EUR"), QStringLiteral("fees"));
        QCOMPARE(fees->changeLabel()->palette().color(QPalette::WindowText),
                 KpiTile::colorOf(KpiTile::Tone::Bad, darkPalette()));
    }

    void tilesRearrangeToTheWidth_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("columns");
        QTest::newRow("wide") << 1400 << 5;
        QTest::newRow("1024 window") << 780 << 0;
        QTest::newRow("narrow") << 420 << 0;
    }

    void tilesRearrangeToTheWidth()
    {
        QFETCH(int, width);
        QFETCH(int, columns);
        QWidget window;
        auto* layout = new QVBoxLayout(&window);
        auto* kpis = new DashboardKpis(&window);
        layout->addWidget(kpis);
        layout->addStretch(1);
        kpis->setData(figures(), QString());
        // Before any layout the tiles stand in as few rows as possible: the page's minimum height is not
        // that of one tile per row (2 currencies x 2 rows here, headings and gaps aside).
        const int tileHeight = kpis->tile(QStringLiteral("EUR"), QStringLiteral("revenue"))->sizeHint().height();
        QVERIFY2(
            kpis->minimumSizeHint().height() < 6 * tileHeight,
            qPrintable(QStringLiteral("%1 for tiles %2 high").arg(kpis->minimumSizeHint().height()).arg(tileHeight)));
        window.resize(width, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.minimumSizeHint().width() <= width);
        const auto grids = kpis->findChildren<TileGrid*>();
        QCOMPARE(grids.size(), 2); // the tiles of each currency
        if (columns > 0) {
            for (const TileGrid* grid : grids)
                QCOMPARE(grid->columns(), columns);
        }
        QList<QRect> placed;
        for (const QString& currency : {QStringLiteral("EUR"), QStringLiteral("GBP")}) {
            for (const QString& key : DashboardKpis::keys()) {
                KpiTile* tile = kpis->tile(currency, key);
                QVERIFY(tile->isVisible());
                const QRect r(tile->mapTo(&window, QPoint(0, 0)), tile->size());
                // Whole (nothing cut off), inside the window, at least as large as it asks.
                QVERIFY2(r.left() >= 0 && r.right() < width, qPrintable(key));
                QVERIFY2(tile->width() >= tile->minimumSizeHint().width(), qPrintable(key));
                QVERIFY2(tile->height() >= tile->minimumSizeHint().height(), qPrintable(key));
                QVERIFY2(tile->valueLabel()->width() >= tile->valueLabel()->minimumSizeHint().width(),
                         qPrintable(tile->valueText()));
                for (const QRect& other : std::as_const(placed))
                    QVERIFY2(!other.intersects(r), qPrintable(currency + QLatin1Char(' ') + key));
                placed.append(r);
                // The costs' tiles stand under the headline ones, in the same columns.
                const int index = int(DashboardKpis::keys().indexOf(key));
                if (index >= 5 && columns == 5) {
                    const KpiTile* above = kpis->tile(currency, DashboardKpis::keys().at(index - 5));
                    QCOMPARE(tile->x(), above->x());
                    QCOMPARE(tile->width(), above->width());
                    QVERIFY(tile->y() > above->y());
                }
            }
        }
    }
};

} // namespace sp::test

QTEST_MAIN(sp::test::TestDashboardTiles)
#include "TestDashboardTiles.moc"
