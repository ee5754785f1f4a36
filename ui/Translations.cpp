#include "ui/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Gui {

void installTranslations(QCoreApplication *application, const QLocale &locale)
{
    auto *qtTranslator = new QTranslator(application);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtTranslator);
    }

    // The English file is the fallback: it holds the plural forms the source strings lack.
    auto *english = new QTranslator(application);
    if (english->load(QStringLiteral(":/i18n/webhook-console_en.qm")))
        QCoreApplication::installTranslator(english);

    if (locale.language() == QLocale::English)
        return;
    auto *appTranslator = new QTranslator(application);
    if (appTranslator->load(locale, QStringLiteral("webhook-console"), QStringLiteral("_"),
                            QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(appTranslator);
    else
        delete appTranslator;
}

} // namespace Gui
