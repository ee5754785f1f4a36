// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Screen readers and GUI automation find widgets by role and accessible name (Qt 6.4). This test
// walks the main window and every dialog and fails on an interactive widget that has no
// objectName or that an assistive tool would announce without a name.
#include "app/payloads/SamplePayloads.h"
#include "app/sandbox/DemoData.h"
#include "app/session/ConnectionStore.h"
#include "tests/gui/ConsoleFixture.h"
#include "ui/compare/CompareConnectionsDialog.h"
#include "ui/compare/CopyPreviewDialog.h"
#include "ui/connections/ConnectionsDialog.h"
#include "ui/help/AboutDialog.h"
#include "ui/help/ShortcutsDialog.h"
#include "ui/live/CaptureListModel.h"
#include "ui/live/ExportCapturesDialog.h"
#include "ui/live/LivePanel.h"
#include "ui/live/ReceiverBar.h"
#include "ui/live/ReplayDialog.h"
#include "ui/live/answers/AnswersDialog.h"
#include "ui/live/detail/CaptureDetailView.h"
#include "ui/preferences/PreferencesDialog.h"
#include "ui/webhooks/DuplicateWebhookDialog.h"
#include "ui/webhooks/ImportPreviewDialog.h"
#include "ui/webhooks/TestResultDialog.h"
#include "ui/webhooks/WebhookDialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTextEdit>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

using namespace Qt::StringLiterals;
using namespace GuiTest;

namespace {

bool isInteractive(const QWidget *widget)
{
    return qobject_cast<const QAbstractButton *>(widget) || qobject_cast<const QLineEdit *>(widget)
        || qobject_cast<const QComboBox *>(widget)
        || qobject_cast<const QAbstractItemView *>(widget)
        || qobject_cast<const QAbstractSpinBox *>(widget)
        || qobject_cast<const QPlainTextEdit *>(widget) || qobject_cast<const QTextEdit *>(widget)
        || (qobject_cast<const QAbstractSlider *>(widget)
            && !widget->inherits("QScrollBar")); // scroll bars belong to their view
}

// Qt's own parts take their accessible text from the widget they serve: those named "qt_…" (a
// combo's line edit, the toolbar's extension button), a line edit's clear button, a view's
// headers and corner button, a combo's popup list.
bool isQtInternal(const QWidget *widget)
{
    static const QStringList parts {u"QLineEditIconButton"_s, u"QTableCornerButton"_s,
                                    u"QComboBoxListView"_s};
    if (parts.contains(QString::fromLatin1(widget->metaObject()->className())))
        return true;
    if (qobject_cast<const QHeaderView *>(widget)
        && qobject_cast<const QAbstractItemView *>(widget->parentWidget()))
        return true;
    // An editable combo's line edit is announced as the combo (Qt leaves it unnamed).
    if (const auto *combo = qobject_cast<const QComboBox *>(widget->parentWidget());
        combo && combo->lineEdit() == widget)
        return true;
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        if (w->objectName().startsWith("qt_"_L1))
            return true;
        if (w->isWindow())
            break;
    }
    return false;
}

// "Class 'objectName'" for each interactive widget under `root` missing a name.
QStringList unnamed(QWidget *root)
{
    QStringList problems;
    for (QWidget *widget : root->findChildren<QWidget *>()) {
        if (!isInteractive(widget) || isQtInternal(widget))
            continue;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        const QString name = accessible ? accessible->text(QAccessible::Name) : QString();
        if (widget->objectName().isEmpty() || name.trimmed().isEmpty()) {
            problems << u"%1 '%2' (accessible name '%3') in %4"_s.arg(
                QString::fromLatin1(widget->metaObject()->className()), widget->objectName(), name,
                root->objectName());
        }
    }
    return problems;
}

} // namespace

class TestAccessibleNames final : public QObject
{
    Q_OBJECT

private:
private slots:
    void initTestCase() { setUpProgram(); }

