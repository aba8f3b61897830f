#pragma once

#include <QLabel>

namespace sp {

// A page's title at the top of the page: larger and bold, the same on every page.
class PageHeading : public QLabel
{
    Q_OBJECT
public:
    PageHeading(const QString& text, const QString& objectName, QWidget* parent = nullptr);
};

} // namespace sp
