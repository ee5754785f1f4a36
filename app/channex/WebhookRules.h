// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/channex/Webhook.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace Channex {

// The one rule set for webhook fields, before anything is sent. The dialog
// uses it to say what is wrong next to each field, the client refuses to send what it rejects,
// and the sandbox applies the same rules as the server it imitates. Widgets-free and pure.
//
// Where the Channex docs are silent
// (https://docs.channex.io/api-v.1-documentation/webhook-collection), the choices are:
// - callback_url: an absolute http or https URL with a host; plain http and query parameters
//   whose names look like secrets are warnings, not errors (the API accepts both).
// - header names: RFC 9110 tokens, because anything else could split the delivery request;
//   names are compared case-insensitively for duplicates, as HTTP does.
// - request parameter names: any non-empty text; duplicates are compared exactly.
// - CR, LF and NUL are refused in every key and value of both lists.
class WebhookRules
{
    Q_DECLARE_TR_FUNCTIONS(Channex::WebhookRules)

public:
    enum class Severity { Error, Warning };
    enum class Field { CallbackUrl, EventMask, Property, Headers, RequestParams };
    enum class ListKind { Headers, RequestParams };

    struct Problem
    {
        Field field;
        Severity severity = Severity::Error;
        QString message; // a translated sentence saying why
        int row = -1; // for Headers / RequestParams: the entry's index, else -1

        bool isError() const { return severity == Severity::Error; }
        friend bool operator==(const Problem &, const Problem &) = default;
    };
    using Problems = QList<Problem>;

    // CR, LF or NUL: could end a header line or a request line early.
    static bool hasLineBreak(QStringView text);
    // A query parameter name that suggests a credential (token, secret, key, password, …).
    static bool looksSecret(QStringView name);

    static Problems checkCallbackUrl(const QString &text);
    static Problems checkEventMask(const QString &mask);
    // isGlobal false needs a property id.
    static Problems checkScope(bool isGlobal, const QString &propertyId);
    static Problems checkKeyValues(const std::optional<KeyValueList> &values, ListKind kind);
    // Every field of a webhook about to be created, updated or tested. With `stored` (the
    // webhook as Channex holds it, or the one a copy is made of), a field left as it is there is
    // Channex's own value, perhaps set by another tool: its errors become warnings that say so
    // (it stays as it is; a write changes only what the person changed), and only the fields
    // changed can stop a write.
    static Problems check(const Webhook &webhook, const Webhook *stored = nullptr);

    // The problems of a field Channex holds as it is (made elsewhere, left unchanged): its errors
    // become warnings that say it is sent back unchanged and what a receiver may do with it.
    static Problems asStored(Problems problems);

    static bool hasErrors(const Problems &problems);
    // The errors only, as `field wire name → sentences`, the shape of a 422 `details` object.
    static QMap<QString, QStringList> errorDetails(const Problems &problems);
    // Wire name of a field: "callback_url", "event_mask", "property_id", "headers",
    // "request_params".
    static QString wireName(Field field);
    // The field a key of a 422 `details` object is about: its wire name, and "is_global" for
    // Property (the scope is one field: a property or global). Empty for any other key ("base").
    static std::optional<Field> fieldOfDetail(QStringView key);
};

} // namespace Channex
