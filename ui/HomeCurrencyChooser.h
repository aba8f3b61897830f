#pragma once

#include <QPointer>
#include <QSettings>
#include <QWidget>

class QComboBox;

namespace sp {

// Settings' choice of the home currency (HomeCurrency): "Automatic" (the system's currency where
// rates cover it, else EUR) or one of HomeCurrency::choices(), stored in the profile's settings at
// once. The dashboard reads it when it is shown next.
class HomeCurrencyChooser : public QWidget
{
    Q_OBJECT
public:
    explicit HomeCurrencyChooser(QWidget* parent = nullptr);

    void setSettings(QSettings* settings); // not owned; the combo shows the stored choice
    QString currentCode() const;           // empty: automatic

signals:
    void homeCurrencyChosen(const QString& code); // already stored

private:
    void choose(int index);

    QComboBox* m_combo;
    QPointer<QSettings> m_settings;
    bool m_loading = false;
};

} // namespace sp
