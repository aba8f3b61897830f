#include "amazon/AmazonTerms.h"

#include <QCoreApplication>

namespace sp {

namespace {

struct Term
{
    const char* api;
    const char* text; // translated in context "sp::AmazonTerms"
};

// Order statuses: Amazon's OrderStatus values (Orders API), in Seller Central's words.
const Term kStatuses[] = {
    {"Pending", QT_TRANSLATE_NOOP("sp::AmazonTerms", "Pending")},
    {"Unshipped", QT_TRANSLATE_NOOP("sp::AmazonTerms", "Unshipped")},
    {"PartiallyShipped", QT_TRANSLATE_NOOP("sp::AmazonTerms", "Partially shipped")},
    {"Shipped", QT_TRANSLATE_NOOP("sp::AmazonTerms", "Shipped")},
    {"Canceled", QT_TRANSLATE_NOOP("sp::AmazonTerms", "Cancelled")},
    {"Unfulfillable", QT_TRANSLATE_NOOP("sp::AmazonTerms", "Unfulfillable")},
    {"InvoiceUnconfirmed", QT_TRANSLATE_NOOP("sp::AmazonTerms", "Invoice unconfirmed")},
    {"PendingAvailability", QT_TRANSLATE_NOOP("sp::AmazonTerms", "Pending availability")},
};

// Financial event types of the SellerPulse API.
const Term kEventTypes[] = {
    {"shipment", QT_TRANSLATE_NOOP("sp::AmazonTerms", "Sale")},
    {"refund", QT_TRANSLATE_NOOP("sp::AmazonTerms", "Refund")},
    {"reimbursement", QT_TRANSLATE_NOOP("sp::AmazonTerms", "Reimbursement")},
    {"service_fee", QT_TRANSLATE_NOOP("sp::AmazonTerms", "Service fee")},
    {"advertising", QT_TRANSLATE_NOOP("sp::AmazonTerms", "Advertising")},
};

// Charge types, named as in Amazon's Finances API.
const Term kCharges[] = {
    {"Principal", QT_TRANSLATE_NOOP("sp::AmazonTerms", "Item price")},
    {"Tax", QT_TRANSLATE_NOOP("sp::AmazonTerms", "Tax")},
    {"ShippingCharge", QT_TRANSLATE_NOOP("sp::AmazonTerms", "Shipping charge")},
    {"Promotion", QT_TRANSLATE_NOOP("sp::AmazonTerms", "Promotion")},
    {"Commission", QT_TRANSLATE_NOOP("sp::AmazonTerms", "Referral fee (commission)")},
    {"FBAPerUnitFulfillmentFee", QT_TRANSLATE_NOOP("sp::AmazonTerms", "FBA fulfilment fee")},
    {"RefundCommission", QT_TRANSLATE_NOOP("sp::AmazonTerms", "Refund administration fee")},
    {"Reimbursement", QT_TRANSLATE_NOOP("sp::AmazonTerms", "Reimbursement")},
    {"Subscription", QT_TRANSLATE_NOOP("sp::AmazonTerms", "Subscription")},
    {"StorageFee", QT_TRANSLATE_NOOP("sp::AmazonTerms", "FBA storage fee")},
    {"Advertising", QT_TRANSLATE_NOOP("sp::AmazonTerms", "Advertising cost")},
};

// Fulfilment channels: AFN (Amazon's network, FBA) and MFN (the merchant's own).
const Term kFulfillments[] = {
    {"AFN", QT_TRANSLATE_NOOP("sp::AmazonTerms", "Fulfilled by Amazon")},
    {"MFN", QT_TRANSLATE_NOOP("sp::AmazonTerms", "Fulfilled by you")},
};

template <std::size_t N>
QString lookUp(const Term (&terms)[N], const QString& api)
{
    for (const Term& term : terms) {
        if (api == QLatin1String(term.api))
            return QCoreApplication::translate("sp::AmazonTerms", term.text);
    }
    return api;
}

template <std::size_t N>
QStringList apiNames(const Term (&terms)[N])
{
    QStringList names;
    for (const Term& term : terms)
        names.append(QLatin1String(term.api));
    return names;
}

} // namespace

QString AmazonTerms::orderStatus(const QString& status) { return lookUp(kStatuses, status); }
QString AmazonTerms::eventType(const QString& type) { return lookUp(kEventTypes, type); }
QString AmazonTerms::charge(const QString& charge) { return lookUp(kCharges, charge); }
QString AmazonTerms::fulfillment(const QString& channel) { return lookUp(kFulfillments, channel); }

QString AmazonTerms::apiHint(const QString& apiName)
{
    return QCoreApplication::translate("sp::AmazonTerms", "Amazon name: %1").arg(apiName);
}

QStringList AmazonTerms::knownOrderStatuses() { return apiNames(kStatuses); }
QStringList AmazonTerms::knownEventTypes() { return apiNames(kEventTypes); }
QStringList AmazonTerms::knownCharges() { return apiNames(kCharges); }
QStringList AmazonTerms::knownFulfillments() { return apiNames(kFulfillments); }

} // namespace sp
