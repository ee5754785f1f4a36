// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/i18n/Translations.h"

#include "app/session/SettingsKeys.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <functional>

namespace I18n {

namespace {

const auto ResourceDirectory = QStringLiteral(":/i18n");
const auto FilePrefix = QStringLiteral("webhook-console_");
// Marks the translators installed here, so that the next call can take them out again.
const auto TranslatorName = QStringLiteral("webhookConsoleTranslator");

bool install(QCoreApplication *application, const std::function<bool(QTranslator *)> &load)
{
    auto *translator = new QTranslator(application);
    translator->setObjectName(TranslatorName);
    if (load(translator) && QCoreApplication::installTranslator(translator))
        return true;
    delete translator;
    return false;
}

} // namespace

QStringList availableLanguages()
{
    QStringList languages;
    const QStringList files
        = QDir(ResourceDirectory)
              .entryList({FilePrefix + QStringLiteral("*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        languages << file.mid(FilePrefix.size()).chopped(3);
    if (languages.removeOne(QStringLiteral("en")))
        languages.prepend(QStringLiteral("en"));
    return languages;
}

bool installTranslations(QCoreApplication *application, const QLocale &locale)
{
    const auto previous
        = application->findChildren<QTranslator *>(TranslatorName, Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : previous) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }

    // Installed last is asked first: the language, then Qt's own strings, then English plurals.
    install(application, [](QTranslator *translator) {
        return translator->load(FilePrefix + QStringLiteral("en"), ResourceDirectory);
    });
    install(application, [&locale](QTranslator *translator) {
        return translator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                                QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    });
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return true;
    return install(application, [&locale](QTranslator *translator) {
        return translator->load(locale, QStringLiteral("webhook-console"), QStringLiteral("_"),
                                ResourceDirectory);
    });
}

QString savedLanguage()
{
    return QSettings().value(Session::SettingsKeys::Language).toString();
}

void setSavedLanguage(const QString &language)
{
    QSettings().setValue(Session::SettingsKeys::Language, language);
}

QLocale preferredLocale()
{
    const QString saved = savedLanguage();
    return saved.isEmpty() ? QLocale::system() : QLocale(saved);
}

} // namespace I18n
