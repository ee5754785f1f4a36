// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The replay dialog: a capture sent again to a loopback server with an edited
// method, header and body; the server gets the edited request and the dialog shows the answer.
#include "app/http/HttpRequestHandler.h"
#include "app/http/HttpServer.h"
#include "tests/gui/GuiTestSupport.h"
#include "ui/common/MessageBanner.h"
#include "ui/live/ReplayDialog.h"

#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Records each request and answers 201 with a compact JSON body.
class Recorder final : public Http::HttpRequestHandler
{
public:
    QList<Http::HttpRequest> requests;

    void handleRequest(const Http::HttpRequest &request, Http::HttpReply reply) override
    {
        requests.append(request);
        Http::HttpResponse response = Http::HttpResponse::json(
            201,
            QJsonDocument(QJsonObject {{u"received"_s, true},
                                       {u"method"_s, QString::fromLatin1(request.method)}}));
        response.setHeader("X-Answered-By"_ba, "recorder"_ba);
        reply(response);
    }
};

Capture::CaptureRecord capture(const QByteArray &body)
{
    Capture::CaptureRecord record;
    record.id = 9;
    record.receivedAt = QDateTime::currentDateTimeUtc();
    record.method = "POST";
    record.target = "/hooks/channex";
    record.headers = {{"Host", "pms.example.com"},
                      {"Content-Type", "application/json"},
                      {"X-Channex-Webhook-Secret", "s3cr3t"},
                      {"X-Trace", "original"},
                      {"Content-Length", QByteArray::number(body.size())}};
    record.body = body;
    record.status = 200;
    return record;
}

const QByteArray bookingBody = R"({"event":"booking","property_id":"p-1"})";

} // namespace

class TestReplayDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void startsFromTheCapture();
    void sendsTheEditedRequestAndShowsTheAnswer();
    void invalidInputDisablesSend();
    void refusedConnectionInABanner();
    void binaryBodyIsHexAndSentUnchanged();
    void everyWidgetIsNamed();

private:
    QString serverUrl(const QString &path) const;
    Gui::ReplayDialog *open(const Capture::CaptureRecord &record);
    Recorder m_recorder;
    std::unique_ptr<Http::HttpServer> m_server;
    QPointer<Gui::ReplayDialog> m_dialog;
};

void TestReplayDialog::initTestCase() { }

void TestReplayDialog::init()
{
    QSettings().clear();
    m_recorder.requests.clear();
    m_server = std::make_unique<Http::HttpServer>(&m_recorder);
    QVERIFY2(m_server->listen(), qPrintable(m_server->errorString()));
}

void TestReplayDialog::cleanup()
{
    delete m_dialog;
    m_server.reset();
}

QString TestReplayDialog::serverUrl(const QString &path) const
{
    return u"http://127.0.0.1:%1%2"_s.arg(m_server->serverPort()).arg(path);
}

Gui::ReplayDialog *TestReplayDialog::open(const Capture::CaptureRecord &record)
{
    m_dialog = new Gui::ReplayDialog(record);
    m_dialog->show();
    m_dialog->activateWindow();
    if (!QTest::qWaitForWindowActive(m_dialog))
        qWarning("the replay dialog did not become active");
    return m_dialog;
}

void TestReplayDialog::startsFromTheCapture()
{
    auto *dialog = open(capture(bookingBody));
    auto *url = GuiTest::byAccessibleName<QLineEdit>(dialog, u"Target URL"_s);
    auto *method = GuiTest::byAccessibleName<QComboBox>(dialog, u"Method"_s);
    auto *headers = GuiTest::byAccessibleName<QTableWidget>(dialog, u"Headers"_s);
    auto *body = GuiTest::byAccessibleName<QPlainTextEdit>(dialog, u"Body"_s);
    QVERIFY(url && method && headers && body);
    QCOMPARE(url->text(), u"http://pms.example.com/hooks/channex"_s);
    QCOMPARE(method->currentText(), u"POST"_s);
    // Host and Content-Length are the transport's; the others in order.
    QCOMPARE(headers->rowCount(), 3);
    QCOMPARE(headers->item(0, 0)->text(), u"Content-Type"_s);
    QCOMPARE(headers->item(2, 1)->text(), u"original"_s);
    QCOMPARE(body->toPlainText().toUtf8(), bookingBody);
    QVERIFY(!body->isReadOnly());
    QVERIFY(dialog->findChild<QLabel *>(u"binaryNote"_s)->isHidden());
    QVERIFY(dialog->findChild<QWidget *>(u"errorBanner"_s)->isHidden());
}

