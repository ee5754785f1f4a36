// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The capture detail view: each tab shows a capture the way an integrator reads it, and a
// 10 MB body neither blocks showCapture() nor builds its tree before it is expanded.
#include "app/capture/CaptureStore.h"
#include "app/i18n/Translations.h"
#include "app/payloads/PayloadCheck.h"
#include "app/payloads/SamplePayloads.h"
#include "tests/gui/GuiTestSupport.h"
#include "ui/live/detail/BodyTab.h"
#include "ui/live/detail/CaptureDetailView.h"
#include "ui/live/detail/DetailWorkers.h"
#include "ui/live/detail/HeadersTab.h"
#include "ui/live/detail/HexDumpModel.h"
#include "ui/live/detail/JsonHighlighter.h"
#include "ui/live/detail/JsonTreeModel.h"
#include "ui/live/detail/OverviewTab.h"
#include "ui/live/detail/PairTable.h"
#include "ui/live/detail/QueryTab.h"
#include "ui/live/detail/RawTab.h"
#include "ui/live/detail/ResponseTab.h"
#include "ui/live/detail/TreeTab.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScopeGuard>
#include <QScrollArea>
#include <QScrollBar>
#include <QSemaphore>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QThreadPool>
#include <QTranslator>
#include <QTreeView>

using namespace Qt::StringLiterals;
using Gui::CaptureDetailView;

namespace {

const QString PropertyId = u"90958ec0-9713-1396-873e-4add0d834670"_s;

// A request as the HTTP core keeps it: request line, headers and body in rawBytes.
Capture::CaptureRecord request(const QByteArray &body, const QByteArray &target = "/hook")
{
    Capture::CaptureRecord record;
    record.id = 7;
    record.receivedAt = QDateTime(QDate(2026, 11, 30), QTime(14, 5, 6, 789), Qt::UTC);
    record.durationUs = 1500;
    record.method = "POST";
    record.target = target;
    record.headers = {{"Host", "127.0.0.1:8088"},
                      {"Content-Type", "application/json"},
                      {"X-Trace", "first"},
                      {"x-trace", " second "},
                      {"Content-Length", QByteArray::number(body.size())}};
    QByteArray raw = "POST " + target + " HTTP/1.1\r\n";
    for (const auto &[name, value] : std::as_const(record.headers))
        raw += name + ':' + value + "\r\n";
    record.rawBytes = raw + "\r\n" + body;
    record.body = body;
    record.peerAddress = u"127.0.0.1"_s;
    record.peerPort = 50123;
    record.connectionId = 42;
    record.status = 200;
    record.responseHeaders = {{"Content-Type", "application/json"}, {"Content-Length", "11"}};
    record.responseBody = R"({"ok":true})";
    // What CaptureRecord::fromRequest recognises in a Channex payload.
    const Payloads::PayloadCheckResult check = Payloads::PayloadCheck::check(body);
    record.event = check.event;
    record.propertyId = check.propertyId;
    record.userId = check.userId;
    record.payloadTimestamp = check.timestamp;
    return record;
}

QByteArray bigJson(qsizetype atLeast)
{
    QByteArray json
        = R"({"event":"ari","property_id":")" + PropertyId.toUtf8() + R"(","payload":[)";
    for (int i = 0; json.size() < atLeast; ++i) {
        if (i > 0)
            json += ',';
        json += R"({"date":"2026-12-)" + QByteArray::number(i % 28 + 1) + R"(","rate":)"
            + QByteArray::number(100 + i % 50) + R"(.5,"closed":false,"note":null,"room":")"
            + QByteArray::number(i) + "\"}";
    }
    return json + "]}";
}

// Marks every string it is asked for, so a test sees which texts were translated again.
class MarkingTranslator final : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char * = nullptr,
                      int = -1) const override
    {
        return QString::fromLatin1(context).startsWith("Gui::"_L1)
            ? u"[%1]"_s.arg(QString::fromUtf8(sourceText))
            : QString();
    }
};

QString pairAt(const Gui::PairTable *table, int row)
{
    return table->item(row, 0)->text() + u'=' + table->item(row, 1)->text();
}

} // namespace

class TestCaptureDetail final : public QObject
{
    Q_OBJECT

private slots:

    void emptyUntilACaptureIsShown()
    {
        CaptureDetailView view;
        QVERIFY(view.isEmpty());
        QCOMPARE(view.emptyText(), u"Select a capture to see it."_s);
        view.showCapture(request("{}"));
        QVERIFY(!view.isEmpty());
        QCOMPARE(view.captureId(), 7);
        view.clear();
        QVERIFY(view.isEmpty());
    }