    void mainWindowAndEveryDialog()
    {
        Console console;
        QVERIFY(console.ready);
        QStringList problems = unnamed(console.window.get());

        Gui::WebhookDialog create(Gui::WebhookDialog::Mode::Create, console.window.get());
        create.setProperties(Sandbox::DemoData::properties());
        create.show();
        problems << unnamed(&create);

        Gui::WebhookDialog edit(Gui::WebhookDialog::Mode::Edit, console.window.get());
        edit.setProperties(Sandbox::DemoData::properties());
        edit.setWebhook(Sandbox::DemoData::webhooks().constFirst());
        edit.show();
        problems << unnamed(&edit);

        Gui::DuplicateWebhookDialog duplicate(Sandbox::DemoData::webhooks().constFirst(),
                                              Sandbox::DemoData::properties(),
                                              console.window.get());
        duplicate.show();
        problems << unnamed(&duplicate);

        Gui::TestResultDialog result(u"https://pms.example.com/hook"_s, console.window.get());
        result.setPending();
        result.show();
        problems << unnamed(&result);

        Gui::ConnectionsDialog connections(console.controller.get(), console.window.get());
        connections.show();
        problems << unnamed(&connections);

        Gui::AboutDialog about(console.window.get());
        about.show();
        problems << unnamed(&about);

        Gui::ShortcutsDialog shortcuts(console.window->menuBar(), console.window.get());
        shortcuts.show();
        problems << unnamed(&shortcuts);

        Gui::PreferencesDialog preferences(console.window.get());
        preferences.show();
        problems << unnamed(&preferences);

        const Transfer::WebhookFile file = Transfer::WebhookFileFormat::fromAccount(
            Sandbox::DemoData::webhooks(), {}, QUrl(u"https://staging.channex.io"_s), false,
            QDateTime::currentDateTimeUtc());
        Gui::ImportPreviewDialog preview(
            Transfer::ImportPlan::make(file, {}, Sandbox::DemoData::properties()), file,
            u"staging.json"_s, u"Sandbox"_s, console.window.get());
        preview.show();
        problems << unnamed(&preview);

        Gui::CompareConnectionsDialog compare(console.controller.get(), console.window.get());
        compare.chooseConnections(Session::ConnectionStore::sandboxId(),
                                  Session::ConnectionStore::sandboxId());
        compare.show();
        problems << unnamed(&compare);
        Gui::CopyPreviewDialog copy(
            Transfer::ImportPlan::make(file, {}, Sandbox::DemoData::properties()), u"Staging"_s,
            u"Production"_s, false, console.window.get());
        copy.show();
        problems << unnamed(&copy);

        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // The Live tab: receiver bar, filter bar, capture actions, list, detail tabs and chart, with
    // a capture selected and the list paused so every part is shown.
    void livePanel()
    {
        Console console(Live::With);
        QVERIFY(console.ready);
        console.window->showLiveTab();
        Gui::LivePanel *panel = console.window->livePanel();
        QVERIFY(console.receiverService->start());
        Capture::CaptureRecord record;
        record.receivedAt = QDateTime::currentDateTimeUtc();
        record.method = "POST";
        record.target = "/hook?x=1";
        record.headers = {{"Content-Type", "application/json"}};
        record.body = Payloads::SamplePayloads::sample(u"booking_new"_s).json;
        record.rawBytes = record.body;
        record.status = 200;
        console.store->append(record);
        QTRY_COMPARE(panel->model()->rowCount(), 1);
        panel->list()->selectRow(0);
        QTRY_VERIFY(!panel->detailView()->isEmpty());
        panel->setPaused(true); // the Resume button shows
        QStringList problems = unnamed(panel);
        for (int tab = 0; tab < panel->detailView()->tabs()->count(); ++tab) {
            panel->detailView()->tabs()->setCurrentIndex(tab);
            problems << unnamed(panel->detailView());
        }

        // The capture dialogs the panel opens.
        const std::optional<Capture::CaptureRecord> stored
            = console.store->load(panel->model()->idAt(0));
        QVERIFY(stored);
        Gui::ReplayDialog replay(*stored, console.window.get());
        replay.show();
        problems << unnamed(&replay);
        Gui::ExportCapturesDialog exportDialog(console.store.get(), {stored->id}, {},
                                               console.window.get());
        exportDialog.show();
        problems << unnamed(&exportDialog);
        Gui::AnswersDialog answers(console.receiverService.get(), console.window.get());
        answers.show();
        answers.findChild<QPushButton *>(u"addRuleButton"_s)->click(); // the rule form shows
        problems << unnamed(&answers);

        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void helpListsTheShortcutsAndTheVersions()
    {
        Console console;
        QVERIFY(console.ready);
        Gui::ShortcutsDialog shortcuts(console.window->menuBar(), console.window.get());
        QStringList rows;
        for (QTreeWidgetItemIterator it(shortcuts.list()); *it; ++it)
            rows << (*it)->text(0) + u" = "_s + (*it)->text(1);
        const QString newKeys = QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText);
        QVERIFY2(rows.contains(u"New Webhook = "_s + newKeys), qPrintable(rows.join(u'\n')));
        QVERIFY2(std::any_of(rows.cbegin(), rows.cend(),
                             [](const QString &row) { return row.startsWith(u"Refresh = F5"_s); }),
                 qPrintable(rows.join(u'\n')));
        QVERIFY(
            rows.contains(u"Delete = "_s
                          + QKeySequence(QKeySequence::Delete).toString(QKeySequence::NativeText)));

        const QString line = Gui::AboutDialog::versionLine();
        QVERIFY2(line.contains(QCoreApplication::applicationVersion()), qPrintable(line));
        QVERIFY2(line.contains(QString::fromLatin1(qVersion())), qPrintable(line));
    }
};

QTEST_MAIN(TestAccessibleNames)
#include "test_accessible_names.moc"
