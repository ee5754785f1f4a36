// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The webhook dialog driven through its widgets by accessible name: Save disabled while a
// field is invalid with the hint saying why, warnings that do not block, a 422 shown at the
// fields with every value kept, closing with changes, Save and Test carrying the edited
// webhook, and the test result. Also the Test result window.
//
// With WC_SCREENSHOT_DIR set (and a real display, e.g. under xvfb-run with
// QT_QPA_PLATFORM=xcb), screenshots() writes the pictures in docs/screenshots.
#include "app/sandbox/DemoData.h"
#include "tests/gui/GuiTestSupport.h"
#include "ui/common/MessageBox.h"
#include "ui/common/TestResultView.h"
#include "ui/webhooks/EventMaskEditor.h"
#include "ui/webhooks/KeyValueEditor.h"
#include "ui/webhooks/TestResultDialog.h"
#include "ui/webhooks/WebhookDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using Channex::ApiError;
using Channex::KeyValueList;
using Channex::Webhook;
using Gui::WebhookDialog;

namespace {

const QString HarbourView = u"716305c4-561a-4561-a187-7f5b8aeb5920"_s;
const QString MapleStreet = u"3f1c9a2e-8b7d-4e15-9c6a-2d4e8f0b1a73"_s;

// A stored property webhook with every field set, as the table would hand it over.
Webhook storedWebhook()
{
    Webhook w;
    w.id = u"a9a88747-767e-458c-99e0-9212fcfb0b39"_s;
    w.callbackUrl = u"https://pms.example-hotel.com/channex/webhooks"_s;
    w.eventMask = u"booking_new;booking_cancellation"_s;
    w.headers = KeyValueList {{u"X-Channex-Webhook-Secret"_s, u"hv-3f9a1c7e5b2d4a6c"_s}};
    w.requestParams = std::nullopt;
    w.isActive = true;
    w.sendData = true;
    w.isGlobal = false;
    w.isProtected = true;
    w.propertyId = HarbourView;
    w.organizationId = Sandbox::DemoData::organizationId();
    return w;
}

ApiError validationError(const QMap<QString, QStringList> &details)
{
    ApiError error;
    error.kind = ApiError::Kind::Validation;
    error.httpStatus = 422;
    error.code = u"validation_error"_s;
    error.title = u"Validation Error"_s;
    error.details = details;
    return error;
}

} // namespace

class TestWebhookDialog final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<WebhookDialog> m_dialog;

    void open(WebhookDialog::Mode mode, const std::optional<Webhook> &webhook = std::nullopt)
    {
        m_dialog = std::make_unique<WebhookDialog>(mode);
        m_dialog->setProperties(Sandbox::DemoData::properties());
        if (webhook)
            m_dialog->setWebhook(*webhook);
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    }
    template<typename T = QWidget> T *field(const QString &name) const
    {
        T *widget = GuiTest::byAccessibleName<T>(m_dialog.get(), name);
        if (!widget)
            qWarning("No widget named \"%s\"", qPrintable(name));
        return widget;
    }
    QLineEdit *urlEdit() const { return field<QLineEdit>(u"Callback URL"_s); }
    QLineEdit *maskEdit() const { return field<QLineEdit>(u"Event mask"_s); }
    QComboBox *propertyCombo() const { return field<QComboBox>(u"Property"_s); }
    QPushButton *saveButton() const { return field<QPushButton>(u"Save"_s); }
    QPushButton *testButton() const { return field<QPushButton>(u"Test"_s); }
    QString hint() const { return field<QLabel>(u"Hint"_s)->text(); }
    QString message(const QString &objectName) const
    {
        auto *label = m_dialog->findChild<QLabel *>(objectName);
        return label && label->isVisible() ? label->text() : QString();
    }
    QTabWidget *tabs() const { return m_dialog->findChild<QTabWidget *>(u"tabs"_s); }
    void showTab(const QString &objectName)
    {
        tabs()->setCurrentWidget(m_dialog->findChild<QWidget *>(objectName));
    }
    static void retype(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, text);
    }
    // Types into a key/value table cell: select it, type, Return.
    void typeCell(QTableView *table, int row, int column, const QString &text)
    {
        const QModelIndex index = table->model()->index(row, column);
        table->setCurrentIndex(index);
        table->edit(index);
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, text);
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(index.data(Qt::EditRole).toString(), text);
    }
    void chooseProperty(const QString &title)
    {
        const int index = propertyCombo()->findText(title);
        QVERIFY2(index >= 0, qPrintable(title));
        propertyCombo()->setCurrentIndex(index);
    }