void TestReplayDialog::sendsTheEditedRequestAndShowsTheAnswer()
{
    auto *dialog = open(capture(bookingBody));
    auto *url = GuiTest::byAccessibleName<QLineEdit>(dialog, u"Target URL"_s);
    url->clear();
    QTest::keyClicks(url, serverUrl(u"/replayed?try=2"_s));
    auto *method = GuiTest::byAccessibleName<QComboBox>(dialog, u"Method"_s);
    method->setCurrentText(u"PUT"_s);
    auto *headers = GuiTest::byAccessibleName<QTableWidget>(dialog, u"Headers"_s);
    headers->item(2, 1)->setText(u"edited"_s);
    QTest::mouseClick(GuiTest::byAccessibleName<QPushButton>(dialog, u"Add header"_s),
                      Qt::LeftButton);
    QCOMPARE(headers->rowCount(), 4);
    headers->item(3, 0)->setText(u"X-Added"_s);
    headers->item(3, 1)->setText(u"yes"_s);
    auto *body = GuiTest::byAccessibleName<QPlainTextEdit>(dialog, u"Body"_s);
    body->setPlainText(u"{\"event\":\"booking\",\"edited\":true}"_s);

    auto *send = GuiTest::byAccessibleName<QPushButton>(dialog, u"Send"_s);
    QVERIFY(send->isEnabled());
    QSignalSpy finished(dialog, &Gui::ReplayDialog::finishedSending);
    body->setFocus();
    QTest::keyClick(body, Qt::Key_Return, Qt::ControlModifier); // Send's shortcut
    QTRY_COMPARE(finished.size(), 1);

    QCOMPARE(m_recorder.requests.size(), 1);
    const Http::HttpRequest &received = m_recorder.requests.constFirst();
    QCOMPARE(received.method, "PUT"_ba);
    QCOMPARE(received.target, "/replayed?try=2"_ba);
    QCOMPARE(received.header("X-Trace"), "edited"_ba);
    QCOMPARE(received.header("X-Added"), "yes"_ba);
    QCOMPARE(received.header("X-Channex-Webhook-Secret"), "s3cr3t"_ba);
    QCOMPARE(received.header("Content-Type"), "application/json"_ba);
    QCOMPARE(received.body, "{\"event\":\"booking\",\"edited\":true}"_ba);

    auto *status = GuiTest::byAccessibleName<QLabel>(dialog, u"Answer status"_s);
    QVERIFY2(status->text().startsWith(u"201 Created"_s), qPrintable(status->text()));
    const QString answerBody
        = GuiTest::byAccessibleName<QPlainTextEdit>(dialog, u"Answer body"_s)->toPlainText();
    QVERIFY2(answerBody.contains(u"    \"method\": \"PUT\""_s), qPrintable(answerBody)); // pretty
    QVERIFY(GuiTest::byAccessibleName<QPlainTextEdit>(dialog, u"Answer headers"_s)
                ->toPlainText()
                .contains(u"X-Answered-By: recorder"_s));
    QVERIFY(dialog->findChild<QWidget *>(u"errorBanner"_s)->isHidden());

    // The next replay starts at the URL sent to last.
    delete m_dialog;
    auto *next = open(capture(bookingBody));
    QCOMPARE(GuiTest::byAccessibleName<QLineEdit>(next, u"Target URL"_s)->text(),
             serverUrl(u"/replayed?try=2"_s));
}

