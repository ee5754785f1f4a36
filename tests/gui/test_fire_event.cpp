// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Playing Channex from the window: the Fire Event dialog fires into the live receiver, a payload
// that is not JSON is refused at the field, the Deliveries tab shows every attempt and the
// retries, and all of it exists only on the sandbox connection.
#include "app/channex/ConnectionProfile.h"
#include "app/http/HttpServer.h"
#include "app/receiver/ReceiverController.h"
#include "app/receiver/rules/ResponseRule.h"
#include "app/sandbox/deliveries/DeliveryLog.h"
#include "app/session/ConnectionStore.h"
#include "tests/gui/ConsoleFixture.h"
#include "ui/common/MessageBanner.h"
#include "ui/live/CaptureListModel.h"
#include "ui/live/LivePanel.h"
#include "ui/live/detail/CaptureDetailView.h"
#include "ui/live/detail/OverviewTab.h"
#include "ui/sandbox/DeliveriesPanel.h"
#include "ui/sandbox/DeliveryLogModel.h"
#include "ui/sandbox/FireEventDialog.h"
#include "ui/sandbox/PayloadEdit.h"
#include "ui/sandbox/RecipientsList.h"
#include "ui/sandbox/RetryTimelineChart.h"
#include "ui/sandbox/SandboxTools.h"

#include <QAction>
#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>

using namespace Qt::StringLiterals;
using namespace GuiTest;
namespace Sequences = Sandbox::Deliveries::Sequences;

namespace {

// A hotel of the demo account whose own webhooks listen for neither bookings nor reviews.
const QString CasaDelSol = u"605f075a-74ad-4bb5-a3f0-7a306e2c04fe"_s;

// Answers 503 to its first request, 200 afterwards.
class FlakyTarget final : public Http::HttpRequestHandler
{
public:
    int requests = 0;
    void handleRequest(const Http::HttpRequest &, Http::HttpReply reply) override
    {
        ++requests;
        reply(Http::HttpResponse::text(requests == 1 ? 503 : 200, "ok"_ba));
    }
};

} // namespace

