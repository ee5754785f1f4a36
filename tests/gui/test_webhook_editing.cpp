// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Changing webhooks through the real window on the real sandbox: create a
// property webhook and a global one, edit every field, toggle, duplicate, bulk-toggle, delete
// and test, each checked against what the sandbox then stores; a refused save keeps the input.
#include "app/channex/WebhookCollection.h"
#include "app/http/HttpRequestHandler.h"
#include "app/http/HttpServer.h"
#include "tests/gui/ConsoleFixture.h"
#include "ui/common/TestResultView.h"
#include "ui/webhooks/DuplicateWebhookDialog.h"
#include "ui/webhooks/KeyValueEditor.h"
#include "ui/webhooks/TestResultDialog.h"
#include "ui/webhooks/WebhookActions.h"
#include "ui/webhooks/WebhookDialog.h"
#include "ui/webhooks/WebhookListModel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QStatusBar>

using namespace Qt::StringLiterals;
using namespace GuiTest;
using Channex::KeyValueList;
using Channex::Webhook;
using Gui::MessageBox;
using Gui::WebhookDialog;
using Gui::WebhookListModel;

namespace {

// A receiver for test calls: answers JSON with 202, and counts what it got.
class JsonTarget final : public Http::HttpRequestHandler
{
public:
    void handleRequest(const Http::HttpRequest &request, Http::HttpReply reply) override
    {
        received.fetchAndAddRelaxed(1);
        lastBody = request.body;
        Http::HttpResponse response = Http::HttpResponse::text(202, R"({"ok":true,"queued":1})"_ba);
        response.setHeader("Content-Type"_ba, "application/json"_ba);
        reply(response);
    }
    QAtomicInt received;
    QByteArray lastBody;
};

template<typename T> T *child(QWidget *parent, const QString &name)
{
    T *widget = parent->findChild<T *>(name);
    if (!widget)
        qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
    return widget;
}

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

void chooseProperty(WebhookDialog *dialog, const QString &title)
{
    auto *combo = child<QComboBox>(dialog, u"propertyCombo"_s);
    const int index = combo->findText(title);
    QVERIFY2(index >= 0, qPrintable(title));
    combo->setCurrentIndex(index);
}

QPushButton *saveButton(WebhookDialog *dialog)
{
    return child<QPushButton>(dialog, u"saveButton"_s);
}

// Selects the webhook's row and opens it with Edit; null when that did not work.
WebhookDialog *openEditor(const Console &console, const QString &webhookId)
{
    if (!console.select(webhookId))
        return nullptr;
    console.action(u"editWebhookAction"_s)->trigger();
    return console.openDialog<WebhookDialog>();
}

} // namespace

// `var` = what the sandbox stores for webhook `id`; fails the test (with the reason) if it is not
// there, instead of reading an empty optional.
#define WC_STORED(var, console, id)                                                                \
    const std::optional<Webhook> var = (console).storedById(id);                                   \
    QVERIFY2(var, qPrintable(u"webhook %1 not stored: %2"_s.arg(id, (console).listProblem)))

class TestWebhookEditing final : public QObject
{
    Q_OBJECT

private:
private slots:
    void initTestCase() { setUpProgram(); }