    void overviewNamesTheEventAndPropertyOfABookingSample()
    {
        CaptureDetailView view;
        view.setPropertyNames({{PropertyId, u"Hotel Alpina"_s}});
        const QByteArray body = Payloads::SamplePayloads::sample(u"booking"_s).json;
        view.showCapture(request(body));
        const Gui::OverviewTab *overview = view.overviewTab();
        QVERIFY(overview->fieldText(u"overviewEvent"_s).startsWith(u"booking — "_s));
        QCOMPARE(overview->fieldText(u"overviewProperty"_s),
                 u"Hotel Alpina (%1)"_s.arg(PropertyId));
        QCOMPARE(overview->fieldText(u"overviewTimestamp"_s), u"2021-12-24T00:00:00.0000Z"_s);
        QCOMPARE(overview->fieldText(u"overviewUser"_s), u"—"_s);
        QVERIFY(overview->fieldText(u"overviewReceived"_s).contains(u".789"_s));
        QCOMPARE(overview->fieldText(u"overviewStatus"_s), u"200 OK"_s);
        QVERIFY(overview->fieldText(u"overviewPeer"_s).contains(u"connection 42"_s));
        QVERIFY(overview->checkDone());
        QVERIFY(overview->checkPassed());
        QCOMPARE(overview->checkText(), u"The body has the documented fields of “booking”."_s);
        QCOMPARE(overview->markSentences(), QStringList {u"None"_s});
    }

