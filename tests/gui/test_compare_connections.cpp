// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Webhook ▸ Compare Connections… in the real window: the console's sandbox on the left and a
// second sandbox on loopback (a saved connection to its root, with its key, as a support person
// adds production) on the right, changed over HTTP so the two differ. The rows of each group
// and the fields named, values never shown; copying selected rows across after a preview,
// checked on the target sandbox by a client of its own; the rows the same afterwards; a target
// that refuses one change named in the summary while the rest is applied; and each side's state
// (a refused key, no key, the same connection twice).
#include "app/channex/BulkWebhookJob.h"
#include "app/session/ConnectionStore.h"
#include "tests/gui/ConsoleFixture.h"
#include "ui/compare/CompareConnectionsAction.h"
#include "ui/compare/CompareConnectionsDialog.h"
#include "ui/compare/CompareSide.h"
#include "ui/compare/ComparisonTree.h"
#include "ui/compare/CopyPreviewDialog.h"
#include "ui/compare/SideChooser.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTcpServer>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace GuiTest;
using Gui::CompareConnectionsDialog;
using Gui::ComparisonTree;
using Gui::CopyPreviewDialog;
using Gui::MessageBox;
using Group = Transfer::ComparisonRow::Group;
using Side = Transfer::AccountComparison::Side;

namespace {

const QString RoomlinkId = u"227d4b09-7eef-4c7e-bc72-44c0c40b5299"_s;
const QString CasaMessagesId = u"d5f28b3c-a4e6-4a1f-9c7b-2e3d4f5a6b7c"_s;
const QString CasaMessagesUrl = u"https://inbox.casadelsol.es/webhooks/channex-messages"_s;
const QString RoomlinkUrl = u"https://hooks.roomlink-pms.io/v2/channex/bookings"_s;
const QString HarbourUrl = u"https://pms.example-hotel.com/channex/webhooks"_s;
const QString AuditUrl = u"https://audit.example.org/channex"_s;
const QString HarbourSecret = u"hv-3f9a1c7e5b2d4a6c"_s;
const QString OtherSecret = u"production-only-secret"_s;

// The second account: a sandbox with the demo data, and a client to change and read it over
// HTTP, as Channex's own UI would.
struct OtherAccount
{
    OtherAccount()
    {
        started = server.start();
        client = std::make_unique<Channex::ChannexClient>(server.rootUrl(), server.apiKey());
    }

    template<typename T, typename Call> bool await(Call call, T *value = nullptr)
    {
        QObject context;
        std::optional<Channex::ApiResult<T>> result;
        call(&context, [&result](Channex::ApiResult<T> r) { result.emplace(std::move(r)); });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, 20000) || !result->ok())
            return false;
        if (value)
            *value = result->value();
        return true;
    }

    QList<Channex::Webhook> webhooks()
    {
        QList<Channex::Webhook> list;
        [[maybe_unused]] const bool listed = await<QList<Channex::Webhook>>(
            [this](QObject *c, auto done) { client->listWebhooks(c, done); }, &list);
        return list;
    }

    std::optional<Channex::Webhook> byUrl(const QString &url)
    {
        for (const Channex::Webhook &webhook : webhooks()) {
            if (webhook.callbackUrl == url)
                return webhook;
        }
        return std::nullopt;
    }

    // The demo data, changed: one webhook gone, one with other events and paused, one with
    // another secret, and one of its own.
    bool makeDifferent()
    {
        std::optional<Channex::Webhook> roomlink = byUrl(RoomlinkUrl);
        std::optional<Channex::Webhook> harbour = byUrl(HarbourUrl);
        if (!roomlink || !harbour)
            return false;
        roomlink->eventMask = u"booking_new"_s;
        roomlink->isActive = false;
        harbour->headers = Channex::KeyValueList {{u"X-Channex-Webhook-Secret"_s, OtherSecret}};
        Channex::Webhook audit;
        audit.isGlobal = true;
        audit.callbackUrl = AuditUrl;
        audit.eventMask = u"booking"_s;
        audit.isActive = true;
        return await<Channex::Done>(
                   [&](QObject *c, auto cb) { client->deleteWebhook(CasaMessagesId, c, cb); })
            && await<Channex::Webhook>(
                   [&](QObject *c, auto cb) { client->updateWebhook(*roomlink, c, cb); })
            && await<Channex::Webhook>(
                   [&](QObject *c, auto cb) { client->updateWebhook(*harbour, c, cb); })
            && await<Channex::Webhook>(
                   [&](QObject *c, auto cb) { client->createWebhook(audit, c, cb); });
    }

    Sandbox::SandboxServer server;
    std::unique_ptr<Channex::ChannexClient> client;
    bool started = false;
};

