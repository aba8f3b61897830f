#pragma once

#include <QLoggingCategory>

// The one logging category of core/reports (defined in SalesSummary.cpp).
Q_DECLARE_LOGGING_CATEGORY(lcReports)
