#pragma once

#include "expenses/ExpenseRecord.h"

#include <QDialog>
#include <QList>
#include <QPair>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace sp {

// Adds or edits one expense (issue 17 part 3). Save asks the page to write it to the server
// (saveRequested); the dialog stays open, with what was typed, until the page calls finish(), or
// shows why the server refused it (showError) so nothing typed is lost.
class ExpenseDialog : public QDialog
{
    Q_OBJECT
public:
    // `marketplaces`: id, name. `expense`: the row to edit, or an empty id for a new one.
    ExpenseDialog(const ExpenseRecord& expense, const QList<QPair<QString, QString>>& marketplaces, QDate today,
                  QWidget* parent = nullptr);

    ExpenseRecord expense() const;          // what is typed, with the edited row's id
    void showError(const QString& message); // the input stays; Save works again
    void finish();                          // saved: closes

    // "12.34", "12,34", "1 234.5" in cents; -1 when it is not an amount (exact, no floating point).
    static qint64 centsFrom(const QString& text);
    static QString categoryName(const QString& category);
    static QString recurrenceName(const QString& recurrence);

signals:
    void saveRequested();

private:
    void save();

    ExpenseRecord m_original;
    QLineEdit* m_description;
    QComboBox* m_category;
    QLineEdit* m_amount;
    QComboBox* m_currency;
    QComboBox* m_recurrence;
    QDateEdit* m_startsOn;
    QCheckBox* m_hasEnd;
    QDateEdit* m_endsOn;
    QComboBox* m_marketplace;
    QLineEdit* m_sku;
    QLabel* m_message;
    QPushButton* m_saveButton;
};

} // namespace sp
