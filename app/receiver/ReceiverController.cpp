// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/receiver/ReceiverController.h"

#include "app/capture/CaptureStore.h"
#include "app/channex/WebhookRules.h"
#include "app/http/HttpToken.h"
#include "app/receiver/LiveReceiver.h"
#include "app/receiver/rules/ResponseRules.h"
#include "app/receiver/rules/RulesFile.h"
#include "app/session/SecretStore.h"
#include "app/session/SettingsKeys.h"

#include <QSettings>

namespace SettingsKeys = Session::SettingsKeys;

namespace Receiver {

ReceiverController::ReceiverController(Capture::CaptureStore *store, QObject *parent)
    : QObject(parent), m_store(store), m_receiver(std::make_unique<LiveReceiver>(store)),
      m_rules(std::make_shared<ResponseRules>())
{
    connect(m_receiver.get(), &LiveReceiver::runningChanged, this, [this](bool running) {
        emit runningChanged(running);
        announceCallbackUrl();
    });
}

ReceiverController::~ReceiverController()
{
    // Stopped while every member still exists: stopping reports runningChanged.
    m_receiver->disconnect(this);
    m_receiver->stop();
}

void ReceiverController::restoreSettings(Session::SecretStore *secrets)
{
    const QSettings settings;
    const QHostAddress address(settings.value(SettingsKeys::ReceiverBindAddress).toString());
    m_address = address.isNull() ? QHostAddress(QHostAddress::LocalHost) : address;
    m_port = quint16(settings.value(SettingsKeys::ReceiverPort, 0).toUInt());
    m_publicUrl = settings.value(SettingsKeys::ReceiverPublicUrl).toString();
    m_secretName = settings.value(SettingsKeys::ReceiverSecretHeader).toString();
    m_retention = {settings.value(SettingsKeys::RetentionCount, 0).toLongLong(),
                   settings.value(SettingsKeys::RetentionDays, 0).toLongLong()};
    if (m_store)
        m_store->setRetention(m_retention);
    // Rules that no longer read (edited by hand, or from a later version) are dropped, not
    // half-applied; the person sees an empty list.
    QString rulesError;
    const auto rules
        = RulesFile::parse(settings.value(SettingsKeys::ReceiverRules).toByteArray(), &rulesError);
    m_rules = std::make_shared<ResponseRules>(rules.value_or(QList<ResponseRule>()));
    m_receiver->setRules(m_rules);
    QString forwardError;
    m_forwardUrl = settings.value(SettingsKeys::ReceiverForwardUrl).toString().isEmpty()
        ? QUrl()
        : Forwarding::parse(settings.value(SettingsKeys::ReceiverForwardUrl).toString(),
                            &forwardError);
    m_forwardOn = settings.value(SettingsKeys::ReceiverForwardOn, false).toBool();
    m_forwardTimeout = std::chrono::milliseconds(
        settings.value(SettingsKeys::ReceiverForwardTimeoutMs, qint64(m_forwardTimeout.count()))
            .toLongLong());
    if (m_forwardTimeout.count() <= 0)
        m_forwardTimeout = ForwardTarget::DefaultTimeout;
    m_receiver->setForwarding(forwardTarget());
    m_persistent = true;
    m_secrets = secrets;
    if (m_secrets) {
        m_secrets->readKey(SettingsKeys::LiveSecretId, this,
                           [this](const Session::SecretStore::ReadResult &result) {
                               if (m_secretValueSet || result.key.isEmpty())
                                   return;
                               m_secretValue = result.key.toUtf8();
                               applySecretCheck();
                               emit optionsChanged();
                           });
    }
    emit optionsChanged();
    announceCallbackUrl();
}

void ReceiverController::save() const
{
    if (!m_persistent)
        return;
    QSettings settings;
    settings.setValue(SettingsKeys::ReceiverBindAddress, m_address.toString());
    settings.setValue(SettingsKeys::ReceiverPort, m_port);
    settings.setValue(SettingsKeys::ReceiverPublicUrl, m_publicUrl);
    settings.setValue(SettingsKeys::ReceiverSecretHeader, m_secretName);
    settings.setValue(SettingsKeys::RetentionCount, m_retention.maxCount);
    settings.setValue(SettingsKeys::RetentionDays, m_retention.maxAgeDays);
    settings.setValue(SettingsKeys::ReceiverRules, RulesFile::toJson(m_rules->rules()));
    settings.setValue(SettingsKeys::ReceiverForwardUrl, m_forwardUrl.toString());
    settings.setValue(SettingsKeys::ReceiverForwardOn, m_forwardOn);
    settings.setValue(SettingsKeys::ReceiverForwardTimeoutMs, qint64(m_forwardTimeout.count()));
}

QList<ResponseRule> ReceiverController::rules() const
{
    return m_rules->rules();
}

void ReceiverController::setRules(const QList<ResponseRule> &rules)
{
    m_rules = std::make_shared<ResponseRules>(rules);
    m_receiver->setRules(m_rules);
    save();
    emit optionsChanged();
}

QString ReceiverController::forwardingProblem(const QUrl &url) const
{
    if (const QString problem = Forwarding::problemWith(url); !problem.isEmpty())
        return problem;
    // The receiver's own address: every request would be forwarded to itself, again and again.
    const QHostAddress host(url.host() == u"localhost" ? QStringLiteral("127.0.0.1") : url.host());
    const int port = url.port(url.scheme() == u"https" ? 443 : 80);
    const quint16 own = isRunning() ? m_receiver->port() : m_port;
    if (own != 0 && port == own && (host.isLoopback() || host == m_address))
        return tr("The forwarding address is this receiver's own (port %1): each request would "
                  "be forwarded to itself. Enter the address of your app.")
            .arg(own);
    return {};
}

bool ReceiverController::setForwarding(bool on, const QUrl &url, std::chrono::milliseconds timeout,
                                       QString *error)
{
    if (!url.isEmpty() || on) {
        *error = forwardingProblem(url);
        if (!error->isEmpty())
            return false;
    }
    error->clear();
    m_forwardOn = on;
    m_forwardUrl = url;
    m_forwardTimeout = timeout.count() > 0 ? timeout : ForwardTarget::DefaultTimeout;
    m_receiver->setForwarding(forwardTarget());
    save();
    emit optionsChanged();
    return true;
}

ForwardTarget ReceiverController::forwardTarget() const
{
    return isForwarding() ? ForwardTarget {m_forwardUrl, m_forwardTimeout} : ForwardTarget();
}

void ReceiverController::setAddress(const QHostAddress &address)
{
    if (address == m_address)
        return;
    m_address = address;
    save();
    emit optionsChanged();
}

void ReceiverController::setPort(quint16 port)
{
    if (port == m_port)
        return;
    m_port = port;
    save();
    emit optionsChanged();
}

void ReceiverController::setPublicUrl(const QString &url)
{
    const QString trimmed = url.trimmed();
    if (trimmed == m_publicUrl)
        return;
    m_publicUrl = trimmed;
    save();
    emit optionsChanged();
    announceCallbackUrl();
}

// The callback URL rule (WebhookRules), since the public URL ends up in callback URLs.
QString ReceiverController::publicUrlProblem() const
{
    if (m_publicUrl.isEmpty())
        return {};
    for (const Channex::WebhookRules::Problem &problem :
         Channex::WebhookRules::checkCallbackUrl(m_publicUrl)) {
        if (problem.isError())
            return problem.message;
    }
    return {};
}

void ReceiverController::setSecretHeaderName(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed == m_secretName)
        return;
    m_secretName = trimmed;
    save();
    applySecretCheck();
    emit optionsChanged();
}

