// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Webhooks made elsewhere: another tool stored values our rules would refuse (a header name with
// a space, a header named twice in different case, an event the docs do not list). The console
// shows them, and pauses, resumes, opens, edits, duplicates and deletes them: a write checks only
// what it changes. The sandbox is seeded over HTTP, as another tool would.
#include "app/channex/ChannexClient.h"
#include "app/delivery/HttpDelivery.h"
#include "tests/gui/ConsoleFixture.h"
#include "ui/common/MessageBox.h"
#include "ui/webhooks/DuplicateWebhookDialog.h"
#include "ui/webhooks/WebhookActions.h"
#include "ui/webhooks/WebhookDialog.h"
#include "ui/webhooks/WebhookFilterProxy.h"
#include "ui/webhooks/WebhookListModel.h"

#include <QDialogButtonBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace GuiTest;
using Channex::Webhook;

namespace {

const QString AlpineLodge = u"52397a6e-c330-44f4-a293-47042d3a3607"_s;

} // namespace

class TestForeignWebhooks final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Console> m_console;
    QString m_id; // the webhook another tool made

    // POST /api/v1/webhooks as another tool sends it, past the console's own rules.
    QString seed(const QJsonObject &attributes)
    {
        Delivery::OutgoingRequest request;
        request.url = QUrl(m_console->sandbox()->rootUrl().toString() + u"/api/v1/webhooks"_s);
        request.headers = {{"user-api-key"_ba, m_console->sandbox()->apiKey().toUtf8()},
                           {"Content-Type"_ba, "application/json"_ba}};
        request.body = QJsonDocument(QJsonObject {{u"webhook"_s, attributes}})
                           .toJson(QJsonDocument::Compact);
        std::optional<Delivery::DeliveryResult> answer;
        Delivery::send(request, this, [&answer](Delivery::DeliveryResult r) { answer = r; });
        if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 10000)
            || answer->status != 201)
            return {};
        return QJsonDocument::fromJson(answer->body)
            .object()
            .value("data"_L1)
            .toObject()
            .value("id"_L1)
            .toString();
    }

    QModelIndex rowOf(const QString &id, int column) const
    {
        QAbstractItemModel *proxy = m_console->table()->model();
        for (int row = 0; row < proxy->rowCount(); ++row) {
            const QModelIndex index = proxy->index(row, column);
            if (index.data(Gui::WebhookListModel::WebhookIdRole).toString() == id)
                return index;
        }
        return {};
    }

    Webhook stored() const { return m_console->storedById(m_id).value_or(Webhook {}); }

    QPushButton *saveButton(Gui::WebhookDialog *dialog) const
    {
        return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
    }

