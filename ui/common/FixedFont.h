// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>

namespace Gui {

// The system's fixed-width font, for bytes and code shown as they are: bodies, raw bytes, an
// event mask, a test answer.
QFont fixedFont();

} // namespace Gui
