// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/receiver/rules/RulesFile.h"

#include "app/http/HttpToken.h"
#include "app/payloads/EventCatalog.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Receiver {

namespace {

const QStringList RuleKeys = {u"name"_s, u"method"_s,  u"path"_s,     u"event"_s, u"status"_s,
                              u"body"_s, u"headers"_s, u"delay_ms"_s, u"times"_s, u"percent"_s};

bool isWholeNumber(const QJsonValue &value)
{
    return value.isDouble() && std::isfinite(value.toDouble())
        && value.toDouble() == std::floor(value.toDouble()) && std::abs(value.toDouble()) < 1e15;
}

// The receiver writes these itself (ResponseWriter): a rule's value would break the framing.
bool isFramingHeader(const QString &name)
{
    for (const QLatin1StringView framing :
         {"Content-Length"_L1, "Transfer-Encoding"_L1, "Connection"_L1}) {
        if (name.compare(framing, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// Reads one rule; on failure *error says what, without the rule's position.
std::optional<ResponseRule> readRule(const QJsonObject &object, QString *error)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!RuleKeys.contains(it.key())) {
            *error = RulesFile::tr("“%1” is not a rule key; a rule has %2.")
                         .arg(it.key(), RuleKeys.join(u", "_s));
            return std::nullopt;
        }
    }
    const auto text = [&](const QString &key, QString *into) {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            return true;
        if (!value.isString()) {
            *error = RulesFile::tr("“%1” must be text.").arg(key);
            return false;
        }
        *into = value.toString();
        return true;
    };
    const auto integer = [&](const QString &key, qint64 *into) {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            return true;
        if (!isWholeNumber(value)) {
            *error = RulesFile::tr("“%1” must be a whole number.").arg(key);
            return false;
        }
        *into = qint64(value.toDouble());
        return true;
    };

    ResponseRule rule;
    QString method;
    QString body;
    if (!text(u"name"_s, &rule.name) || !text(u"method"_s, &method) || !text(u"path"_s, &rule.path)
        || !text(u"event"_s, &rule.event) || !text(u"body"_s, &body))
        return std::nullopt;
    rule.method = method.toLatin1();
    rule.body = body.toUtf8();

    if (!object.contains(u"status"_s)) {
        *error = RulesFile::tr("“status” is missing: a rule says which status it answers with.");
        return std::nullopt;
    }
    qint64 status = 0;
    if (!integer(u"status"_s, &status))
        return std::nullopt;
    rule.status = int(std::clamp<qint64>(status, -1, 1000));
    qint64 delay = 0;
    if (!integer(u"delay_ms"_s, &delay))
        return std::nullopt;
    rule.delayMs = int(std::clamp<qint64>(delay, -1, RulesFile::MaxDelayMs + 1));
    if (object.contains(u"times"_s)) {
        qint64 times = 0;
        if (!integer(u"times"_s, &times))
            return std::nullopt;
        rule.times = int(std::clamp<qint64>(times, -1, 1'000'000'000));
    }
    if (object.contains(u"percent"_s)) {
        const QJsonValue percent = object.value(u"percent"_s);
        if (!percent.isDouble()) {
            *error = RulesFile::tr("“percent” must be a number from 0 to 100.");
            return std::nullopt;
        }
        rule.percent = percent.toDouble();
    }
    if (object.contains(u"headers"_s)) {
        const QJsonValue headers = object.value(u"headers"_s);
        if (!headers.isObject()) {
            *error = RulesFile::tr("“headers” must be an object of header names and text "
                                   "values, such as {\"Retry-After\": \"60\"}.");
            return std::nullopt;
        }
        const QJsonObject pairs = headers.toObject();
        for (auto it = pairs.begin(); it != pairs.end(); ++it) {
            if (!it.value().isString()) {
                *error = RulesFile::tr("The value of the header “%1” must be text.").arg(it.key());
                return std::nullopt;
            }
            rule.headers.append({it.key().toUtf8(), it.value().toString().toUtf8()});
        }
    }
    *error = RulesFile::problemWith(rule);
    if (!error->isEmpty())
        return std::nullopt;
    return rule;
}

} // namespace

QString RulesFile::problemWith(const ResponseRule &rule)
{
    if (rule.status < 100 || rule.status > 599)
        return tr("“status” must be a whole number from 100 to 599, not %1.").arg(rule.status);
    if (!rule.method.isEmpty() && !Http::isToken(rule.method))
        return tr("“method” must be an HTTP method such as POST, not “%1”.")
            .arg(QString::fromLatin1(rule.method));
    if (!rule.path.isEmpty()
        && (!rule.path.startsWith(u'/') || rule.path.chopped(1).contains(u'*')))
        return tr("“path” must start with / and may end with * to match every path that begins "
                  "with it (/hooks/*), not “%1”.")
            .arg(rule.path);
    if (!rule.event.isEmpty() && !Payloads::EventCatalog::isKnown(rule.event)) {
        QStringList names;
        for (const Payloads::EventInfo &event : Payloads::EventCatalog::events())
            names << event.name;
        return tr("“%1” is not a Channex event; the events are %2.")
            .arg(rule.event, names.join(u", "_s));
    }
    if (rule.delayMs < 0 || rule.delayMs > MaxDelayMs)
        return tr("“delay_ms” must be from 0 to %1 milliseconds (ten minutes).").arg(MaxDelayMs);
    if (rule.times && *rule.times < 1)
        return tr("“times” must be 1 or more: how many requests the rule answers.");
    if (rule.percent && (!std::isfinite(*rule.percent) || *rule.percent < 0 || *rule.percent > 100))
        return tr("“percent” must be a number from 0 to 100.");
    for (const auto &[name, value] : rule.headers) {
        const QString headerName = QString::fromUtf8(name);
        if (const QString problem = Http::HttpToken::headerNameProblem(headerName);
            !problem.isEmpty())
            return problem;
        if (isFramingHeader(headerName))
            return tr("The header “%1” is the receiver's to send; leave it out of the rule.")
                .arg(headerName);
        if (value.contains('\r') || value.contains('\n') || value.contains('\0'))
            return tr("The value of the header “%1” must be on one line.").arg(headerName);
    }
    return {};
}

std::optional<QList<ResponseRule>> RulesFile::parse(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("It is not valid JSON: %1 at character %2.")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    if (!document.isObject() || !root.value(u"rules"_s).isArray()) {
        *error = tr("It must be an object with a list of rules: {\"rules\": [ … ]}.");
        return std::nullopt;
    }
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (it.key() != u"rules"_s) {
            *error = tr("“%1” is not a key of a rules file; it has only “rules”.").arg(it.key());
            return std::nullopt;
        }
    }
    QList<ResponseRule> rules;
    const QJsonArray list = root.value(u"rules"_s).toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        QString problem;
        std::optional<ResponseRule> rule;
        if (list.at(i).isObject())
            rule = readRule(list.at(i).toObject(), &problem);
        else
            problem = tr("a rule must be an object such as {\"status\": 503}.");
        if (!rule) {
            *error = tr("Rule %1: %2").arg(i + 1).arg(problem);
            return std::nullopt;
        }
        rules << *rule;
    }
    return rules;
}

std::optional<QList<ResponseRule>> RulesFile::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("The rules file %1 cannot be read: %2.").arg(path, file.errorString());
        return std::nullopt;
    }
    QString problem;
    std::optional<QList<ResponseRule>> rules = parse(file.readAll(), &problem);
    if (!rules)
        *error = tr("The rules file %1 is not valid. %2").arg(path, problem);
    return rules;
}

