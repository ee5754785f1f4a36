// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Payloads {

// The outcome of checking a received body against the documented shape of its event. A value:
// the sentences are translated when asked for, so they follow a language change.
class PayloadCheckResult
{
    Q_DECLARE_TR_FUNCTIONS(Payloads::PayloadCheckResult)

public:
    enum class Status {
        Matches, // the documented fields, no more and no fewer
        NoData, // the documented no-data form (send_data = false)
        PayloadNotDocumented, // envelope fine; Channex shows no data for this event, not checked
        Differs, // see missing, unexpected and wrongKind
        NotJson,
        NotObject,
        NoEvent, // an object without a string "event"
        UnknownEvent,
    };

    Status status = Status::NotJson;
    QString event; // as received, when it is a string
    QString propertyId; // top-level property_id when it is a string
    QString userId; // empty for null or absent
    QString timestamp;
    // Dotted paths ("payload.booking_id", "payload.booking_details.nights"), sorted.
    QStringList missing;
    QStringList unexpected;
    QStringList wrongKind; // object where the docs show a value, array where they show an object…
    QString parseError; // for NotJson: Qt's description of the error
    int parseOffset = 0; // and where it is, in bytes

    // No problem to show: Matches, NoData or PayloadNotDocumented.
    bool passed() const;
    // One translated sentence for the status, then one per non-empty list.
    QStringList sentences() const;
};

class PayloadCheck
{
public:
    static PayloadCheckResult check(const QByteArray &body);
};

} // namespace Payloads
