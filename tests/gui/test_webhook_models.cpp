// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The webhooks table model and its filter proxy, checked by QAbstractItemModelTester and by what
// a user sees in the cells.
#include "app/channex/WebhookCollection.h"
#include "ui/webhooks/UrlElideDelegate.h"
#include "ui/webhooks/WebhookFilterProxy.h"
#include "ui/webhooks/WebhookListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTextDocument>

using namespace Qt::StringLiterals;
using Channex::KeyValueList;
using Channex::Webhook;
using Channex::WebhookCollection;
using Gui::WebhookFilterProxy;
using Gui::WebhookListModel;

namespace {

const QString HarbourId = u"6a1b2f0e-1111-4c2a-9d5e-000000000001"_s;
const QString AlpineId = u"6a1b2f0e-2222-4c2a-9d5e-000000000002"_s;

QList<Webhook> sampleWebhooks()
{
    Webhook global;
    global.id = u"w1"_s;
    global.callbackUrl = u"https://pms.example.com/hooks/all"_s;
    global.eventMask = u"*"_s;
    global.isGlobal = true;
    global.isActive = true;
    global.sendData = true;

    Webhook harbour;
    harbour.id = u"w2"_s;
    harbour.callbackUrl = u"https://harbour.example.com/channex"_s;
    harbour.eventMask = u"booking_new;booking_cancellation"_s;
    harbour.propertyId = HarbourId;
    harbour.isActive = true;
    harbour.headers = KeyValueList {{u"X-Channex-Webhook-Secret"_s, u"s3cret-value"_s}};

    Webhook alpine;
    alpine.id = u"w3"_s;
    alpine.callbackUrl = u"http://alpine.example.org/in"_s;
    alpine.eventMask = u"ari;booking;no_such_event"_s;
    alpine.propertyId = AlpineId;
    alpine.requestParams = KeyValueList {{u"token"_s, u"abc"_s}};
    return {global, harbour, alpine};
}

// A collection and the table model on it, as the window has them.
struct Rows
{
    Rows() { model.setCollection(&collection); }
    WebhookCollection collection;
    WebhookListModel model;
};

} // namespace