private slots:
    void initTestCase() { setUpProgram(); }

    void init()
    {
        m_console = std::make_unique<Console>();
        QVERIFY(m_console->ready);
        m_id = seed(QJsonObject {
            {u"callback_url"_s, u"https://legacy.example.com/channex"_s},
            {u"event_mask"_s, u"booking_new;booking_rebooked"_s},
            {u"property_id"_s, HarbourView},
            {u"is_active"_s, true},
            {u"send_data"_s, true},
            {u"headers"_s,
             QJsonObject {
                 {u"Api Key"_s, u"k1"_s}, {u"X-Tenant"_s, u"a"_s}, {u"x-tenant"_s, u"b"_s}}},
        });
        QVERIFY(!m_id.isEmpty());
        m_console->window->refresh();
        QTRY_VERIFY(rowOf(m_id, 0).isValid());
    }

    void cleanup() { m_console.reset(); }

    // The table shows it as Channex holds it, the undocumented event marked.
    void theTableShowsIt()
    {
        const QString events = rowOf(m_id, Gui::WebhookListModel::EventsColumn).data().toString();
        QVERIFY2(events.startsWith(u"⚠"_s), qPrintable(events));
        QVERIFY(rowOf(m_id, Gui::WebhookListModel::HeadersColumn)
                    .data()
                    .toString()
                    .contains(u"Api Key"_s));
    }

    // Paused from the Active box, resumed with Enable: no refusal, nothing else changed.
    void pausesAndResumes()
    {
        QAbstractItemModel *proxy = m_console->table()->model();
        QVERIFY(proxy->setData(rowOf(m_id, Gui::WebhookListModel::ActiveColumn), Qt::Unchecked,
                               Qt::CheckStateRole));
        QTRY_VERIFY(!stored().isActive);
        QCOMPARE(stored().headers->size(), 3);
        QVERIFY(m_console->select(m_id));
        m_console->action(u"enableWebhooksAction"_s)->trigger();
        QTRY_VERIFY(stored().isActive);
        QVERIFY(Gui::MessageBox::asked().isEmpty());
    }

    // Opened: the foreign values are warned about in words; a change elsewhere saves and keeps
    // them; changing a header name to another invalid one blocks Save.
    void opensWarnsAndSavesOtherChanges()
    {
        QVERIFY(m_console->select(m_id));
        m_console->action(u"editWebhookAction"_s)->trigger();
        Gui::WebhookDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_console->openDialog<Gui::WebhookDialog>()) != nullptr);
        auto *problems = dialog->findChild<QLabel *>(u"headersProblems"_s);
        auto *tabs = dialog->findChild<QTabWidget *>(u"tabs"_s);
        QVERIFY(!tabs->tabIcon(tabs->indexOf(dialog->findChild<QWidget *>(u"headersTab"_s)))
                     .isNull()); // the Headers tab is marked
        QVERIFY(!problems->isHidden());
        QVERIFY2(problems->text().contains(u"Channex holds this value as it is"_s),
                 qPrintable(problems->text()));
        QVERIFY2(problems->text().contains(u"it contains a space"_s), qPrintable(problems->text()));
        QVERIFY(saveButton(dialog)->isEnabled());
        QVERIFY2(dialog->hint().contains(u"Channex holds this value"_s)
                     || dialog->hint().contains(u"booking_rebooked"_s),
                 qPrintable(dialog->hint()));

        auto *url = dialog->findChild<QLineEdit *>(u"callbackUrlEdit"_s);
        url->setText(u"https://legacy.example.com/channex/v2"_s);
        QVERIFY(saveButton(dialog)->isEnabled());
        QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
        QTRY_COMPARE(stored().callbackUrl, u"https://legacy.example.com/channex/v2"_s);
        const Webhook after = stored();
        QCOMPARE(after.eventMask, u"booking_new;booking_rebooked"_s);
        QCOMPARE(after.headers->size(), 3);

        // The same dialog again: a header changed to another invalid name is the person's error.
        QVERIFY(m_console->select(m_id));
        m_console->action(u"editWebhookAction"_s)->trigger();
        QTRY_VERIFY((dialog = m_console->openDialog<Gui::WebhookDialog>()) != nullptr);
        // As typed into the name cell of the first header ("Api Key").
        QAbstractItemModel *headers = dialog->findChild<QTableView *>(u"headersTable"_s)->model();
        QCOMPARE(headers->index(0, 0).data().toString(), u"Api Key"_s);
        QVERIFY(headers->setData(headers->index(0, 0), u"Other Key"_s, Qt::EditRole));
        QVERIFY(!saveButton(dialog)->isEnabled());
        QVERIFY2(dialog->hint().contains(u"“Other Key” is not a header name"_s),
                 qPrintable(dialog->hint()));
        Gui::MessageBox::setNextAnswer(QMessageBox::Discard);
        dialog->reject();
    }

    // Duplicated to another property: only the property is checked; the copy keeps the rest.
    void duplicates()
    {
        QVERIFY(m_console->select(m_id));
        m_console->action(u"duplicateWebhookAction"_s)->trigger();
        Gui::DuplicateWebhookDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_console->openDialog<Gui::DuplicateWebhookDialog>()) != nullptr);
        dialog->setChecked(AlpineLodge, true);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"duplicateButton"_s), Qt::LeftButton);
        QTRY_VERIFY(!m_console->window->webhookActions()->runningJob());
        int copies = 0;
        for (const Webhook &webhook : m_console->stored()) {
            if (webhook.propertyId == AlpineLodge
                && webhook.callbackUrl == u"https://legacy.example.com/channex"_s) {
                ++copies;
                QCOMPARE(webhook.headers->size(), 3);
                QCOMPARE(webhook.eventMask, u"booking_new;booking_rebooked"_s);
            }
        }
        QCOMPARE(copies, 1);
        QVERIFY(Gui::MessageBox::asked().isEmpty());
    }

    void deletes()
    {
        QVERIFY(m_console->select(m_id));
        Gui::MessageBox::setNextAnswer(QMessageBox::Yes);
        m_console->action(u"deleteWebhookAction"_s)->trigger();
        QTRY_VERIFY(!rowOf(m_id, 0).isValid());
        QVERIFY(!m_console->storedById(m_id));
    }
};

QTEST_MAIN(TestForeignWebhooks)
#include "test_foreign_webhooks.moc"
