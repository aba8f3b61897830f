#pragma once

#include <QDialog>

class QCheckBox;

namespace sp {

// Asks before signing out, and whether to remove this computer's data of the account too (the
// offline cache and its key). Unchecked by default: most sign-outs are not goodbyes.
class SignOutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SignOutDialog(const QString& email, bool canRemoveData, QWidget* parent = nullptr);

    bool removeLocalData() const;

private:
    QCheckBox* m_removeCheck;
};

} // namespace sp
