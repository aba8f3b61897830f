#include "SplitterMemory.h"

#include <QSettings>
#include <QSplitter>

namespace sp {

namespace {
QString keyOf(const QSplitter* splitter) { return QStringLiteral("splitters/") + splitter->objectName(); }
} // namespace

SplitterMemory::SplitterMemory(QWidget* root)
    : QObject(root)
    , m_root(root)
{}

void SplitterMemory::setSettings(QSettings* settings)
{
    m_settings = settings;
    const QList<QSplitter*> splitters = m_root->findChildren<QSplitter*>();
    for (QSplitter* splitter : splitters) {
        if (splitter->objectName().isEmpty())
            continue;
        if (settings) {
            const QByteArray saved = settings->value(keyOf(splitter)).toByteArray();
            if (!saved.isEmpty())
                splitter->restoreState(saved);
        }
        if (!m_connected) {
            connect(splitter, &QSplitter::splitterMoved, this, [this, splitter] {
                if (m_settings)
                    m_settings->setValue(keyOf(splitter), splitter->saveState());
            });
        }
    }
    m_connected = true;
}

} // namespace sp