class TestWebhookModels final : public QObject
{
    Q_OBJECT

private slots:
    void modelPassesTheTester()
    {
        Rows rows;
        WebhookCollection &collection = rows.collection;
        WebhookListModel &model = rows.model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        collection.replaceAll(sampleWebhooks());
        collection.setPropertyTitles({{HarbourId, u"Harbour View Hotel"_s}});
        collection.replaceAll({});
        collection.replaceAll(sampleWebhooks());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(WebhookListModel::ColumnCount));
    }

    void cellsShowWhatAPersonReads()
    {
        Rows rows;
        WebhookCollection &collection = rows.collection;
        WebhookListModel &model = rows.model;
        collection.replaceAll(sampleWebhooks());
        collection.setPropertyTitles({{HarbourId, u"Harbour View Hotel"_s}});
        auto text = [&](int row, int column) {
            return model.index(row, column).data().toString();
        };

        QCOMPARE(text(0, WebhookListModel::ScopeColumn), u"Global (all properties)"_s);
        QCOMPARE(text(1, WebhookListModel::ScopeColumn), u"Harbour View Hotel"_s);
        // No name known yet: the ID is shown rather than nothing.
        QCOMPARE(text(2, WebhookListModel::ScopeColumn), AlpineId);
        QCOMPARE(text(0, WebhookListModel::ActiveColumn), u"Active"_s);
        QCOMPARE(text(2, WebhookListModel::ActiveColumn), u"Inactive"_s);
        QCOMPARE(text(0, WebhookListModel::SendDataColumn), u"Full payload"_s);
        QCOMPARE(text(1, WebhookListModel::SendDataColumn), u"Event only"_s);
        // Header names are shown, their (secret) values never.
        QCOMPARE(text(1, WebhookListModel::HeadersColumn), u"X-Channex-Webhook-Secret"_s);
        for (int column = 0; column < model.columnCount(); ++column) {
            QVERIFY(!text(1, column).contains(u"s3cret"_s));
            QVERIFY(!model.index(1, column).data(Qt::ToolTipRole).toString().contains(u"s3cret"_s));
        }
        QCOMPARE(text(0, WebhookListModel::HeadersColumn), u"None"_s);
        QCOMPARE(text(2, WebhookListModel::ParamsColumn), u"token"_s);
        // An undocumented event name is flagged, not hidden.
        QVERIFY(text(2, WebhookListModel::EventsColumn).startsWith(u"⚠"_s));
        QVERIFY(model.index(2, WebhookListModel::EventsColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(u"no_such_event"_s));
        QVERIFY(!text(1, WebhookListModel::EventsColumn).startsWith(u"⚠"_s));
    }

    void proxyFiltersByWordsScopeAndActivity_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<WebhookFilterProxy::Scope>("scope");
        QTest::addColumn<WebhookFilterProxy::Activity>("activity");
        QTest::addColumn<QStringList>("ids");

        using S = WebhookFilterProxy::Scope;
        using A = WebhookFilterProxy::Activity;
        QTest::newRow("everything")
            << QString() << S::Any << A::Any << QStringList {u"w1"_s, u"w2"_s, u"w3"_s};
        QTest::newRow("property name") << u"harbour"_s << S::Any << A::Any << QStringList {u"w2"_s};
        QTest::newRow("two words any order")
            << u"CANCELLATION harbour"_s << S::Any << A::Any << QStringList {u"w2"_s};
        QTest::newRow("header name")
            << u"webhook-secret"_s << S::Any << A::Any << QStringList {u"w2"_s};
        // `booking` fires for every booking revision, new, modified or cancelled: a search for
        // one of those finds it as well as the webhooks naming it, and "*".
        QTest::newRow("an event") << u"booking_new"_s << S::Any << A::Any
                                  << QStringList {u"w1"_s, u"w2"_s, u"w3"_s};
        QTest::newRow("covered by booking")
            << u"booking_modification"_s << S::Any << A::Any << QStringList {u"w1"_s, u"w3"_s};
        QTest::newRow("param name") << u"token"_s << S::Any << A::Any << QStringList {u"w3"_s};
        QTest::newRow("header value is not searched")
            << u"s3cret"_s << S::Any << A::Any << QStringList {};
        QTest::newRow("global only") << QString() << S::Global << A::Any << QStringList {u"w1"_s};
        QTest::newRow("property only")
            << QString() << S::Property << A::Any << QStringList {u"w2"_s, u"w3"_s};
        QTest::newRow("inactive only")
            << QString() << S::Any << A::Inactive << QStringList {u"w3"_s};
        QTest::newRow("active property")
            << u"example"_s << S::Property << A::Active << QStringList {u"w2"_s};
    }

    void proxyFiltersByWordsScopeAndActivity()
    {
        QFETCH(QString, text);
        QFETCH(WebhookFilterProxy::Scope, scope);
        QFETCH(WebhookFilterProxy::Activity, activity);
        QFETCH(QStringList, ids);

        Rows rows;
        WebhookCollection &collection = rows.collection;
        WebhookListModel &model = rows.model;
        collection.replaceAll(sampleWebhooks());
        collection.setPropertyTitles({{HarbourId, u"Harbour View Hotel"_s}});
        WebhookFilterProxy proxy;
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.setText(text);
        proxy.setScope(scope);
        proxy.setActivity(activity);

        QStringList shown;
        for (int row = 0; row < proxy.rowCount(); ++row)
            shown << proxy.index(row, 0).data(WebhookListModel::WebhookIdRole).toString();
        shown.sort();
        QCOMPARE(shown, ids);
        QCOMPARE(proxy.isFiltering(),
                 !text.isEmpty() || scope != WebhookFilterProxy::Scope::Any
                     || activity != WebhookFilterProxy::Activity::Any);
    }

    void sortingUsesRawValues()
    {
        Rows rows;
        WebhookCollection &collection = rows.collection;
        WebhookListModel &model = rows.model;
        collection.replaceAll(sampleWebhooks());
        collection.setPropertyTitles(
            {{HarbourId, u"Harbour View Hotel"_s}, {AlpineId, u"Alpine Lodge"_s}});
        WebhookFilterProxy proxy;
        proxy.setSourceModel(&model);

        proxy.sort(WebhookListModel::ScopeColumn, Qt::AscendingOrder);
        QStringList order;
        for (int row = 0; row < proxy.rowCount(); ++row)
            order << proxy.index(row, WebhookListModel::ScopeColumn).data().toString();
        // Global first, then property names alphabetically.
        QCOMPARE(order,
                 (QStringList {u"Global (all properties)"_s, u"Alpine Lodge"_s,
                               u"Harbour View Hotel"_s}));

        proxy.sort(WebhookListModel::HeadersColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data(WebhookListModel::WebhookIdRole).toString(), u"w2"_s);
    }
    void refreshChangesRowsInPlace()
    {
        Rows rows;
        WebhookCollection &collection = rows.collection;
        WebhookListModel &model = rows.model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        collection.replaceAll(sampleWebhooks());
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy removals(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
        const QPersistentModelIndex alpine = model.index(2, 0);

        // The server now has w1 changed, w2 gone, a new w4; w3 unchanged.
        QList<Webhook> fresh = sampleWebhooks();
        fresh[0].callbackUrl = u"https://pms.example.com/hooks/v2"_s;
        Webhook added = fresh[1];
        added.id = u"w4"_s;
        fresh.removeAt(1);
        fresh.prepend(added);
        collection.replaceAll(fresh);

        QCOMPARE(resets.size(), 0); // selection and scroll survive
        QCOMPARE(removals.size(), 1);
        QCOMPARE(inserts.size(), 1);
        QCOMPARE(changes.size(), 1);
        QVERIFY(alpine.isValid());
        QCOMPARE(alpine.data(WebhookListModel::WebhookIdRole).toString(), u"w3"_s);
        QStringList order;
        for (int row = 0; row < model.rowCount(); ++row)
            order << model.index(row, 0).data(WebhookListModel::WebhookIdRole).toString();
        // Known rows keep their order; a new one comes last, whatever the server's order.
        QCOMPARE(order, (QStringList {u"w1"_s, u"w3"_s, u"w4"_s}));
        QCOMPARE(model.index(0, WebhookListModel::CallbackUrlColumn).data().toString(),
                 u"https://pms.example.com/hooks/v2"_s);

        // Nothing changed on the server: nothing changes in the view.
        changes.clear();
        collection.replaceAll(fresh);
        QCOMPARE(changes.size(), 0);
    }

    void rowsCanBeLookedUpByIdWhileTheyAreRemoved()
    {
        WebhookCollection collection;
        collection.replaceAll(sampleWebhooks());
        QStringList seen;
        connect(&collection, &WebhookCollection::rowsRemoved, this, [&] {
            for (const Webhook &webhook : collection.all()) {
                const Webhook *found = collection.find(webhook.id);
                seen << (found ? found->id : u"missing"_s);
            }
        });
        collection.remove(u"w1"_s);
        QCOMPARE(seen, (QStringList {u"w2"_s, u"w3"_s}));
        seen.clear();
        QList<Webhook> fresh = sampleWebhooks();
        fresh.removeAt(1); // w2 vanishes on the server
        collection.replaceAll(fresh);
        QCOMPARE(seen, (QStringList {u"w3"_s}));
        QCOMPARE(collection.indexOf(u"w3"_s), 0);
    }

    void filterFindsWhatTheTableShows_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("ids");
        QTest::newRow("all events") << u"all events"_s << QStringList {u"w1"_s};
        // "*" includes every booking event; w3 subscribes to `booking` itself.
        QTest::newRow("booking") << u"booking"_s << QStringList {u"w1"_s, u"w2"_s, u"w3"_s};
        QTest::newRow("inactive") << u"inactive"_s << QStringList {u"w3"_s};
        QTest::newRow("active is not inactive") << u"active"_s << QStringList {u"w1"_s, u"w2"_s};
        QTest::newRow("shown send data") << u"full payload"_s << QStringList {u"w1"_s};
        QTest::newRow("host part") << u"example.com"_s << QStringList {u"w1"_s, u"w2"_s};
        QTest::newRow("webhook id") << u"w3"_s << QStringList {u"w3"_s};
    }

    void filterFindsWhatTheTableShows()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, ids);
        Rows rows;
        WebhookCollection &collection = rows.collection;
        WebhookListModel &model = rows.model;
        collection.replaceAll(sampleWebhooks());
        WebhookFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.setText(text);
        QStringList shown;
        for (int row = 0; row < proxy.rowCount(); ++row)
            shown << proxy.index(row, 0).data(WebhookListModel::WebhookIdRole).toString();
        shown.sort();
        QCOMPARE(shown, ids);
    }

    // The search text is kept per row: a changed row, new property names or another language
    // are found at once, and nothing stale is.
    void filterFollowsChangedRowsAndNames()
    {
        Rows rows;
        rows.collection.replaceAll(sampleWebhooks());
        WebhookFilterProxy proxy;
        proxy.setSourceModel(&rows.model);
        const auto shown = [&proxy](const QString &text) {
            proxy.setText(text);
            QStringList ids;
            for (int row = 0; row < proxy.rowCount(); ++row)
                ids << proxy.index(row, 0).data(WebhookListModel::WebhookIdRole).toString();
            ids.sort();
            return ids;
        };
        QCOMPARE(shown(u"harbour.example"_s), QStringList {u"w2"_s});
        Webhook moved = sampleWebhooks().at(1);
        moved.callbackUrl = u"https://moved.example.net/hook"_s;
        rows.collection.upsert(moved);
        QCOMPARE(shown(u"harbour.example"_s), QStringList());
        QCOMPARE(shown(u"moved.example"_s), QStringList {u"w2"_s});

        QCOMPARE(shown(u"Lighthouse"_s), QStringList());
        rows.collection.setPropertyTitles({{HarbourId, u"Lighthouse Inn"_s}});
        QCOMPARE(shown(u"Lighthouse"_s), QStringList {u"w2"_s});
    }

    void tooltipsAreReadable()
    {
        Rows rows;
        WebhookCollection &collection = rows.collection;
        WebhookListModel &model = rows.model;
        collection.replaceAll(sampleWebhooks());
        const QString events
            = model.index(1, WebhookListModel::EventsColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(!events.contains(u'`'), qPrintable(events));
        QVERIFY(Qt::mightBeRichText(events)); // so that Qt wraps it
        QVERIFY(events.contains(u"booking_cancellation"_s));
        const QString headers
            = model.index(1, WebhookListModel::HeadersColumn).data(Qt::ToolTipRole).toString();
        QVERIFY(headers.contains(u"X-Channex-Webhook-Secret"_s));
        QVERIFY(!headers.contains(u"s3cret"_s));
    }

    void activeBoxAsksTheOwner()
    {
        Rows rows;
        WebhookCollection &collection = rows.collection;
        WebhookListModel &model = rows.model;
        collection.replaceAll(sampleWebhooks());
        const QModelIndex active = model.index(0, WebhookListModel::ActiveColumn);
        QCOMPARE(active.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
        QVERIFY(model.flags(active) & Qt::ItemIsUserCheckable);
        QSignalSpy requests(&model, &WebhookListModel::activeToggleRequested);
        QVERIFY(model.setData(active, Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.first().at(0).toString(), u"w1"_s);
        QCOMPARE(requests.first().at(1).toBool(), false);
        // The row follows the collection, not the click.
        QCOMPARE(active.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
    }

    void urlsKeepTheirHostWhenShortened()
    {
        const QFontMetrics metrics(QFont(u"Sans"_s, 10));
        const QString url = u"https://pms.example.com/api/v2/integrations/channex/webhooks/in"_s;
        QCOMPARE(Gui::UrlElideDelegate::elide(url, metrics, 2000), url);
        const int width = metrics.horizontalAdvance(u"https://pms.example.com/api/v2/in"_s);
        const QString shown = Gui::UrlElideDelegate::elide(url, metrics, width);
        QVERIFY2(shown.startsWith(u"https://pms.example.com/"_s), qPrintable(shown));
        QVERIFY(shown.contains(QChar(0x2026)));
        QVERIFY(shown.endsWith(u"in"_s));
        QVERIFY(metrics.horizontalAdvance(shown) <= width);
    }
};

QTEST_MAIN(TestWebhookModels)
#include "test_webhook_models.moc"
