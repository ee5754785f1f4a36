#pragma once

class QLineEdit;

namespace Gui {

// Adds a show/hide eye to the end of a masked field (API keys), with a tool button named
// "revealApiKeyButton" whose accessible name says what pressing it does.
void addRevealToggle(QLineEdit *edit);

} // namespace Gui
