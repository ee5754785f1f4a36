// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPalette>

class QWidget;

namespace Gui {

// Text colours for errors, warnings and success, readable on the palette in use: dark tones on
// a light window, light tones on a dark one (the console follows the system's light or dark
// palette, so a fixed dark red would vanish on a dark theme). One place, so every hint line,
// field message and result reads the same.
enum class Tone { Normal, Error, Warning, Success };

QColor toneColour(Tone tone, const QPalette &palette);
// Sets `widget`'s text colour to `tone` on its parent's palette (Normal: the parent's own).
void setTone(QWidget *widget, Tone tone);
// A dark theme: light text on a dark window.
bool isDarkPalette(const QPalette &palette);

} // namespace Gui
