#pragma once

#include <QPointer>
#include <QSettings>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace sp {

// Lets the user pick the app's language: "System default" or one of the shipped translations,
// stored in the profile's settings (UiLanguage::settingsKey()). The choice applies at the next start:
// TranslationLoader reads it before any window exists.
class LanguageChooser : public QWidget
{
    Q_OBJECT

public:
    explicit LanguageChooser(QWidget* parent = nullptr);

    // The profile's settings; the combo shows the stored choice. Not owned.
    void setSettings(QSettings* settings);
    // The stored code ("de"), empty for the system default.
    QString currentCode() const;

signals:
    // The user chose another language (code empty: the system default); already stored.
    void languageChosen(const QString& code);
    // "Restart now" after a change: the new language shows once the app starts again.
    void restartRequested();

private:
    void choose(int index);

    QComboBox* m_combo;
    QLabel* m_note;
    QPushButton* m_restartButton;
    QString m_startedWith; // the stored choice when the settings came: a restart shows another
    QPointer<QSettings> m_settings;
    bool m_loading = false;
};

} // namespace sp