QString ReceiverController::secretNameProblem() const
{
    return m_secretName.isEmpty() ? QString() : Http::HttpToken::headerNameProblem(m_secretName);
}

void ReceiverController::setSecretValue(const QByteArray &value)
{
    m_secretValueSet = true;
    if (value == m_secretValue)
        return;
    m_secretValue = value;
    applySecretCheck();
    emit optionsChanged();
}

void ReceiverController::saveSecretValue()
{
    if (!m_secrets)
        return;
    if (m_secretValue.isEmpty())
        m_secrets->removeKey(SettingsKeys::LiveSecretId, this, [](const QString &) {});
    else
        m_secrets->writeKey(SettingsKeys::LiveSecretId, QString::fromUtf8(m_secretValue), this,
                            [](const QString &) {});
}

bool ReceiverController::isSecretCheckOn() const
{
    return !m_secretName.isEmpty() && !m_secretValue.isEmpty() && secretNameProblem().isEmpty();
}

// A name no request can carry would answer every request 401, and no check at all would answer
// 200 where the person expects a check: a running receiver stops until the name is fixed.
void ReceiverController::applySecretCheck()
{
    if (!m_receiver->isRunning())
        return;
    if (!secretNameProblem().isEmpty()) {
        m_receiver->stop();
        setError(tr("The receiver stopped: the secret header's name is no header name, so no "
                    "request could be checked. Correct or clear the name, then start it again."));
        return;
    }
    m_receiver->setSecretCheck(isSecretCheckOn() ? m_secretName.toLatin1() : QByteArray(),
                               m_secretValue);
}

void ReceiverController::setRetention(const Capture::Retention &retention)
{
    if (retention == m_retention)
        return;
    m_retention = retention;
    if (m_store)
        m_store->setRetention(retention);
    save();
    emit optionsChanged();
}

bool ReceiverController::start()
{
    if (!secretNameProblem().isEmpty()) {
        setError(tr("The receiver did not start: the secret header's name is no header name, so "
                    "no request could be checked. Correct or clear the name."));
        return false;
    }
    ReceiverOptions options;
    options.address = m_address;
    options.port = m_port;
    if (isSecretCheckOn()) {
        options.secretHeaderName = m_secretName.toLatin1();
        options.secretHeaderValue = m_secretValue;
    }
    options.rules = m_rules;
    options.forwarding = forwardTarget();
    if (!m_receiver->start(options)) {
        setError(tr("The receiver did not start: %1").arg(m_receiver->errorString()));
        return false;
    }
    setError({});
    return true;
}

void ReceiverController::stop()
{
    m_receiver->stop();
    setError({});
}

bool ReceiverController::isRunning() const
{
    return m_receiver->isRunning();
}

QUrl ReceiverController::localUrl() const
{
    return m_receiver->localUrl();
}

QString ReceiverController::callbackUrl() const
{
    if (!isRunning())
        return {};
    return m_publicUrl.isEmpty() || !publicUrlProblem().isEmpty() ? localUrl().toString()
                                                                  : m_publicUrl;
}

void ReceiverController::setError(const QString &error)
{
    if (error == m_error)
        return;
    m_error = error;
    emit errorChanged(error);
}

void ReceiverController::announceCallbackUrl()
{
    const QString url = callbackUrl();
    if (url == m_lastCallbackUrl)
        return;
    m_lastCallbackUrl = url;
    emit callbackUrlChanged(url);
}

} // namespace Receiver
