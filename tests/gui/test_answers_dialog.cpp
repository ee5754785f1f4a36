// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The Answers dialog of the Live tab on the real parts: rules and forwarding edited through its
// widgets, saved, and then requests over loopback to the running receiver get those answers.
#include "app/payloads/SamplePayloads.h"
#include "app/receiver/ReceiverController.h"
#include "app/receiver/rules/RulesFile.h"
#include "tests/gui/ConsoleFixture.h"
#include "ui/common/FileDialog.h"
#include "ui/common/MessageBanner.h"
#include "ui/live/CaptureListModel.h"
#include "ui/live/LivePanel.h"
#include "ui/live/answers/AnswersDialog.h"
#include "ui/live/answers/RulesTableModel.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTcpServer>

using namespace Qt::StringLiterals;
using namespace GuiTest;
using Gui::AnswersDialog;
using Gui::CaptureListModel;

class TestAnswersDialog final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Console> m_console;
    QNetworkAccessManager m_network;

    template<typename T> T *child(const QString &name) const
    {
        return m_console->window->findChild<T *>(name);
    }
    template<typename T> static T *in(QWidget *dialog, const QString &name)
    {
        auto *widget = dialog->findChild<T *>(name);
        if (!widget)
            qWarning("no %s", qPrintable(name));
        return widget;
    }

    AnswersDialog *openDialog()
    {
        child<QPushButton>(u"answersButton"_s)->click();
        // open(): the dialog is there at once, window-modal.
        auto *dialog = child<AnswersDialog>(u"answersDialog"_s);
        return dialog;
    }

    int post(const QString &event, const QString &path = u"/channex"_s)
    {
        QUrl url(child<QLineEdit>(u"receiverLocalUrlEdit"_s)->text());
        url.setPath(path);
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        QNetworkReply *reply
            = m_network.post(request, Payloads::SamplePayloads::sample(event).json);
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
            return -1;
        reply->deleteLater();
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }

    CaptureListModel *model() const { return m_console->window->livePanel()->model(); }

