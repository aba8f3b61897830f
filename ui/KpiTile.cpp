#include "KpiTile.h"

#include "SelectableText.h"
#include "ThemeColors.h"

#include <QEvent>
#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

namespace sp {

namespace {
// The value's type size against the text's: large enough to find at a glance, small enough that five
// tiles stand side by side in a 1024 pixel wide window.
constexpr double kPrimaryScale = 1.25;
constexpr double kEmphasisedScale = 1.45;
constexpr double kSecondaryScale = 1.0;
} // namespace

KpiTile::KpiTile(const QString& name, const QString& title, Size size, QWidget* parent)
    : QFrame(parent)
    , m_title(new QLabel(title, this))
    , m_value(new QLabel(this))
    , m_note(new QLabel(this))
    , m_change(new QLabel(this))
    , m_yearChange(new QLabel(this))
    , m_size(size)
{
    setObjectName(QStringLiteral("kpiTile_") + name);
    setFrameShape(QFrame::NoFrame); // paintEvent draws the card
    m_title->setObjectName(QStringLiteral("kpiTitle_") + name);
    m_value->setObjectName(QStringLiteral("kpiValue_") + name);
    m_note->setObjectName(QStringLiteral("kpiNote_") + name);
    m_change->setObjectName(QStringLiteral("kpiChange_") + name);
    m_yearChange->setObjectName(QStringLiteral("kpiYearChange_") + name);
    m_yearChange->hide(); // until setYearChange()
    m_yearChange->setWordWrap(true); // "vs l'an dernier" on a narrow tile wraps, never cut
    makeSelectableAfterFirstPaint(m_value); // selectable text costs the first screen a few ms
    m_note->hide();
    QFont valueFont = m_value->font();
    valueFont.setBold(true);
    valueFont.setPointSizeF(valueFont.pointSizeF() * (size == Size::Primary ? kPrimaryScale : kSecondaryScale));
    m_value->setFont(valueFont);
    QFont small = m_note->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_note->setFont(small);
    m_change->setFont(small);
    m_yearChange->setFont(small);

    auto* layout = new QVBoxLayout(this);
    const int margin = fontMetrics().height() * 3 / 5;
    layout->setContentsMargins(margin, margin * 2 / 3, margin, margin * 2 / 3);
    layout->setSpacing(fontMetrics().height() / 6);
    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addWidget(m_note);
    layout->addWidget(m_change);
    layout->addWidget(m_yearChange);
    layout->addStretch(1);
}

void KpiTile::setEmphasised(bool emphasised)
{
    m_emphasised = emphasised;
    QFont valueFont = m_value->font();
    valueFont.setPointSizeF(m_title->font().pointSizeF()
                            * (emphasised                ? kEmphasisedScale
                               : m_size == Size::Primary ? kPrimaryScale
                                                         : kSecondaryScale));
    m_value->setFont(valueFont);
    QFont titleFont = m_title->font();
    titleFont.setBold(emphasised);
    m_title->setFont(titleFont);
    update();
}

void KpiTile::setValue(const QString& value, const QString& note, const QString& toolTip)
{
    m_value->setText(value);
    m_noteText = note;
    m_note->setText(note.trimmed());
    m_note->setVisible(!note.isEmpty());
    m_value->setToolTip(toolTip);
    m_note->setToolTip(toolTip);
    m_value->setAccessibleDescription(note);
}

void KpiTile::setChange(const QString& text, Tone tone, const QString& meaningText)
{
    m_tone = tone;
    m_change->setText(text);
    // The meaning in words for screen readers and as a tip: "better than the previous period".
    m_change->setToolTip(meaningText);
    m_change->setAccessibleDescription(meaningText);
    applyToneColour();
}

void KpiTile::setYearChange(const QString& text, Tone tone, const QString& meaningText)
{
    m_yearTone = tone;
    m_yearChange->setText(text);
    m_yearChange->setToolTip(meaningText);
    m_yearChange->setAccessibleDescription(meaningText);
    m_yearChange->setVisible(!text.isEmpty());
    applyToneColour();
}

QString KpiTile::yearChangeText() const { return m_yearChange->text(); }

QString KpiTile::valueText() const { return m_value->text() + m_noteText; }

QString KpiTile::changeText() const { return m_change->text(); }

KpiTile::Tone KpiTile::toneOf(double delta, Meaning meaning)
{
    if (delta == 0)
        return Tone::Neutral;
    const bool up = delta > 0;
    return up == (meaning == Meaning::MoreIsGood) ? Tone::Good : Tone::Bad;
}

QColor KpiTile::colorOf(Tone tone, const QPalette& palette)
{
    const bool dark = ThemeColors::isDark(palette);
    switch (tone) {
    case Tone::Good:
        return dark ? QColor(0x6e, 0xe0, 0x8c) : QColor(0x11, 0x7a, 0x35);
    case Tone::Bad:
        return ThemeColors::errorText(palette);
    case Tone::Neutral:
        break;
    }
    return palette.color(QPalette::WindowText);
}

void KpiTile::setValueTone(Tone tone)
{
    m_valueTone = tone;
    applyToneColour();
}

void KpiTile::applyToneColour()
{
    QPalette pal = m_change->palette();
    pal.setColor(QPalette::WindowText, colorOf(m_tone, palette()));
    m_change->setPalette(pal);
    pal = m_yearChange->palette();
    pal.setColor(QPalette::WindowText, colorOf(m_yearTone, palette()));
    m_yearChange->setPalette(pal);
    pal = m_value->palette();
    pal.setColor(QPalette::WindowText, colorOf(m_valueTone, palette()));
    m_value->setPalette(pal);
}

void KpiTile::paintEvent(QPaintEvent*)
{
    // A card on the window: the base colour with a soft border; the emphasised one in the highlight colour.
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = palette();
    const double border = m_emphasised ? 2.0 : 1.0;
    const QRectF card = QRectF(rect()).adjusted(border / 2, border / 2, -border / 2, -border / 2);
    QColor fill = pal.color(QPalette::Base);
    if (m_emphasised) {
        QColor tint = pal.color(QPalette::Highlight);
        fill = QColor::fromRgbF(fill.redF() * 0.9 + tint.redF() * 0.1, fill.greenF() * 0.9 + tint.greenF() * 0.1,
                                fill.blueF() * 0.9 + tint.blueF() * 0.1);
    }
    painter.setBrush(fill);
    painter.setPen(QPen(m_emphasised ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid), border));
    const double radius = fontMetrics().height() / 3.0;
    painter.drawRoundedRect(card, radius, radius);
}

void KpiTile::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        applyToneColour();
    QFrame::changeEvent(event);
}

} // namespace sp
