// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/channex/ApiError.h"
#include "app/channex/ApiResult.h"
#include "app/channex/Webhook.h"

#include <QHash>
#include <QObject>
#include <QUrl>

#include <functional>
#include <optional>

namespace Channex {

class ChannexClient;
class PropertyDirectory;
class WebhookCollection;

// One connected account: its client, its property directory and its webhooks, of which it
// keeps the console's only copy (a WebhookCollection). Every change to the webhooks goes
// through here, so the collection, and every view on it, follows what the server stores:
// - refresh() fetches webhooks and property names in parallel and applies them once both are
//   in, row by row, so the table never shows UUIDs first and names a moment later, and a
//   failed refresh keeps the rows it had;
// - writes change the collection when the server has answered, except setActive(), which
//   changes the row at once and puts it back if the server refuses.
// Widgets-free; the main window observes it.
class AccountSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountSession)

public:
    enum class State { Idle, Loading, Loaded, Failed };
    Q_ENUM(State)
    template<typename T> using Callback = std::function<void(ApiResult<T>)>;

    AccountSession(const QUrl &serverRoot, const QString &apiKey, QObject *parent = nullptr);
    ~AccountSession() override;

    ChannexClient *client() const { return m_client; }
    PropertyDirectory *properties() const { return m_properties; }
    WebhookCollection *collection() const { return m_collection; }
    State state() const { return m_state; }
    // True once a refresh has succeeded: the collection holds the account's webhooks.
    bool hasLoaded() const { return m_hasLoaded; }
    const ApiError &lastError() const { return m_lastError; }
    const QList<Webhook> &webhooks() const;
    QHash<QString, QString> propertyTitles() const;
    // Why property names could not be loaded in the last refresh (the list still loads).
    const std::optional<ApiError> &propertyNamesError() const { return m_propertiesError; }

    // Writes. `context` bounds the callback's life, as in ChannexClient. A 404 means the webhook
    // was deleted elsewhere: its row is removed and webhookVanished() emitted before the
    // callback gets the error. An update checks only the fields it changes against the row as
    // Channex holds it; a copy (`copyOf`) only the fields that differ from its original, so a
    // webhook made elsewhere with values our rules refuse can still be paused or duplicated.
    void createWebhook(const Webhook &webhook, QObject *context, Callback<Webhook> done,
                       const Webhook *copyOf = nullptr);
    void updateWebhook(const Webhook &webhook, QObject *context, Callback<Webhook> done);
    void deleteWebhook(const QString &id, QObject *context, Callback<Done> done);
    void setActive(const QString &id, bool active, QObject *context, Callback<Webhook> done);
    // A test of an existing webhook (its id set) checks only what differs from its row.
    void testWebhook(const Webhook &webhook, QObject *context, Callback<WebhookTestResult> done);

public slots:
    void refresh();

signals:
    void stateChanged(Channex::AccountSession::State state);
    // A write found the webhook gone on the server (404); its row has been removed.
    void webhookVanished(const QString &id);

private:
    void setState(State state);
    void finishIfComplete();
    bool forgetIfVanished(const QString &id, const ApiError &error);

    ChannexClient *m_client;
    PropertyDirectory *m_properties;
    WebhookCollection *m_collection;
    State m_state = State::Idle;
    bool m_hasLoaded = false;
    ApiError m_lastError;
    QList<Webhook> m_pendingWebhooks;
    quint64 m_generation = 0; // a refresh supersedes answers of an earlier one
    bool m_webhooksDone = false;
    bool m_propertiesDone = false;
    std::optional<ApiError> m_pendingError;
    std::optional<ApiError> m_propertiesError;
};

} // namespace Channex
