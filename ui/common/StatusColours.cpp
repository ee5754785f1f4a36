// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/StatusColours.h"

#include <QWidget>

namespace Gui {

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor toneColour(Tone tone, const QPalette &palette)
{
    const bool dark = isDarkPalette(palette);
    switch (tone) {
    case Tone::Error:
        return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xa8, 0x1f, 0x1a);
    case Tone::Warning:
        return dark ? QColor(0xff, 0xcc, 0x80) : QColor(0x8a, 0x55, 0x00);
    case Tone::Success:
        return dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x1b, 0x6e, 0x2a);
    case Tone::Normal:
        break;
    }
    return palette.color(QPalette::WindowText);
}

void setTone(QWidget *widget, Tone tone)
{
    QPalette palette = widget->parentWidget() ? widget->parentWidget()->palette() : QPalette();
    if (tone != Tone::Normal)
        palette.setColor(QPalette::WindowText, toneColour(tone, palette));
    widget->setPalette(palette);
}

} // namespace Gui
