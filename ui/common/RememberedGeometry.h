// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QDialog;
class QSplitter;

namespace Gui {

// A dialog opens where and as large as it was last closed (F23): restores it now and saves it
// whenever the dialog finishes. Keys are "<key>/geometry" in QSettings.
void rememberGeometry(QDialog *dialog, const QString &key);
// The same for a splitter's sizes, saved when the splitter is destroyed.
void rememberSplitter(QSplitter *splitter, const QString &key);

} // namespace Gui
