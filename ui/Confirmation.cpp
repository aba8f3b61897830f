#include "Confirmation.h"

#include <QCoreApplication>
#include <QPushButton>

namespace sp {

QMessageBox* confirmDestructive(QWidget* parent, const QString& title, const QString& text, const QString& buttonText,
                                const ConfirmationStyle& style, std::function<void()> onConfirmed)
{
    auto* box = new QMessageBox(style.icon, title, text, QMessageBox::NoButton, parent);
    box->setObjectName(style.boxName);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* confirm = box->addButton(buttonText, style.confirmRole);
    confirm->setObjectName(style.confirmName);
    confirm->setAccessibleName(confirm->text());
    QPushButton* cancel = style.cancelText.isEmpty() ? box->addButton(QMessageBox::Cancel)
                                                     : box->addButton(style.cancelText, QMessageBox::RejectRole);
    if (!style.cancelName.isEmpty())
        cancel->setObjectName(style.cancelName);
    cancel->setAccessibleName(style.cancelText.isEmpty() ? QCoreApplication::translate("sp::Confirmation", "Cancel")
                                                         : cancel->text());
    box->setDefaultButton(cancel);
    QObject::connect(box, &QMessageBox::buttonClicked, box,
                     [confirm, onConfirmed = std::move(onConfirmed)](QAbstractButton* button) {
                         if (button == confirm)
                             onConfirmed();
                     });
    box->open();
    return box;
}

} // namespace sp
