// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QLineEdit;

namespace Gui {

// What the masked field holds, for the toggle's names and texts.
enum class RevealSubject { ApiKey, Secret };

// Adds a show/hide eye to the end of a masked field (API keys, secrets), with a tool button
// named "revealApiKeyButton" (or "revealSecretButton") whose accessible name says what pressing
// it does.
void addRevealToggle(QLineEdit *edit, RevealSubject subject = RevealSubject::ApiKey);

} // namespace Gui
