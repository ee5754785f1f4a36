// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The language changes while the program runs (Preferences): every text of the main window
// and of every dialog must follow at once. For each, the test switches an open English window to
// German and compares every text it shows with the same window opened fresh in German, then
// switches back and compares with the English it started with. A string set once in a
// constructor and never retranslated on QEvent::LanguageChange fails here.
#include "app/sandbox/DemoData.h"
#include "tests/gui/ConsoleFixture.h"
#include "ui/connections/ConnectionsDialog.h"
#include "ui/help/AboutDialog.h"
#include "ui/help/ShortcutsDialog.h"
#include "ui/preferences/PreferencesDialog.h"
#include "ui/webhooks/DuplicateWebhookDialog.h"
#include "ui/webhooks/TestResultDialog.h"
#include "ui/webhooks/WebhookDialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTabBar>
#include <QTabWidget>

#include <functional>

using namespace Qt::StringLiterals;
using namespace GuiTest;

namespace {

using Texts = QMap<QString, QString>;

// "mainWindow/webhooksPanel/QLabel#2": objectNames where set, else class and sibling index.
QString pathOf(const QObject *object, const QObject *root)
{
    QStringList parts;
    for (const QObject *o = object; o; o = o->parent()) {
        QString part = o->objectName();
        if (part.isEmpty() && o->parent()) {
            // The index among unnamed siblings of its class: views add helpers lazily.
            int index = 0;
            for (const QObject *sibling : o->parent()->children()) {
                if (sibling == o)
                    break;
                if (sibling->objectName().isEmpty() && sibling->metaObject() == o->metaObject())
                    ++index;
            }
            part
                = QString::fromLatin1(o->metaObject()->className()) + u'#' + QString::number(index);
        }
        parts.prepend(part);
        if (o == root)
            break;
    }
    return parts.join(u'/');
}

void add(Texts &texts, const QString &key, const QString &value)
{
    // A clock time in a status line is not a translation.
    // (The C locale's short format has seconds: "15:21:11".)
    static const QRegularExpression time(u"\\b\\d{1,2}:\\d{2}(:\\d{2})?( ?[AaPp][Mm])?"_s);
    if (!value.isEmpty())
        texts.insert(key, QString(value).replace(time, u"<time>"_s));
}

void addActions(Texts &texts, const QString &key, const QList<QAction *> &actions)
{
    for (int i = 0; i < actions.size(); ++i) {
        const QAction *action = actions.at(i);
        const QString actionKey = key + u"|action:"_s
            + (action->objectName().isEmpty() ? QString::number(i) : action->objectName());
        add(texts, actionKey + u".text"_s, action->text());
        add(texts, actionKey + u".toolTip"_s, action->toolTip());
        add(texts, actionKey + u".statusTip"_s, action->statusTip());
        if (action->menu())
            add(texts, actionKey + u".menu"_s, action->menu()->title());
    }
}

void addModel(Texts &texts, const QString &key, const QAbstractItemModel *model)
{
    if (!model)
        return;
    for (int column = 0; column < model->columnCount(); ++column) {
        add(texts, key + u"|header:"_s + QString::number(column),
            model->headerData(column, Qt::Horizontal).toString());
        add(texts, key + u"|headerTip:"_s + QString::number(column),
            model->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString());
    }
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            const QModelIndex index = model->index(row, column);
            const QString cell = key + u"|cell:%1,%2"_s.arg(row).arg(column);
            add(texts, cell, index.data(Qt::DisplayRole).toString());
            add(texts, cell + u".toolTip"_s, index.data(Qt::ToolTipRole).toString());
            add(texts, cell + u".accessible"_s, index.data(Qt::AccessibleTextRole).toString());
        }
    }
}

// Every text a person or a screen reader meets in `root`.
Texts textsOf(QWidget *root)
{
    Texts texts;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *widget : std::as_const(widgets)) {
        const QString key = pathOf(widget, root);
        // A tab bar's scroll buttons are Qt's own: named from Qt's translations when created,
        // never renamed by Qt 6.4, not this application's strings. (The pages of a tab widget
        // sit under "qt_tabwidget_stackedwidget" and are compared.)
        if (qobject_cast<QTabBar *>(widget->parentWidget()))
            continue;
        if (widget->isWindow())
            add(texts, key + u".windowTitle"_s, widget->windowTitle());
        add(texts, key + u".toolTip"_s, widget->toolTip());
        add(texts, key + u".statusTip"_s, widget->statusTip());
        add(texts, key + u".whatsThis"_s, widget->whatsThis());
        add(texts, key + u".accessibleName"_s, widget->accessibleName());
        add(texts, key + u".accessibleDescription"_s, widget->accessibleDescription());
        addActions(texts, key, widget->actions());
        if (auto *label = qobject_cast<QLabel *>(widget))
            add(texts, key + u".text"_s, label->text());
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            add(texts, key + u".text"_s, button->text());
        if (auto *edit = qobject_cast<QLineEdit *>(widget))
            add(texts, key + u".placeholder"_s, edit->placeholderText());
        if (auto *edit = qobject_cast<QPlainTextEdit *>(widget))
            add(texts, key + u".placeholder"_s, edit->placeholderText());
        if (auto *box = qobject_cast<QGroupBox *>(widget))
            add(texts, key + u".title"_s, box->title());
        if (auto *menu = qobject_cast<QMenu *>(widget))
            add(texts, key + u".title"_s, menu->title());
        if (auto *tabs = qobject_cast<QTabWidget *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                add(texts, key + u"|tab:"_s + QString::number(i), tabs->tabText(i));
        }
        if (auto *combo = qobject_cast<QComboBox *>(widget)) {
            for (int i = 0; i < combo->count(); ++i)
                add(texts, key + u"|item:"_s + QString::number(i), combo->itemText(i));
        }
        // Headers and a combo's list show their view's model, already read there.
        if (auto *view = qobject_cast<QAbstractItemView *>(widget);
            view && !widget->inherits("QComboBoxListView") && !widget->inherits("QHeaderView"))
            addModel(texts, key, view->model());
    }
    return texts;
}

