// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The Live tab on the real parts: a capture store in a temporary folder, the receiver started
// from its bar, requests over loopback (QNetworkAccessManager and the sandbox's own test call),
// the list, the filter bar, pin/delete/clear, pause and the receiver's errors, driven through
// widgets by objectName as a person uses them.
#include "app/i18n/Translations.h"
#include "app/payloads/EventCatalog.h"
#include "app/payloads/SamplePayloads.h"
#include "app/session/SettingsKeys.h"
#include "tests/gui/ConsoleFixture.h"
#include "ui/common/FileDialog.h"
#include "ui/common/MessageBanner.h"
#include "ui/common/TestResultView.h"
#include "ui/common/ViewStateOverlay.h"
#include "ui/live/CaptureFilterBar.h"
#include "ui/live/CaptureListModel.h"
#include "ui/live/DeliveryChart.h"
#include "ui/live/ExportCapturesDialog.h"
#include "ui/live/LivePanel.h"
#include "ui/live/ReceiverBar.h"
#include "ui/live/ReplayDialog.h"
#include "ui/live/detail/CaptureDetailView.h"
#include "ui/webhooks/WebhookActions.h"
#include "ui/webhooks/WebhookDialog.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QIcon>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QStatusBar>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTabWidget>
#include <QTcpServer>
#include <QToolBar>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace GuiTest;
using Gui::CaptureListModel;

class TestLivePanel final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Console> m_console;
    QNetworkAccessManager m_network;

    Gui::LivePanel *panel() const { return m_console->window->livePanel(); }
    CaptureListModel *model() const { return panel()->model(); }
    template<typename T> T *child(const QString &name) const
    {
        return m_console->window->findChild<T *>(name);
    }

    // Clicks Start in the receiver bar and waits for the local URL.
    // Typed into the secret header field; the name applies when editing is done.
    void setSecretName(const QString &name)
    {
        auto *edit = child<QLineEdit>(u"secretHeaderNameEdit"_s);
        edit->setText(name);
        emit edit->editingFinished();
    }

    bool startReceiver()
    {
        child<QPushButton>(u"receiverStartButton"_s)->click();
        return QTest::qWaitFor([this] { return m_console->receiver->isRunning(); }, 5000)
            && !child<QLineEdit>(u"receiverLocalUrlEdit"_s)->text().isEmpty();
    }

    QUrl receiverUrl(const QString &path = u"/channex"_s) const
    {
        QUrl url(child<QLineEdit>(u"receiverLocalUrlEdit"_s)->text());
        url.setPath(path);
        return url;
    }

    // Sends a request over loopback and waits for the answer; returns the status.
    int send(const QByteArray &method, const QByteArray &body, const QString &path = u"/channex"_s,
             const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        QNetworkRequest request(receiverUrl(path));
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
            return -1;
        reply->deleteLater();
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }

    // The rows once the list's query is in (a text search runs off the GUI thread).
    int listedRows() const
    {
        if (!QTest::qWaitFor([this] { return !model()->isSearching(); }, 10000))
            return -1;
        return model()->rowCount();
    }

    static QByteArray sample(const QString &event)
    {
        return Payloads::SamplePayloads::sample(event).json;
    }

    int rowOfEvent(const QString &event) const
    {
        for (int row = 0; row < model()->rowCount(); ++row) {
            if (model()->index(row, CaptureListModel::Event).data().toString() == event)
                return row;
        }
        return -1;
    }

    void pickCombo(const QString &name, const QVariant &data)
    {
        auto *combo = child<QComboBox>(name);
        const int index = combo->findData(data);
        QVERIFY2(index >= 0, qPrintable(name));
        combo->setCurrentIndex(index);
        QTRY_VERIFY(!model()->isSearching());
    }

