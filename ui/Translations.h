#pragma once

class QCoreApplication;
class QLocale;

namespace Gui {

// Loads the application's and Qt's translations for `locale` (the system's by default). English
// is a translation too: it carries the plural forms of "%n webhook(s)".
void installTranslations(QCoreApplication *application, const QLocale &locale);

} // namespace Gui
