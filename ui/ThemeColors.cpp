#include "ThemeColors.h"

#include <QLabel>

namespace sp {

bool ThemeColors::isDark(const QPalette& palette) { return palette.color(QPalette::Window).lightness() < 128; }

QColor ThemeColors::errorText(const QPalette& palette)
{
    // Both reach a contrast ratio of at least 4.5:1 against typical window colours (WCAG AA).
    return isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20);
}

void ThemeColors::styleAsError(QLabel* label)
{
    QPalette pal = label->palette();
    pal.setColor(QPalette::WindowText, errorText(pal));
    label->setPalette(pal);
}

} // namespace sp