    void createsAPropertyWebhookWithEveryField()
    {
        Console console;
        QVERIFY(console.ready);
        console.action(u"newWebhookAction"_s)->trigger();
        QPointer<WebhookDialog> dialog = console.openDialog<WebhookDialog>();
        QVERIFY(dialog);
        QVERIFY(!saveButton(dialog)->isEnabled()); // nothing typed yet

        const QString url = u"https://pms.example.com/channex/harbour"_s;
        typeInto(child<QLineEdit>(dialog, u"callbackUrlEdit"_s), url);
        chooseProperty(dialog, u"Harbour View Hotel"_s);
        typeInto(child<QLineEdit>(dialog, u"eventMaskEdit"_s),
                 u"booking_new;booking_cancellation"_s);
        child<Gui::KeyValueEditor>(dialog, u"headersEditor"_s)
            ->setValues(KeyValueList {{u"X-Channex-Webhook-Secret"_s, u"abc123"_s}});
        child<Gui::KeyValueEditor>(dialog, u"requestParamsEditor"_s)
            ->setValues(KeyValueList {{u"hotel"_s, u"harbour"_s}});
        child<QCheckBox>(dialog, u"sendDataCheck"_s)->setChecked(false);
        QVERIFY2(saveButton(dialog)->isEnabled(), qPrintable(dialog->hint()));

        QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
        QTRY_VERIFY(!dialog || !dialog->isVisible()); // closing deletes it
        const auto stored = console.storedByUrl(url);
        QVERIFY(stored);
        QCOMPARE(stored->propertyId, HarbourView);
        QCOMPARE(stored->isGlobal, false);
        QCOMPARE(stored->eventMask, u"booking_new;booking_cancellation"_s);
        QCOMPARE(stored->headers, (KeyValueList {{u"X-Channex-Webhook-Secret"_s, u"abc123"_s}}));
        QCOMPARE(stored->requestParams, (KeyValueList {{u"hotel"_s, u"harbour"_s}}));
        QCOMPARE(stored->sendData, false);
        QCOMPARE(stored->isActive, true);
        // The new row is in the table and selected.
        QCOMPARE(console.table()->model()->rowCount(), 13);
        QCOMPARE(console.panel()->currentWebhookId(), stored->id);
    }

    void createsAGlobalWebhook()
    {
        Console console;
        QVERIFY(console.ready);
        QTest::keySequence(console.table(), QKeySequence::New);
        QPointer<WebhookDialog> dialog = console.openDialog<WebhookDialog>();
        QVERIFY(dialog);
        const QString url = u"https://ops.example.com/all-hotels"_s;
        typeInto(child<QLineEdit>(dialog, u"callbackUrlEdit"_s), url);
        chooseProperty(dialog, u"Global (all properties)"_s);
        typeInto(child<QLineEdit>(dialog, u"eventMaskEdit"_s), u"*"_s);
        QVERIFY2(saveButton(dialog)->isEnabled(), qPrintable(dialog->hint()));
        // The offscreen platform does not move activation to a dialog by itself.
        QApplication::setActiveWindow(dialog);
        QTRY_COMPARE(QApplication::activeWindow(), dialog);
        QTest::keyClick(child<QLineEdit>(dialog, u"eventMaskEdit"_s), Qt::Key_Return,
                        Qt::ControlModifier);
        QTRY_VERIFY(!dialog || !dialog->isVisible()); // closing deletes it
        const auto stored = console.storedByUrl(url);
        QVERIFY(stored);
        QCOMPARE(stored->isGlobal, true);
        QVERIFY(stored->propertyId.isEmpty());
        QCOMPARE(stored->eventMask, u"*"_s);
        QCOMPARE(console.table()->model()->rowCount(), 13);
    }

