// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/channex/AccountSession.h"

#include "app/channex/ChannexClient.h"
#include "app/channex/PropertyDirectory.h"
#include "app/channex/WebhookCollection.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Channex {

namespace {

// Off unless enabled (QT_LOGGING_RULES="webhookconsole.session.info=true"): what a support
// request or the package test needs to see, never an API key.
Q_LOGGING_CATEGORY(lcSession, "webhookconsole.session", QtWarningMsg)

// The collection must follow the server even when whoever asked (a dialog) is gone: the client
// call is bound to the session, and only the caller's callback to the caller's context.
template<typename T>
AccountSession::Callback<T> boundTo(QObject *context, AccountSession::Callback<T> done)
{
    return [context = QPointer<QObject>(context), done = std::move(done)](ApiResult<T> result) {
        if (context && done)
            done(std::move(result));
    };
}

} // namespace

AccountSession::AccountSession(const QUrl &serverRoot, const QString &apiKey, QObject *parent)
    : QObject(parent), m_client(new ChannexClient(serverRoot, apiKey, this)),
      m_properties(new PropertyDirectory(this)), m_collection(new WebhookCollection(this))
{
    // Property names are a nicety: if they fail (a key restricted to some properties may not
    // list them), the webhooks still show, with property IDs.
    connect(m_properties, &PropertyDirectory::changed, this, [this] {
        m_propertiesDone = true;
        finishIfComplete();
    });
    connect(m_properties, &PropertyDirectory::failed, this, [this](const ApiError &error) {
        m_propertiesError = error;
        m_propertiesDone = true;
        finishIfComplete();
    });
}

AccountSession::~AccountSession() = default;

const QList<Webhook> &AccountSession::webhooks() const
{
    return m_collection->all();
}

QHash<QString, QString> AccountSession::propertyTitles() const
{
    QHash<QString, QString> titles;
    for (const PropertyOption &property : m_properties->properties())
        titles.insert(property.id, property.title);
    return titles;
}

void AccountSession::refresh()
{
    const quint64 generation = ++m_generation;
    m_webhooksDone = false;
    m_propertiesDone = false;
    m_pendingError.reset();
    m_propertiesError.reset();
    m_pendingWebhooks.clear();
    setState(State::Loading);

    m_properties->refresh(m_client);
    m_client->listWebhooks(this, [this, generation](ApiResult<QList<Webhook>> result) {
        if (generation != m_generation)
            return;
        if (result.ok())
            m_pendingWebhooks = std::move(result.value());
        else
            m_pendingError = result.error();
        m_webhooksDone = true;
        finishIfComplete();
    });
}

void AccountSession::finishIfComplete()
{
    if (m_state != State::Loading || !m_webhooksDone || !m_propertiesDone)
        return;
    if (m_pendingError) {
        // The rows of the last good refresh stay: they are still the best known state.
        m_lastError = *m_pendingError;
        qCInfo(lcSession).noquote() << "Loading from" << m_client->serverRoot().toString()
                                    << "failed:" << m_lastError.summary();
        setState(State::Failed);
        return;
    }
    m_collection->setPropertyTitles(propertyTitles());
    m_collection->replaceAll(std::exchange(m_pendingWebhooks, {}));
    m_hasLoaded = true;
    qCInfo(lcSession).noquote() << "Loaded" << m_collection->size() << "webhooks from"
                                << m_client->serverRoot().toString();
    setState(State::Loaded);
}

void AccountSession::setState(State state)
{
    m_state = state;
    emit stateChanged(state);
}

bool AccountSession::forgetIfVanished(const QString &id, const ApiError &error)
{
    if (error.kind != ApiError::Kind::NotFound || id.isEmpty())
        return false;
    m_collection->remove(id);
    emit webhookVanished(id);
    return true;
}

void AccountSession::createWebhook(const Webhook &webhook, QObject *context, Callback<Webhook> done,
                                   const Webhook *copyOf)
{
    m_client->createWebhook(
        webhook, this,
        [this, done = boundTo(context, std::move(done))](ApiResult<Webhook> result) {
            if (result.ok())
                m_collection->upsert(result.value());
            done(std::move(result));
        },
        copyOf);
}

void AccountSession::updateWebhook(const Webhook &webhook, QObject *context, Callback<Webhook> done)
{
    const QString id = webhook.id;
    const Webhook *stored = m_collection->find(id);
    m_client->updateWebhook(
        webhook, this,
        [this, id, done = boundTo(context, std::move(done))](ApiResult<Webhook> result) {
            if (result.ok())
                m_collection->upsert(result.value());
            else
                forgetIfVanished(id, result.error());
            done(std::move(result));
        },
        stored);
}

void AccountSession::deleteWebhook(const QString &id, QObject *context, Callback<Done> done)
{
    m_client->deleteWebhook(
        id, this, [this, id, done = boundTo(context, std::move(done))](ApiResult<Done> result) {
            if (result.ok())
                m_collection->remove(id);
            else
                forgetIfVanished(id, result.error());
            done(std::move(result));
        });
}

void AccountSession::setActive(const QString &id, bool active, QObject *context,
                               Callback<Webhook> done)
{
    const Webhook *current = m_collection->find(id);
    if (!current || current->isActive == active) {
        // Nothing to send; answer asynchronously all the same, like every other call.
        ApiResult<Webhook> result
            = current ? ApiResult<Webhook>(*current) : ApiResult<Webhook>([&] {
                  ApiError error;
                  error.kind = ApiError::Kind::NotFound;
                  error.technical = u"webhook %1 is not in the list"_s.arg(id);
                  return error;
              }());
        QTimer::singleShot(0, context ? context : this,
                           [done = boundTo(context ? context : this, std::move(done)),
                            result]() mutable { done(std::move(result)); });
        return;
    }
    const Webhook before = *current;
    Webhook changed = before;
    changed.isActive = active;
    m_collection->upsert(changed); // at once: the checkbox follows the click
    m_client->updateWebhook(
        changed, this,
        [this, before, done = boundTo(context, std::move(done))](ApiResult<Webhook> result) {
            if (result.ok()) {
                m_collection->upsert(result.value());
            } else if (!forgetIfVanished(before.id, result.error())) {
                // Put back exactly what the server still has, unless a later write changed it.
                const Webhook *now = m_collection->find(before.id);
                if (now && now->isActive != before.isActive) {
                    Webhook restored = *now;
                    restored.isActive = before.isActive;
                    m_collection->upsert(restored);
                }
            }
            done(std::move(result));
        },
        &before);
}

void AccountSession::testWebhook(const Webhook &webhook, QObject *context,
                                 Callback<WebhookTestResult> done)
{
    m_client->testWebhook(webhook, context, std::move(done),
                          webhook.id.isEmpty() ? nullptr : m_collection->find(webhook.id));
}

} // namespace Channex
