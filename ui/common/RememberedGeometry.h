// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLatin1StringView>

class QDialog;
class QSplitter;

namespace Gui {

// A dialog opens where and as large as it was last closed: restores it now and saves it under
// `key` (one of Session::SettingsKeys) whenever the dialog finishes.
void rememberGeometry(QDialog *dialog, QLatin1StringView key);
// The same for a splitter's sizes, saved when the splitter is destroyed.
void rememberSplitter(QSplitter *splitter, QLatin1StringView key);

} // namespace Gui