// "scope | URL | differences" of each row of `group`, in the tree's order.
QStringList rowsOf(const ComparisonTree *tree, Group group)
{
    QStringList rows;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *heading = tree->topLevelItem(i);
        if (heading->data(0, Qt::UserRole + 1).toInt() != int(group))
            continue;
        for (int j = 0; j < heading->childCount(); ++j) {
            const QTreeWidgetItem *item = heading->child(j);
            rows << u"%1 | %2 | %3"_s.arg(item->text(0), item->text(1), item->text(2));
        }
    }
    return rows;
}

QTreeWidgetItem *itemOf(const ComparisonTree *tree, const QString &url)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *heading = tree->topLevelItem(i);
        for (int j = 0; j < heading->childCount(); ++j) {
            if (heading->child(j)->text(1) == url)
                return heading->child(j);
        }
    }
    return nullptr;
}

// Selects the rows of these URLs as a person does: a click, then Ctrl+click for each further.
bool selectRows(ComparisonTree *tree, const QStringList &urls)
{
    tree->clearSelection();
    for (const QString &url : urls) {
        QTreeWidgetItem *item = itemOf(tree, url);
        if (!item)
            return false;
        tree->scrollToItem(item);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton,
                          url == urls.constFirst() ? Qt::NoModifier : Qt::ControlModifier,
                          tree->visualItemRect(item).center());
    }
    return tree->selectedRows().size() == urls.size();
}

// Every text the window shows: the tree's and the detail's cells and tooltips.
QStringList shownTexts(const QWidget *dialog)
{
    QStringList texts;
    for (const QTreeWidget *tree : dialog->findChildren<QTreeWidget *>()) {
        for (QTreeWidgetItemIterator it(const_cast<QTreeWidget *>(tree)); *it; ++it) {
            for (int column = 0; column < tree->columnCount(); ++column)
                texts << (*it)->text(column) << (*it)->toolTip(column);
        }
    }
    for (const QLabel *label : dialog->findChildren<QLabel *>())
        texts << label->text();
    return texts;
}

} // namespace

class TestCompareConnections final : public QObject
{
    Q_OBJECT

private:
    // A saved connection to `server` with `key` in the console's key store.
    static QString addConnection(const Console &console, const QString &name, const QUrl &root,
                                 const QString &key)
    {
        const auto added = console.controller->addConnection(
            name, {Channex::ConnectionProfile::Kind::Custom, root});
        if (!added)
            return {};
        if (key.isEmpty())
            return added->id;
        bool stored = false;
        console.controller->setApiKey(added->id, key, nullptr,
                                      [&stored](const QString &) { stored = true; });
        return QTest::qWaitFor([&stored] { return stored; }, 5000) ? added->id : QString();
    }

    // Opens Webhook ▸ Compare Connections… and waits for both sides to be compared.
    static CompareConnectionsDialog *openCompare(const Console &console)
    {
        console.action(u"compareConnectionsAction"_s)->trigger();
        CompareConnectionsDialog *dialog = console.openDialog<CompareConnectionsDialog>();
        if (dialog)
            (void)QTest::qWaitFor([dialog] { return dialog->tree()->comparison().has_value(); },
                                  20000);
        return dialog;
    }

    static CopyPreviewDialog *clickCopy(CompareConnectionsDialog *dialog, const QString &button)
    {
        auto *copy = dialog->findChild<QPushButton *>(button);
        if (!copy || !copy->isEnabled())
            return nullptr;
        QTest::mouseClick(copy, Qt::LeftButton);
        for (CopyPreviewDialog *preview : dialog->findChildren<CopyPreviewDialog *>()) {
            if (preview->isVisible())
                return preview;
        }
        return nullptr;
    }

