#pragma once

#include <QWidget>

namespace sp {

// A page that says what it will show once its feature is built.
class PlaceholderPage : public QWidget
{
    Q_OBJECT
public:
    PlaceholderPage(const QString& title, const QString& description, QWidget* parent = nullptr);
};

} // namespace sp