private slots:
    void initTestCase() { setUpProgram(); }

    void init()
    {
        m_console = std::make_unique<Console>(Live::With);
        QVERIFY(m_console->ready);
        m_console->window->showLiveTab();
        QTRY_VERIFY(!model()->isSearching());
    }

    void cleanup() { m_console.reset(); }

    // The Live tab's bars never make the window wider than an 800 px screen.
    void fitsAnEightHundredPixelScreen()
    {
        QVERIFY(startReceiver());
        QVERIFY2(m_console->window->minimumSizeHint().width() <= 800,
                 qPrintable(QString::number(m_console->window->minimumSizeHint().width())));
    }

    // (a) A documented booking payload lands in the list with its event; each detail tab opens.
    void bookingPayloadIsListedAndShown()
    {
        QVERIFY(startReceiver());
        QVERIFY(
            child<QLineEdit>(u"receiverLocalUrlEdit"_s)->text().startsWith(u"http://127.0.0.1:"_s));
        QCOMPARE(send("POST", sample(u"booking_new"_s)), 200);
        QTRY_COMPARE(model()->rowCount(), 1);
        QCOMPARE(model()->index(0, CaptureListModel::Event).data().toString(), u"booking_new"_s);
        QCOMPARE(model()->index(0, CaptureListModel::Method).data().toString(), u"POST"_s);
        QCOMPARE(model()->index(0, CaptureListModel::Path).data().toString(), u"/channex"_s);
        QCOMPARE(model()->index(0, CaptureListModel::Status).data().toString(), u"200"_s);

        panel()->list()->selectRow(0);
        Gui::CaptureDetailView *detail = panel()->detailView();
        QTRY_COMPARE(detail->captureId(), model()->idAt(0));
        QVERIFY(!detail->isEmpty());
        for (int tab = 0; tab < detail->tabs()->count(); ++tab) {
            detail->tabs()->setCurrentIndex(tab);
            QVERIFY(detail->tabs()->currentWidget()->isVisible());
        }
        QCOMPARE(detail->tabs()->count(), 7);
        // No row selected, no capture shown.
        panel()->list()->clearSelection();
        QTRY_VERIFY(detail->isEmpty());
        panel()->list()->selectRow(0);
        QTRY_COMPARE(detail->captureId(), model()->idAt(0));

        // The counts and the chart follow, within a second.
        QTRY_VERIFY(panel()->chart()->seriesNames().contains(u"booking_new"_s));
        QCOMPARE(panel()->chart()->chartTotal(), qint64(1));
        // An event keeps its colour when others join it.
        const QColor colour = panel()->chart()->seriesColour(u"booking_new"_s);
        QCOMPARE(send("POST", sample(u"ari"_s)), 200);
        QTRY_VERIFY(panel()->chart()->seriesNames().contains(u"ari"_s));
        QCOMPARE(panel()->chart()->seriesColour(u"booking_new"_s), colour);
        QVERIFY(panel()->chart()->seriesColour(u"ari"_s) != colour);
        auto *events = child<QComboBox>(u"captureEventFilter"_s);
        QTRY_VERIFY(events->itemText(events->findData(u"booking_new"_s)).contains(u"(1)"_s));

        // Stop keeps the captures, and Use live receiver goes off.
        child<QPushButton>(u"receiverStartButton"_s)->click();
        QVERIFY(!m_console->receiver->isRunning());
        QCOMPARE(listedRows(), 2);
        QVERIFY(m_console->receiverService->callbackUrl().isEmpty());
    }

    // (b) The sandbox's own test call (POST /webhooks/test) aimed at the receiver lands.
    void sandboxTestCallLands()
    {
        QVERIFY(startReceiver());
        Channex::Webhook webhook = *m_console->storedById(HarbourWebhookId);
        webhook.callbackUrl = receiverUrl(u"/from-sandbox"_s).toString();
        std::optional<Channex::ApiResult<Channex::WebhookTestResult>> result;
        m_console->session()->testWebhook(
            webhook, this,
            [&result](Channex::ApiResult<Channex::WebhookTestResult> r) { result.emplace(r); });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000);
        QVERIFY2(result->ok(), qPrintable(result->ok() ? QString() : result->error().message()));
        QCOMPARE(result->value().statusCode, 200);
        QTRY_COMPARE(model()->rowCount(), 1);
        QCOMPARE(model()->index(0, CaptureListModel::Path).data().toString(), u"/from-sandbox"_s);
        QCOMPARE(model()->index(0, CaptureListModel::Method).data().toString(), u"POST"_s);
    }

    // The round trip: Test in the webhook dialog, aimed at the receiver, shows the request that
    // arrived beside the answer, and opens it in the Live tab, filters or not.
    void testShowsWhatArrivedAndOpensItInTheLiveTab()
    {
        QVERIFY(startReceiver());
        QCOMPARE(send("POST", sample(u"ari"_s)), 200); // something else in the list
        QTRY_COMPARE(model()->rowCount(), 1);
        pickCombo(u"captureEventFilter"_s, u"ari"_s); // a filter the test's capture fails
        QVERIFY(m_console->select(HarbourWebhookId));
        m_console->window->webhookActions()->useLiveReceiverAction()->trigger();
        Gui::WebhookDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_console->openDialog<Gui::WebhookDialog>()) != nullptr);
        auto *url = dialog->findChild<QLineEdit *>(u"callbackUrlEdit"_s);
        url->setText(receiverUrl(u"/round-trip"_s).toString());
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"testButton"_s), Qt::LeftButton);
        auto *view = dialog->testResultView();
        QTRY_VERIFY_WITH_TIMEOUT(view->arrivalText().startsWith(u"Arrived"_s), 20000);
        QVERIFY2(view->arrivalText().contains(u"POST /round-trip, answered 200"_s),
                 qPrintable(view->arrivalText()));
        auto *show = view->findChild<QPushButton *>(u"showArrivalButton"_s);
        QVERIFY(show->isVisible());
        QTest::mouseClick(show, Qt::LeftButton);
        QCOMPARE(m_console->window->findChild<QTabWidget *>()->currentWidget(), panel());
        QTRY_COMPARE(listedRows(), 2); // the filter that hid it was cleared
        const QModelIndex current = panel()->list()->currentIndex();
        QVERIFY(current.isValid());
        QCOMPARE(model()->index(current.row(), CaptureListModel::Path).data().toString(),
                 u"/round-trip"_s);

        // Aimed elsewhere, nothing is looked for.
        url->setText(u"https://pms.example.com/hook"_s);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"testButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 20000);
        QCOMPARE(view->arrivalText(), QString());
        Gui::MessageBox::setNextAnswer(QMessageBox::Discard);
        dialog->reject();
    }

    // (c) Event, method, status and text narrow the list; pin, delete, and clear keeps pinned.
    void filtersPinDeleteAndClear()
    {
        QVERIFY(startReceiver());
        QCOMPARE(send("POST", sample(u"booking_new"_s)), 200);
        QCOMPARE(send("POST", sample(u"ari"_s)), 200);
        QCOMPARE(send("PUT", "plain text, not JSON", u"/other"_s), 200);
        QTRY_COMPARE(model()->rowCount(), 3);

        pickCombo(u"captureEventFilter"_s, u"ari"_s);
        QTRY_COMPARE(model()->rowCount(), 1);
        QCOMPARE(model()->index(0, CaptureListModel::Event).data().toString(), u"ari"_s);
        pickCombo(u"captureEventFilter"_s, u"*none*"_s);
        QTRY_COMPARE(model()->rowCount(), 1);
        QCOMPARE(model()->index(0, CaptureListModel::Path).data().toString(), u"/other"_s);
        child<QPushButton>(u"clearCaptureFiltersButton"_s)->click();
        QCOMPARE(listedRows(), 3);

        pickCombo(u"captureMethodFilter"_s, QByteArray("PUT"));
        QCOMPARE(listedRows(), 1);
        pickCombo(u"captureStatusFilter"_s, int(Capture::CaptureFilter::StatusClass::ServerError));
        QCOMPARE(listedRows(), 0);
        // Nothing listed, three stored: Clear All and Export still act on the store.
        QVERIFY(child<QAction>(u"clearCapturesAction"_s)->isEnabled());
        QVERIFY(child<QAction>(u"exportCapturesAction"_s)->isEnabled());
        child<QPushButton>(u"clearCaptureFiltersButton"_s)->click();

        auto *text = child<QLineEdit>(u"captureTextFilter"_s);
        QVERIFY(text->placeholderText().contains(u"body"_s));
        QVERIFY(text->placeholderText().contains(u"header"_s));
        text->setText(u"PLAIN TEXT"_s);
        QTRY_COMPARE(model()->rowCount(), 1);
        QTest::keyClick(text, Qt::Key_Escape);
        QVERIFY(text->text().isEmpty());
        QCOMPARE(listedRows(), 3);

        // Pin the booking, delete the ari, clear the rest: the booking stays.
        panel()->list()->selectRow(rowOfEvent(u"booking_new"_s));
        const qint64 bookingId = model()->idAt(rowOfEvent(u"booking_new"_s));
        const auto pinnedLineShown = [this] {
            const QList<QLabel *> marks = panel()->findChildren<QLabel *>(u"overviewMark"_s);
            return std::any_of(marks.cbegin(), marks.cend(), [](const QLabel *label) {
                return label->text().startsWith(u"Pinned"_s);
            });
        };
        QTRY_VERIFY(!panel()->findChildren<QLabel *>(u"overviewMark"_s).isEmpty());
        QVERIFY(!pinnedLineShown());
        auto *pin = child<QAction>(u"pinCaptureAction"_s);
        pin->trigger();
        QTRY_VERIFY(model()
                        ->index(rowOfEvent(u"booking_new"_s), 0)
                        .data(Qt::AccessibleTextRole)
                        .toString()
                        .contains(u"pinned"_s));
        // The detail and the toolbar follow: the Overview says so, the button says Unpin.
        QTRY_VERIFY(pinnedLineShown());
        QCOMPARE(pin->text(), u"Un&pin"_s);
        const QList<QToolButton *> buttons = panel()->findChildren<QToolButton *>();
        QVERIFY(std::any_of(buttons.cbegin(), buttons.cend(), [](const QToolButton *button) {
            return button->accessibleName() == u"Unpin"_s;
        }));
        child<QCheckBox>(u"capturePinnedFilter"_s)->setChecked(true);
        QCOMPARE(listedRows(), 1);
        child<QCheckBox>(u"capturePinnedFilter"_s)->setChecked(false);
        QCOMPARE(listedRows(), 3);

        panel()->list()->selectRow(rowOfEvent(u"ari"_s));
        Gui::MessageBox::setNextAnswer(QMessageBox::Cancel);
        child<QAction>(u"deleteCaptureAction"_s)->trigger();
        QCOMPARE(listedRows(), 3); // cancelled: nothing deleted
        Gui::MessageBox::setNextAnswer(QMessageBox::Yes);
        child<QAction>(u"deleteCaptureAction"_s)->trigger();
        QTRY_COMPARE(model()->rowCount(), 2);
        QCOMPARE(rowOfEvent(u"ari"_s), -1);

        Gui::MessageBox::setNextAnswer(QMessageBox::Yes);
        child<QAction>(u"clearCapturesAction"_s)->trigger();
        QTRY_COMPARE(model()->rowCount(), 1);
        QCOMPARE(model()->idAt(0), bookingId);
        QVERIFY(Gui::MessageBox::asked().constLast().text.contains(u"pinned"_s));
    }

    // A pin reloads the list; the selection made for it (or for Export) is still there after.
    // A pinned row's bold time and a mark beside the status are read whole, not cut.
    void pinnedTimeAndMarkedStatusFitTheirColumns()
    {
        QVERIFY(startReceiver());
        QByteArray later = sample(u"ari"_s);
        QByteArray earlier = later;
        const QByteArray stamp = QJsonDocument::fromJson(later)[u"timestamp"_s].toString().toUtf8();
        QVERIFY(!stamp.isEmpty());
        earlier.replace(stamp, "2000-01-01T00:00:00.000000");
        QCOMPARE(send("POST", later), 200);
        QCOMPARE(send("POST", earlier), 200); // the same subject, older: out of order
        QTRY_COMPARE(model()->rowCount(), 2);
        panel()->list()->selectRow(1);
        child<QAction>(u"pinCaptureAction"_s)->trigger();
        QTRY_VERIFY(model()->index(1, CaptureListModel::Time).data(Qt::FontRole).isValid());
        const QModelIndex time = model()->index(1, CaptureListModel::Time);
        const QModelIndex status = model()->index(1, CaptureListModel::Status);
        QVERIFY2(status.data().toString().contains(u"out of order"_s),
                 qPrintable(status.data().toString()));
        const QFont bold = time.data(Qt::FontRole).value<QFont>();
        QVERIFY(bold.bold());
        // Said to screen readers, shown with a pin beside the time.
        QCOMPARE(time.data(Qt::AccessibleTextRole).toString(),
                 time.data().toString() + u" (pinned)"_s);
        QVERIFY(!time.data(Qt::DecorationRole).value<QIcon>().isNull());
        const auto fits = [this](const QModelIndex &index, const QFont &font) {
            // The cell's text area: the column less the style's margins and any icon.
            const int icon = index.data(Qt::DecorationRole).isNull()
                ? 0
                : panel()->list()->style()->pixelMetric(QStyle::PM_SmallIconSize) + 4;
            const int room = panel()->list()->columnWidth(index.column()) - 8 - icon;
            return QFontMetrics(font).horizontalAdvance(index.data().toString()) <= room;
        };
        QVERIFY2(fits(time, bold), qPrintable(time.data().toString()));
        QVERIFY2(fits(status, panel()->list()->font()), qPrintable(status.data().toString()));
    }

    void selectionSurvivesAReload()
    {
        QVERIFY(startReceiver());
        QCOMPARE(send("POST", sample(u"booking_new"_s)), 200);
        QCOMPARE(send("POST", sample(u"ari"_s)), 200);
        QCOMPARE(send("POST", sample(u"booking_new"_s)), 200);
        QTRY_COMPARE(model()->rowCount(), 3);
        QItemSelectionModel *selection = panel()->list()->selectionModel();
        const auto rowRange = [this](int row) {
            return QItemSelection(model()->index(row, 0),
                                  model()->index(row, model()->columnCount() - 1));
        };
        selection->select(rowRange(0), QItemSelectionModel::ClearAndSelect);
        selection->select(rowRange(2), QItemSelectionModel::Select);
        const QList<qint64> chosen = {model()->idAt(0), model()->idAt(2)};

        child<QAction>(u"pinCaptureAction"_s)->trigger();
        QTRY_VERIFY(
            model()->index(2, 0).data(Qt::AccessibleTextRole).toString().contains(u"pinned"_s));
        QList<qint64> selected;
        for (const QModelIndex &index : selection->selectedRows())
            selected << model()->idAt(index.row());
        std::sort(selected.begin(), selected.end());
        QCOMPARE(selected, chosen);
    }

    // The Live tab and the detail tab last shown come back with the next window.
    void tabsComeBackNextTime()
    {
        auto *detailTabs = panel()->findChild<QTabWidget *>(u"captureDetailTabs"_s);
        QVERIFY(detailTabs);
        detailTabs->setCurrentIndex(detailTabs->count() - 1);
        QVERIFY(m_console->window->close());

        // The next window, as main.cpp makes it (a new Console would clear the settings).
        Gui::MainWindow next(m_console->controller.get());
        next.attachLive(m_console->store.get(), m_console->receiverService.get());
        auto *mainTabs = next.findChild<QTabWidget *>(u"mainTabs"_s);
        QCOMPARE(mainTabs->currentWidget(), static_cast<QWidget *>(next.livePanel()));
        detailTabs = next.livePanel()->findChild<QTabWidget *>(u"captureDetailTabs"_s);
        QCOMPARE(detailTabs->currentIndex(), detailTabs->count() - 1);
    }

    // A retention limit that deletes captures asks first, like Delete and Clear; a looser one
    // does not.
    void retentionThatDeletesAsksFirst()
    {
        QVERIFY(startReceiver());
        for (int n = 0; n < 3; ++n)
            QCOMPARE(send("POST", sample(u"booking_new"_s)), 200);
        QTRY_COMPARE(model()->rowCount(), 3);
        auto *count = child<QSpinBox>(u"retentionCountSpin"_s);
        Gui::MessageBox::clearAsked();

        Gui::MessageBox::setNextAnswer(QMessageBox::Cancel);
        count->setValue(1);
        QCOMPARE(count->text(), u"1 capture"_s); // not "1 captures"
        emit count->editingFinished();
        // Asked once the store has counted, off the GUI thread.
        QTRY_COMPARE(Gui::MessageBox::asked().size(), 1);
        QVERIFY2(Gui::MessageBox::asked().constFirst().text.contains(u"oldest 2 captures"_s),
                 qPrintable(Gui::MessageBox::asked().constFirst().text));
        QTRY_COMPARE(count->value(), 0); // put back: no limit
        QCOMPARE(m_console->store->retention().maxCount, 0);
        QCOMPARE(listedRows(), 3);

        Gui::MessageBox::setNextAnswer(QMessageBox::Yes);
        QTRY_VERIFY(count->isEnabled());
        count->setValue(1);
        emit count->editingFinished();
        QTRY_COMPARE(model()->rowCount(), 1);
        QCOMPARE(m_console->store->retention().maxCount, 1);

        // Looser: nothing would go, nothing is asked.
        QTRY_VERIFY(count->isEnabled());
        count->setValue(10);
        emit count->editingFinished();
        QTRY_COMPARE(m_console->store->retention().maxCount, 10);
        QCOMPARE(Gui::MessageBox::asked().size(), 2);
    }

    // Follow latest stops when the keyboard moves up the list and starts again at its end.
    void followLatestFollowsTheKeyboard()
    {
        QVERIFY(startReceiver());
        for (int n = 0; n < 80; ++n)
            QCOMPARE(send("POST", sample(u"booking_new"_s)), 200);
        QTRY_COMPARE(model()->rowCount(), 80);
        auto *follow = child<QAction>(u"followLatestAction"_s);
        QVERIFY(follow->isChecked());
        QScrollBar *scrollBar = panel()->list()->verticalScrollBar();
        QTRY_VERIFY(scrollBar->maximum() > 0);
        QTRY_COMPARE(scrollBar->value(), scrollBar->maximum());

        panel()->list()->setFocus();
        QTest::keyClick(panel()->list(), Qt::Key_Home, Qt::ControlModifier);
        QTRY_VERIFY(!follow->isChecked());
        QTRY_COMPARE(scrollBar->value(), 0);
        QCOMPARE(send("POST", sample(u"ari"_s)), 200);
        QTRY_COMPARE(model()->rowCount(), 81);
        QCOMPARE(scrollBar->value(), 0); // left where the reader is

        QTest::keyClick(panel()->list(), Qt::Key_End, Qt::ControlModifier);
        QTRY_VERIFY(follow->isChecked());
        QCOMPARE(send("POST", sample(u"ari"_s)), 200);
        QTRY_COMPARE(model()->rowCount(), 82);
        QTRY_COMPARE(scrollBar->value(), scrollBar->maximum());
    }

    // (d) Pause holds new rows and says how many; Resume shows them.
    void pauseHoldsAndResumeShows()
    {
        QVERIFY(startReceiver());
        QCOMPARE(send("POST", sample(u"booking_new"_s)), 200);
        QTRY_COMPARE(model()->rowCount(), 1);
        child<QToolButton>(u"pauseCapturesButton"_s)->click();
        QVERIFY(child<QToolButton>(u"pauseCapturesButton"_s)->isChecked());
        QVERIFY(panel()->isPaused());
        QCOMPARE(send("POST", sample(u"ari"_s)), 200);
        QCOMPARE(send("POST", sample(u"message_new"_s)), 200);
        auto *resume = child<QToolButton>(u"resumeCapturesButton"_s);
        QTRY_COMPARE(resume->text(), u"2 new — Resume"_s);
        QVERIFY(resume->isVisible());
        QCOMPARE(listedRows(), 1);
        resume->click();
        QCOMPARE(listedRows(), 3);
        QTRY_VERIFY(!resume->isVisible());
        QVERIFY(!panel()->isPaused());
    }

    // An empty list says why: nothing captured yet, held by Pause, or a filter that matches
    // nothing (with a button that clears it). The count sits under the list.
    void emptyListSaysWhy()
    {
        auto *state = panel()->findChild<Gui::ViewStateOverlay *>(u"captureListState"_s);
        QVERIFY(state);
        auto *count = child<QLabel>(u"captureCountLabel"_s);
        QCOMPARE(state->title(), u"No captures yet"_s);
        QCOMPARE(count->text(), u"0 captures listed"_s);
        // It stays centred on the list when the empty list's columns are scrolled sideways.
        m_console->window->resize(800, 600);
        QScrollBar *sideways = panel()->list()->horizontalScrollBar();
        QTRY_VERIFY(sideways->maximum() > 0);
        sideways->setValue(sideways->maximum());
        QCOMPARE(state->geometry(), panel()->list()->viewport()->rect());

        QVERIFY(startReceiver());
        QCOMPARE(state->title(), u"Waiting for the first request"_s);
        QVERIFY(state->text().contains(receiverUrl(u"/"_s).toString()));
        // Held by Pause, behind a filter too: the pause is what keeps the list empty.
        auto *text = child<QLineEdit>(u"captureTextFilter"_s);
        text->setText(u"booking"_s);
        QTRY_COMPARE(model()->filter().text, u"booking"_s);
        QTRY_VERIFY(!model()->isSearching());
        QCOMPARE(state->title(), u"No capture matches the filter"_s);
        panel()->setPaused(true);
        QCOMPARE(send("POST", sample(u"booking_new"_s)), 200);
        QTRY_COMPARE(state->title(), u"The list is paused"_s);
        QCOMPARE(state->text(), u"1 capture arrived since. Resume lists them."_s);
        QCOMPARE(listedRows(), 0);
        QTest::keyClick(text, Qt::Key_Escape);
        QTRY_VERIFY(model()->filter().isEmpty());
        QTRY_VERIFY(!model()->isSearching());
        panel()->setPaused(false);
        QTRY_COMPARE(model()->rowCount(), 1);
        QCOMPARE(state->title(), QString());
        QCOMPARE(count->text(), u"1 capture listed"_s);

        child<QLineEdit>(u"captureTextFilter"_s)->setText(u"no such text anywhere"_s);
        QTRY_COMPARE(state->title(), u"No capture matches the filter"_s);
        QCOMPARE(count->text(), u"0 captures listed"_s);
        auto *clear = state->findChild<QPushButton *>(u"viewStateAction"_s);
        QVERIFY(clear->isVisible());
        QCOMPARE(clear->accessibleName(), u"Clear filters"_s);
        clear->click();
        QTRY_COMPARE(model()->rowCount(), 1);
        QVERIFY(child<QLineEdit>(u"captureTextFilter"_s)->text().isEmpty());
        QCOMPARE(state->title(), QString());
    }

    // On an 800 px screen, in German (the longest texts), Follow, Pause and Resume stay on the
    // toolbar; only row actions (also in the context and Captures menus) may overflow.
    void liveControlsStayOnTheToolbarAtEightHundredPixels()
    {
        const auto english
            = qScopeGuard([] { I18n::installTranslations(qApp, QLocale(QLocale::English)); });
        QVERIFY(I18n::installTranslations(qApp, QLocale(u"de"_s)));
        m_console->window->resize(800, 600);
        panel()->setPaused(true);
        auto *resume = child<QToolButton>(u"resumeCapturesButton"_s);
        QTRY_VERIFY(resume->text().contains(u"Fortsetzen"_s));
        QVERIFY(m_console->window->width() <= 800);
        // Wait for the toolbar's layout: its overflow button shows once the buttons do not fit.
        auto *bar = child<QToolBar>(u"captureToolBar"_s);
        auto *more = bar->findChild<QToolButton *>(u"qt_toolbar_ext_button"_s);
        QVERIFY(more);
        QTRY_VERIFY(more->isVisible());
        QVERIFY(resume->isVisible());
        QVERIFY(child<QToolButton>(u"followLatestButton"_s)->isVisible());
        QVERIFY(child<QToolButton>(u"pauseCapturesButton"_s)->isVisible());
    }

    // The webhook actions leave the toolbar on the Live tab (its "Delete…" would delete a
    // webhook while a capture is selected) and come back on the Webhooks tab, Enable and Disable
    // among them.
    void webhookToolbarIsTheWebhooksTabs()
    {
        auto *bar = child<QToolBar>(u"webhookToolBar"_s);
        QVERIFY(!bar->isVisible());
        child<QTabWidget>(u"mainTabs"_s)->setCurrentIndex(0);
        QVERIFY(bar->isVisible());
        QStringList names;
        for (QAction *action : bar->actions())
            names << action->objectName();
        QVERIFY2(names.contains(u"enableWebhooksAction"_s)
                     && names.contains(u"disableWebhooksAction"_s),
                 qPrintable(names.join(u", "_s)));
        m_console->window->showLiveTab();
        QVERIFY(!bar->isVisible());
    }

    // On an 800×600 screen the whole window fits, status bar included, on both tabs with the
    // receiver running, in English and in German (the longest texts). Offscreen windows have no
    // frame: 800×560 leaves room for a title bar.
    void fitsAnEightHundredBySixHundredScreen_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << u"en"_s;
        QTest::newRow("de") << u"de"_s;
    }

    void fitsAnEightHundredBySixHundredScreen()
    {
        QFETCH(QString, language);
        const auto english
            = qScopeGuard([] { I18n::installTranslations(qApp, QLocale(QLocale::English)); });
        QVERIFY(I18n::installTranslations(qApp, QLocale(language)));
        QVERIFY(startReceiver());
        for (const bool live : {true, false}) {
            if (live)
                m_console->window->showLiveTab();
            else
                child<QTabWidget>(u"mainTabs"_s)->setCurrentIndex(0);
            const QSize minimum
                = m_console->window->minimumSizeHint().expandedTo(m_console->window->minimumSize());
            QVERIFY2(minimum.width() <= 800 && minimum.height() <= 560,
                     qPrintable(u"%1 tab: %2×%3"_s.arg(live ? u"Live"_s : u"Webhooks"_s)
                                    .arg(minimum.width())
                                    .arg(minimum.height())));
        }
    }

    // Given room (1280 pixels, German), the event filter shows its whole text, the count
    // included; at 800 pixels the window still fits (fitsAnEightHundredBySixHundredScreen).
    void filtersShowTheirWholeTextGivenRoom()
    {
        const auto english
            = qScopeGuard([] { I18n::installTranslations(qApp, QLocale(QLocale::English)); });
        QVERIFY(I18n::installTranslations(qApp, QLocale(u"de"_s)));
        m_console->window->showLiveTab();
        m_console->window->resize(1280, 720);
        // A big history's counts, as LiveStats hands them over.
        auto *bar = child<Gui::CaptureFilterBar>(u"captureFilterBar"_s);
        bar->setEventCounts({{u"booking_new"_s, 250000}, {u"ari"_s, 50000}});
        auto *events = child<QComboBox>(u"captureEventFilter"_s);
        QVERIFY2(events->currentText().startsWith(u"Alle Ereignisse (300"_s),
                 qPrintable(events->currentText()));
        for (const QString &name :
             {u"captureEventFilter"_s, u"captureMethodFilter"_s, u"captureStatusFilter"_s}) {
            auto *combo = child<QComboBox>(name);
            QStyleOptionComboBox option;
            option.initFrom(combo);
            const QSize text(combo->fontMetrics().horizontalAdvance(combo->currentText()),
                             combo->fontMetrics().height());
            QTRY_VERIFY2(combo->width()
                             >= combo->style()
                                    ->sizeFromContents(QStyle::CT_ComboBox, &option, text, combo)
                                    .width(),
                         qPrintable(combo->currentText()));
        }
    }

    // Beside a chart as low as an 800×600 window makes it, the counts of every event scroll
    // rather than being cut after the sixth, and each line is whole, its number included.
    void everyEventCountCanBeReadBesideALowChart()
    {
        Gui::DeliveryChart chart;
        QList<Capture::EventCount> counts;
        counts.append({QString(), 29});
        QStringList events;
        for (const Payloads::EventInfo &info : Payloads::EventCatalog::events())
            events << info.name;
        for (qsizetype i = 0; i < events.size(); ++i)
            counts.append({events.at(i), 28 - i});
        chart.setData({}, counts, QDateTime::currentDateTimeUtc());
        chart.resize(700, 100);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        auto *scroll = chart.findChild<QScrollArea *>(u"eventCountsScroll"_s);
        QVERIFY(scroll);
        auto *label = chart.findChild<QLabel *>(u"eventCountsLabel"_s);
        QVERIFY(label->text().contains(events.constLast()));
        QTRY_VERIFY(scroll->verticalScrollBar()->isVisible());
        scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
        // Scrolled to the end, the label's last line is in view.
        QVERIFY(label->height() >= label->sizeHint().height());
        QVERIFY(label->width() >= label->sizeHint().width()); // the counts, not only the names
        QVERIFY(label->mapTo(scroll->viewport(), QPoint(0, label->height())).y()
                <= scroll->viewport()->height());
    }

    // (e) A port in use: the banner says why, nothing runs.
    void portInUseIsShown()
    {
        QTcpServer occupier;
        QVERIFY(occupier.listen(QHostAddress::LocalHost));
        child<QSpinBox>(u"receiverPortSpin"_s)->setValue(occupier.serverPort());
        child<QPushButton>(u"receiverStartButton"_s)->click();
        QVERIFY(!m_console->receiver->isRunning());
        auto *banner = child<Gui::MessageBanner>(u"receiverErrorBanner"_s);
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QString::number(occupier.serverPort()))
                     || banner->text().contains(u"in use"_s),
                 qPrintable(banner->text()));
        QVERIFY(!m_console->window->webhookActions()->useLiveReceiverAction()->isEnabled());
        occupier.close();
        child<QPushButton>(u"receiverStartButton"_s)->click();
        QTRY_VERIFY(m_console->receiver->isRunning());
        QVERIFY(!banner->isVisible());
    }

    // Any address other than loopback is a choice with a visible warning; settings persist.
    void bindAddressWarnsAndSettingsPersist()
    {
        auto *warning = child<Gui::MessageBanner>(u"bindAddressWarning"_s);
        QVERIFY(!warning->isVisible());
        pickCombo(u"receiverAddressCombo"_s, u"0.0.0.0"_s);
        QVERIFY(warning->isVisible());
        child<QLineEdit>(u"receiverPublicUrlEdit"_s)->setText(u"https://tunnel.example.com/hook"_s);
        setSecretName(u"X-Channex-Webhook-Secret"_s);
        auto *secret = child<QLineEdit>(u"secretHeaderValueEdit"_s);
        secret->setText(u"s3cret-value"_s);
        emit secret->editingFinished();
        QCOMPARE(secret->echoMode(), QLineEdit::Password);
        QSettings settings;
        settings.sync();
        QCOMPARE(settings.value(Session::SettingsKeys::ReceiverBindAddress).toString(),
                 u"0.0.0.0"_s);
        QCOMPARE(settings.value(Session::SettingsKeys::ReceiverPublicUrl).toString(),
                 u"https://tunnel.example.com/hook"_s);
        // The value is in the (memory) keychain, in no settings key.
        for (const QString &key : settings.allKeys())
            QVERIFY2(!settings.value(key).toString().contains(u"s3cret-value"_s), qPrintable(key));
        std::optional<QString> kept;
        m_console->controller->secrets()->readKey(
            Session::SettingsKeys::LiveSecretId, this,
            [&kept](const Session::SecretStore::ReadResult &r) { kept = r.key; });
        QTRY_VERIFY(kept.has_value());
        QCOMPARE(*kept, u"s3cret-value"_s);
    }

    // A request without the secret is answered 401 and still listed, marked.
    void secretMismatchIsMarked()
    {
        setSecretName(u"X-Secret"_s);
        child<QLineEdit>(u"secretHeaderValueEdit"_s)->setText(u"right"_s);
        QVERIFY(startReceiver());
        QCOMPARE(send("POST", sample(u"ari"_s), u"/channex"_s, {{"X-Secret", "wrong"}}), 401);
        QCOMPARE(send("POST", sample(u"booking_new"_s), u"/channex"_s, {{"X-Secret", "right"}}),
                 200);
        QTRY_COMPARE(model()->rowCount(), 2);
        const QString status = model()->index(0, CaptureListModel::Status).data().toString();
        QVERIFY2(status.contains(u"401"_s) && status.contains(u"secret"_s), qPrintable(status));
        child<QCheckBox>(u"captureMarkedFilter"_s)->setChecked(true);
        QCOMPARE(listedRows(), 1);
    }

    // A secret header name no request can carry is said in words at the field, and the receiver
    // does not run as if the check were on: it does not start, and a running one stops.
    void secretHeaderThatIsNoHeaderNameKeepsTheReceiverOff()
    {
        auto *problem = child<Gui::MessageBanner>(u"secretHeaderProblem"_s);
        auto *error = child<Gui::MessageBanner>(u"receiverErrorBanner"_s);
        setSecretName(u"X Secret"_s);
        child<QLineEdit>(u"secretHeaderValueEdit"_s)->setText(u"right"_s);
        QVERIFY(problem->isVisible());
        QVERIFY2(
            problem->text().contains(u"“X Secret” is not a header name: it contains a space"_s),
            qPrintable(problem->text()));
        child<QPushButton>(u"receiverStartButton"_s)->click();
        QVERIFY(!m_console->receiver->isRunning());
        QVERIFY2(error->isVisible() && error->text().contains(u"did not start"_s),
                 qPrintable(error->text()));

        setSecretName(u"X-Secret"_s); // now a header name: it starts, and the check applies
        QVERIFY(!problem->isVisible());
        QVERIFY(startReceiver());
        QVERIFY(!error->isVisible());
        QCOMPARE(send("POST", sample(u"ari"_s)), 401);

        setSecretName(u"X-Secret:"_s); // broken while running: the receiver stops, and says why
        QVERIFY(!m_console->receiver->isRunning());
        QVERIFY2(error->isVisible() && error->text().contains(u"stopped"_s),
                 qPrintable(error->text()));
        QVERIFY(problem->text().contains(u"it contains “:”"_s));
    }

    // A name without a value checks nothing yet, and says so.
    void secretHeaderWithoutValueSaysTheCheckIsOff()
    {
        setSecretName(u"X-Secret"_s);
        auto *problem = child<Gui::MessageBanner>(u"secretHeaderProblem"_s);
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(u"answered 200"_s), qPrintable(problem->text()));
        child<QLineEdit>(u"secretHeaderValueEdit"_s)->setText(u"v"_s);
        QVERIFY(!problem->isVisible());
    }

    // Copy as cURL, export through the export dialog, replay opens its dialog.
    void copyExportAndReplay()
    {
        QVERIFY(startReceiver());
        QCOMPARE(send("POST", sample(u"booking_new"_s)), 200);
        QCOMPARE(send("POST", sample(u"ari"_s)), 200);
        QTRY_COMPARE(model()->rowCount(), 2);
        panel()->list()->selectRow(0);

        QApplication::clipboard()->clear();
        child<QAction>(u"copyCurlAction"_s)->trigger();
        // Read off the GUI thread, then copied.
        QTRY_VERIFY(!QApplication::clipboard()->text().isEmpty());
        const QString command = QApplication::clipboard()->text();
        QVERIFY2(command.startsWith(u"curl"_s) && command.contains(u"/channex"_s),
                 qPrintable(command));
        // The status bar names the capture as the list shows it: its event and time.
        const QString said = m_console->window->statusBar()->currentMessage();
        QVERIFY2(said.contains(u"booking_new of "_s + model()->index(0, 0).data().toString()),
                 qPrintable(said));

        child<QAction>(u"exportCapturesAction"_s)->trigger();
        Gui::ExportCapturesDialog *exportDialog = nullptr;
        QTRY_VERIFY((exportDialog = m_console->openDialog<Gui::ExportCapturesDialog>()) != nullptr);
        exportDialog->setScope(Gui::ExportCapturesDialog::Scope::All);
        // Counted off the GUI thread first.
        QTRY_VERIFY(exportDialog->findChild<QPushButton *>(u"exportButton"_s)->isEnabled());
        const QString file = m_console->dataDir->filePath(u"out.jsonl"_s);
        Gui::FileDialog::setNextFileName(file);
        exportDialog->startExport();
        QTRY_VERIFY(!m_console->openDialog<Gui::ExportCapturesDialog>());
        QFile exported(file);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        QCOMPARE(exported.readAll().count('\n'), 2);

        child<QAction>(u"replayCaptureAction"_s)->trigger();
        Gui::ReplayDialog *replay = nullptr;
        QTRY_VERIFY((replay = m_console->openDialog<Gui::ReplayDialog>()) != nullptr);
        replay->reject();
    }

    // "Use live receiver" puts the public URL, else the local one, into the dialog.
    void useLiveReceiverFillsTheCallbackUrl()
    {
        QAction *useLive = m_console->window->webhookActions()->useLiveReceiverAction();
        QVERIFY(m_console->select(HarbourWebhookId));
        QVERIFY(!useLive->isEnabled());
        QVERIFY(startReceiver());
        QVERIFY(useLive->isEnabled());
        useLive->trigger();
        Gui::WebhookDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_console->openDialog<Gui::WebhookDialog>()) != nullptr);
        auto *url = dialog->findChild<QLineEdit *>(u"callbackUrlEdit"_s);
        QCOMPARE(url->text(), receiverUrl(u"/"_s).toString());
        // The URL it replaces stays in sight until Save.
        auto *note = dialog->findChild<QLabel *>(u"callbackUrlMessage"_s);
        QVERIFY(note->isVisible());
        QVERIFY2(note->text().startsWith(u"Replaces https://"_s), qPrintable(note->text()));
        auto *button = dialog->findChild<QPushButton *>(u"useLiveReceiverButton"_s);
        QVERIFY(button->isEnabled());
        child<QLineEdit>(u"receiverPublicUrlEdit"_s)->setText(u"https://abc.trycloudflare.com/"_s);
        url->clear();
        button->click();
        QCOMPARE(url->text(), u"https://abc.trycloudflare.com/"_s);
        // A public URL that is no callback URL is not used: the local URL takes its place.
        child<QLineEdit>(u"receiverPublicUrlEdit"_s)->setText(u"not a url"_s);
        url->clear();
        button->click();
        QCOMPARE(url->text(), receiverUrl(u"/"_s).toString());
        QVERIFY(child<QLineEdit>(u"receiverPublicUrlEdit"_s)->toolTip().startsWith(u"Not used:"_s));
        // Said in words in the Live tab and on the button, not only by a red field.
        auto *publicProblem = child<Gui::MessageBanner>(u"publicUrlProblem"_s);
        QVERIFY(publicProblem->isVisible());
        QVERIFY2(publicProblem->text().contains(u"public URL is not used"_s),
                 qPrintable(publicProblem->text()));
        QVERIFY2(button->toolTip().contains(u"local URL"_s), qPrintable(button->toolTip()));
        child<QLineEdit>(u"receiverPublicUrlEdit"_s)->clear();
        QVERIFY(!publicProblem->isVisible());
        child<QPushButton>(u"receiverStartButton"_s)->click(); // stop
        QVERIFY(!button->isEnabled());
        QVERIFY(button->toolTip().contains(u"Start the receiver"_s));
        Gui::MessageBox::setNextAnswer(QMessageBox::Discard);
        dialog->reject();
    }
};

QTEST_MAIN(TestLivePanel)
#include "test_live_panel.moc"
