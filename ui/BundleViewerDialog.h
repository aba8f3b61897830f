#pragma once

#include "support/SupportBundle.h"

#include <QDialog>

class QListWidget;
class QPlainTextEdit;

namespace sp {

// A read-only view of a support bundle that SupportBundleReader accepted: the summary first, then
// each file. Nothing is written anywhere.
class BundleViewerDialog : public QDialog
{
    Q_OBJECT
public:
    BundleViewerDialog(SupportBundle bundle, const QString& fileName, QWidget* parent = nullptr);

    int fileCount() const;
    QString shownText() const;
    void showFile(int row);

private:
    SupportBundle m_bundle;
    QListWidget* m_files;
    QPlainTextEdit* m_content;
};

} // namespace sp
