#include "GuidedStartChecklist.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace sp {

GuidedStartChecklist::GuidedStartChecklist(QWidget* parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("guidedStartChecklist"));
    setAccessibleName(tr("Getting started"));
    setFrameShape(QFrame::StyledPanel);

    auto* heading = new QLabel(tr("Getting started"), this);
    heading->setObjectName(QStringLiteral("guidedStartHeading"));
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    auto* intro = new QLabel(tr("Three steps make your profit figures complete."), this);
    intro->setObjectName(QStringLiteral("guidedStartIntro"));
    intro->setWordWrap(true);
    auto* dismiss = new QPushButton(tr("&Dismiss"), this);
    dismiss->setObjectName(QStringLiteral("guidedStartDismissButton"));
    dismiss->setToolTip(tr("Hide this list for good. Settings and the products page still have everything."));
    dismiss->setAccessibleName(tr("Dismiss the getting started list"));
    dismiss->setFlat(true);
    connect(dismiss, &QPushButton::clicked, this, &GuidedStartChecklist::dismissRequested);

    const struct
    {
        const char* name;
        QString title;
        QString button;
        void (GuidedStartChecklist::*signal)();
    } items[ItemCount] = {
        {"Amazon", tr("Connect your Amazon seller account"), tr("Connect &Amazon..."),
         &GuidedStartChecklist::connectAmazonRequested},
        {"Costs", tr("Enter the unit costs of the products you sell"), tr("Enter unit &costs..."),
         &GuidedStartChecklist::enterCostsRequested},
        {"Currency", tr("Choose your home currency"), tr("Choose c&urrency..."),
         &GuidedStartChecklist::chooseCurrencyRequested},
    };
    auto* grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    for (int i = 0; i < ItemCount; ++i) {
        const QString name = QString::fromLatin1(items[i].name);
        m_marks[i] = new QLabel(this);
        m_marks[i]->setObjectName(QStringLiteral("guided%1State").arg(name));
        auto* title = new QLabel(items[i].title, this);
        title->setObjectName(QStringLiteral("guided%1Title").arg(name));
        title->setWordWrap(true);
        m_details[i] = new QLabel(this);
        m_details[i]->setObjectName(QStringLiteral("guided%1Detail").arg(name));
        m_details[i]->setWordWrap(true);
        m_details[i]->setForegroundRole(QPalette::PlaceholderText); // secondary, and still readable
        auto* text = new QVBoxLayout;
        text->setSpacing(0);
        text->addWidget(title);
        text->addWidget(m_details[i]);
        m_buttons[i] = new QPushButton(items[i].button, this);
        m_buttons[i]->setObjectName(QStringLiteral("guided%1Button").arg(name));
        m_buttons[i]->setAccessibleName(items[i].title);
        connect(m_buttons[i], &QPushButton::clicked, this, items[i].signal);
        grid->addWidget(m_marks[i], i, 0, Qt::AlignTop);
        grid->addLayout(text, i, 1);
        grid->addWidget(m_buttons[i], i, 2, Qt::AlignTop);
    }

    auto* top = new QHBoxLayout;
    top->addWidget(heading, 1);
    top->addWidget(dismiss);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(intro);
    layout->addLayout(grid);

    setAmazonConnected(false);
    setProductsWithoutCost(-1);
    setCurrencyChosen(false, QString());
}

void GuidedStartChecklist::setAmazonConnected(bool connected)
{
    setDone(AmazonItem, connected,
            connected ? tr("Connected: your orders, fees and stock are downloaded.")
                      : tr("SellerPulse reads your orders, fees and stock from Amazon once you allow it."));
}

void GuidedStartChecklist::setProductsWithoutCost(int count)
{
    const QString detail = count < 0    ? tr("Cost of goods needs what you pay for one unit of each product.")
                           : count == 0 ? tr("Every product you sold has a unit cost.")
                           : count == 1 ? tr("1 product sold without a unit cost: its cost of goods is incomplete.")
                                        : tr("%1 products sold without a unit cost: their cost of goods is incomplete.")
                                              .arg(QLocale().toString(count));
    setDone(CostsItem, count == 0, detail);
}

void GuidedStartChecklist::setCurrencyChosen(bool chosen, const QString& currency)
{
    setDone(CurrencyItem, chosen,
            chosen ? tr("The dashboard adds every marketplace up in %1.").arg(currency)
                   : tr("The dashboard adds every marketplace up in one currency: pick yours."));
}

QString GuidedStartChecklist::stateText(Item item) const { return m_marks[item]->accessibleName(); }

QString GuidedStartChecklist::detailText(Item item) const { return m_details[item]->text(); }

void GuidedStartChecklist::setDone(Item item, bool done, const QString& detail)
{
    m_done[item] = done;
    // The mark and the words: a check mark alone would be the only signal for a screen reader.
    m_marks[item]->setText(done ? QStringLiteral("\u2714") : QStringLiteral("\u25cb"));
    m_marks[item]->setAccessibleName(done ? tr("Done") : tr("To do"));
    m_marks[item]->setToolTip(m_marks[item]->accessibleName());
    m_details[item]->setText(detail);
    m_buttons[item]->setDefault(false);
    // A done step stays reachable (to change the cost or the currency), but quieter.
    m_buttons[item]->setFlat(done);
}

} // namespace sp
