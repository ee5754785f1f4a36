// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/channex/WebhookRules.h"

#include "app/channex/EventMask.h"
#include "app/http/HttpToken.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Channex {

namespace {

using Problem = WebhookRules::Problem;
using Field = WebhookRules::Field;
using Severity = WebhookRules::Severity;

Problem error(Field field, QString message, int row = -1)
{
    return {field, Severity::Error, std::move(message), row};
}

Problem warning(Field field, QString message, int row = -1)
{
    return {field, Severity::Warning, std::move(message), row};
}

} // namespace

bool WebhookRules::hasLineBreak(QStringView text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c == u'\r' || c == u'\n' || c == QChar(0); });
}

bool WebhookRules::looksSecret(QStringView name)
{
    static const QStringList hints {u"token"_s,  u"secret"_s,    u"key"_s,        u"password"_s,
                                    u"passwd"_s, u"signature"_s, u"auth"_s,       u"credential"_s,
                                    u"sig"_s,    u"pwd"_s,       u"access_code"_s};
    const QString lower = name.toString().toLower();
    return std::any_of(hints.cbegin(), hints.cend(),
                       [&lower](const QString &hint) { return lower.contains(hint); });
}

WebhookRules::Problems WebhookRules::checkCallbackUrl(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {error(Field::CallbackUrl, tr("Enter the URL that should receive the events."))};
    if (trimmed != text)
        return {error(Field::CallbackUrl, tr("Remove the spaces before or after the URL."))};
    if (hasLineBreak(text))
        return {error(Field::CallbackUrl, tr("The URL must be on one line."))};
    if (const qsizetype space = text.indexOf(QRegularExpression(u"\\s"_s)); space >= 0) {
        return {error(Field::CallbackUrl,
                      tr("The URL contains a space after “%1”: a URL has none (write %20 where "
                         "the receiver expects one).")
                          .arg(text.left(space).right(24)))};
    }
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.isRelative())
        return {error(Field::CallbackUrl,
                      tr("Enter a full URL that starts with https:// or http://."))};
    if (scheme != "http"_L1 && scheme != "https"_L1)
        return {error(Field::CallbackUrl,
                      tr("Channex calls only http and https URLs, not %1.").arg(scheme))};
    if (url.host().isEmpty())
        return {
            error(Field::CallbackUrl, tr("The URL needs a host name after %1://.").arg(scheme))};

    Problems problems;
    // Plain http to this computer (the live receiver, an app under development) crosses no
    // network: no warning.
    const QHostAddress address(url.host());
    const bool loopback = url.host().compare(u"localhost"_s, Qt::CaseInsensitive) == 0
        || (!address.isNull() && address.isLoopback());
    if (scheme == "http"_L1 && !loopback) {
        problems << warning(Field::CallbackUrl,
                            tr("Plain http sends bookings and guest data unencrypted; use https "
                               "where the receiver supports it."));
    }
    QStringList secretNames;
    for (const auto &[name, value] : QUrlQuery(url).queryItems()) {
        if (looksSecret(name))
            secretNames << name;
    }
    if (!secretNames.isEmpty()) {
        problems << warning(Field::CallbackUrl,
                            tr("The query holds what looks like a secret (%1): URLs end up in "
                               "logs. A header is safer.")
                                .arg(secretNames.join(u", "_s)));
    }
    return problems;
}

WebhookRules::Problems WebhookRules::checkEventMask(const QString &text)
{
    if (text.trimmed().isEmpty())
        return {error(Field::EventMask, tr("Choose at least one event, or all events (*)."))};
    if (hasLineBreak(text))
        return {error(Field::EventMask, tr("The event mask must be on one line."))};
    const EventMask mask = EventMask::parse(text);
    if (mask.isEmpty())
        return {error(Field::EventMask, tr("Choose at least one event, or all events (*)."))};
    Problems problems;
    // Unknown names and odd combinations are kept and sent: Channex's rule for them is not
    // documented (https://docs.channex.io/api-v.1-documentation/webhook-collection), so they are
    // warnings.
    for (const QString &sentence : mask.problems())
        problems << warning(Field::EventMask, sentence);
    return problems;
}

WebhookRules::Problems WebhookRules::checkScope(bool isGlobal, const QString &propertyId)
{
    if (!isGlobal && propertyId.trimmed().isEmpty())
        return {error(Field::Property,
                      tr("Choose the property whose events this webhook receives, or Global."))};
    return {};
}

