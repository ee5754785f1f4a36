// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sandbox/DemoData.h"

#include "app/sandbox/SandboxStore.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace Sandbox::DemoData {

namespace {

// The first two ids are the property ids of Channex's own documentation examples, so a user
// comparing the sandbox with the docs recognises them.
const QString HarbourView = u"716305c4-561a-4561-a187-7f5b8aeb5920"_s;
const QString AlpineLodge = u"52397a6e-c330-44f4-a293-47042d3a3607"_s;
const QString CasaDelSol = u"605f075a-74ad-4bb5-a3f0-7a306e2c04fe"_s;
const QString MapleStreet = u"3f1c9a2e-8b7d-4e15-9c6a-2d4e8f0b1a73"_s;
const QString PraiaAzul = u"b8e2d4f6-1a3c-4e5b-8d7f-9a0b1c2d3e4f"_s;

// Namespace of the name-based (v5) ids of generated webhooks.
const QUuid GeneratedNamespace(u"0f5c3b1e-7a2d-4c69-9e84-5d1b6a3f2c70"_s);

Channex::Webhook webhook(const QString &id, const QString &propertyId, const QString &url,
                         const QString &mask, bool active, bool sendData)
{
    Channex::Webhook w;
    w.id = id;
    w.propertyId = propertyId;
    w.isGlobal = propertyId.isEmpty();
    w.callbackUrl = url;
    w.eventMask = mask;
    w.isActive = active;
    w.sendData = sendData;
    w.organizationId = organizationId();
    return w;
}

} // namespace

QString organizationId()
{
    return u"9c4e2a71-5b3d-4f86-a0e1-7d2c6b8f4e19"_s;
}

QList<Channex::PropertyOption> properties()
{
    return {
        {HarbourView, u"Harbour View Hotel"_s, u"GBP"_s},
        {AlpineLodge, u"Alpine Lodge Zermatt"_s, u"CHF"_s},
        {CasaDelSol, u"Casa del Sol Sevilla"_s, u"EUR"_s},
        {MapleStreet, u"Maple Street Inn"_s, u"USD"_s},
        {PraiaAzul, u"Pousada Praia Azul"_s, u"BRL"_s},
    };
}

