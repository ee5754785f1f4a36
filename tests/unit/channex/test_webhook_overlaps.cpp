// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The overlap check: which webhooks Channex does not deliver as the rows suggest (a global one a
// property webhook takes events from, the same event twice to one URL, a mask that matches
// nothing, plain http on production).
#include "app/channex/ConnectionProfile.h"
#include "app/channex/WebhookOverlaps.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;
using Channex::Overlap;
using Channex::Webhook;
using Channex::WebhookOverlaps;

namespace {

const QString Harbour = u"716305c4-561a-4561-a187-7f5b8aeb5920"_s;
const QString Alpine = u"52397a6e-c330-44f4-a293-47042d3a3607"_s;

Webhook hook(const QString &id, const QString &propertyId, const QString &url, const QString &mask,
             bool active = true)
{
    Webhook w;
    w.id = id;
    w.propertyId = propertyId;
    w.isGlobal = propertyId.isEmpty();
    w.callbackUrl = url;
    w.eventMask = mask;
    w.isActive = active;
    return w;
}

QList<Overlap::Kind> kinds(const QList<Overlap> &findings)
{
    QList<Overlap::Kind> list;
    for (const Overlap &finding : findings)
        list << finding.kind;
    return list;
}

QStringList ids(const Overlap &finding)
{
    QStringList list;
    for (const Webhook &webhook : finding.webhooks)
        list << webhook.id;
    return list;
}

} // namespace

class TestWebhookOverlaps final : public QObject
{
    Q_OBJECT

private slots:
    void globalAndPropertyWebhookSharingAnEvent()
    {
        const QList<Webhook> webhooks {
            hook(u"p"_s, Harbour, u"https://pms.example/a"_s, u"booking;ari"_s),
            hook(u"g"_s, {}, u"https://hub.example/all"_s, u"*"_s),
            hook(u"q"_s, Alpine, u"https://pms.example/b"_s, u"review"_s, false),
        };
        const QList<Overlap> findings = WebhookOverlaps(webhooks, false).all();
        QCOMPARE(kinds(findings), QList {Overlap::Kind::GlobalShadowed});
        // The global one first, whatever the order in the account; the shared events in
        // catalogue order; the inactive property webhook delivers nothing, so takes nothing.
        QCOMPARE(ids(findings.first()), (QStringList {u"g"_s, u"p"_s}));
        QCOMPARE(findings.first().events, (QStringList {u"ari"_s, u"booking"_s}));
    }

    void differentEventsDoNotOverlap()
    {
        const QList<Webhook> webhooks {
            hook(u"p"_s, Harbour, u"https://same.example/"_s, u"booking"_s),
            hook(u"g"_s, {}, u"https://same.example/"_s, u"booking_new;booking_cancellation"_s),
        };
        QVERIFY(WebhookOverlaps(webhooks, false).all().isEmpty());
    }

