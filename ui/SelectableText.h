#pragma once

class QLabel;

namespace sp {

// Makes a label's text selectable with the mouse and the keyboard (a figure the seller copies) once the
// label has been painted the first time. A selectable label lays its text out as a rich-text document,
// which the dashboard's thirty-odd figures would otherwise pay for before the first screen is painted.
void makeSelectableAfterFirstPaint(QLabel* label);

} // namespace sp
