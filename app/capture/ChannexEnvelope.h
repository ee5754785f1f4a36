// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Capture {

// The envelope fields of a Channex delivery
// (https://docs.channex.io/api-v.1-documentation/webhook-collection): what the captured list needs
// to know of a body. Recognised runs for every received request, so it is kept lean: a body that
// does not start with '{' (after whitespace) is not parsed at all, any other is parsed once.
struct ChannexEnvelope
{
    QString event; // canonical name ("disconnected_channel" becomes "disconnect_channel")
    QString propertyId;
    QString userId;
    QString timestamp;
    QStringList subjects; // what the delivery is about (DeliverySubject), for Out-of-order

    // Empty (no event) unless the body is a JSON object with a string "event" that is either a
    // documented event or comes in the documented envelope (with "property_id" or "timestamp").
    static ChannexEnvelope recognise(const QByteArray &body);
};

} // namespace Capture