WebhookRules::Problems WebhookRules::checkKeyValues(const std::optional<KeyValueList> &values,
                                                    ListKind kind)
{
    if (!values)
        return {};
    const bool headers = kind == ListKind::Headers;
    const Field field = headers ? Field::Headers : Field::RequestParams;
    Problems problems;
    QSet<QString> seen;
    for (int row = 0; row < values->size(); ++row) {
        const KeyValue &entry = values->at(row);
        if (entry.key.isEmpty()) {
            problems << error(field,
                              headers ? tr("Header %1 has no name.").arg(row + 1)
                                      : tr("Parameter %1 has no name.").arg(row + 1),
                              row);
            continue;
        }
        if (hasLineBreak(entry.key) || hasLineBreak(entry.value)) {
            problems << error(field,
                              tr("“%1” contains a line break, which would break the request.")
                                  .arg(entry.key.simplified()),
                              row);
            continue;
        }
        if (headers && !Http::isToken(entry.key)) {
            problems << error(field, Http::HttpToken::headerNameProblem(entry.key), row);
            continue;
        }
        const QString identity = headers ? entry.key.toLower() : entry.key;
        if (seen.contains(identity)) {
            problems << error(field,
                              headers ? tr("The header “%1” is listed twice.").arg(entry.key)
                                      : tr("The parameter “%1” is listed twice.").arg(entry.key),
                              row);
            continue;
        }
        seen.insert(identity);
    }
    return problems;
}

WebhookRules::Problems WebhookRules::check(const Webhook &webhook, const Webhook *stored)
{
    // In the order the dialog shows the fields, so "the first problem" is the topmost one.
    Problems problems = checkCallbackUrl(webhook.callbackUrl);
    problems << checkScope(webhook.isGlobal, webhook.propertyId);
    problems << checkEventMask(webhook.eventMask);
    problems << checkKeyValues(webhook.headers, ListKind::Headers);
    problems << checkKeyValues(webhook.requestParams, ListKind::RequestParams);
    if (!stored)
        return problems;
    const auto unchanged = [&webhook, stored](Field field) {
        switch (field) {
        case Field::CallbackUrl:
            return webhook.callbackUrl == stored->callbackUrl;
        case Field::EventMask:
            return webhook.eventMask == stored->eventMask;
        case Field::Property:
            return webhook.isGlobal == stored->isGlobal
                && (webhook.isGlobal || webhook.propertyId == stored->propertyId);
        case Field::Headers:
            return webhook.headers == stored->headers;
        case Field::RequestParams:
            return webhook.requestParams == stored->requestParams;
        }
        return false;
    };
    Problems result;
    for (const Problem &problem : std::as_const(problems)) {
        if (problem.isError() && unchanged(problem.field))
            result << asStored({problem});
        else
            result << problem;
    }
    return result;
}

WebhookRules::Problems WebhookRules::asStored(Problems problems)
{
    for (Problem &problem : problems) {
        if (!problem.isError())
            continue;
        problem.severity = Severity::Warning;
        problem.message = tr("Channex holds this value as it is, and it is sent back unchanged: "
                             "%1 A delivery may carry it as it is, and the receiving server may "
                             "refuse it.")
                              .arg(problem.message);
    }
    return problems;
}

bool WebhookRules::hasErrors(const Problems &problems)
{
    return std::any_of(problems.cbegin(), problems.cend(),
                       [](const Problem &problem) { return problem.isError(); });
}

QMap<QString, QStringList> WebhookRules::errorDetails(const Problems &problems)
{
    QMap<QString, QStringList> details;
    for (const Problem &problem : problems) {
        if (problem.isError())
            details[wireName(problem.field)] << problem.message;
    }
    return details;
}

std::optional<WebhookRules::Field> WebhookRules::fieldOfDetail(QStringView key)
{
    if (key == u"is_global")
        return Field::Property;
    for (const Field field : {Field::CallbackUrl, Field::EventMask, Field::Property, Field::Headers,
                              Field::RequestParams}) {
        if (key == wireName(field))
            return field;
    }
    return std::nullopt;
}

QString WebhookRules::wireName(Field field)
{
    switch (field) {
    case Field::CallbackUrl:
        return u"callback_url"_s;
    case Field::EventMask:
        return u"event_mask"_s;
    case Field::Property:
        return u"property_id"_s;
    case Field::Headers:
        return u"headers"_s;
    case Field::RequestParams:
        return u"request_params"_s;
    }
    return {};
}

} // namespace Channex
