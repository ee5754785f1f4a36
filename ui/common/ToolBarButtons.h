// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QAction;
class QToolBar;
class QWidget;

namespace Gui {

// Adds `action` to `toolBar` and names its button for GUI tests and screen readers: the
// objectName from the action's ("pauseCapturesAction" → "pauseCapturesButton"), and, now and
// whenever the action changes (a language switch, Pin becoming Unpin), the accessible name from
// its text without mnemonic or ellipsis ("&Delete…" → "Delete").
QWidget *addToolBarAction(QToolBar *toolBar, QAction *action);

} // namespace Gui
