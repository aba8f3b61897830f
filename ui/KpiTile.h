#pragma once

#include <QFrame>

class QLabel;

namespace sp {

// One headline figure as a tile: its name, the value in large type, an optional note ("incomplete"),
// its change against the previous period and (issue 18) against the same period last year. The changes
// are coloured by what they mean for the seller (more revenue is good, more fees are bad), never by
// their direction alone; an arrow and a sign carry
// the direction, so colour is never the only signal. The emphasised tile (net profit) is framed in
// the highlight colour and its value is larger.
class KpiTile : public QFrame
{
    Q_OBJECT
public:
    enum class Meaning { MoreIsGood, MoreIsBad };
    enum class Tone { Neutral, Good, Bad };
    enum class Size { Primary, Secondary };

    // `name` ends the object names of its labels: kpiValue_<name>, kpiChange_<name>, kpiYearChange_<name>.
    KpiTile(const QString& name, const QString& title, Size size, QWidget* parent = nullptr);

    void setEmphasised(bool emphasised);
    bool isEmphasised() const { return m_emphasised; }
    // `note` qualifies the value (" (incomplete)"): shown trimmed under it, and appended as given in valueText().
    void setValue(const QString& value, const QString& note, const QString& toolTip);
    // A value that is itself bad news (a loss) is drawn in the bad tone; its minus sign says it too.
    void setValueTone(Tone tone);
    void setChange(const QString& text, Tone tone, const QString& meaningText);
    // Issue 18: the change against the same period last year, a line under the change ("+12.0 % vs last
    // year", or "no data last year"), coloured by its meaning like the change.
    void setYearChange(const QString& text, Tone tone, const QString& meaningText);
    Tone tone() const { return m_tone; }
    Tone yearTone() const { return m_yearTone; }
    QString valueText() const;
    QString changeText() const;
    QString yearChangeText() const;
    QLabel* valueLabel() const { return m_value; }
    QLabel* changeLabel() const { return m_change; }
    QLabel* yearChangeLabel() const { return m_yearChange; }

    // Good when the figure moved the way the seller wants, bad when the other way, neutral if it did not.
    static Tone toneOf(double delta, Meaning meaning);
    // The text colour of a tone on `palette`: a green and a red that keep a 4.5:1 contrast on light and
    // dark backgrounds (WCAG AA); neutral is the palette's text.
    static QColor colorOf(Tone tone, const QPalette& palette);

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void applyToneColour();

    QLabel* m_title;
    QLabel* m_value;
    QLabel* m_note;
    QLabel* m_change;
    QLabel* m_yearChange;
    Size m_size;
    QString m_noteText;
    Tone m_tone = Tone::Neutral;
    Tone m_yearTone = Tone::Neutral;
    Tone m_valueTone = Tone::Neutral;
    bool m_emphasised = false;
};

} // namespace sp