    void editsEveryFieldAndKeepsTheSelection()
    {
        Console console;
        QVERIFY(console.ready);
        QVERIFY(console.select(HarbourWebhookId));
        console.table()->setFocus();
        QTest::keyClick(console.table(), Qt::Key_Return);
        QPointer<WebhookDialog> dialog = console.openDialog<WebhookDialog>();
        QVERIFY(dialog);
        QCOMPARE(dialog->webhook().id, HarbourWebhookId);

        const Webhook before = *console.session()->collection()->find(HarbourWebhookId);
        const QString url = u"https://pms.example.com/v2/edited"_s;
        typeInto(child<QLineEdit>(dialog, u"callbackUrlEdit"_s), url);
        chooseProperty(dialog, u"Alpine Lodge Zermatt"_s);
        typeInto(child<QLineEdit>(dialog, u"eventMaskEdit"_s), u"ari:rate,stop_sell:*:*;message"_s);
        child<QCheckBox>(dialog, u"activeCheck"_s)->setChecked(!before.isActive);
        child<QCheckBox>(dialog, u"sendDataCheck"_s)->setChecked(!before.sendData);
        child<Gui::KeyValueEditor>(dialog, u"headersEditor"_s)
            ->setValues(KeyValueList {{u"Authorization"_s, u"Bearer t0k3n"_s}});
        child<Gui::KeyValueEditor>(dialog, u"requestParamsEditor"_s)
            ->setValues(KeyValueList {{u"source"_s, u"console"_s}, {u"v"_s, u"2"_s}});
        QVERIFY(dialog->isModified());
        QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
        QTRY_VERIFY(!dialog || !dialog->isVisible()); // closing deletes it

        const auto stored = console.storedById(HarbourWebhookId);
        QVERIFY(stored);
        QCOMPARE(stored->callbackUrl, url);
        QCOMPARE(stored->propertyId, u"52397a6e-c330-44f4-a293-47042d3a3607"_s);
        QCOMPARE(stored->eventMask, u"ari:rate,stop_sell:*:*;message"_s);
        QCOMPARE(stored->isActive, !before.isActive);
        QCOMPARE(stored->sendData, !before.sendData);
        QCOMPARE(stored->headers, (KeyValueList {{u"Authorization"_s, u"Bearer t0k3n"_s}}));
        QCOMPARE(stored->requestParams,
                 (KeyValueList {{u"source"_s, u"console"_s}, {u"v"_s, u"2"_s}}));
        // Row changed in place: same count, still selected, showing the new values.
        QCOMPARE(console.table()->model()->rowCount(), 12);
        QCOMPARE(console.panel()->currentWebhookId(), HarbourWebhookId);
        QCOMPARE(console.session()->collection()->find(HarbourWebhookId)->callbackUrl, url);
    }

    void serverRefusalKeepsEveryValueAndShowsTheField()
    {
        Console console;
        QVERIFY(console.ready);
        QPointer<WebhookDialog> dialog = openEditor(console, HarbourWebhookId);
        QVERIFY(dialog);
        const QString url = u"https://pms.example.com/refused"_s;
        typeInto(child<QLineEdit>(dialog, u"callbackUrlEdit"_s), url);
        const Webhook typed = dialog->webhook();

        // The sandbox's 422 carries no details; the sentence goes to the dialog's banner.
        console.sandbox()->faults().failNext(1, 422);
        QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
        QTRY_VERIFY(!dialog->isBusy());
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->webhook(), typed);
        QVERIFY(child<QWidget>(dialog, u"errorBanner"_s)->isVisible());
        {
            WC_STORED(unchanged, console, HarbourWebhookId);
            QVERIFY(unchanged->callbackUrl != url);
        }

        // A field-level refusal from the server lands next to that field.
        console.sandbox()->faults().refuseNext(
            {{u"callback_url"_s, {u"is not reachable from Channex"_s}}});
        QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
        QTRY_VERIFY(!dialog->isBusy());
        auto *urlMessage = child<QLabel>(dialog, u"callbackUrlMessage"_s);
        QVERIFY(urlMessage->isVisible());
        QVERIFY2(urlMessage->text().contains(u"is not reachable from Channex"_s),
                 qPrintable(urlMessage->text()));
        QCOMPARE(dialog->webhook(), typed);