QList<Channex::Webhook> webhooks()
{
    QList<Channex::Webhook> list;

    auto w = webhook(u"a9a88747-767e-458c-99e0-9212fcfb0b39"_s, HarbourView,
                     u"https://pms.example-hotel.com/channex/webhooks"_s, u"*"_s, true, true);
    w.headers = Channex::KeyValueList {{u"X-Channex-Webhook-Secret"_s, u"hv-3f9a1c7e5b2d4a6c"_s}};
    list << w;

    w = webhook(u"227d4b09-7eef-4c7e-bc72-44c0c40b5299"_s, {},
                u"https://hooks.roomlink-pms.io/v2/channex/bookings"_s,
                u"booking_new;booking_modification;booking_cancellation"_s, true, true);
    w.headers = Channex::KeyValueList {{u"Authorization"_s, u"Bearer rl_demo_7Hc2pQ9xLm4vT8"_s}};
    w.requestParams = Channex::KeyValueList {{u"account"_s, u"acme-hotels"_s}};
    list << w;

    w = webhook(u"c41e7a2b-93d5-4f0e-8b6a-1d2c3e4f5a6b"_s, AlpineLodge,
                u"https://revenue.alpinelodge.ch/api/ari-feed"_s,
                u"ari:rate,stop_sell:*:96a44e07-2158-43e4-8baa-8f6f56922ba8"_s, true, true);
    w.requestParams = Channex::KeyValueList {{u"source"_s, u"channex"_s}};
    list << w;

    list << webhook(u"d5f28b3c-a4e6-4a1f-9c7b-2e3d4f5a6b7c"_s, CasaDelSol,
                    u"https://inbox.casadelsol.es/webhooks/channex-messages"_s,
                    u"message;inquiry"_s, true, true);

    w = webhook(u"e6a39c4d-b5f7-4b2a-8d8c-3f4e5a6b7c8d"_s, {},
                u"https://ops.example-hotel-group.com/alerts/channex"_s,
                u"sync_error;sync_warning;rate_error"_s, true, false);
    w.headers = Channex::KeyValueList {{u"X-Alert-Token"_s, u"ops-91b7e2f04c"_s}};
    list << w;

    // Plain http, inactive: the editor warns about both.
    list << webhook(u"f7b4ad5e-c6a8-4c3b-9e9d-4a5f6b7c8d9e"_s, MapleStreet,
                    u"http://maplestreetinn.example.com:8080/channex"_s, u"booking"_s, false,
                    false);

    w = webhook(u"08c5be6f-d7b9-4d4c-8fae-5b6a7c8d9eaf"_s, PraiaAzul,
                u"https://pousadapraiaazul.com.br/integracoes/channex"_s,
                u"booking_new;booking_cancellation"_s, true, true);
    w.headers = Channex::KeyValueList {{u"Authorization"_s, u"Basic cG91c2FkYTpkZW1v"_s}};
    list << w;

    // "disconnected_channel" is the 2025 name of today's "disconnect_channel"
    // (https://docs.channex.io/api-v.1-documentation/webhook-collection).
    list << webhook(u"19d6cf70-e8ca-4e5d-9abf-6c7d8e9fa0b1"_s, HarbourView,
                    u"https://pms.example-hotel.com/channex/channels"_s,
                    u"disconnected_channel;new_channel;updated_channel"_s, false, false);

    w = webhook(u"2ae7d081-f9db-4f6e-8bc0-7d8e9fa0b1c2"_s, {},
                u"https://reviews.guestvoice.app/ingest/channex"_s, u"review;updated_review"_s,
                false, true);
    w.requestParams = Channex::KeyValueList {{u"format"_s, u"json"_s}, {u"tenant"_s, u"demo"_s}};
    list << w;

    list << webhook(u"3bf8e192-0aec-4a7f-9cd1-8e9fa0b1c2d3"_s, AlpineLodge,
                    u"https://pms.alpinelodge.ch/channex/bookings"_s, u"booking"_s, true, false);

    w = webhook(u"4c09f2a3-1bfd-4b80-8de2-9fa0b1c2d3e4"_s, CasaDelSol,
                u"https://rms.example-revenue.com/hooks/casa-del-sol"_s, u"ari"_s, true, true);
    w.headers = Channex::KeyValueList {{u"X-Api-Key"_s, u"rms-demo-5e8c21"_s}};
    list << w;

    list << webhook(u"5d1a03b4-2c0e-4c91-9ef3-a0b1c2d3e4f5"_s, MapleStreet,
                    u"https://frontdesk.maplestreetinn.example.com/alerts"_s,
                    u"non_acked_booking;booking_unmapped_room;booking_unmapped_rate"_s, true,
                    false);
    return list;
}

QList<Channex::Webhook> generatedWebhooks(int firstIndex, int count)
{
    static const QStringList masks {u"*"_s, u"booking"_s, u"ari"_s,
                                    u"booking_new;booking_modification;booking_cancellation"_s,
                                    u"message;inquiry"_s};
    const QList<Channex::PropertyOption> props = properties();
    QList<Channex::Webhook> list;
    list.reserve(count);
    for (int i = firstIndex; i < firstIndex + count; ++i) {
        const QString id = QUuid::createUuidV5(GeneratedNamespace,
                                               u"webhook-console/generated/"_s + QString::number(i))
                               .toString(QUuid::WithoutBraces);
        list << webhook(id, props.at(i % props.size()).id,
                        u"https://bench.example.com/hooks/"_s + QString::number(i),
                        masks.at(i % masks.size()), i % 3 != 0, i % 2 == 0);
    }
    return list;
}

void load(SandboxStore &store)
{
    for (const Channex::PropertyOption &property : properties())
        store.addProperty(property);
    for (const Channex::Webhook &w : webhooks())
        store.addWebhook(w);
}

void addGeneratedWebhooks(SandboxStore &store, int count)
{
    if (count <= 0)
        return;
    if (store.properties().isEmpty()) {
        for (const Channex::PropertyOption &property : properties())
            store.addProperty(property);
    }
    // Numbering continues after the webhooks already stored; skip numbers whose id is taken
    // (a generated webhook deleted and regenerated keeps its old id free).
    int index = int(store.webhooks().size());
    int added = 0;
    while (added < count) {
        const Channex::Webhook w = generatedWebhooks(index++, 1).constFirst();
        if (store.containsWebhook(w.id))
            continue;
        store.addWebhook(w);
        ++added;
    }
}

} // namespace Sandbox::DemoData
