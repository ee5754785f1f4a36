#pragma once

#include "channex/ApiError.h"
#include "channex/Webhook.h"

#include <QHash>
#include <QObject>
#include <QUrl>

#include <optional>

namespace Channex {

class ChannexClient;
class PropertyDirectory;

// One connected account: its client, its property directory and the last loaded webhook list.
// Loading fetches webhooks and property names in parallel and reports once both are in, so the
// table never shows UUIDs first and names a moment later. Widgets-free; the main window observes
// it.
class AccountSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountSession)

public:
    enum class State { Idle, Loading, Loaded, Failed };
    Q_ENUM(State)

    AccountSession(const QUrl &serverRoot, const QString &apiKey, QObject *parent = nullptr);
    ~AccountSession() override;

    ChannexClient *client() const { return m_client; }
    PropertyDirectory *properties() const { return m_properties; }
    State state() const { return m_state; }
    const ApiError &lastError() const { return m_lastError; }
    const QList<Webhook> &webhooks() const { return m_webhooks; }
    QHash<QString, QString> propertyTitles() const;
    // Why property names could not be loaded in the last refresh (the list still loads).
    const std::optional<ApiError> &propertyNamesError() const { return m_propertiesError; }

public slots:
    void refresh();

signals:
    void stateChanged(Channex::AccountSession::State state);
    void webhooksLoaded();

private:
    void setState(State state);
    void finishIfComplete();

    ChannexClient *m_client;
    PropertyDirectory *m_properties;
    State m_state = State::Idle;
    ApiError m_lastError;
    QList<Webhook> m_webhooks;
    quint64 m_generation = 0; // a refresh supersedes answers of an earlier one
    bool m_webhooksDone = false;
    bool m_propertiesDone = false;
    std::optional<ApiError> m_pendingError;
    std::optional<ApiError> m_propertiesError;
};

} // namespace Channex