    // Copy in the preview, then the copy runs and both sides are read again.
    static bool confirmCopy(CompareConnectionsDialog *dialog, CopyPreviewDialog *preview)
    {
        QTest::mouseClick(preview->findChild<QPushButton *>(u"copyButton"_s), Qt::LeftButton);
        return QTest::qWaitFor([dialog] { return !dialog->runningJob(); }, 20000)
            && QTest::qWaitFor(
                   [dialog] {
                       return dialog->side(Side::Left)->state() == Gui::CompareSide::State::Loaded
                           && dialog->side(Side::Right)->state() == Gui::CompareSide::State::Loaded;
                   },
                   20000);
    }

private slots:
    void initTestCase() { setUpProgram(); }

    void showsEachGroupAndCopiesAcross()
    {
        Console console;
        QVERIFY(console.ready);
        OtherAccount production;
        QVERIFY(production.started);
        QVERIFY(production.makeDifferent());
        QVERIFY(!addConnection(console, u"Production"_s, production.server.rootUrl(),
                               production.server.apiKey())
                     .isEmpty());

        QPointer<CompareConnectionsDialog> dialog = openCompare(console);
        QVERIFY(dialog);
        QVERIFY(dialog->tree()->comparison());
        // The connection in use on the left, the next saved one on the right.
        QCOMPARE(dialog->chooser(Side::Left)->combo()->currentText(), u"Sandbox (built-in demo)"_s);
        QCOMPARE(dialog->chooser(Side::Right)->combo()->currentText(), u"Production"_s);
        const QString rightState = dialog->findChild<QLabel *>(u"rightStateLabel"_s)->text();
        QCOMPARE(rightState, u"Webhooks: 12 · "_s + production.server.rootUrl().toString());

        const ComparisonTree *tree = dialog->tree();
        QCOMPARE(rowsOf(tree, Group::OnlyLeft),
                 QStringList {u"Casa del Sol Sevilla | "_s + CasaMessagesUrl + u" | "_s});
        QCOMPARE(rowsOf(tree, Group::OnlyRight),
                 QStringList {u"Global | "_s + AuditUrl + u" | "_s});
        QCOMPARE(rowsOf(tree, Group::Different),
                 (QStringList {u"Global | "_s + RoomlinkUrl + u" | Event mask, Active"_s,
                               u"Harbour View Hotel | "_s + HarbourUrl + u" | Headers"_s}));
        QCOMPARE(rowsOf(tree, Group::Same).size(), 9);
        QCOMPARE(dialog->findChild<QLabel *>(u"comparisonSummaryLabel"_s)->text(),
                 u"1 only on the left, 1 only on the right, 2 different, 9 the same."_s);

        // The detail names the header whose value differs, and neither value shows anywhere.
        QVERIFY(selectRows(dialog->tree(), {HarbourUrl}));
        const QStringList texts = shownTexts(dialog);
        QVERIFY(texts.contains(u"X-Channex-Webhook-Secret (value differs)"_s));
        for (const QString &text : texts) {
            QVERIFY2(!text.contains(HarbourSecret) && !text.contains(OtherSecret),
                     qPrintable(text));
        }

        // Nothing is sent to show the preview, and Cancel sends nothing.
        QVERIFY(selectRows(dialog->tree(), {CasaMessagesUrl, RoomlinkUrl, HarbourUrl}));
        const int requests = production.server.apiRequestCount();
        QPointer<CopyPreviewDialog> preview = clickCopy(dialog, u"copyToRightButton"_s);
        QVERIFY(preview);
        auto *list = preview->findChild<QTreeWidget *>(u"copyPlanList"_s);
        QStringList lines;
        for (int row = 0; row < list->topLevelItemCount(); ++row)
            lines << list->topLevelItem(row)->text(0) + u' ' + list->topLevelItem(row)->text(2)
                    + u" — "_s + list->topLevelItem(row)->text(3);
        // Without values the secret stays as production has it: that row has nothing to send.
        QCOMPARE(lines,
                 (QStringList {u"unchanged "_s + HarbourUrl + u" — "_s,
                               u"update "_s + RoomlinkUrl
                                   + u" — event_mask, is_active; header Authorization: its value "
                                     "is not copied, Production keeps its own; parameter "
                                     "account: its value is not copied, Production keeps its "
                                     "own"_s,
                               u"create "_s + CasaMessagesUrl + u" — "_s}));
        QVERIFY(
            preview->findChild<QLabel *>(u"copyValuesLabel"_s)->text().contains(u"not copied"_s));
        QTest::mouseClick(preview->findChild<QPushButton *>(u"cancelButton"_s), Qt::LeftButton);
        QTRY_VERIFY(!preview);
        QCOMPARE(production.server.apiRequestCount(), requests);

        preview = clickCopy(dialog, u"copyToRightButton"_s);
        QVERIFY(preview);
        QVERIFY(confirmCopy(dialog, preview));
        QTRY_COMPARE(dialog->findChild<QLabel *>(u"compareMessageLabel"_s)->text(),
                     u"Copied to Production: 1 created, 1 updated."_s);
        const std::optional<Channex::Webhook> casa = production.byUrl(CasaMessagesUrl);
        QVERIFY(casa);
        QCOMPARE(casa->propertyId, u"605f075a-74ad-4bb5-a3f0-7a306e2c04fe"_s);
        QCOMPARE(casa->eventMask, u"message;inquiry"_s);
        const std::optional<Channex::Webhook> roomlink = production.byUrl(RoomlinkUrl);
        QVERIFY(roomlink);
        QCOMPARE(roomlink->eventMask, u"booking_new;booking_modification;booking_cancellation"_s);
        QVERIFY(roomlink->isActive);
        // Read again: the two copied rows are the same now, and still selected.
        QTRY_COMPARE(rowsOf(tree, Group::Same).size(), 11);
        QVERIFY(rowsOf(tree, Group::OnlyLeft).isEmpty());
        QCOMPARE(rowsOf(tree, Group::Different),
                 QStringList {u"Harbour View Hotel | "_s + HarbourUrl + u" | Headers"_s});
        QCOMPARE(dialog->tree()->selectedRows().size(), 3);

        // With values, the secret goes along.
        QVERIFY(selectRows(dialog->tree(), {HarbourUrl}));
        dialog->findChild<QCheckBox *>(u"copyValuesCheck"_s)->setChecked(true);
        preview = clickCopy(dialog, u"copyToRightButton"_s);
        QVERIFY(preview);
        QCOMPARE(preview->plan().lines.constFirst().fields, QStringList {u"headers"_s});
        QVERIFY(confirmCopy(dialog, preview));
        QCOMPARE(production.byUrl(HarbourUrl)->headers->constFirst().value, HarbourSecret);
        QTRY_VERIFY(rowsOf(tree, Group::Different).isEmpty());

        // The other way: into the connection in use, whose table follows.
        QVERIFY(selectRows(dialog->tree(), {AuditUrl}));
        QVERIFY(!dialog->findChild<QPushButton *>(u"copyToRightButton"_s)->isEnabled());
        preview = clickCopy(dialog, u"copyToLeftButton"_s);
        QVERIFY(preview);
        QCOMPARE(preview->plan().lines.constFirst().action, Transfer::ImportLine::Action::Create);
        QVERIFY(confirmCopy(dialog, preview));
        QVERIFY(console.storedByUrl(AuditUrl));
        QTRY_COMPARE(console.table()->model()->rowCount(), 13);
        QTRY_COMPARE(rowsOf(tree, Group::Same).size(), 13);
        // Nothing was ever deleted.
        QCOMPARE(production.webhooks().size(), 13);
    }

