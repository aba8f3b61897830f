#pragma once

#include <QString>
#include <QStringList>

namespace sp {

// The API's words for orders and money (Amazon's own: "Shipped", "FBAPerUnitFulfillmentFee",
// "service_fee", "AFN") as a seller reads them, translated (context "sp::AmazonTerms"). A word not
// in the contract's lists is shown as it is, so nothing the server says is hidden; the API name
// stays available for support (apiHint()).
struct AmazonTerms
{
    static QString orderStatus(const QString& status);  // "PartiallyShipped" -> "Partially shipped"
    static QString eventType(const QString& type);      // "service_fee" -> "Service fee"
    static QString charge(const QString& charge);       // "Commission" -> "Referral fee (commission)"
    static QString fulfillment(const QString& channel); // "AFN" -> "Fulfilled by Amazon"
    // "Amazon name: FBAPerUnitFulfillmentFee", for a tooltip beside a translated word.
    static QString apiHint(const QString& apiName);

    // The contract's lists (docs/api/openapi.yaml), for the tests that every word has a name.
    static QStringList knownOrderStatuses();
    static QStringList knownEventTypes();
    static QStringList knownCharges();
    static QStringList knownFulfillments();
};

} // namespace sp
