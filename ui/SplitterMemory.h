#pragma once

#include <QObject>
#include <QPointer>

class QSettings;
class QWidget;

namespace sp {

// Remembers where the user put the dividers of every named QSplitter inside `root` (the orders'
// table and details, a report's chart and table) in the profile's settings, under
// "splitters/<object name>": restored when the settings are given, saved when a divider moves.
class SplitterMemory : public QObject
{
public:
    explicit SplitterMemory(QWidget* root);

    void setSettings(QSettings* settings); // null: remember nothing

private:
    QWidget* const m_root;
    QPointer<QSettings> m_settings;
    bool m_connected = false;
};

} // namespace sp