class TestFireEvent final : public QObject
{
    Q_OBJECT

private:
    // A webhook of Casa del Sol to `url`, stored on the sandbox and shown in the table.
    static bool addWebhook(Console &console, const QString &url, const QString &mask)
    {
        Channex::Webhook webhook;
        webhook.propertyId = CasaDelSol;
        webhook.callbackUrl = url;
        webhook.eventMask = mask;
        webhook.isActive = true;
        webhook.sendData = true;
        bool created = false;
        QObject context;
        console.observer->createWebhook(
            webhook, &context,
            [&created](Channex::ApiResult<Channex::Webhook> result) { created = result.ok(); });
        if (!QTest::qWaitFor([&created] { return created; }, 10'000))
            return false;
        const int rows = console.table()->model()->rowCount();
        console.window->refresh();
        return QTest::qWaitFor(
            [&console, rows] { return console.table()->model()->rowCount() == rows + 1; }, 10'000);
    }

    static Gui::FireEventDialog *openDialog(Console &console)
    {
        console.window->sandboxTools()->fireAction()->trigger();
        return console.window->sandboxTools()->fireDialog();
    }

    static QStringList capturedEvents(Capture::CaptureStore *store, QStringList *timestamps)
    {
        QStringList events;
        store->forEach({}, [&](const Capture::CaptureRecord &record) {
            const QJsonObject body = QJsonDocument::fromJson(record.body).object();
            events << body.value("event"_L1).toString();
            *timestamps << body.value("timestamp"_L1).toString();
            return true;
        });
        return events;
    }

private slots:
    void initTestCase() { setUpProgram(); }

    void firesABookingsLifeIntoTheLiveReceiver()
    {
        Console console(Live::With);
        QVERIFY(console.ready);
        QVERIFY(console.receiverService->start());
        QVERIFY(addWebhook(console, console.receiverService->callbackUrl(),
                           u"booking_new;booking_modification;booking_cancellation"_s));

        Gui::FireEventDialog *dialog = openDialog(console);
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        auto *sequence = dialog->findChild<QComboBox *>(u"sequenceCombo"_s);
        sequence->setCurrentIndex(sequence->findData(int(Sequences::Kind::BookingLife)));
        auto *hotel = dialog->findChild<QComboBox *>(u"propertyCombo"_s);
        hotel->setCurrentIndex(hotel->findData(CasaDelSol));
        // Our webhook gets the three, the global booking webhook is kept out by it.
        QCOMPARE(dialog->recipients()->recipientCount(), 3);
        QVERIFY(dialog->payloadEdit()->isReadOnly());
        QVERIFY(dialog->fireButton()->isEnabled());

        QTest::mouseClick(dialog->fireButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(console.store->count(), 3, 20'000);
        QStringList timestamps;
        QCOMPARE(
            capturedEvents(console.store.get(), &timestamps),
            (QStringList {u"booking_new"_s, u"booking_modification"_s, u"booking_cancellation"_s}));
        QVERIFY(timestamps.at(0) < timestamps.at(1));
        QVERIFY(timestamps.at(1) < timestamps.at(2));
        QTRY_COMPARE(dialog->banner()->tone(), Gui::Tone::Success);
        QVERIFY2(dialog->banner()->text().contains(u"3 deliver"_s),
                 qPrintable(dialog->banner()->text()));
        QVERIFY(dialog->fireButton()->isEnabled());

        // The Deliveries tab has the three attempts, all to the receiver: nothing else was
        // tried.
        Gui::DeliveriesPanel *panel = console.window->sandboxTools()->deliveriesPanel();
        console.window->sandboxTools()->showDeliveries();
        QCOMPARE(console.window->tabs()->currentWidget(), panel);
        QTRY_COMPARE(panel->model()->rowCount(), 3);
        for (const auto &attempt : panel->model()->attempts())
            QVERIFY(attempt.url.startsWith(console.receiverService->callbackUrl()));
        QTRY_COMPARE(panel->model()->attempts().at(2).status, 200);
    }

    // A sandbox delivery that lands in the live receiver says in its Overview which attempt it
    // is: the receiver answers the first 503 (a response rule), the sandbox tries again.
    void aDeliveryInTheLiveTabSaysWhichAttemptItIs()
    {
        Console console(Live::With);
        QVERIFY(console.ready);
        QVERIFY(console.receiverService->start());
        Receiver::ResponseRule busyOnce;
        busyOnce.event = u"review"_s;
        busyOnce.status = 503;
        busyOnce.times = 1;
        console.receiverService->setRules({busyOnce});
        QVERIFY(addWebhook(console, console.receiverService->callbackUrl(), u"review"_s));
        QComboBox *timing = console.window->sandboxTools()->deliveriesPanel()->retryTimingCombo();
        timing->setCurrentIndex(2); // a minute becomes 60 ms
        emit timing->activated(2);

        Gui::FireEventDialog *dialog = openDialog(console);
        dialog->setEvent(u"review"_s);
        dialog->setPropertyId(CasaDelSol);
        QTest::mouseClick(dialog->fireButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(console.store->count(), 2, 20'000);

        Gui::LivePanel *live = console.window->livePanel();
        QTRY_COMPARE(live->model()->rowCount(), 2);
        for (int row : {0, 1}) {
            live->list()->selectRow(row);
            QTRY_COMPARE(live->detailView()->captureId(), live->model()->idAt(row));
            const QString said = live->detailView()->overviewTab()->markSentences().value(0);
            QVERIFY2(
                said.startsWith(
                    u"Delivered by the built-in sandbox: review, attempt %1 of"_s.arg(row + 1)),
                qPrintable(said));
        }
        // A request the sandbox did not send says nothing of the kind.
        QNetworkAccessManager network;
        QNetworkReply *reply
            = network.post(QNetworkRequest(QUrl(console.receiverService->callbackUrl())),
                           QByteArray(R"({"other":true})"));
        QTRY_VERIFY(reply->isFinished());
        reply->deleteLater();
        QTRY_COMPARE(live->model()->rowCount(), 3);
        live->list()->selectRow(2);
        QTRY_COMPARE(live->detailView()->captureId(), live->model()->idAt(2));
        QVERIFY(!live->detailView()->overviewTab()->markSentences().value(0).startsWith(
            u"Delivered by"_s));
    }

    void payloadThatIsNoJsonIsRefusedAtTheField()
    {
        Console console;
        QVERIFY(console.ready);
        Gui::FireEventDialog *dialog = openDialog(console);
        QVERIFY(dialog);
        dialog->setEvent(u"review"_s);
        dialog->setPropertyId(CasaDelSol);
        QPlainTextEdit *editor = dialog->payloadEdit()->editor();
        // The documented sample, filled in for the hotel.
        const QJsonObject sample = QJsonDocument::fromJson(editor->toPlainText().toUtf8()).object();
        QCOMPARE(sample.value("property_id"_L1).toString(), CasaDelSol);
        QVERIFY(dialog->fireButton()->isEnabled());

        editor->setFocus();
        editor->moveCursor(QTextCursor::End);
        QTest::keyClicks(editor, u",,"_s);
        auto *problem = dialog->findChild<QLabel *>(u"payloadProblemLabel"_s);
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().startsWith(u"The payload is not JSON:"_s)
                     && problem->text().contains(u"line"_s),
                 qPrintable(problem->text()));
        QVERIFY(!dialog->fireButton()->isEnabled());
        QVERIFY(dialog->steps().isEmpty());
        dialog->fire();
        QCOMPARE(console.sandbox()->deliveryLog()->size(), 0);

        // Empty is no payload at all, which is allowed; the Sample button brings it back.
        editor->clear();
        QVERIFY(!problem->isVisible());
        QVERIFY(dialog->fireButton()->isEnabled());
        QVERIFY(dialog->steps().value(0).payload->isUndefined());
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"sampleButton"_s), Qt::LeftButton);
        QVERIFY(QJsonDocument::fromJson(editor->toPlainText().toUtf8()).isObject());
    }

    void deliveriesShowTheRetriesOnATimeline()
    {
        Console console;
        QVERIFY(console.ready);
        FlakyTarget flaky;
        Http::HttpServer target(&flaky);
        QVERIFY(target.listen());
        QVERIFY(addWebhook(console, u"http://127.0.0.1:%1/channex"_s.arg(target.serverPort()),
                           u"review"_s));
        Gui::DeliveriesPanel *panel = console.window->sandboxTools()->deliveriesPanel();
        // Retries a minute apart would not do for a test: the quickest waits, 60 ms.
        QComboBox *timing = panel->retryTimingCombo();
        timing->setCurrentIndex(2);
        emit timing->activated(2);
        QCOMPARE(console.sandbox()->retryScale(), 0.001);

        Gui::FireEventDialog *dialog = openDialog(console);
        dialog->setEvent(u"review"_s);
        dialog->setPropertyId(CasaDelSol);
        QCOMPARE(dialog->recipients()->recipientCount(), 1);
        QTest::mouseClick(dialog->fireButton(), Qt::LeftButton);

        QTRY_COMPARE(panel->model()->rowCount(), 2);
        QTRY_COMPARE(panel->model()->attempts().at(1).status, 200);
        const auto first = panel->model()->attempts().at(0);
        QCOMPARE(first.status, 503);
        QVERIFY(first.nextAttemptAt.isValid());
        QVERIFY(Gui::DeliveryLogModel::resultText(first).contains(u"503"_s));
        QTRY_COMPARE(panel->chart()->laneDeliveryIds(), QStringList {first.deliveryId});
        QTRY_COMPARE(panel->chart()->pointCount(), 2);

        // Selecting an attempt shows what was sent and what came back.
        panel->table()->selectRow(0);
        const QString detail
            = panel->findChild<QPlainTextEdit *>(u"deliveryAttemptDetail"_s)->toPlainText();
        QVERIFY2(detail.contains(u"POST /channex HTTP/1.1"_s) && detail.contains(u"503"_s),
                 qPrintable(detail));

        // Clear Log asks first, then forgets every attempt.
        Gui::MessageBox::setNextAnswer(QMessageBox::Yes);
        panel->clearAction()->trigger();
        QCOMPARE(panel->model()->rowCount(), 0);
    }

    void onlyOnTheSandboxConnection()
    {
        Console console(Live::With);
        QVERIFY(console.ready);
        Gui::SandboxTools *tools = console.window->sandboxTools();
        QTabWidget *tabs = console.window->tabs();
        const int deliveriesTab = tabs->indexOf(tools->deliveriesPanel());
        QVERIFY(tools->fireAction()->isVisible());
        QVERIFY(tabs->isTabVisible(deliveriesTab));
        QCOMPARE(tabs->tabText(deliveriesTab), u"Deliveries"_s);
        Gui::FireEventDialog *dialog = openDialog(console);
        QVERIFY(dialog);
        // It opens on an event the demo account's webhooks receive: a first Fire delivers.
        QCOMPARE(dialog->findChild<QComboBox *>(u"eventCombo"_s)->currentText(), u"booking_new"_s);
        QTRY_VERIFY(dialog->recipients()->recipientCount() > 0);

        // Another connection: no sandbox tools, and the open dialog closes.
        const auto other = console.controller->addConnection(
            u"Elsewhere"_s,
            {Channex::ConnectionProfile::Kind::Custom, QUrl(u"http://127.0.0.1:9"_s)});
        QVERIFY(other);
        QVERIFY(console.controller->switchTo(other->id));
        QVERIFY(!tools->fireAction()->isVisible());
        QVERIFY(!tabs->isTabVisible(deliveriesTab));
        QTRY_VERIFY(!tools->fireDialog());
        console.window->sandboxTools()->fireAction()->trigger();
        QVERIFY(!tools->fireDialog());

        // Back on the sandbox: all there again.
        QVERIFY(console.controller->switchTo(Session::ConnectionStore::sandboxId()));
        QTRY_VERIFY(tools->fireAction()->isVisible());
        QVERIFY(tabs->isTabVisible(deliveriesTab));
    }
};

QTEST_MAIN(TestFireEvent)
#include "test_fire_event.moc"