private slots:

    void cleanup()
    {
        if (m_dialog) {
            Gui::MessageBox::setAutoAnswer(QMessageBox::Discard);
            m_dialog.reset();
            Gui::MessageBox::setAutoAnswer(QMessageBox::NoButton);
        }
        Gui::MessageBox::clearAsked();
    }

    void everyFieldHasItsAccessibleName()
    {
        open(WebhookDialog::Mode::Create);
        for (const QString &name :
             {u"Callback URL"_s, u"Event mask"_s, u"Property"_s, u"Active"_s, u"Send data"_s,
              u"Headers"_s, u"Request parameters"_s, u"Test"_s, u"Save"_s, u"Cancel"_s})
            QVERIFY2(field(name), qPrintable(name));
        QCOMPARE(m_dialog->windowTitle(), u"New Webhook[*]"_s);
        // New webhooks start active and sending data, with nothing else chosen.
        QVERIFY(field<QCheckBox>(u"Active"_s)->isChecked());
        QVERIFY(field<QCheckBox>(u"Send data"_s)->isChecked());
        QCOMPARE(propertyCombo()->currentIndex(), -1);
        QVERIFY(!m_dialog->isModified());
    }

    void saveStaysDisabledWhileAFieldIsInvalidAndTheHintSaysWhy()
    {
        open(WebhookDialog::Mode::Create);
        QVERIFY(!saveButton()->isEnabled());
        QVERIFY(!testButton()->isEnabled());
        QCOMPARE(hint(), u"Callback URL: Enter the URL that should receive the events."_s);

        QTest::keyClicks(urlEdit(), u"ftp://files.example.com/in"_s);
        QCOMPARE(hint(), u"Callback URL: Channex calls only http and https URLs, not ftp."_s);
        QCOMPARE(message(u"callbackUrlMessage"_s),
                 u"Channex calls only http and https URLs, not ftp."_s);
        retype(urlEdit(), u"pms.example.com/hook"_s);
        QVERIFY(hint().contains(u"full URL that starts with https://"_s));
        retype(urlEdit(), u"https://pms.example.com/hook"_s);
        QCOMPARE(message(u"callbackUrlMessage"_s), QString());
        // The hint names the topmost field that is wrong: Property comes before Events.
        QCOMPARE(hint(),
                 u"Property: Choose the property whose events this webhook receives, "
                 "or Global."_s);
        QVERIFY(!saveButton()->isEnabled());

        chooseProperty(u"Maple Street Inn"_s);
        QCOMPARE(hint(), u"Events: Choose at least one event, or all events (*)."_s);
        QVERIFY(!saveButton()->isEnabled());

        QTest::keyClicks(maskEdit(), u"booking_new"_s);
        QCOMPARE(hint(), QString());
        QVERIFY(saveButton()->isEnabled());
        QVERIFY(testButton()->isEnabled());

        // A bad header blocks too, and its tab is marked.
        showTab(u"headersTab"_s);
        auto *table = field<QTableView>(u"Headers"_s);
        QTest::mouseClick(field<QPushButton>(u"Add header"_s), Qt::LeftButton);
        QTest::keyClicks(QApplication::focusWidget(), u"X Api Key"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_COMPARE(table->model()->index(0, 0).data().toString(), u"X Api Key"_s);
        QVERIFY(!saveButton()->isEnabled());
        QVERIFY(hint().startsWith(u"Headers: “X Api Key” is not a header name"_s));
        QVERIFY(!tabs()
                     ->tabIcon(tabs()->indexOf(m_dialog->findChild<QWidget *>(u"headersTab"_s)))
                     .isNull());
        typeCell(table, 0, 0, u"X-Api-Key"_s);
        QVERIFY(saveButton()->isEnabled());
        QCOMPARE(tabs()->tabText(tabs()->indexOf(m_dialog->findChild<QWidget *>(u"headersTab"_s))),
                 u"&Headers (1)"_s);
    }

    // The message line under the callback URL comes and goes as one types; the tabs below must
    // stay where they are, or a click meant for one event ticks another.
    void typingTheUrlDoesNotMoveTheTabs()
    {
        open(WebhookDialog::Mode::Create);
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
        const int tabsTop = tabs()->mapTo(m_dialog.get(), QPoint(0, 0)).y();
        for (const QString &typed : {u"h"_s, u"ftp://x"_s, u"http://pms.example.com/hook"_s,
                                     u"https://pms.example.com/hook"_s, u""_s}) {
            retype(urlEdit(), typed);
            QCoreApplication::sendPostedEvents(); // the layout settles
            QCOMPARE(tabs()->mapTo(m_dialog.get(), QPoint(0, 0)).y(), tabsTop);
        }
        // And a new webhook says nothing wrong before anything was typed.
        QCOMPARE(message(u"callbackUrlMessage"_s), QString());
    }

    void warningsDoNotBlock()
    {
        Webhook w = storedWebhook();
        w.callbackUrl = u"http://pms.example.com/hook?api_token=abc123&page=1"_s;
        open(WebhookDialog::Mode::Edit, w);
        QVERIFY(saveButton()->isEnabled());
        QVERIFY(hint().contains(u"Plain http sends bookings and guest data unencrypted"_s));
        QVERIFY(hint().contains(u"looks like a secret (api_token)"_s));
        QVERIFY(message(u"callbackUrlMessage"_s).contains(u"Plain http"_s));

        // An unknown event is a warning too: kept, sent, and said.
        retype(maskEdit(), u"booking_new;booking_teleported"_s);
        QVERIFY(saveButton()->isEnabled());
        QSignalSpy saved(m_dialog.get(), &WebhookDialog::saveRequested);
        QTest::mouseClick(saveButton(), Qt::LeftButton);
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.first().first().value<Webhook>().eventMask,
                 u"booking_new;booking_teleported"_s);
    }

    void saveCarriesExactlyTheEditedWebhook()
    {
        const Webhook original = storedWebhook();
        open(WebhookDialog::Mode::Edit, original);
        QCOMPARE(m_dialog->windowTitle(), u"Edit Webhook[*]"_s);
        QCOMPARE(m_dialog->webhook(), original);
        QVERIFY(!m_dialog->isModified());
        QVERIFY(!m_dialog->isWindowModified());
        QCOMPARE(field<QLabel>(u"Webhook ID"_s)->text(), original.id);

        retype(urlEdit(), u"https://hooks.example.org/v3/channex"_s);
        chooseProperty(u"Maple Street Inn"_s);
        QTest::mouseClick(field<QCheckBox>(u"Active"_s), Qt::LeftButton);
        QTest::mouseClick(field<QCheckBox>(u"Send data"_s), Qt::LeftButton);
        retype(maskEdit(), u"booking_new;review"_s);

        showTab(u"headersTab"_s);
        auto *headers = field<QTableView>(u"Headers"_s);
        typeCell(headers, 0, 1, u"s3cr3t-value"_s);
        QTest::mouseClick(field<QPushButton>(u"Add header"_s), Qt::LeftButton);
        QTest::keyClicks(QApplication::focusWidget(), u"X-Tenant"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_COMPARE(headers->model()->rowCount(), 2);
        QTRY_COMPARE(headers->model()->index(1, 0).data().toString(), u"X-Tenant"_s);
        typeCell(headers, 1, 1, u"acme"_s);

        showTab(u"requestParamsTab"_s);
        QTest::mouseClick(field<QPushButton>(u"Add parameter"_s), Qt::LeftButton);
        auto *params = field<QTableView>(u"Request parameters"_s);
        QTest::keyClicks(QApplication::focusWidget(), u"source"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_COMPARE(params->model()->index(0, 0).data().toString(), u"source"_s);
        typeCell(params, 0, 1, u"channex"_s);

        Webhook expected = original;
        expected.callbackUrl = u"https://hooks.example.org/v3/channex"_s;
        expected.propertyId = MapleStreet;
        expected.isActive = false;
        expected.sendData = false;
        expected.eventMask = u"booking_new;review"_s;
        expected.headers = KeyValueList {{u"X-Channex-Webhook-Secret"_s, u"s3cr3t-value"_s},
                                         {u"X-Tenant"_s, u"acme"_s}};
        expected.requestParams = KeyValueList {{u"source"_s, u"channex"_s}};
        QVERIFY(m_dialog->isModified());
        QVERIFY(m_dialog->isWindowModified());

        QSignalSpy saved(m_dialog.get(), &WebhookDialog::saveRequested);
        QTest::mouseClick(saveButton(), Qt::LeftButton);
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.first().first().value<Webhook>(), expected);
        // Saving is the owner's business: the dialog waits for accept().
        QVERIFY(m_dialog->isVisible());
        m_dialog->accept();
        QVERIFY(!m_dialog->isVisible());
        QVERIFY(Gui::MessageBox::asked().isEmpty());
    }

    void globalScopeAndTypeToSearchPicker()
    {
        open(WebhookDialog::Mode::Create);
        QStringList items;
        for (int i = 0; i < propertyCombo()->count(); ++i)
            items << propertyCombo()->itemText(i);
        items.removeAll(QString()); // the separator
        QCOMPARE(items,
                 QStringList({u"Global (all properties)"_s, u"Alpine Lodge Zermatt"_s,
                              u"Casa del Sol Sevilla"_s, u"Harbour View Hotel"_s,
                              u"Maple Street Inn"_s, u"Pousada Praia Azul"_s}));
        propertyCombo()->setFocus();
        QTest::keyClicks(propertyCombo(), u"Ma"_s);
        QCOMPARE(propertyCombo()->currentText(), u"Maple Street Inn"_s);
        QCOMPARE(m_dialog->webhook().propertyId, MapleStreet);
        QVERIFY(!m_dialog->webhook().isGlobal);

        chooseProperty(u"Global (all properties)"_s);
        QVERIFY(m_dialog->webhook().isGlobal);
        QCOMPARE(m_dialog->webhook().propertyId, QString());
    }

    void aPropertyMissingFromTheListIsKept()
    {
        Webhook w = storedWebhook();
        w.propertyId = u"00000000-1111-2222-3333-444444444444"_s;
        m_dialog = std::make_unique<WebhookDialog>(WebhookDialog::Mode::Edit);
        m_dialog->setWebhook(w); // before the property list arrived
        QVERIFY(propertyCombo()->currentText().contains(w.propertyId));
        m_dialog->setProperties(Sandbox::DemoData::properties());
        QVERIFY(propertyCombo()->currentText().contains(u"not in the property list"_s));
        QCOMPARE(m_dialog->webhook(), w);
        QVERIFY(!m_dialog->isModified());

        // And a global webhook stays global when the list arrives later.
        Webhook global = storedWebhook();
        global.isGlobal = true;
        global.propertyId.clear();
        m_dialog->setWebhook(global);
        m_dialog->setProperties(Sandbox::DemoData::properties());
        QCOMPARE(propertyCombo()->currentText(), u"Global (all properties)"_s);
        QCOMPARE(m_dialog->webhook(), global);
    }

    void duplicateIsANewWebhookWithTheSameValues()
    {
        open(WebhookDialog::Mode::Create, storedWebhook());
        const Webhook copy = m_dialog->webhook();
        QCOMPARE(copy.id, QString());
        QVERIFY(!copy.isProtected);
        QCOMPARE(copy.callbackUrl, storedWebhook().callbackUrl);
        QCOMPARE(copy.headers, storedWebhook().headers);
        QVERIFY(!m_dialog->isModified());
        QVERIFY(saveButton()->isEnabled());
    }

    void aValidationErrorLandsAtItsFieldsAndKeepsEveryValue()
    {
        open(WebhookDialog::Mode::Edit, storedWebhook());
        retype(urlEdit(), u"https://unreachable.example.net/hook"_s);
        const Webhook sent = m_dialog->webhook();
        QSignalSpy saved(m_dialog.get(), &WebhookDialog::saveRequested);
        QTest::mouseClick(saveButton(), Qt::LeftButton);
        QCOMPARE(saved.size(), 1);
        m_dialog->setBusy(true, u"Saving…"_s);
        QVERIFY(!saveButton()->isEnabled());
        QVERIFY(urlEdit()->isEnabled());
        QCOMPARE(hint(), u"Saving…"_s);

        m_dialog->showSaveError(validationError({{u"callback_url"_s, {u"is not reachable"_s}},
                                                 {u"property_id"_s, {u"can't be blank"_s}},
                                                 {u"headers"_s, {u"are not allowed"_s}},
                                                 {u"event_mask"_s, {u"is invalid"_s}},
                                                 {u"base"_s, {u"Webhook limit reached"_s}}}));
        QVERIFY(m_dialog->isVisible());
        QVERIFY(!m_dialog->isBusy());
        QCOMPARE(m_dialog->webhook(), sent);
        QCOMPARE(message(u"callbackUrlMessage"_s), u"Channex: is not reachable"_s);
        QCOMPARE(message(u"propertyMessage"_s), u"Channex: can't be blank"_s);
        QCOMPARE(message(u"eventMaskMessage"_s), u"Channex: is invalid"_s);
        showTab(u"headersTab"_s);
        QCOMPARE(message(u"headersMessage"_s), u"Channex: are not allowed"_s);
        QCOMPARE(message(u"requestParamsMessage"_s), QString());
        QVERIFY(field<QLabel>(u"Error"_s)->isVisible());
        QVERIFY(field<QLabel>(u"Error"_s)->text().contains(u"Webhook limit reached"_s));
        QCOMPARE(hint(), u"Channex refused the last save; its messages are shown at the fields."_s);
        // The server's word does not block a retry.
        QVERIFY(saveButton()->isEnabled());

        // Editing a field clears its message only (the URL then names the one it replaces).
        QTest::keyClicks(urlEdit(), u"2"_s);
        QVERIFY2(message(u"callbackUrlMessage"_s).startsWith(u"Replaces "_s),
                 qPrintable(message(u"callbackUrlMessage"_s)));
        QCOMPARE(message(u"propertyMessage"_s), u"Channex: can't be blank"_s);
        // Saving again clears the rest.
        QTest::mouseClick(saveButton(), Qt::LeftButton);
        QCOMPARE(message(u"propertyMessage"_s), QString());
        QVERIFY(!field<QLabel>(u"Error"_s)->isVisible());
    }

    void otherErrorsGoToTheBanner()
    {
        open(WebhookDialog::Mode::Edit, storedWebhook());
        const Webhook before = m_dialog->webhook();
        ApiError gone;
        gone.kind = ApiError::Kind::NotFound;
        gone.httpStatus = 404;
        m_dialog->showSaveError(gone);
        auto *banner = field<QLabel>(u"Error"_s);
        QVERIFY(banner->isVisible());
        QVERIFY(
            banner->text().startsWith(u"Channex did not save the webhook: "_s + gone.summary()));
        QVERIFY(banner->text().contains(gone.message()));
        QCOMPARE(m_dialog->webhook(), before);
        QVERIFY(m_dialog->isVisible());
    }

    void closingAChangedDialogAsksFirst()
    {
        open(WebhookDialog::Mode::Edit, storedWebhook());
        // Unchanged: closes at once.
        QTest::keyClick(m_dialog.get(), Qt::Key_Escape);
        QVERIFY(!m_dialog->isVisible());
        QVERIFY(Gui::MessageBox::asked().isEmpty());

        open(WebhookDialog::Mode::Edit, storedWebhook());
        QTest::keyClicks(urlEdit(), u"/v2"_s);
        Gui::MessageBox::setNextAnswer(QMessageBox::Cancel); // "Keep Editing"
        QTest::keyClick(m_dialog.get(), Qt::Key_Escape);
        QCOMPARE(Gui::MessageBox::asked().size(), 1);
        const auto &asked = Gui::MessageBox::asked().first();
        QCOMPARE(asked.text, u"Discard your changes to this webhook?"_s);
        QCOMPARE(asked.buttonTexts.value(QMessageBox::Cancel), u"Keep Editing"_s);
        QVERIFY(m_dialog->isVisible());
        QVERIFY(urlEdit()->text().endsWith(u"/v2"_s));

        Gui::MessageBox::setNextAnswer(QMessageBox::Cancel);
        QTest::mouseClick(field<QPushButton>(u"Cancel"_s), Qt::LeftButton);
        QVERIFY(m_dialog->isVisible());
        Gui::MessageBox::setNextAnswer(QMessageBox::Cancel);
        QVERIFY(!m_dialog->close()); // the window's close button
        QVERIFY(m_dialog->isVisible());
        QCOMPARE(Gui::MessageBox::asked().size(), 3);

        Gui::MessageBox::setNextAnswer(QMessageBox::Discard);
        QVERIFY(m_dialog->close());
        QVERIFY(!m_dialog->isVisible());
        QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
    }

    void ctrlReturnSaves()
    {
        open(WebhookDialog::Mode::Edit, storedWebhook());
        QSignalSpy saved(m_dialog.get(), &WebhookDialog::saveRequested);
        QTest::keyClick(maskEdit(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(saved.size(), 1);
        // Not while invalid.
        retype(urlEdit(), QString());
        QTest::keyClick(urlEdit(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(saved.size(), 1);
    }

    void testShowsTheReceiversAnswer()
    {
        open(WebhookDialog::Mode::Edit, storedWebhook());
        retype(urlEdit(), u"https://pms.example-hotel.com/channex/test"_s);
        QSignalSpy tested(m_dialog.get(), &WebhookDialog::testRequested);
        QTest::mouseClick(testButton(), Qt::LeftButton);
        QCOMPARE(tested.size(), 1);
        QCOMPARE(tested.first().first().value<Webhook>(), m_dialog->webhook()); // unsaved values
        auto *view = m_dialog->findChild<Gui::TestResultView *>(u"testResultView"_s);
        QVERIFY(view->isVisible());
        QCOMPARE(view->statusText(), u"Sending a test call…"_s);
        m_dialog->setBusy(true, u"Testing…"_s);
        QVERIFY(!testButton()->isEnabled());

        m_dialog->showTestResult(
            Channex::WebhookTestResult {200, u"{\"success\":true,\"n\":[1,2]}"_s});
        QVERIFY(testButton()->isEnabled());
        QCOMPARE(view->statusText(), u"The receiver accepted the test: 200 OK"_s);
        QVERIFY(view->succeeded());
        auto *body = GuiTest::byAccessibleName<QPlainTextEdit>(m_dialog.get(), u"Response body"_s);
        QVERIFY(body && body->isVisible() && body->isReadOnly());
        QCOMPARE(body->toPlainText(),
                 u"{\n    \"n\": [\n        1,\n        2\n    ],\n    \"success\": true\n}"_s);
        QVERIFY(body->font().fixedPitch() || body->font().styleHint() == QFont::TypeWriter
                || QFontInfo(body->font()).fixedPitch());

        // The area folds away and back.
        auto *toggle = field<QToolButton>(u"Hide test result"_s);
        QVERIFY(toggle);
        QTest::mouseClick(toggle, Qt::LeftButton);
        QVERIFY(!view->isVisible());
        QCOMPARE(toggle->accessibleName(), u"Show test result"_s);
        QTest::mouseClick(toggle, Qt::LeftButton);
        QVERIFY(view->isVisible());
    }

    void testResultView_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("statusText");
        QTest::addColumn<QString>("shownBody");
        QTest::newRow("json") << 201 << u"[1]"_s << u"The receiver accepted the test: 201 Created"_s
                              << u"[\n    1\n]"_s;
        QTest::newRow("text") << 500 << u"Internal error: <b>oops</b>"_s
                              << u"The receiver refused the test: 500 Internal Server Error"_s
                              << u"Internal error: <b>oops</b>"_s;
        QTest::newRow("broken json")
            << 404 << u"{\"a\":"_s << u"The receiver refused the test: 404 Not Found"_s
            << u"{\"a\":"_s;
        QTest::newRow("odd status")
            << 299 << QString() << u"The receiver accepted the test: 299"_s << QString();
        QTest::newRow("no status")
            << 0 << QString() << u"The receiver sent no HTTP status"_s << QString();
    }

    void testResultView()
    {
        QFETCH(int, status);
        QFETCH(QString, body);
        QFETCH(QString, statusText);
        QFETCH(QString, shownBody);
        Gui::TestResultView view;
        view.setResult(Channex::WebhookTestResult {status, body});
        QCOMPARE(view.statusText(), statusText);
        QCOMPARE(view.bodyText(), shownBody);
        QCOMPARE(view.succeeded(), status >= 200 && status < 300);
    }

    void testResultDialogShowsAnErrorAndNamesTheUrl()
    {
        QPointer<Gui::TestResultDialog> dialog
            = new Gui::TestResultDialog(u"https://hooks.example.org/in"_s);
        QCOMPARE(dialog->windowTitle(), u"Test of https://hooks.example.org/in"_s);
        QVERIFY(!dialog->isModal());
        dialog->show();
        dialog->setPending();
        QCOMPARE(dialog->view()->statusText(), u"Sending a test call…"_s);
        ApiError refused = validationError({{u"callback_url"_s, {u"is invalid"_s}}});
        dialog->showResult(refused);
        QCOMPARE(dialog->view()->statusText(),
                 u"Channex did not run the test: "_s + refused.summary());
        QVERIFY(dialog->view()->bodyText().contains(u"is invalid"_s));
        QTest::mouseClick(GuiTest::byAccessibleName<QPushButton>(dialog, u"Close"_s),
                          Qt::LeftButton);
        QTRY_VERIFY(dialog.isNull()); // deletes itself
    }

    void geometryIsRemembered()
    {
        open(WebhookDialog::Mode::Create);
        m_dialog->resize(700, 520);
        QTest::keyClick(m_dialog.get(), Qt::Key_Escape);
        open(WebhookDialog::Mode::Create);
        QCOMPARE(m_dialog->size(), QSize(700, 520));
    }

    void fitsAnSvgaScreen()
    {
        open(WebhookDialog::Mode::Edit, storedWebhook());
        const QSize minimum = m_dialog->minimumSizeHint();
        QVERIFY2(minimum.width() <= 800 && minimum.height() <= 560,
                 qPrintable(u"%1x%2"_s.arg(minimum.width()).arg(minimum.height())));
    }

    // Not a check: pictures for the docs. Run under a real X server, e.g.
    //   WC_SCREENSHOT_DIR=$PWD/docs/screenshots QT_QPA_PLATFORM=xcb xvfb-run -a
    //   -s '-screen 0 1280x800x24' build/tests/gui/test_webhook_dialog screenshots
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("WC_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("Set WC_SCREENSHOT_DIR to write the documentation screenshots.");

        Webhook w = storedWebhook();
        w.id = u"c41e7a2b-93d5-4f0e-8b6a-1d2c3e4f5a6b"_s;
        w.propertyId = u"52397a6e-c330-44f4-a293-47042d3a3607"_s; // Alpine Lodge Zermatt
        w.callbackUrl = u"https://revenue.alpinelodge.ch/api/channex-feed"_s;
        w.eventMask = u"booking_new;booking_modification;booking_cancellation;"
                      "ari:rate,stop_sell:*:96a44e07-2158-43e4-8baa-8f6f56922ba8"_s;
        w.requestParams = KeyValueList {{u"source"_s, u"channex"_s}};
        open(WebhookDialog::Mode::Edit, w);
        m_dialog->resize(800, 600);
        QVERIFY(m_dialog->grab().save(dir + u"/webhook-dialog.png"_s));

        Gui::EventMaskEditor editor;
        editor.setWindowTitle(u"Event mask editor"_s);
        editor.setRatePlans({{u"96a44e07-2158-43e4-8baa-8f6f56922ba8"_s, u"Best Available Rate"_s},
                             {u"5f1d3a70-2c4b-4e8a-9d61-0b7e2f3c4a58"_s, u"Non-refundable"_s}});
        editor.setMask(w.eventMask + u";booking_teleported"_s);
        editor.setContentsMargins(10, 10, 10, 10);
        editor.resize(820, 720);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QVERIFY(editor.grab().save(dir + u"/event-mask-editor.png"_s));
    }
};

QTEST_MAIN(TestWebhookDialog)
#include "test_webhook_dialog.moc"