void TestReplayDialog::invalidInputDisablesSend()
{
    auto *dialog = open(capture(bookingBody));
    auto *url = GuiTest::byAccessibleName<QLineEdit>(dialog, u"Target URL"_s);
    auto *send = GuiTest::byAccessibleName<QPushButton>(dialog, u"Send"_s);
    auto *hint = dialog->findChild<QLabel *>(u"hintLabel"_s);
    QVERIFY(send->isEnabled());
    QVERIFY(hint->text().isEmpty());

    url->setText(u"localhost:3000/hooks"_s);
    QVERIFY(!send->isEnabled());
    QVERIFY(hint->text().contains(u"http://"_s));
    url->clear();
    QVERIFY(!send->isEnabled());
    QVERIFY(hint->text().contains(u"Enter the URL"_s));
    url->setText(serverUrl(u"/x"_s));
    QVERIFY(send->isEnabled());

    auto *headers = GuiTest::byAccessibleName<QTableWidget>(dialog, u"Headers"_s);
    headers->item(0, 0)->setText(u"Bad Name"_s);
    QVERIFY(!send->isEnabled());
    QVERIFY(hint->text().contains(u"Bad Name"_s));
    headers->selectRow(0);
    QTest::mouseClick(GuiTest::byAccessibleName<QPushButton>(dialog, u"Remove header"_s),
                      Qt::LeftButton);
    QCOMPARE(headers->rowCount(), 2);
    QVERIFY(send->isEnabled());
    QTest::mouseClick(send, Qt::LeftButton);
    QTRY_COMPARE(m_recorder.requests.size(), 1);
    QVERIFY(!m_recorder.requests.constFirst().hasHeader("Bad Name"));
}

void TestReplayDialog::refusedConnectionInABanner()
{
    quint16 closedPort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        closedPort = probe.serverPort();
    }
    auto *dialog = open(capture(bookingBody));
    GuiTest::byAccessibleName<QLineEdit>(dialog, u"Target URL"_s)
        ->setText(u"http://127.0.0.1:%1/hooks"_s.arg(closedPort));
    QSignalSpy finished(dialog, &Gui::ReplayDialog::finishedSending);
    QTest::mouseClick(GuiTest::byAccessibleName<QPushButton>(dialog, u"Send"_s), Qt::LeftButton);
    QTRY_COMPARE(finished.size(), 1);
    auto *banner = GuiTest::byAccessibleName<Gui::MessageBanner>(dialog, u"Error"_s);
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().startsWith(u"Could not reach http://127.0.0.1:"_s),
             qPrintable(banner->text()));
    QVERIFY(GuiTest::byAccessibleName<QLabel>(dialog, u"Answer status"_s)
                ->text()
                .startsWith(u"No answer"_s));
    QVERIFY(GuiTest::byAccessibleName<QPushButton>(dialog, u"Send"_s)->isEnabled());
}

void TestReplayDialog::binaryBodyIsHexAndSentUnchanged()
{
    QByteArray binary;
    for (int i = 0; i < 300; ++i)
        binary.append(char(i % 256));
    auto *dialog = open(capture(binary));
    auto *body = GuiTest::byAccessibleName<QPlainTextEdit>(dialog, u"Body"_s);
    QVERIFY(body->isReadOnly());
    QVERIFY(body->toPlainText().startsWith(u"00000000  00 01 02 03"_s));
    QVERIFY(dialog->findChild<QLabel *>(u"binaryNote"_s)->isVisible());
    GuiTest::byAccessibleName<QLineEdit>(dialog, u"Target URL"_s)->setText(serverUrl(u"/bin"_s));
    QTest::mouseClick(GuiTest::byAccessibleName<QPushButton>(dialog, u"Send"_s), Qt::LeftButton);
    QTRY_COMPARE(m_recorder.requests.size(), 1);
    QCOMPARE(m_recorder.requests.constFirst().body, binary);
}

void TestReplayDialog::everyWidgetIsNamed()
{
    auto *dialog = open(capture(bookingBody));
    const QList<QWidget *> widgets = dialog->findChildren<QWidget *>();
    int interactive = 0;
    for (QWidget *widget : widgets) {
        if (widget->window() != dialog || !widget->focusPolicy() || widget->inherits("QScrollBar")
            || widget->inherits("QHeaderView") || widget->inherits("QTableCornerButton")
            || widget->parentWidget()->inherits("QComboBox")
            || widget->parentWidget()->inherits("QAbstractScrollArea"))
            continue;
        if (widget->objectName().isEmpty() && widget->inherits("QAbstractButton")
            && widget->parentWidget()->inherits("QTableView"))
            continue; // the table's corner button
        ++interactive;
        QVERIFY2(!widget->objectName().isEmpty(), widget->metaObject()->className());
        QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
    }
    QVERIFY(interactive >= 8);
}

QTEST_MAIN(TestReplayDialog)
#include "test_replay_dialog.moc"
