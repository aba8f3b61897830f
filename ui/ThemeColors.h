#pragma once

#include <QColor>
#include <QPalette>

class QLabel;

namespace sp {

// The few colours our widgets add to the system palette, chosen for the palette in use so that
// they stay readable in light and dark themes.
class ThemeColors
{
public:
    static bool isDark(const QPalette& palette);
    // Red for error text: dark red on a light window, light red on a dark one.
    static QColor errorText(const QPalette& palette);
    // Shows `label`'s text in the error colour of its palette.
    static void styleAsError(QLabel* label);
};

} // namespace sp
