// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Preferences: the language is chosen from a list that names each language in its own
// words, applies to the open window at once, and is the one the next start uses; Restore
// Default Columns brings back hidden and moved columns.
#include "app/i18n/Translations.h"
#include "app/session/MemorySecretStore.h"
#include "app/session/SettingsKeys.h"
#include "tests/gui/ConsoleFixture.h"
#include "ui/preferences/PreferencesDialog.h"
#include "ui/webhooks/WebhookListModel.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>

using namespace Qt::StringLiterals;
using namespace GuiTest;
using Gui::WebhookListModel;

namespace {

QString fileMenuTitle(const Gui::MainWindow *window)
{
    return window->menuBar()->actions().constFirst()->text();
}

Gui::PreferencesDialog *openPreferences(const Console &console)
{
    console.action(u"preferencesAction"_s)->trigger();
    return console.openDialog<Gui::PreferencesDialog>();
}

void choose(QComboBox *combo, const QString &text)
{
    const int index = combo->findText(text);
    QVERIFY2(index >= 0, qPrintable(text));
    combo->setCurrentIndex(index);
    QCoreApplication::sendPostedEvents(); // LanguageChange is posted to every widget
}

} // namespace

class TestPreferences final : public QObject
{
    Q_OBJECT

private:
private slots:
    void initTestCase() { setUpProgram(); }

    void cleanup() { I18n::installTranslations(qApp, QLocale(QLocale::English)); }

    void languageAppliesAtOnceAndIsRemembered()
    {
        Console console;
        QVERIFY(console.ready);
        QCOMPARE(fileMenuTitle(console.window.get()), u"&File"_s);
        QPointer<Gui::PreferencesDialog> dialog = openPreferences(console);
        QVERIFY(dialog);
        auto *combo = dialog->findChild<QComboBox *>(u"languageCombo"_s);
        // Each language in its own words, after the system's default.
        QVERIFY(combo->itemText(0).startsWith(u"System default"_s));
        // The tests run in the C locale, which shows English: say so, not "()".
        QCOMPARE(combo->itemText(0), u"System default (English)"_s);
        for (const QString &name : {u"English"_s, u"Deutsch"_s, u"Français"_s, u"Español"_s,
                                    u"Italiano"_s, u"Português (Brasil)"_s})
            QVERIFY2(combo->findText(name) > 0, qPrintable(name));

        choose(combo, u"Deutsch"_s);
        QTRY_COMPARE(fileMenuTitle(console.window.get()), u"&Datei"_s);
        QCOMPARE(I18n::savedLanguage(), u"de"_s);
        // The table's header follows too, without a restart.
        QCOMPARE(console.table()
                     ->model()
                     ->headerData(WebhookListModel::ActiveColumn, Qt::Horizontal)
                     .toString(),
                 u"Aktiv"_s);

        // Qt's own strings follow too (qt6-translations-l10n): the standard Close button.
        const QString close = dialog->findChild<QPushButton *>(u"closeButton"_s)->text();
        QVERIFY2(!close.contains(u"Close"_s), qPrintable(close));

        // The next start opens in German.
        QCOMPARE(I18n::preferredLocale().language(), QLocale::German);

        choose(combo, u"English"_s);
        QTRY_COMPARE(fileMenuTitle(console.window.get()), u"&File"_s);
        choose(combo, combo->itemText(0));
        QCOMPARE(I18n::savedLanguage(), QString()); // follow the system again
    }

    void restoreDefaultColumns()
    {
        Console console;
        QVERIFY(console.ready);
        QHeaderView *header = console.table()->horizontalHeader();
        header->setSectionHidden(WebhookListModel::EventsColumn, true);
        header->moveSection(header->visualIndex(WebhookListModel::ScopeColumn), 5);
        QPointer<Gui::PreferencesDialog> dialog = openPreferences(console);
        QVERIFY(dialog);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"resetColumnsButton"_s),
                          Qt::LeftButton);
        QVERIFY(!header->isSectionHidden(WebhookListModel::EventsColumn));
        QCOMPARE(header->visualIndex(WebhookListModel::ScopeColumn), 1);
        QVERIFY(header->isSectionHidden(WebhookListModel::IdColumn)); // as on a first start
    }

    // The shared capture history: only a URL that reads is kept (for the next start), never
    // with a password in it; the password goes to the keychain, and clearing the URL forgets both.
    void sharedCaptureHistoryIsKeptForTheNextStart()
    {
        Console console;
        QVERIFY(console.ready);
        QPointer<Gui::PreferencesDialog> dialog = openPreferences(console);
        QVERIFY(dialog);
        auto *url = dialog->findChild<QLineEdit *>(u"sharedHistoryUrlEdit"_s);
        auto *password = dialog->findChild<QLineEdit *>(u"sharedHistoryPasswordEdit"_s);
        auto *save = dialog->findChild<QPushButton *>(u"sharedHistorySaveButton"_s);
        auto *status = dialog->findChild<QLabel *>(u"sharedHistoryStatus"_s);
        QCOMPARE(status->text(), u"Captures are kept on this computer."_s);
        QCOMPARE(password->echoMode(), QLineEdit::Password);

        QTest::keyClicks(url, u"postgresql://support:hunter2@db.internal/webhooks"_s);
        QTest::keyClick(url, Qt::Key_Return); // saves, and the dialog stays to say why not
        QVERIFY(dialog && dialog->isVisible());
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY2(status->text().startsWith(u"Not saved:"_s), qPrintable(status->text()));
        QVERIFY(!status->text().contains(u"hunter2"_s));
        QVERIFY(QSettings().value(Session::SettingsKeys::SharedHistoryUrl).toString().isEmpty());

        url->clear();
        QTest::keyClicks(url, u"postgresql://support@db.internal:5432/webhooks"_s);
        QTest::keyClicks(password, u"hunter2"_s);
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(QSettings().value(Session::SettingsKeys::SharedHistoryUrl).toString(),
                 u"postgresql://support@db.internal:5432/webhooks"_s);
        auto *secrets = static_cast<Session::MemorySecretStore *>(console.controller->secrets());
        QTRY_COMPARE(secrets->key(Session::SettingsKeys::SharedHistoryPasswordId), u"hunter2"_s);
        QVERIFY(password->text().isEmpty()); // not left on screen
        QVERIFY2(status->text().contains(u"next start"_s), qPrintable(status->text()));

        url->clear();
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(QSettings().value(Session::SettingsKeys::SharedHistoryUrl).toString().isEmpty());
        QTRY_VERIFY(!secrets->contains(Session::SettingsKeys::SharedHistoryPasswordId));
        QCOMPARE(status->text(), u"Captures are kept on this computer."_s);
        dialog->close();
    }

    void dialogsReopenAtTheirLastSize()
    {
        Console console;
        QVERIFY(console.ready);
        QPointer<Gui::PreferencesDialog> dialog = openPreferences(console);
        QVERIFY(dialog);
        dialog->resize(700, 320);
        dialog->close();
        QTRY_VERIFY(!console.openDialog<Gui::PreferencesDialog>());
        dialog = openPreferences(console);
        QVERIFY(dialog);
        QCOMPARE(dialog->size(), QSize(700, 320));
        dialog->close();
    }
};

QTEST_MAIN(TestPreferences)
#include "test_preferences.moc"
