#pragma once

#include "BusinessRegistry.h"
#include "ExpenseBook.h"
#include "ListingCursor.h"
#include "ProblemResponse.h"
#include "RouteServices.h"
#include "Router.h"

#include <QJsonObject>

#include <optional>

namespace sp {

// GET /v1/expenses (a listing in change order with tombstones, paged like the other data listings),
// POST /v1/expenses, PUT and DELETE /v1/expenses/{expense_id} (issue 17).
class ExpenseRoutes
{
public:
    ExpenseRoutes(RouteServices& services, BusinessRegistry& registry, const ListingCursor& cursors, ExpenseBook& book);
    void registerOn(Router& router);

    static constexpr char kListing = 'e';
    // One row as the API lists it (also what the account export holds).
    static QJsonObject toJson(const ExpenseBook::Expense& row);
    // The listing, which the admin faults hit like the other data listings (never a write).
    static bool isListingPath(const QString& path) { return path == QLatin1String("/v1/expenses"); }

private:
    HttpReply list(const HttpRequest& request);
    HttpReply create(const HttpRequest& request);
    HttpReply replace(const HttpRequest& request, const QString& id);
    HttpReply remove(const HttpRequest& request, const QString& id);

    // The body's expense (id, times and sequence unset), or the problem to answer.
    std::optional<ExpenseBook::Expense> parseBody(const HttpRequest& request, const Business& business,
                                                  HttpReply* problem) const;

    RouteServices& m_services;
    BusinessRegistry& m_registry;
    const ListingCursor& m_cursors;
    ExpenseBook& m_book;
};

} // namespace sp