        // Saved on the next try, with the same values.
        QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
        QTRY_VERIFY(!dialog || !dialog->isVisible()); // closing deletes it
        WC_STORED(saved, console, HarbourWebhookId);
        QCOMPARE(saved->callbackUrl, url);
    }

    void saveOfAWebhookDeletedElsewhereSaysSoAndRefreshes()
    {
        Console console;
        QVERIFY(console.ready);
        QPointer<WebhookDialog> dialog = openEditor(console, HarbourWebhookId);
        QVERIFY(dialog);
        typeInto(child<QLineEdit>(dialog, u"callbackUrlEdit"_s), u"https://late.example.com/x"_s);
        const Webhook typed = dialog->webhook();

        bool deleted = false;
        QObject context;
        console.observer->deleteWebhook(HarbourWebhookId, &context,
                                        [&deleted](auto result) { deleted = result.ok(); });
        QTRY_VERIFY(deleted);

        QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
        QTRY_VERIFY(!dialog->isBusy());
        QVERIFY(dialog->isVisible()); // what was typed is still there to copy
        QCOMPARE(dialog->webhook(), typed);
        QTRY_COMPARE(console.table()->model()->rowCount(), 11);
        QVERIFY2(console.window->statusBar()->currentMessage().contains(u"deleted elsewhere"_s),
                 qPrintable(console.window->statusBar()->currentMessage()));
        dialog->setBusy(false);
        MessageBox::setNextAnswer(QMessageBox::Discard);
        dialog->reject();
        QTRY_VERIFY(!dialog || !dialog->isVisible()); // closing deletes it
    }

    void closingAChangedDialogAsksFirst()
    {
        Console console;
        QVERIFY(console.ready);
        console.action(u"newWebhookAction"_s)->trigger();
        QPointer<WebhookDialog> dialog = console.openDialog<WebhookDialog>();
        QVERIFY(dialog);
        typeInto(child<QLineEdit>(dialog, u"callbackUrlEdit"_s), u"https://typed.example.com"_s);
        MessageBox::clearAsked();
        MessageBox::setNextAnswer(QMessageBox::Cancel); // keep editing
        QTest::keyClick(dialog, Qt::Key_Escape);
        QCOMPARE(MessageBox::asked().size(), 1);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->webhook().callbackUrl, u"https://typed.example.com"_s);
        MessageBox::setNextAnswer(QMessageBox::Discard);
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!dialog || !dialog->isVisible()); // closing deletes it
        QCOMPARE(console.table()->model()->rowCount(), 12);
    }

    void activeCheckboxTogglesAndRollsBack()
    {
        Console console;
        QVERIFY(console.ready);
        WC_STORED(initial, console, HarbourWebhookId);
        const bool before = initial->isActive;
        const int row = console.session()->collection()->indexOf(HarbourWebhookId);
        QAbstractItemModel *proxy = console.table()->model();
        auto activeIndex = [&] {
            for (int r = 0; r < proxy->rowCount(); ++r) {
                const QModelIndex index = proxy->index(r, WebhookListModel::ActiveColumn);
                if (index.data(WebhookListModel::WebhookIdRole).toString() == HarbourWebhookId)
                    return index;
            }
            return QModelIndex();
        };
        QVERIFY(row >= 0);
        // What a click on the box does.
        QVERIFY(proxy->setData(activeIndex(), before ? Qt::Unchecked : Qt::Checked,
                               Qt::CheckStateRole));
        QCOMPARE(activeIndex().data(Qt::CheckStateRole).value<Qt::CheckState>() == Qt::Checked,
                 !before); // at once
        QTRY_COMPARE(console.storedById(HarbourWebhookId).value_or(Webhook {}).isActive, !before);

        // Refused by the server: the box goes back and a message says why.
        MessageBox::clearAsked();
        MessageBox::setNextAnswer(QMessageBox::Ok);
        console.sandbox()->faults().failNext(1, 403);
        QVERIFY(proxy->setData(activeIndex(), before ? Qt::Checked : Qt::Unchecked,
                               Qt::CheckStateRole));
        QTRY_COMPARE(MessageBox::asked().size(), 1);
        QCOMPARE(activeIndex().data(Qt::CheckStateRole).value<Qt::CheckState>() == Qt::Checked,
                 !before);
        WC_STORED(afterRefusal, console, HarbourWebhookId);
        QCOMPARE(afterRefusal->isActive, !before);
        QVERIFY(!MessageBox::asked().constFirst().text.isEmpty());
    }

    void duplicatesToOtherProperties()
    {
        Console console;
        QVERIFY(console.ready);
        QVERIFY(console.select(HarbourWebhookId));
        WC_STORED(original, console, HarbourWebhookId);
        const Webhook source = *original;
        console.action(u"duplicateWebhookAction"_s)->trigger();
        QPointer<Gui::DuplicateWebhookDialog> dialog
            = console.openDialog<Gui::DuplicateWebhookDialog>();
        QVERIFY(dialog);
        auto *duplicate = child<QPushButton>(dialog, u"duplicateButton"_s);
        QVERIFY(!duplicate->isEnabled()); // nothing ticked
        // A search that finds no property says so, rather than "tick the properties".
        auto *search = child<QLineEdit>(dialog, u"filterEdit"_s);
        QTest::keyClicks(search, u"zzz"_s);
        QVERIFY2(child<QLabel>(dialog, u"hintLabel"_s)->text().contains(u"“zzz”"_s),
                 qPrintable(child<QLabel>(dialog, u"hintLabel"_s)->text()));
        search->clear();
        dialog->setChecked(u"52397a6e-c330-44f4-a293-47042d3a3607"_s, true); // Alpine Lodge
        dialog->setChecked(u"605f075a-74ad-4bb5-a3f0-7a306e2c04fe"_s, true); // Casa del Sol
        QVERIFY(duplicate->isEnabled());
        QCOMPARE(duplicate->text(), u"&Duplicate to 2 Properties"_s);
        QTest::mouseClick(duplicate, Qt::LeftButton);
        QTRY_COMPARE(console.table()->model()->rowCount(), 14);
        QTRY_VERIFY(!console.window->webhookActions()->runningJob());

        int copies = 0;
        for (const Webhook &webhook : console.stored()) {
            if (webhook.id == source.id || webhook.callbackUrl != source.callbackUrl)
                continue;
            ++copies;
            QVERIFY(webhook.propertyId == u"52397a6e-c330-44f4-a293-47042d3a3607"_s
                    || webhook.propertyId == u"605f075a-74ad-4bb5-a3f0-7a306e2c04fe"_s);
            QCOMPARE(webhook.eventMask, source.eventMask);
            QCOMPARE(webhook.headers, source.headers);
            QCOMPARE(webhook.requestParams, source.requestParams);
            QCOMPARE(webhook.sendData, source.sendData);
        }
        QCOMPARE(copies, 2);
    }

    void closingDuringABulkChangeAsksFirst()
    {
        Console console;
        QVERIFY(console.ready);
        console.table()->selectAll();
        console.sandbox()->faults().setLatency(std::chrono::milliseconds(500));
        console.action(u"disableWebhooksAction"_s)->trigger();
        QPointer<Channex::BulkWebhookJob> job = console.window->webhookActions()->runningJob();
        QVERIFY(job);

        // "Keep Running": the window stays and the job goes on.
        MessageBox::clearAsked();
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        QVERIFY(!console.window->close());
        QVERIFY(console.window->isVisible());
        QCOMPARE(MessageBox::asked().size(), 1);
        QVERIFY2(MessageBox::asked().constFirst().text.contains(
                     u"%1 webhooks is still running: 0 done"_s.arg(job->total())),
                 qPrintable(MessageBox::asked().constFirst().text));
        QVERIFY(job && !job->isCancelled());

        // "Stop and Quit": the job is cancelled and the window closes.
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QVERIFY(console.window->close());
        QVERIFY(!console.window->isVisible());
        QVERIFY(!job || job->isCancelled());
        console.sandbox()->faults().setLatency(std::chrono::milliseconds(0));
        QTRY_VERIFY(!job || job->isFinished());
        QCOMPARE(MessageBox::asked().size(), 2); // no summary after the window has gone

        // Nothing running: closing asks nothing.
        Console idle;
        QVERIFY(idle.ready);
        MessageBox::clearAsked();
        QVERIFY(idle.window->close());
        QVERIFY(MessageBox::asked().isEmpty());
    }

    void bulkDisableAndEnableTheSelection()
    {
        Console console;
        QVERIFY(console.ready);
        console.table()->selectAll();
        QCOMPARE(console.panel()->selectedWebhookIds().size(), 12);
        console.action(u"disableWebhooksAction"_s)->trigger();
        QVERIFY(console.window->findChild<QWidget *>(u"bulkProgress"_s)->isVisible());
        QTRY_VERIFY(!console.window->webhookActions()->runningJob());
        const QList<Webhook> disabled = console.stored();
        QCOMPARE(disabled.size(), 12);
        for (const Webhook &webhook : disabled)
            QVERIFY2(!webhook.isActive, qPrintable(webhook.callbackUrl));
        QCOMPARE(console.panel()->selectedWebhookIds().size(), 12); // selection survived
        // Nothing left to disable: only Enable is offered.
        QVERIFY(!console.action(u"disableWebhooksAction"_s)->isEnabled());
        QVERIFY(console.action(u"enableWebhooksAction"_s)->isEnabled());
        QVERIFY(console.window->statusBar()->currentMessage().contains(u"disabled"_s));

        // Two refusals: the others are enabled, and a summary names what failed and why.
        MessageBox::clearAsked();
        MessageBox::setNextAnswer(QMessageBox::Ok);
        console.sandbox()->faults().failNext(2, 500);
        console.action(u"enableWebhooksAction"_s)->trigger();
        QTRY_VERIFY(!console.window->webhookActions()->runningJob());
        int active = 0;
        for (const Webhook &webhook : console.stored())
            active += webhook.isActive ? 1 : 0;
        QCOMPARE(active, 10);
        QCOMPARE(MessageBox::asked().size(), 1);
        const MessageBox::Request summary = MessageBox::asked().constFirst();
        QVERIFY2(summary.text.contains(u"10 of 12"_s), qPrintable(summary.text));
        QCOMPARE(summary.detailedText.count(u'\n'), 1); // one line per failure
        QVERIFY(summary.detailedText.contains(u"https://"_s));
        // The failures are in the box itself, not only behind Show Details.
        QVERIFY2(summary.informativeText.contains(summary.detailedText.section(u'\n', 0, 0)),
                 qPrintable(summary.informativeText));
    }

    // Channex's rate limit during a bulk change: waited out, sent again, and said.
    void bulkWaitsOutTheRateLimitAndSaysSo()
    {
        Console console;
        QVERIFY(console.ready);
        console.table()->selectAll();
        console.sandbox()->faults().failNext(2, 429, 1);
        console.action(u"disableWebhooksAction"_s)->trigger();
        auto *label = console.window->findChild<QLabel *>(u"bulkProgressLabel"_s);
        QTRY_VERIFY2(label->text().contains(u"slow down"_s), qPrintable(label->text()));
        QTRY_VERIFY_WITH_TIMEOUT(!console.window->webhookActions()->runningJob(), 10000);
        QVERIFY(MessageBox::asked().isEmpty()); // nothing failed: no box
        const QString message = console.window->statusBar()->currentMessage();
        QVERIFY2(message.contains(u"2 changes had to wait for Channex's rate limit"_s),
                 qPrintable(message));
        for (const Webhook &webhook : console.stored())
            QVERIFY(!webhook.isActive);
    }

    void deletesOneOrManyAfterConfirmation()
    {
        Console console;
        QVERIFY(console.ready);
        QVERIFY(console.select(HarbourWebhookId));
        MessageBox::clearAsked();
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        console.table()->setFocus();
        QTest::keySequence(console.table(), QKeySequence::Delete);
        QCOMPARE(MessageBox::asked().size(), 1);
        QCOMPARE(console.stored().size(), 12); // cancelled: nothing sent
        QCOMPARE(console.listProblem, QString());

        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::keySequence(console.table(), QKeySequence::Delete);
        QTRY_COMPARE(console.table()->model()->rowCount(), 11);
        QVERIFY(!console.storedById(HarbourWebhookId));
        QCOMPARE(console.listProblem, QString()); // gone, not unlisted
        // No filter: the status bar counts what is there, not "11 of 12 shown".
        QTRY_COMPARE(console.window->findChild<QLabel *>(u"webhookTotalLabel"_s)->text(),
                     u"11 webhooks"_s);

        console.table()->selectAll();
        MessageBox::clearAsked();
        MessageBox::setNextAnswer(QMessageBox::Yes);
        console.action(u"deleteWebhookAction"_s)->trigger();
        QVERIFY(MessageBox::asked().constFirst().text.contains(u"11 webhooks"_s));
        QTRY_COMPARE(console.table()->model()->rowCount(), 0);
        QCOMPARE(console.stored().size(), 0);
        QCOMPARE(console.listProblem, QString());
    }

    void bulkDeleteOfWebhooksGoneElsewhereRefreshesOnce()
    {
        Console console;
        QVERIFY(console.ready);
        // Three of the twelve are deleted behind the console's back.
        const QList<Webhook> all = console.stored();
        QCOMPARE(all.size(), 12);
        for (int i = 0; i < 3; ++i) {
            bool deleted = false;
            QObject context;
            console.observer->deleteWebhook(all.at(i).id, &context,
                                            [&deleted](auto result) { deleted = result.ok(); });
            QTRY_VERIFY(deleted);
        }
        const int before = console.sandbox()->apiRequestCount();
        console.table()->selectAll();
        MessageBox::setNextAnswer(QMessageBox::Yes);
        console.action(u"deleteWebhookAction"_s)->trigger();
        QTRY_VERIFY(!console.window->webhookActions()->runningJob());
        QTRY_COMPARE(console.session()->state(), Channex::AccountSession::State::Loaded);
        // Twelve deletes (three answered 404), then one reload: the list and the names.
        QCOMPARE(console.sandbox()->apiRequestCount() - before, 12 + 2);
        QCOMPARE(console.table()->model()->rowCount(), 0);
    }

    void testsFromTheTableAndFromTheDialog()
    {
        Console console;
        QVERIFY(console.ready);
        JsonTarget target;
        Http::HttpServer server(&target);
        QVERIFY(server.listen());
        const QString url = u"http://127.0.0.1:%1/hooks"_s.arg(server.serverPort());

        // From the dialog, with values not saved yet.
        QPointer<WebhookDialog> dialog = openEditor(console, HarbourWebhookId);
        QVERIFY(dialog);
        typeInto(child<QLineEdit>(dialog, u"callbackUrlEdit"_s), url);
        QTest::mouseClick(child<QPushButton>(dialog, u"testButton"_s), Qt::LeftButton);
        auto *view = child<Gui::TestResultView>(dialog, u"testResultView"_s);
        QTRY_VERIFY(view->succeeded());
        QCOMPARE(target.received.loadRelaxed(), 1);
        QVERIFY2(view->statusText().contains(u"202"_s), qPrintable(view->statusText()));
        QVERIFY2(view->bodyText().contains(u"\"queued\": 1"_s), qPrintable(view->bodyText()));
        // Testing saved nothing.
        {
            WC_STORED(untested, console, HarbourWebhookId);
            QVERIFY(untested->callbackUrl != url);
        }
        // After a test, Return still saves (it pressed Cancel once the Test button had handed
        // its focus on).
        QVERIFY(saveButton(dialog)->isDefault());
        QVERIFY(!child<QPushButton>(dialog, u"cancelButton"_s)->isDefault());
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : dialog.data(),
                        Qt::Key_Return);
        QTRY_VERIFY(!dialog || !dialog->isVisible()); // closing deletes it
        WC_STORED(tested, console, HarbourWebhookId);
        QCOMPARE(tested->callbackUrl, url); // saved, not cancelled

        // From the table: the saved webhook.
        console.action(u"testWebhookAction"_s)->trigger();
        auto *result = console.openDialog<Gui::TestResultDialog>();
        QVERIFY(result);
        QTRY_VERIFY(result->view()->succeeded());
        QCOMPARE(target.received.loadRelaxed(), 2);
        result->close();
    }

    // A test from the table whose host does not exist names the host, and asks to correct no
    // field (there is none in the result window).
    void aTestOfAnUnknownHostNamesIt()
    {
        Console console;
        QVERIFY(console.ready);
        Webhook webhook = *console.session()->collection()->find(HarbourWebhookId);
        webhook.callbackUrl = u"https://no-such-host.invalid/hook"_s;
        bool saved = false;
        console.session()->updateWebhook(webhook, this,
                                         [&saved](auto result) { saved = result.ok(); });
        QTRY_VERIFY(saved);
        QVERIFY(console.select(HarbourWebhookId));
        console.action(u"testWebhookAction"_s)->trigger();
        auto *result = console.openDialog<Gui::TestResultDialog>();
        QVERIFY(result);
        QTRY_VERIFY(result->view()->statusText().contains(u"could not be reached"_s));
        const QString detail = result->view()->detailText();
        QVERIFY2(detail.contains(u"no-such-host.invalid"_s), qPrintable(detail));
        QVERIFY2(!detail.contains(u"Correct the field"_s), qPrintable(detail));
        result->close();
    }
};

QTEST_MAIN(TestWebhookEditing)
#include "test_webhook_editing.moc"
