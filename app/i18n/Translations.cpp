// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/i18n/Translations.h"

#include "app/session/SettingsKeys.h"

#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <algorithm>
#include <functional>
#include <memory>
#include <vector>

namespace I18n {

namespace {

const auto ResourceDirectory = QStringLiteral(":/i18n");
const auto FilePrefix = QStringLiteral("webhook-console_");
const auto TranslatorName = QStringLiteral("webhookConsoleTranslator");

// The console's translations as one installed translator: the language, then Qt's own strings,
// then the English plural forms, asked in that order. A language switch replaces what it holds
// and sends one LanguageChange, so every widget retranslates once (installing and removing three
// translators sent six, and each widget retranslated three to six times).
class LanguageTranslator final : public QTranslator
{
public:
    explicit LanguageTranslator(QObject *parent) : QTranslator(parent)
    {
        setObjectName(TranslatorName);
    }

    void setParts(std::vector<std::unique_ptr<QTranslator>> parts) { m_parts = std::move(parts); }

    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override
    {
        for (const std::unique_ptr<QTranslator> &part : m_parts) {
            const QString text = part->translate(context, sourceText, disambiguation, n);
            if (!text.isNull())
                return text;
        }
        return {};
    }

    bool isEmpty() const override
    {
        return std::all_of(
            m_parts.cbegin(), m_parts.cend(),
            [](const std::unique_ptr<QTranslator> &part) { return part->isEmpty(); });
    }

private:
    std::vector<std::unique_ptr<QTranslator>> m_parts;
};

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
    std::vector<std::unique_ptr<QTranslator>> parts;
    const auto add = [&parts](const std::function<bool(QTranslator *)> &load) {
        auto translator = std::make_unique<QTranslator>();
        const bool loaded = load(translator.get());
        if (loaded)
            parts.push_back(std::move(translator));
        return loaded;
    };
    // Asked first: the language (none for English), then Qt's own strings, then English plurals.
    bool translated = true;
    if (locale.language() != QLocale::English && locale.language() != QLocale::C) {
        translated = add([&locale](QTranslator *translator) {
            return translator->load(locale, QStringLiteral("webhook-console"), QStringLiteral("_"),
                                    ResourceDirectory);
        });
    }
    add([&locale](QTranslator *translator) {
        return translator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                                QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    });
    add([](QTranslator *translator) {
        return translator->load(FilePrefix + QStringLiteral("en"), ResourceDirectory);
    });

    auto *installed
        = application->findChild<LanguageTranslator *>(TranslatorName, Qt::FindDirectChildrenOnly);
    if (!installed) {
        installed = new LanguageTranslator(application);
        installed->setParts(std::move(parts));
        QCoreApplication::installTranslator(installed); // sends the LanguageChange
        return translated;
    }
    installed->setParts(std::move(parts));
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(application, &change);
    return translated;
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
