#include "PageHeading.h"

namespace sp {

PageHeading::PageHeading(const QString& text, const QString& objectName, QWidget* parent)
    : QLabel(text, parent)
{
    setObjectName(objectName);
    QFont heading = font();
    heading.setPointSizeF(heading.pointSizeF() * 1.5);
    heading.setBold(true);
    setFont(heading);
}

} // namespace sp