    void aRefusedChangeIsNamedAndTheRestIsCopied()
    {
        Console console;
        QVERIFY(console.ready);
        OtherAccount production;
        QVERIFY(production.started);
        QVERIFY(production.makeDifferent());
        QVERIFY(!addConnection(console, u"Production"_s, production.server.rootUrl(),
                               production.server.apiKey())
                     .isEmpty());
        QPointer<CompareConnectionsDialog> dialog = openCompare(console);
        QVERIFY(dialog && dialog->tree()->comparison());

        QVERIFY(selectRows(dialog->tree(), {CasaMessagesUrl, RoomlinkUrl}));
        QPointer<CopyPreviewDialog> preview = clickCopy(dialog, u"copyToRightButton"_s);
        QVERIFY(preview);
        production.server.faults().refuseNext({{u"callback_url"_s, {u"is not reachable"_s}}});
        MessageBox::clearAsked();
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QVERIFY(confirmCopy(dialog, preview));
        QTRY_COMPARE(MessageBox::asked().size(), 1);
        const MessageBox::Request summary = MessageBox::asked().constFirst();
        QCOMPARE(summary.title, u"Some webhooks were not copied"_s);
        QVERIFY2(summary.text.contains(u"1 of 2"_s), qPrintable(summary.text));
        QVERIFY2(summary.informativeText.contains(u"is not reachable"_s),
                 qPrintable(summary.informativeText));
        QVERIFY(summary.detailedText.startsWith(u"["_s));
        // One of the two went through: the comparison, read again, shows one of them the same.
        const int copied = int(production.byUrl(CasaMessagesUrl).has_value())
            + int(production.byUrl(RoomlinkUrl)->isActive);
        QCOMPARE(copied, 1);
        QTRY_COMPARE(rowsOf(dialog->tree(), Group::Same).size(), 10);
    }

