// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace Payloads {

// The documented sample body of each of the 28 events
// (https://docs.channex.io/api-v.1-documentation/webhook-collection), compiled in from
// app/payloads/samples/<event>.json. Where the reference has no data example for an event, the
// sample is the documented no-data envelope carrying that event's name: no field is
// invented. samples/README.md says which files are verbatim copies and which were corrected.
enum class SampleOrigin {
    Verbatim, // the reference's literal JSON block, byte for byte
    Corrected, // the reference's block made valid JSON (see samples/README.md)
    NoDataEnvelope, // the no-data envelope with the event's name: the event has no documented data
};

// What the documentation shows a body of one event to contain.
struct PayloadShape
{
    QStringList topLevel; // keys of the sample, sorted
    QJsonValue::Type payloadType = QJsonValue::Undefined; // Undefined: no documented payload
    QStringList payloadFields; // keys of an object payload, sorted
    QHash<QString, QStringList> nested; // payload key → keys of the object the docs show there
};

struct Sample
{
    QString event; // canonical wire name
    QByteArray json; // the file's exact bytes
    SampleOrigin origin = SampleOrigin::NoDataEnvelope;
    QString section; // where the reference shows it: "9.3"
    bool isDocumentedWithData() const { return origin != SampleOrigin::NoDataEnvelope; }
};

class SamplePayloads
{
public:
    // Events with a sample, in the catalogue's order (all 28).
    static QStringList events();
    // The sample of an event (the alias "disconnected_channel" finds disconnect_channel); an
    // empty event name for unknown events.
    static Sample sample(const QString &event);
    static PayloadShape shape(const QString &event);
    // The envelope of every delivery
    // (https://docs.channex.io/api-v.1-documentation/webhook-collection): event, payload,
    // property_id, timestamp, user_id.
    static QStringList envelopeFields();
    // The no-data form (send_data = false): the envelope without payload.
    static QStringList noDataFields();
};

} // namespace Payloads