// The keys whose texts differ, with both values, for the failure message.
QStringList differences(const Texts &live, const Texts &expected)
{
    QStringList lines;
    QStringList keys = live.keys() + expected.keys();
    keys.removeDuplicates();
    keys.sort();
    for (const QString &key : std::as_const(keys)) {
        if (live.value(key) != expected.value(key)) {
            lines << u"%1: shows '%2', expected '%3'"_s.arg(key, live.value(key),
                                                            expected.value(key));
        }
    }
    return lines;
}

// Qt Test shortens long failure messages: every difference goes to the log, the count fails.
QString report(const QStringList &differences)
{
    for (const QString &line : differences)
        qWarning().noquote() << line;
    return u"%1 texts did not follow the language (listed above)"_s.arg(differences.size());
}

void switchTo(QLocale::Language language)
{
    QVERIFY(I18n::installTranslations(qApp, QLocale(language)));
    // LanguageChange reaches the widgets through posted events.
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
}

} // namespace

class TestLanguageChange final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Console> m_console;

    // Opens a window with `open` in English, switches it to German and back, comparing its
    // texts with a window opened fresh in each language.
    void checkLive(const std::function<std::unique_ptr<QWidget>()> &open)
    {
        switchTo(QLocale::English);
        std::unique_ptr<QWidget> live = open();
        const Texts english = textsOf(live.get());
        QVERIFY(!english.isEmpty());

        switchTo(QLocale::German);
        const Texts german = textsOf(open().get());
        QVERIFY2(german != english, "the German translation did not load");
        const QStringList toGerman = differences(textsOf(live.get()), german);
        QVERIFY2(toGerman.isEmpty(), qPrintable(report(toGerman)));

        switchTo(QLocale::English);
        const QStringList backToEnglish = differences(textsOf(live.get()), english);
        QVERIFY2(backToEnglish.isEmpty(), qPrintable(report(backToEnglish)));
    }

private slots:
    void initTestCase()
    {
        setUpProgram();
        m_console = std::make_unique<Console>();
        QVERIFY(m_console->ready);
    }

    void cleanupTestCase()
    {
        m_console.reset();
        I18n::installTranslations(qApp, QLocale(QLocale::English));
    }

    // One switch, one LanguageChange for each widget: every widget retranslates once.
    void aSwitchRetranslatesEachWidgetOnce()
    {
        struct Counter final : QObject
        {
            int changes = 0;
            bool eventFilter(QObject *, QEvent *event) override
            {
                changes += event->type() == QEvent::LanguageChange ? 1 : 0;
                return false;
            }
        };
        switchTo(QLocale::English);
        Gui::MainWindow window(m_console->controller.get());
        window.show();
        Counter counter;
        window.installEventFilter(&counter);
        window.webhooksPanel()->installEventFilter(&counter);
        switchTo(QLocale::German);
        QCOMPARE(counter.changes, 2); // the window and the panel, once each
        switchTo(QLocale::English);
        QCOMPARE(counter.changes, 4);
    }

    void mainWindow()
    {
        checkLive([this] {
            auto window = std::make_unique<Gui::MainWindow>(m_console->controller.get());
            window->show();
            auto *table = window->findChild<QAbstractItemView *>(u"webhooksTable"_s);
            [[maybe_unused]] const bool loaded
                = QTest::qWaitFor([table] { return table->model()->rowCount() == 12; }, 5000);
            return window;
        });
    }

    void webhookDialogCreate()
    {
        checkLive([] {
            auto dialog = std::make_unique<Gui::WebhookDialog>(Gui::WebhookDialog::Mode::Create);
            dialog->setProperties(Sandbox::DemoData::properties());
            dialog->show();
            return dialog;
        });
    }

    void webhookDialogEdit()
    {
        checkLive([] {
            auto dialog = std::make_unique<Gui::WebhookDialog>(Gui::WebhookDialog::Mode::Edit);
            dialog->setProperties(Sandbox::DemoData::properties());
            dialog->setWebhook(Sandbox::DemoData::webhooks().constFirst());
            dialog->show();
            return dialog;
        });
    }

    void duplicateDialog()
    {
        checkLive([] {
            auto dialog = std::make_unique<Gui::DuplicateWebhookDialog>(
                Sandbox::DemoData::webhooks().constFirst(), Sandbox::DemoData::properties());
            dialog->show();
            return dialog;
        });
    }

    void testResultDialog()
    {
        checkLive([] {
            auto dialog
                = std::make_unique<Gui::TestResultDialog>(u"https://pms.example.com/hook"_s);
            dialog->setPending();
            dialog->show();
            return dialog;
        });
    }

    void connectionsDialog()
    {
        checkLive([this] {
            auto dialog = std::make_unique<Gui::ConnectionsDialog>(m_console->controller.get());
            dialog->show();
            return dialog;
        });
    }

    void helpAndPreferencesDialogs()
    {
        checkLive([] {
            auto dialog = std::make_unique<Gui::AboutDialog>();
            dialog->show();
            return dialog;
        });
        checkLive([this] {
            auto dialog = std::make_unique<Gui::ShortcutsDialog>(m_console->window->menuBar());
            dialog->show();
            return dialog;
        });
        checkLive([] {
            auto dialog = std::make_unique<Gui::PreferencesDialog>();
            dialog->show();
            return dialog;
        });
    }
};

QTEST_MAIN(TestLanguageChange)
#include "test_language_change.moc"
