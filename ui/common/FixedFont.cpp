// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/FixedFont.h"

#include <QFontDatabase>

namespace Gui {

QFont fixedFont()
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setStyleHint(QFont::TypeWriter); // where the system names a proportional font
    font.setFixedPitch(true);
    return font;
}

} // namespace Gui
