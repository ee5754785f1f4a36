#pragma once

#include <QStringList>

class QCoreApplication;
class QLocale;

namespace I18n {

// The languages the application is translated into, as locale names ("de", "pt_BR"), from the
// .qm files built into the executable; English first.
QStringList availableLanguages();

// Installs the translations for `locale` (the system's by default): the application's, and Qt's
// own for standard dialogs and buttons. A second call replaces what the first installed, so the
// language can change while the program runs (Qt sends QEvent::LanguageChange to every widget).
// English is always installed beneath the others: it carries the plural forms of "%n
// webhook(s)". Returns false when the application has no translation for `locale`'s language,
// which then shows in English.
bool installTranslations(QCoreApplication *application, const QLocale &locale);

} // namespace I18n