    void eachSideSaysWhereItStands()
    {
        Console console;
        QVERIFY(console.ready);
        OtherAccount production;
        QVERIFY(production.started);
        const QString refused
            = addConnection(console, u"Wrong key"_s, production.server.rootUrl(), u"nope"_s);
        const QString keyless
            = addConnection(console, u"No key"_s, production.server.rootUrl(), {});
        QVERIFY(!refused.isEmpty() && !keyless.isEmpty());

        console.action(u"compareConnectionsAction"_s)->trigger();
        QPointer<CompareConnectionsDialog> dialog = console.openDialog<CompareConnectionsDialog>();
        QVERIFY(dialog);
        auto *state = dialog->findChild<QLabel *>(u"rightStateLabel"_s);
        auto *copyRight = dialog->findChild<QPushButton *>(u"copyToRightButton"_s);
        dialog->chooseConnections(Session::ConnectionStore::sandboxId(), refused);
        QTRY_VERIFY2(state->text().contains(u"The API key was refused"_s),
                     qPrintable(state->text()));
        QVERIFY(!dialog->tree()->comparison());
        QVERIFY(!copyRight->isEnabled());

        dialog->chooseConnections(Session::ConnectionStore::sandboxId(), keyless);
        QTRY_VERIFY2(state->text().contains(u"No API key is stored for No key"_s),
                     qPrintable(state->text()));

        // The key entered meanwhile is used on Reload (F5).
        bool stored = false;
        console.controller->setApiKey(keyless, production.server.apiKey(), nullptr,
                                      [&stored](const QString &) { stored = true; });
        QTRY_VERIFY(stored);
        dialog->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        QTest::keyClick(dialog->tree(), Qt::Key_F5);
        QTRY_VERIFY(dialog->tree()->comparison());
        QCOMPARE(dialog->tree()->comparison()->count(Group::Same), 12);

        // Pointed elsewhere in Manage connections: the side reads the new server.
        quint16 closedPort = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            closedPort = probe.serverPort();
        }
        Session::SavedConnection moved = *console.controller->connections()->find(keyless);
        moved.profile.customRoot = QUrl(u"http://127.0.0.1:%1"_s.arg(closedPort));
        QVERIFY(console.controller->updateConnection(moved));
        QTRY_VERIFY2(state->text().contains(u"refused the connection"_s),
                     qPrintable(state->text()));
        QVERIFY(!dialog->tree()->comparison());

        dialog->chooseConnections(keyless, keyless);
        QTRY_VERIFY(!dialog->tree()->comparison());
        QVERIFY(dialog->findChild<QLabel *>(u"comparisonSummaryLabel"_s)
                    ->text()
                    .contains(u"same connection"_s));

        // Closed and opened again: the same window, on the last two connections.
        dialog->close();
        QVERIFY(!dialog->isVisible());
        console.action(u"compareConnectionsAction"_s)->trigger();
        QCOMPARE(console.openDialog<CompareConnectionsDialog>(), dialog.data());
    }
};

QTEST_MAIN(TestCompareConnections)
#include "test_compare_connections.moc"
