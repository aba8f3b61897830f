#pragma once

#include "support/SupportBundle.h"

#include <QDialog>

#include <functional>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace sp {

// Shows exactly what a new support bundle holds (every file, its size and its full text) before
// anything is saved; Save asks where and writes the ZIP there.
class SupportBundleDialog : public QDialog
{
    Q_OBJECT
public:
    using PathChooser = std::function<QString(QWidget* parent, const QString& suggestedName)>;

    SupportBundleDialog(SupportBundle bundle, QString createdAt, QWidget* parent = nullptr);

    // Tests replace the file dialog.
    void setPathChooser(PathChooser chooser) { m_chooser = std::move(chooser); }
    // Writes the bundle to `path`; false with the reason shown in the dialog.
    bool saveTo(const QString& path);
    const SupportBundle& bundle() const { return m_bundle; }
    QString savedPath() const { return m_savedPath; }

private:
    void showFile(int row);
    void save();

    SupportBundle m_bundle;
    QString m_createdAt;
    PathChooser m_chooser;
    QListWidget* m_files;
    QPlainTextEdit* m_content;
    QLabel* m_status;
    QPushButton* m_saveButton;
    QString m_savedPath;
};

} // namespace sp
