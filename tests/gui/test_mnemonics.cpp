// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Alt+letter must do one thing. Two visible widgets with the same mnemonic (a label's
// "&Value:" beside the "&View" menu) make Qt cycle focus between them instead: a keyboard user
// cannot reach either directly. This test shows each tab of the main window in every language
// and fails on a letter that two visible widgets or menus share.
#include "app/i18n/Translations.h"
#include "tests/gui/ConsoleFixture.h"
#include "ui/compare/CompareConnectionsDialog.h"

#include <QAbstractButton>
#include <QGroupBox>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QTabWidget>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace GuiTest;

namespace {

// "Alt+V: &View (menu), &Value: (label)" for each letter used more than once in `window`.
QStringList clashes(QWidget *window)
{
    QMultiMap<QString, QString> byKey;
    const auto add = [&byKey](const QString &text, const QString &what) {
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (!key.isEmpty())
            byKey.insert(key.toString(), u"%1 (%2)"_s.arg(text, what));
    };
    for (QMenuBar *bar : window->findChildren<QMenuBar *>()) {
        for (const QAction *action : bar->actions())
            add(action->text(), u"menu"_s);
    }
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(window))
            continue;
        if (const auto *label = qobject_cast<QLabel *>(widget); label && label->buddy())
            add(label->text(), u"label"_s);
        else if (const auto *box = qobject_cast<QGroupBox *>(widget))
            add(box->title(), u"group"_s);
        else if (const auto *button = qobject_cast<QAbstractButton *>(widget)) {
            // A toolbar button shows its action's text without the mnemonic.
            const auto *tool = qobject_cast<const QToolButton *>(button);
            if (!tool || !tool->defaultAction())
                add(button->text(), u"button"_s);
        }
    }
    QStringList found;
    for (const QString &key : byKey.uniqueKeys()) {
        const QStringList owners = byKey.values(key);
        if (owners.size() > 1)
            found << u"%1: %2"_s.arg(key, owners.join(u", "_s));
    }
    return found;
}

// The same within each menu of the menu bar: its visible items, each letter once.
QStringList menuClashes(QWidget *window)
{
    QStringList found;
    for (QMenuBar *bar : window->findChildren<QMenuBar *>()) {
        for (const QAction *title : bar->actions()) {
            if (!title->menu())
                continue;
            QMultiMap<QString, QString> byKey;
            for (const QAction *item : title->menu()->actions()) {
                const QKeySequence key = QKeySequence::mnemonic(item->text());
                if (item->isVisible() && !item->isSeparator() && !key.isEmpty())
                    byKey.insert(key.toString(), item->text());
            }
            for (const QString &key : byKey.uniqueKeys()) {
                if (byKey.count(key) > 1)
                    found << u"menu %1, %2: %3"_s.arg(title->text(), key,
                                                      byKey.values(key).join(u", "_s));
            }
        }
    }
    return found;
}

} // namespace

class TestMnemonics final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { setUpProgram(); }
    void cleanupTestCase() { I18n::installTranslations(qApp, QLocale(QLocale::English)); }

    void eachTabInEachLanguage_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : I18n::availableLanguages())
            QTest::newRow(qPrintable(language)) << language;
    }

    void eachTabInEachLanguage()
    {
        QFETCH(QString, language);
        QVERIFY(I18n::installTranslations(qApp, QLocale(language)));
        Console console(Live::With);
        QVERIFY(console.ready);
        // LanguageChange reaches the widgets through posted events.
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        auto *tabs = console.window->findChild<QTabWidget *>(u"mainTabs"_s);
        QVERIFY(tabs);
        QStringList found;
        const auto checkEachTab = [&](const QString &state) {
            for (int tab = 0; tab < tabs->count(); ++tab) {
                tabs->setCurrentIndex(tab);
                for (const QString &clash : clashes(console.window.get()))
                    found << u"%1, tab %2: %3"_s.arg(state, tabs->tabText(tab), clash);
            }
        };
        checkEachTab(u"sandbox"_s);
        for (const QString &clash : menuClashes(console.window.get()))
            found << u"sandbox: %1"_s.arg(clash);

        // A Channex connection without a key shows the API key field and its Save button.
        console.controller->addConnection(u"Acme staging"_s,
                                          {Channex::ConnectionProfile::Kind::Staging, QUrl()});
        QVERIFY(pickConnection(console.window.get(), u"Acme staging"_s));
        auto *key = console.window->findChild<QLineEdit *>(u"apiKeyEdit"_s);
        QVERIFY(key);
        QTRY_VERIFY(key->isVisibleTo(console.window.get()));
        checkEachTab(u"API key needed"_s);

        // The Compare Connections window, a window of its own.
        console.action(u"compareConnectionsAction"_s)->trigger();
        auto *compare = console.openDialog<Gui::CompareConnectionsDialog>();
        QVERIFY(compare);
        for (const QString &clash : clashes(compare))
            found << u"Compare Connections: %1"_s.arg(clash);
        compare->close();

        QVERIFY2(found.isEmpty(), qPrintable(language + u":\n  "_s + found.join(u"\n  "_s)));
    }

private:
};

QTEST_MAIN(TestMnemonics)
#include "test_mnemonics.moc"
