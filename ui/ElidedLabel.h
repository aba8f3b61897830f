#pragma once

#include <QLabel>

namespace sp {

// A one-line label that fits any width: text() stays whole, the painting is elided at the end, and the
// whole text is its tooltip while it is cut. For the status bar, whose texts must never widen the window.
class ElidedLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget* parent = nullptr);

    void setFullText(const QString& text);
    bool isElided() const;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void updateToolTip();
};

} // namespace sp