    // The detail pane of an 800-pixel window is about 330 pixels wide: in German, with an
    // event's long description and a property's id, the overview scrolls down, never sideways,
    // and no value is cut.
    void overviewFitsANarrowPaneInGerman()
    {
        const auto english
            = qScopeGuard([] { I18n::installTranslations(qApp, QLocale(QLocale::English)); });
        QVERIFY(I18n::installTranslations(qApp, QLocale(u"de"_s)));
        CaptureDetailView view;
        view.setPropertyNames({{PropertyId, u"Harbour View Hotel"_s}});
        view.showCapture(request(Payloads::SamplePayloads::sample(u"ari"_s).json));
        view.resize(330, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *scroll = view.overviewTab()->findChild<QScrollArea *>(u"overviewScroll"_s);
        QVERIFY(scroll);
        QTRY_VERIFY(scroll->widget()->width() <= scroll->viewport()->width());
        QVERIFY(!scroll->horizontalScrollBar()->isVisible());
        for (const char *name : {"overviewEvent", "overviewProperty", "overviewPeer"}) {
            auto *value = view.overviewTab()->findChild<QLabel *>(QString::fromLatin1(name));
            QVERIFY(value);
            const QRect inContent(value->mapTo(scroll->widget(), QPoint(0, 0)), value->size());
            QVERIFY2(inContent.right() < scroll->viewport()->width(), name);
            QVERIFY2(value->height() >= value->heightForWidth(value->width()), name);
        }
    }

    void overviewNamesAMissingField()
    {
        CaptureDetailView view;
        QByteArray body = Payloads::SamplePayloads::sample(u"booking"_s).json;
        const qsizetype line = body.indexOf("    \"revision_id\"");
        QVERIFY(line > 0);
        body.remove(line, body.indexOf('\n', line) + 1 - line);
        body.replace("4add0d834670\",\n  }", "4add0d834670\"\n  }"); // keep it valid JSON
        view.showCapture(request(body));
        const Gui::OverviewTab *overview = view.overviewTab();
        QVERIFY(!overview->checkPassed());
        QVERIFY2(
            overview->checkText().contains(u"Missing documented fields: “payload.revision_id”"_s),
            qPrintable(overview->checkText()));
    }

    void overviewStatesTheMarks()
    {
        CaptureDetailView view;
        Capture::CaptureRecord record = request("not json");
        record.marks = Capture::Mark::Duplicate | Capture::Mark::OutOfOrder | Capture::Mark::Pinned;
        view.showCapture(record);
        const QStringList marks = view.overviewTab()->markSentences();
        QCOMPARE(marks.size(), 3);
        QVERIFY(marks[0].startsWith(u"Duplicate"_s));
        QVERIFY(marks[1].startsWith(u"Out of order"_s));
        QVERIFY(marks[2].startsWith(u"Pinned"_s));
        QCOMPARE(view.overviewTab()->fieldText(u"overviewEvent"_s), u"Not a Channex payload"_s);

        record.marks = Capture::Mark::Rejected;
        record.note = u"The header section is larger than 16 KB."_s;
        record.status = 431;
        view.showCapture(record);
        QCOMPARE(view.overviewTab()->markSentences(),
                 QStringList {u"Rejected by the receiver: The header section is larger than "
                              "16 KB."_s});
        QCOMPARE(view.overviewTab()->fieldText(u"overviewStatus"_s),
                 u"431 Request Header Fields Too Large"_s);
    }

    void headersKeepOrderAndDuplicates()
    {
        CaptureDetailView view;
        view.showCapture(request("{}"));
        const Gui::PairTable *table = view.headersTab()->table();
        QCOMPARE(table->rowCount(), 5);
        QCOMPARE(pairAt(table, 0), u"Host=127.0.0.1:8088"_s);
        QCOMPARE(pairAt(table, 2), u"X-Trace=first"_s);
        QCOMPARE(pairAt(table, 3), u"x-trace= second "_s);
        QVERIFY(table->selectedText().contains(u"X-Trace: first\nx-trace:  second "_s));
        QVERIFY(view.headersTab()->trailersTable()->isHidden()); // not chunked: no trailers
    }

    // The trailer fields of a chunked body show below the headers, read from the raw bytes.
    void trailersOfAChunkedBodyAreShown()
    {
        Capture::CaptureRecord record;
        record.method = "POST";
        record.target = "/hook";
        record.headers = {{"Host", "a"}, {"Transfer-Encoding", "chunked"}};
        record.body = "{}";
        record.rawBytes = "POST /hook HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n"
                          "2\r\n{}\r\n0\r\nX-Checksum: 99\r\nX-Done: yes\r\n\r\n";
        record.status = 200;
        CaptureDetailView view;
        view.show();
        view.showCapture(record);
        const Gui::PairTable *trailers = view.headersTab()->trailersTable();
        QVERIFY(!trailers->isHidden()); // shown, though the Headers tab is not the current one
        QCOMPARE(trailers->rowCount(), 2);
        QCOMPARE(pairAt(trailers, 0), u"X-Checksum=99"_s);
        QCOMPARE(pairAt(trailers, 1), u"X-Done=yes"_s);
        QCOMPARE(view.headersTab()->table()->rowCount(), 2);
    }

    void queryIsDecoded()
    {
        CaptureDetailView view;
        view.showCapture(request("{}", "/hook?token=a%20b&x=1&x=2"));
        const Gui::PairTable *table = view.queryTab()->table();
        QCOMPARE(table->rowCount(), 3);
        QCOMPARE(pairAt(table, 0), u"token=a b"_s);
        QCOMPARE(pairAt(table, 2), u"x=2"_s);
        QVERIFY(view.queryTab()->emptyText().isEmpty());

        view.showCapture(request("{}"));
        QCOMPARE(view.queryTab()->table()->rowCount(), 0);
        QCOMPARE(view.queryTab()->emptyText(), u"The request target has no query parameters."_s);
    }

    void bodyIsPrettyAndHighlighted()
    {
        CaptureDetailView view;
        view.show();
        view.showCapture(request(R"({"b":1,"a":[true,null,"x"],"e":{}})"));
        const Gui::BodyTab *body = view.bodyTab();
        QCOMPARE(body->kind(), Gui::JsonText::BodyKind::Json);
        // Keys keep their order (QJsonDocument would sort them).
        QCOMPARE(body->text(),
                 u"{\n  \"b\": 1,\n  \"a\": [\n    true,\n    null,\n    \"x\"\n  ],\n"
                 "  \"e\": {}\n}"_s);
        const Gui::JsonHighlighter *highlighter = body->highlighter();
        QVERIFY(highlighter);
        const QTextBlock line = body->editor()->document()->findBlockByNumber(1); // "b": 1,
        const auto formatAt = [&](int column) {
            for (const QTextLayout::FormatRange &range : line.layout()->formats()) {
                if (column >= range.start && column < range.start + range.length)
                    return range.format;
            }
            return QTextCharFormat();
        };
        using Role = Gui::JsonHighlighter::Role;
        QCOMPARE(formatAt(2).foreground(), highlighter->format(Role::Key).foreground());
        QCOMPARE(formatAt(7).foreground(), highlighter->format(Role::Number).foreground());
        QVERIFY(highlighter->format(Role::Key).foreground()
                != highlighter->format(Role::Number).foreground());
    }

    void treeIsLazy()
    {
        CaptureDetailView view;
        view.show();
        view.tabs()->setCurrentIndex(CaptureDetailView::Tree);
        view.showCapture(request(Payloads::SamplePayloads::sample(u"booking"_s).json));
        Gui::JsonTreeModel *model = view.treeTab()->model();
        QCOMPARE(model->rowCount(), 5);
        QCOMPARE(model->index(1, 0).data().toString(), u"payload"_s);
        const QModelIndex payload = model->index(1, 0);
        QVERIFY(model->hasChildren(payload));
        QCOMPARE(model->rowCount(payload), 0); // not made before it is expanded
        const qsizetype before = model->nodeCount();
        view.treeTab()->view()->expand(payload);
        QTRY_COMPARE(model->rowCount(payload), 3);
        QCOMPARE(model->nodeCount(), before + 3);
        const QModelIndex revision = model->index(2, 0, payload);
        QCOMPARE(model->path(revision), u"payload.revision_id"_s);
        QCOMPARE(model->index(2, Gui::JsonTreeModel::TypeColumn, payload).data().toString(),
                 u"string"_s);
        view.treeTab()->copyValue(revision);
        QCOMPARE(QApplication::clipboard()->text(), u"80b3b60c-5e24-35c5-ad1b-da67cd704093"_s);
        view.treeTab()->copyPath(revision);
        QCOMPARE(QApplication::clipboard()->text(), u"payload.revision_id"_s);
        // The tester fetches everything it can reach, so it comes last.
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void binaryBodyIsAHexDump()
    {
        CaptureDetailView view;
        QByteArray body("\x00\x01\x02\xff\x00", 5);
        body += QByteArray(40, 'A');
        const Capture::CaptureRecord record = request(body);
        view.showCapture(record);
        const Gui::RawTab *raw = view.rawTab();
        QVERIFY(raw->isHexShown());
        QVERIFY(!raw->canShowText());
        const qsizetype n = record.rawBytes.size();
        QCOMPARE(raw->hexModel()->rowCount(), int((n + 15) / 16));
        QCOMPARE(
            raw->hexModel()->rowText(0),
            u"00000000  50 4f 53 54 20 2f 68 6f  6f 6b 20 48 54 54 50 2f  |POST /hook HTTP/|"_s);
        QCOMPARE(view.bodyTab()->kind(), Gui::JsonText::BodyKind::Binary);
        QVERIFY(view.bodyTab()->note().contains(u"Raw tab"_s));
    }

    void latin1TextIsShownAsHex()
    {
        CaptureDetailView view;
        view.showCapture(request("caf\xe9 cr\xe8me"));
        QVERIFY(view.rawTab()->isHexShown());
        QCOMPARE(view.bodyTab()->kind(), Gui::JsonText::BodyKind::Binary);

        view.showCapture(request("plain text, not JSON"));
        QVERIFY(!view.rawTab()->isHexShown());
        // The editor shows each CR LF as a line break.
        QVERIFY(view.rawTab()->text().startsWith(u"POST /hook HTTP/1.1"_s));
        QVERIFY(view.rawTab()->text().endsWith(u"\n\nplain text, not JSON"_s));
        QCOMPARE(view.bodyTab()->text(), u"plain text, not JSON"_s);
        QCOMPARE(view.bodyTab()->note(), u"Not JSON: the text as received."_s);
        view.rawTab()->setHexShown(true);
        QVERIFY(view.rawTab()->isHexShown());
    }

    // The Raw tab's text is filled in when the tab is seen, not for every capture selected
    // while another tab is open.
    void rawTextWaitsUntilItIsSeen()
    {
        CaptureDetailView view;
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.tabs()->setCurrentIndex(0);
        view.showCapture(request("plain text, not JSON"));
        auto *edit = view.rawTab()->findChild<QPlainTextEdit *>();
        QVERIFY(edit);
        QVERIFY(edit->document()->isEmpty());
        view.tabs()->setCurrentWidget(view.rawTab());
        QTRY_VERIFY(edit->toPlainText().endsWith(u"plain text, not JSON"_s));
    }

    void responseShowsWhatWeAnswered()
    {
        CaptureDetailView view;
        Capture::CaptureRecord record = request("{}");
        record.id = 7;
        record.status = 201;
        record.receivedAt = QDateTime(QDate(2026, 12, 7), QTime(3, 29, 6, 900), Qt::UTC);
        record.durationUs = 200'000;
        view.showCapture(record);
        QCOMPARE(view.responseTab()->statusText(), u"We answered 201 Created."_s);
        // Every header the sender received, the ones the connection wrote included.
        Gui::PairTable *headers = view.responseTab()->headers();
        QStringList names;
        for (int row = 0; row < headers->rowCount(); ++row)
            names << headers->model()->index(row, 0).data().toString();
        QCOMPARE(names.mid(names.size() - 3),
                 (QStringList {u"X-Capture-Id"_s, u"Content-Length"_s, u"Date"_s}));
        QCOMPARE(headers->model()->index(names.size() - 1, 1).data().toString(),
                 u"Mon, 07 Dec 2026 03:29:07 GMT"_s);
        QCOMPARE(view.responseTab()->bodyText(), u"{\n  \"ok\": true\n}"_s);
        QVERIFY(view.responseTab()->forwardingText().isEmpty());
    }

    // Who chose the answer: a response rule, or the app the request was forwarded to.
    void responseSaysWhoChoseTheAnswer()
    {
        CaptureDetailView view;
        Capture::CaptureRecord ruled = request("{}");
        ruled.status = 503;
        ruled.marks |= Capture::Mark::AnsweredByRule;
        ruled.answeredBy = u"busy"_s;
        view.showCapture(ruled);
        QCOMPARE(view.responseTab()->statusText(),
                 u"We answered 503 Service Unavailable, as the response rule “busy” says."_s);

        Capture::CaptureRecord waiting = request("{}");
        waiting.status = 0;
        waiting.marks |= Capture::Mark::Forwarded;
        waiting.forwarded.url = u"http://localhost:3000/app/hook"_s;
        view.showCapture(waiting);
        QCOMPARE(view.responseTab()->statusText(),
                 u"Not answered yet: waiting for your app's answer."_s);
        QVERIFY(view.responseTab()->forwardingText().contains(u"has not arrived"_s));

        Capture::CaptureRecord down = waiting;
        down.status = 502;
        down.forwarded.error = u"the connection was refused"_s;
        view.showCapture(down);
        QCOMPARE(view.responseTab()->statusText(),
                 u"We answered 502 Bad Gateway: your app did not answer."_s);
        QVERIFY2(view.responseTab()->forwardingText().contains(u"the connection was refused"_s),
                 qPrintable(view.responseTab()->forwardingText()));
    }

    void everyInteractiveWidgetIsNamed()
    {
        CaptureDetailView view;
        view.showCapture(request("{}"));
        const QList<QWidget *> widgets = view.findChildren<QWidget *>();
        for (QWidget *widget : widgets) {
            if (!qobject_cast<QAbstractItemView *>(widget)
                && !qobject_cast<QAbstractButton *>(widget)
                && !qobject_cast<QPlainTextEdit *>(widget) && !qobject_cast<QTabWidget *>(widget))
                continue;
            if (qobject_cast<QHeaderView *>(widget) || widget->inherits("QTableCornerButton")
                || (widget->parent() && qobject_cast<QTabWidget *>(widget->parent()->parent())))
                continue; // parts of a view or tab widget, named by their owner
            QVERIFY2(!widget->objectName().isEmpty(), widget->metaObject()->className());
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
        }
    }

    void hexModelIsAValidModel()
    {
        Gui::HexDumpModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setBytes(QByteArray(33, 'x'));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.rowText(2), u"00000020  78"_s + QString(46, u' ') + u"  |x|"_s);
    }

    void followsALanguageChange()
    {
        CaptureDetailView view;
        view.showCapture(request("{}", "/hook"));
        MarkingTranslator translator;
        QCoreApplication::installTranslator(&translator);
        QTRY_COMPARE(view.tabs()->tabText(CaptureDetailView::Body), u"[Body]"_s);
        QCOMPARE(view.queryTab()->emptyText(), u"[The request target has no query parameters.]"_s);
        QCOMPARE(view.tabs()->accessibleName(), u"[Capture details]"_s);
        QVERIFY(view.overviewTab()->markSentences().contains(u"[None]"_s));
        QCoreApplication::removeTranslator(&translator);
        QTRY_COMPARE(view.tabs()->tabText(CaptureDetailView::Body), u"Body"_s);
    }

    void tenMegabytesDoNotBlock()
    {
        CaptureDetailView view;
        view.resize(900, 700);
        view.show();
        view.tabs()->setCurrentIndex(CaptureDetailView::Tree);
        const QByteArray body = bigJson(10 * 1024 * 1024);
        const Capture::CaptureRecord record = request(body);
        QElapsedTimer timer;
        timer.start();
        view.showCapture(record);
        const qint64 elapsed = timer.elapsed();
        QVERIFY2(elapsed < 500, qPrintable(u"showCapture took %1 ms"_s.arg(elapsed)));
        QVERIFY(view.bodyTab()->isBusy());
        QCOMPARE(view.bodyTab()->note(), u"Formatting…"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!view.treeTab()->isBusy(), 60000);
        Gui::JsonTreeModel *model = view.treeTab()->model();
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(model->nodeCount(), 4); // the root and its three members, nothing deeper
        QTRY_VERIFY_WITH_TIMEOUT(!view.bodyTab()->isBusy(), 120000);
        QVERIFY(view.bodyTab()->text().startsWith(u"{\n  \"event\": \"ari\",\n"_s));
        QVERIFY(!view.bodyTab()->highlighter()); // colours off above 1 MB, and said so
        QVERIFY(view.bodyTab()->note().contains(u"Colours are off"_s));
        QVERIFY(view.overviewTab()->checkDone() || !view.overviewTab()->checkText().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(view.overviewTab()->checkDone(), 60000);
        QVERIFY(view.rawTab()->isHexShown());
    }

    // Picking the next capture while a big one is still being parsed: the big one's results,
    // arriving later, replace nothing in the Body, Tree or Overview tab.
    void aNewerCaptureWinsOverABigOneStillParsing()
    {
        CaptureDetailView view;
        view.showCapture(request(bigJson(2 * 1024 * 1024)));
        QVERIFY(view.bodyTab()->isBusy());
        QVERIFY(view.treeTab()->isBusy());
        QVERIFY(!view.overviewTab()->checkDone());
        const QByteArray sample = Payloads::SamplePayloads::sample(u"booking"_s).json;
        view.showCapture(request(sample));
        QVERIFY(view.overviewTab()->checkPassed());

        Gui::detailWorkers()->waitForDone(); // the big capture's jobs have ended
        QCoreApplication::sendPostedEvents(); // and said so
        QVERIFY(!view.bodyTab()->isBusy());
        QVERIFY(!view.treeTab()->isBusy());
        QVERIFY2(view.bodyTab()->text().startsWith(u"{\n  \"event\": \"booking\""_s),
                 qPrintable(view.bodyTab()->text().left(40)));
        QCOMPARE(view.treeTab()->model()->rowCount(),
                 QJsonDocument::fromJson(sample).object().size());
        QVERIFY(view.overviewTab()->checkPassed());
    }

    // A read skipped because the selection moved on, then back, must not blank the capture
    // selected again (holding Down, then Up, over big captures).
    void aSkippedReadDoesNotBlankTheCaptureSelectedAgain()
    {
        QTemporaryDir dir;
        Capture::CaptureStore store;
        QVERIFY(store.open(Capture::CaptureStore::defaultPath(dir.path())));
        QList<qint64> ids;
        QObject::connect(&store, &Capture::CaptureStore::appended,
                         [&ids](const QList<Capture::CaptureSummary> &summaries) {
                             for (const Capture::CaptureSummary &summary : summaries)
                                 ids << summary.id;
                         });
        store.append(request(R"({"first":1})"));
        store.append(request(R"({"second":2})"));
        QTRY_COMPARE(ids.size(), 2);

        CaptureDetailView view;
        // Hold the workers so that both reads are queued before either starts.
        QThreadPool *workers = Gui::detailWorkers();
        QSemaphore gate;
        for (int i = 0; i < workers->maxThreadCount(); ++i)
            workers->start([&gate] { gate.acquire(); });
        view.load(&store, ids[0]);
        view.load(&store, ids[1]); // the first read will be skipped
        gate.release(workers->maxThreadCount());
        workers->waitForDone();
        view.load(&store, ids[0]); // back before the skipped read reported
        workers->waitForDone();
        QCoreApplication::sendPostedEvents();
        QVERIFY(!view.isEmpty());
        QCOMPARE(view.captureId(), ids[0]);
    }

private:
};

QTEST_MAIN(TestCaptureDetail)
#include "test_capture_detail.moc"