private slots:
    void initTestCase() { setUpProgram(); }

    void init()
    {
        m_console = std::make_unique<Console>(Live::With);
        QVERIFY(m_console->ready);
        m_console->window->showLiveTab();
        child<QPushButton>(u"receiverStartButton"_s)->click();
        QTRY_VERIFY(m_console->receiver->isRunning());
    }

    void cleanup() { m_console.reset(); }

    // A rule made in the dialog answers the first booking_new with 503, then it is spent and
    // the next gets the usual 200; the list says which answer was the rule's, the dialog counts.
    void aRuleMadeInTheDialogAnswers()
    {
        QCOMPARE(child<QLabel>(u"answersSummary"_s)->text(), u"200 to every request"_s);
        AnswersDialog *dialog = openDialog();
        QVERIFY(dialog);
        in<QPushButton>(dialog, u"addRuleButton"_s)->click();
        auto *table = in<QTableView>(dialog, u"rulesTable"_s);
        QCOMPARE(table->model()->rowCount(), 1);
        in<QLineEdit>(dialog, u"ruleNameEdit"_s)->setText(u"busy once"_s);
        emit in<QLineEdit>(dialog, u"ruleNameEdit"_s)->textEdited(u"busy once"_s);
        auto *event = in<QComboBox>(dialog, u"ruleEventCombo"_s);
        event->setCurrentIndex(event->findData(u"booking_new"_s));
        in<QSpinBox>(dialog, u"ruleStatusSpin"_s)->setValue(503);
        in<QCheckBox>(dialog, u"ruleTimesCheck"_s)->setChecked(true);
        in<QSpinBox>(dialog, u"ruleTimesSpin"_s)->setValue(1);
        QCOMPARE(table->model()->index(0, Gui::RulesTableModel::Name).data().toString(),
                 u"busy once"_s);
        in<QPushButton>(dialog, u"saveAnswersButton"_s)->click();
        QTRY_VERIFY(!child<AnswersDialog>(u"answersDialog"_s));
        QCOMPARE(child<QLabel>(u"answersSummary"_s)->text(), u"1 rule, then 200"_s);

        QCOMPARE(post(u"booking_new"_s), 503);
        QCOMPARE(post(u"booking_new"_s), 200);
        QTRY_COMPARE(model()->rowCount(), 2);
        // Oldest first; the second is the same body again, so also a duplicate.
        QCOMPARE(model()->index(0, CaptureListModel::Status).data().toString(), u"rule · 503"_s);
        QCOMPARE(model()->index(1, CaptureListModel::Status).data().toString(),
                 u"duplicate · 200"_s);

        // Reopened, the rule is still there and says it answered once and is spent.
        dialog = openDialog();
        QVERIFY(dialog);
        table = in<QTableView>(dialog, u"rulesTable"_s);
        QTRY_VERIFY(table->model()
                        ->index(0, Gui::RulesTableModel::Answered)
                        .data()
                        .toString()
                        .contains(u"spent"_s));
        dialog->reject();
    }

    // Tab from the name reaches the method, a list: a path typed there does not become a
    // method (it did, "/HOOKS", when the list was a field); the path field takes it.
    void aPathTypedAfterTheNameIsNoMethod()
    {
        AnswersDialog *dialog = openDialog();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        in<QPushButton>(dialog, u"addRuleButton"_s)->click();
        auto *name = in<QLineEdit>(dialog, u"ruleNameEdit"_s);
        name->setFocus();
        QTest::keyClicks(name, u"slow"_s);
        QTest::keyClick(name, Qt::Key_Tab);
        auto *method = in<QComboBox>(dialog, u"ruleMethodCombo"_s);
        QCOMPARE(QApplication::focusWidget(), method);
        QTest::keyClicks(method, u"/hooks"_s);
        QCOMPARE(method->currentText(), u"any method"_s);
        QTest::keyClick(method, Qt::Key_Tab);
        auto *path = in<QLineEdit>(dialog, u"rulePathEdit"_s);
        QCOMPARE(QApplication::focusWidget(), path);
        QTest::keyClicks(path, u"/hooks/*"_s);
        in<QPushButton>(dialog, u"saveAnswersButton"_s)->click();
        QTRY_VERIFY(!child<AnswersDialog>(u"answersDialog"_s));
        const QList<Receiver::ResponseRule> rules = m_console->receiverService->rules();
        QCOMPARE(rules.size(), 1);
        QCOMPARE(rules.constFirst().method, QByteArray());
        QCOMPARE(rules.constFirst().path, u"/hooks/*"_s);
    }

    // A rule that cannot be used keeps Save from closing and names its problem; Cancel leaves
    // the answers as they were.
    void anUnusableRuleIsNotSaved()
    {
        AnswersDialog *dialog = openDialog();
        QVERIFY(dialog);
        in<QPushButton>(dialog, u"addRuleButton"_s)->click();
        auto *path = in<QLineEdit>(dialog, u"rulePathEdit"_s);
        path->setText(u"hooks"_s);
        emit path->textEdited(u"hooks"_s);
        QVERIFY(in<Gui::MessageBanner>(dialog, u"ruleProblem"_s)->text().contains(u"path"_s));
        in<QPushButton>(dialog, u"saveAnswersButton"_s)->click();
        QVERIFY(dialog->isVisible());
        QVERIFY(!in<Gui::MessageBanner>(dialog, u"rulesBanner"_s)->text().isEmpty());
        dialog->reject();
        QVERIFY(m_console->receiverService->rules().isEmpty());
        QCOMPARE(post(u"booking_new"_s), 200);
    }

    // Forwarding to an app that is not running answers 502 and the list says "forwarded"; the
    // receiver's own address is refused in words before Save.
    void forwardingIsSwitchedOnInTheDialog()
    {
        AnswersDialog *dialog = openDialog();
        QVERIFY(dialog);
        in<QCheckBox>(dialog, u"forwardCheck"_s)->setChecked(true);
        auto *url = in<QLineEdit>(dialog, u"forwardUrlEdit"_s);
        url->setText(child<QLineEdit>(u"receiverLocalUrlEdit"_s)->text() + u"/app"_s);
        QVERIFY(in<Gui::MessageBanner>(dialog, u"forwardProblem"_s)->text().contains(u"own"_s));
        in<QPushButton>(dialog, u"saveAnswersButton"_s)->click();
        QVERIFY(dialog->isVisible());

        QTcpServer closed; // a port nobody listens on once closed
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        url->setText(u"http://127.0.0.1:%1/webhooks"_s.arg(port));
        QVERIFY(in<Gui::MessageBanner>(dialog, u"forwardProblem"_s)->text().isEmpty());
        in<QPushButton>(dialog, u"saveAnswersButton"_s)->click();
        QTRY_VERIFY(!child<AnswersDialog>(u"answersDialog"_s));
        QVERIFY(m_console->receiverService->isForwarding());
        QVERIFY(child<QLabel>(u"answersSummary"_s)->text().startsWith(u"forwarded to"_s));

        QCOMPARE(post(u"booking_new"_s), 502);
        QTRY_COMPARE(model()->rowCount(), 1);
        QTRY_COMPARE(model()->index(0, CaptureListModel::Status).data().toString(),
                     u"forwarded · 502"_s);
    }

    // Rules come from and go to the file of docs/response-rules.md; a file that is not one is
    // named with its problem and changes nothing.
    void rulesAreImportedAndExported()
    {
        QTemporaryDir dir;
        const QString good = dir.filePath(u"good.json"_s);
        const QString bad = dir.filePath(u"bad.json"_s);
        const QString out = dir.filePath(u"out.json"_s);
        QFile file(good);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"rules": [{"event": "booking_new", "status": 503, "times": 3}]})");
        file.close();
        QFile badFile(bad);
        QVERIFY(badFile.open(QIODevice::WriteOnly));
        badFile.write(R"({"rules": [{"status": 700}]})");
        badFile.close();

        AnswersDialog *dialog = openDialog();
        QVERIFY(dialog);
        auto *table = in<QTableView>(dialog, u"rulesTable"_s);
        Gui::FileDialog::setNextFileName(bad);
        in<QPushButton>(dialog, u"importRulesButton"_s)->click();
        QVERIFY(in<Gui::MessageBanner>(dialog, u"rulesBanner"_s)->text().contains(u"700"_s));
        QCOMPARE(table->model()->rowCount(), 0);

        Gui::FileDialog::setNextFileName(good);
        in<QPushButton>(dialog, u"importRulesButton"_s)->click();
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(in<QSpinBox>(dialog, u"ruleStatusSpin"_s)->value(), 503);

        Gui::FileDialog::setNextFileName(out);
        in<QPushButton>(dialog, u"exportRulesButton"_s)->click();
        QString error;
        const auto written = Receiver::RulesFile::load(out, &error);
        QVERIFY2(written, qPrintable(error));
        QCOMPARE(written->size(), 1);
        QCOMPARE(written->first().times, std::optional<int>(3));
        QCOMPARE(written->first().event, u"booking_new"_s);
        in<QPushButton>(dialog, u"saveAnswersButton"_s)->click();
        QTRY_VERIFY(!child<AnswersDialog>(u"answersDialog"_s));
        QCOMPARE(m_console->receiverService->rules(), *written);
    }
};

QTEST_MAIN(TestAnswersDialog)
#include "test_answers_dialog.moc"
