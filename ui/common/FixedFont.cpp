#include "ui/common/FixedFont.h"

#include <QFontDatabase>

namespace Gui {

QFont fixedFont()
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setStyleHint(QFont::TypeWriter); // where the system names a proportional font
    return font;
}

} // namespace Gui
