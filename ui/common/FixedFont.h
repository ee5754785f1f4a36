#pragma once

#include <QFont>

namespace Gui {

// The system's fixed-width font, for bytes and code shown as they are (Body, Raw, Response).
QFont fixedFont();

} // namespace Gui
