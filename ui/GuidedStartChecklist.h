#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace sp {

// The guided start (issue 16): after the first sign-in, one calm panel on the dashboard with the
// three things that make the figures right, each with whether it is done and a button that goes
// there: connect Amazon, enter unit costs, choose the home currency. Shows what it is told
// (GuidedStart computes the states from real data) and says when the seller dismisses it.
// A done item says so in words and with a check mark: never by colour alone.
class GuidedStartChecklist : public QFrame
{
    Q_OBJECT
public:
    enum Item { AmazonItem, CostsItem, CurrencyItem, ItemCount };

    explicit GuidedStartChecklist(QWidget* parent = nullptr);

    void setAmazonConnected(bool connected);
    // How many products sold in the cache have no unit cost for some sale (-1: not known yet).
    void setProductsWithoutCost(int count);
    void setCurrencyChosen(bool chosen, const QString& currency);

    bool isDone(Item item) const { return m_done[item]; }
    bool allDone() const { return m_done[AmazonItem] && m_done[CostsItem] && m_done[CurrencyItem]; }
    QString stateText(Item item) const;
    QString detailText(Item item) const;

signals:
    void connectAmazonRequested();
    void enterCostsRequested();
    void chooseCurrencyRequested();
    void dismissRequested();

private:
    void setDone(Item item, bool done, const QString& detail);

    bool m_done[ItemCount] = {false, false, false};
    QLabel* m_marks[ItemCount];
    QLabel* m_details[ItemCount];
    QPushButton* m_buttons[ItemCount];
};

} // namespace sp
