#pragma once

#include <QMessageBox>

#include <functional>

namespace sp {

// How a confirmation looks beyond its words: object names for tests, the icon, and the button
// that declines (empty cancelText: the standard Cancel button).
struct ConfirmationStyle
{
    QString boxName;
    QString confirmName;
    QString cancelName;
    QString cancelText;
    QMessageBox::Icon icon = QMessageBox::Question;
    QMessageBox::ButtonRole confirmRole = QMessageBox::AcceptRole;
};

// The one way the app asks before it deletes, disconnects or changes something that cannot be taken
// back: a window-modal box over `parent` whose default button declines (Enter never confirms by
// accident), deleted when closed. `onConfirmed` runs only when the user presses `buttonText`.
QMessageBox* confirmDestructive(QWidget* parent, const QString& title, const QString& text, const QString& buttonText,
                                const ConfirmationStyle& style, std::function<void()> onConfirmed);

} // namespace sp