    void theOldNameOfDisconnectChannelIsTheSameEvent()
    {
        const QList<Webhook> webhooks {
            hook(u"g"_s, {}, u"https://a.example/"_s, u"disconnected_channel"_s),
            hook(u"p"_s, Harbour, u"https://b.example/"_s, u"disconnect_channel;new_channel"_s),
        };
        const QList<Overlap> findings = WebhookOverlaps(webhooks, false).all();
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().events, QStringList {u"disconnect_channel"_s});
    }

    void ariFiltersThatExcludeEachOtherDoNotOverlap_data()
    {
        QTest::addColumn<QString>("global");
        QTest::addColumn<QString>("property");
        QTest::addColumn<bool>("overlap");
        QTest::newRow("both plain") << u"ari"_s << u"ari"_s << true;
        QTest::newRow("filter and plain") << u"ari:rate:*:plan-a"_s << u"ari"_s << true;
        QTest::newRow("other rate plan")
            << u"ari:rate:*:plan-a"_s << u"ari:rate:*:plan-b"_s << false;
        QTest::newRow("same rate plan")
            << u"ari:*:*:plan-a,plan-b"_s << u"ari:rate:*:plan-b"_s << true;
        QTest::newRow("other restriction")
            << u"ari:availability"_s << u"ari:rate,stop_sell"_s << false;
        QTest::newRow("other room type") << u"ari:*:room-1"_s << u"ari:*:room-2"_s << false;
        QTest::newRow("all events and a filter") << u"*"_s << u"ari:rate:room-1:plan-a"_s << true;
    }

    void ariFiltersThatExcludeEachOtherDoNotOverlap()
    {
        QFETCH(QString, global);
        QFETCH(QString, property);
        QFETCH(bool, overlap);
        const QList<Webhook> webhooks {hook(u"g"_s, {}, u"https://a.example/"_s, global),
                                       hook(u"p"_s, Harbour, u"https://b.example/"_s, property)};
        QCOMPARE(!WebhookOverlaps(webhooks, false).all().isEmpty(), overlap);
    }

    void sameScopeSameUrlDeliversTwice()
    {
        const QList<Webhook> webhooks {
            hook(u"a"_s, Harbour, u"https://PMS.example/hook"_s, u"booking;message"_s),
            hook(u"b"_s, Harbour, u"https://pms.example/hook"_s, u"message"_s),
            hook(u"c"_s, Alpine, u"https://pms.example/hook"_s, u"message"_s), // other property
            hook(u"d"_s, Harbour, u"https://pms.example/other"_s, u"message"_s), // other URL
            hook(u"e"_s, Harbour, u"https://pms.example/hook"_s, u"message"_s, false), // paused
            hook(u"g1"_s, {}, u"https://hub.example/"_s, u"review"_s),
            hook(u"g2"_s, {}, u"https://hub.example/"_s, u"review;ari"_s),
        };
        QList<Overlap> twice;
        for (const Overlap &finding : WebhookOverlaps(webhooks, false).all()) {
            if (finding.kind == Overlap::Kind::DeliveredTwice)
                twice << finding;
        }
        QCOMPARE(twice.size(), 2);
        QCOMPARE(ids(twice.at(0)), (QStringList {u"a"_s, u"b"_s}));
        QCOMPARE(twice.at(0).events, QStringList {u"message"_s});
        QCOMPARE(ids(twice.at(1)), (QStringList {u"g1"_s, u"g2"_s}));
        QCOMPARE(twice.at(1).events, QStringList {u"review"_s});
    }

    void aMaskThatMatchesNoDocumentedEvent_data()
    {
        QTest::addColumn<QString>("mask");
        QTest::addColumn<bool>("found");
        QTest::newRow("typo") << u"bookings"_s << true;
        QTest::newRow("upper case") << u"Booking;ARI"_s << true;
        QTest::newRow("filter on another event") << u"booking:x"_s << true;
        QTest::newRow("one known name") << u"booking;bookings"_s << false;
        QTest::newRow("every event") << u"*"_s << false;
        QTest::newRow("old name") << u"disconnected_channel"_s << false;
    }

    void aMaskThatMatchesNoDocumentedEvent()
    {
        QFETCH(QString, mask);
        QFETCH(bool, found);
        // Paused or not: the mask is wrong either way.
        const QList<Webhook> webhooks {hook(u"w"_s, Harbour, u"https://a.example/"_s, mask, false)};
        const QList<Overlap> findings = WebhookOverlaps(webhooks, false).all();
        QCOMPARE(kinds(findings).contains(Overlap::Kind::NoKnownEvent), found);
        if (found)
            QVERIFY(!findings.first().events.isEmpty());
    }

    void plainHttpOnlyMattersOnProduction()
    {
        const QList<Webhook> webhooks {
            hook(u"http"_s, Harbour, u"http://pms.example/hook"_s, u"booking"_s),
            hook(u"paused"_s, Harbour, u"http://pms.example/paused"_s, u"review"_s, false),
            hook(u"https"_s, Alpine, u"https://pms.example/hook"_s, u"booking"_s),
        };
        QVERIFY(WebhookOverlaps(webhooks, false).all().isEmpty());
        const QList<Overlap> production = WebhookOverlaps(webhooks, true).all();
        QCOMPARE(kinds(production), QList {Overlap::Kind::PlainHttpOnProduction});
        QCOMPARE(ids(production.first()), QStringList {u"http"_s});
    }

    void productionServers()
    {
        using Channex::ConnectionProfile;
        QVERIFY(ConnectionProfile::isProductionServer(ConnectionProfile::productionRoot()));
        QVERIFY(ConnectionProfile::isProductionServer(QUrl(u"https://APP.channex.io/"_s)));
        QVERIFY(ConnectionProfile::isProductionServer(QUrl(u"https://secure.channex.io"_s)));
        QVERIFY(!ConnectionProfile::isProductionServer(ConnectionProfile::stagingRoot()));
        QVERIFY(!ConnectionProfile::isProductionServer(QUrl(u"http://127.0.0.1:8089"_s)));
    }

    void aCandidateTakesThePlaceOfItsRow()
    {
        const QList<Webhook> webhooks {
            hook(u"p"_s, Harbour, u"https://pms.example/a"_s, u"booking"_s),
            hook(u"g"_s, {}, u"https://hub.example/all"_s, u"review"_s),
        };
        const WebhookOverlaps check(webhooks, false);
        QVERIFY(check.all().isEmpty());

        // Editing the global webhook to take every event: it would now share booking.
        Webhook edited = webhooks.at(1);
        edited.eventMask = u"*"_s;
        QList<Overlap> findings = check.of(edited);
        QCOMPARE(kinds(findings), QList {Overlap::Kind::GlobalShadowed});
        QCOMPARE(findings.first().webhooks.first(), edited);
        QCOMPARE(findings.first().events, QStringList {u"booking"_s});

        // A new property webhook to the same URL as "p": twice, and nothing with its own row.
        Webhook fresh = hook({}, Harbour, u"https://pms.example/a"_s, u"*"_s);
        findings = check.of(fresh);
        QCOMPARE(kinds(findings),
                 (QList {Overlap::Kind::GlobalShadowed, Overlap::Kind::DeliveredTwice}));
        // Paused, the same webhook overlaps nothing; a mask with no event is still found.
        fresh.isActive = false;
        fresh.eventMask = u"bookings"_s;
        QCOMPARE(kinds(check.of(fresh)), QList {Overlap::Kind::NoKnownEvent});
    }

    void oneLinePerFinding()
    {
        const QList<Webhook> webhooks {
            hook(u"g"_s, {}, u"https://hub.example/all"_s, u"*"_s),
            hook(u"p"_s, Harbour, u"https://pms.example/a"_s, u"*"_s),
            hook(u"x"_s, Alpine, u"https://pms.example/b"_s, u"bookings"_s),
        };
        const QHash<QString, QString> titles {{Harbour, u"Harbour View Hotel"_s}};
        const QList<Overlap> findings = WebhookOverlaps(webhooks, false).all();
        QCOMPARE(findings.size(), 2);
        QCOMPARE(findings.at(0).line(titles),
                 u"Global and property webhook share events: [Global] https://hub.example/all; "
                 "[Harbour View Hotel] https://pms.example/a (every event)"_s);
        // Without a title, the property's id.
        QCOMPARE(
            findings.at(1).line(titles),
            u"Event mask matches no documented event: [%1] https://pms.example/b (bookings)"_s.arg(
                Alpine));
    }

    void tenThousandWebhooksAreCheckedQuickly()
    {
        QList<Webhook> webhooks;
        for (int i = 0; i < 10'000; ++i)
            webhooks << hook(QString::number(i), QString::number(i % 500),
                             u"https://pms.example/%1"_s.arg(i % 900), u"booking;ari"_s);
        webhooks << hook(u"g"_s, {}, u"https://hub.example/"_s, u"*"_s);
        QElapsedTimer timer;
        timer.start();
        const QList<Overlap> findings = WebhookOverlaps(webhooks, false).all();
        QVERIFY(findings.size() >= 10'000); // the global one with each property webhook
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestWebhookOverlaps)
#include "test_webhook_overlaps.moc"
