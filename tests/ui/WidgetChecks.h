#pragma once

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStringList>
#include <QTextEdit>
#include <QWidget>

namespace sp::test {

// Widgets a user can operate (and a screen reader must announce).
inline bool isInteractive(const QWidget* widget)
{
    return qobject_cast<const QAbstractButton*>(widget) || qobject_cast<const QLineEdit*>(widget)
           || qobject_cast<const QAbstractItemView*>(widget) || qobject_cast<const QComboBox*>(widget)
           || qobject_cast<const QAbstractSpinBox*>(widget) || qobject_cast<const QTextEdit*>(widget)
           || qobject_cast<const QPlainTextEdit*>(widget);
}

// Qt's own helper widgets (tool bar extension, line edit clear buttons) are named by Qt itself.
inline bool isQtInternal(const QWidget* widget)
{
    for (const QWidget* w = widget; w; w = w->parentWidget()) {
        if (w->objectName().startsWith(QLatin1String("qt_")))
            return true;
        if (w != widget
            && (qobject_cast<const QLineEdit*>(w) || qobject_cast<const QComboBox*>(w)
                || qobject_cast<const QAbstractSpinBox*>(w)))
            return true;
    }
    return false;
}

// Every interactive widget under `root` (inclusive) without an accessible name, as
// "ClassName(objectName)" entries.
inline QStringList widgetsWithoutAccessibleName(QWidget* root)
{
    QStringList missing;
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* widget : widgets) {
        if (!isInteractive(widget) || isQtInternal(widget))
            continue;
        if (widget->accessibleName().trimmed().isEmpty())
            missing << QStringLiteral("%1(%2)").arg(QLatin1String(widget->metaObject()->className()),
                                                    widget->objectName());
    }
    return missing;
}

inline int interactiveWidgetCount(QWidget* root)
{
    int count = 0;
    for (QWidget* widget : root->findChildren<QWidget*>())
        count += isInteractive(widget) && !isQtInternal(widget) ? 1 : 0;
    return count;
}

} // namespace sp::test
