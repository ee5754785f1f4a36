// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
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

// The language chosen in Preferences: a locale name such as "de" or "pt_BR", or empty to follow
// the system (LANGUAGE, LC_ALL, LC_MESSAGES, LANG on Linux). Kept in QSettings.
QString savedLanguage();
void setSavedLanguage(const QString &language);
// The locale to show: the saved language, or the system's.
QLocale preferredLocale();

} // namespace I18n