QByteArray RulesFile::toJson(const QList<ResponseRule> &rules)
{
    QJsonArray list;
    for (const ResponseRule &rule : rules) {
        QJsonObject object;
        if (!rule.name.isEmpty())
            object.insert(u"name"_s, rule.name);
        if (!rule.method.isEmpty())
            object.insert(u"method"_s, QString::fromLatin1(rule.method));
        if (!rule.path.isEmpty())
            object.insert(u"path"_s, rule.path);
        if (!rule.event.isEmpty())
            object.insert(u"event"_s, rule.event);
        object.insert(u"status"_s, rule.status);
        if (!rule.body.isEmpty())
            object.insert(u"body"_s, QString::fromUtf8(rule.body));
        if (!rule.headers.isEmpty()) {
            QJsonObject headers;
            for (const auto &[name, value] : rule.headers)
                headers.insert(QString::fromUtf8(name), QString::fromUtf8(value));
            object.insert(u"headers"_s, headers);
        }
        if (rule.delayMs > 0)
            object.insert(u"delay_ms"_s, rule.delayMs);
        if (rule.times)
            object.insert(u"times"_s, *rule.times);
        if (rule.percent)
            object.insert(u"percent"_s, *rule.percent);
        list.append(object);
    }
    return QJsonDocument(QJsonObject {{u"rules"_s, list}}).toJson(QJsonDocument::Indented);
}

bool RulesFile::save(const QString &path, const QList<ResponseRule> &rules, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toJson(rules)) < 0 || !file.commit()) {
        *error = tr("The rules could not be saved to %1: %2.").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace Receiver
