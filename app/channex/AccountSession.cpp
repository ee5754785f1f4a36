#include "channex/AccountSession.h"

#include "channex/ChannexClient.h"
#include "channex/PropertyDirectory.h"

namespace Channex {

AccountSession::AccountSession(const QUrl &serverRoot, const QString &apiKey, QObject *parent)
    : QObject(parent), m_client(new ChannexClient(serverRoot, apiKey, this)),
      m_properties(new PropertyDirectory(this))
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
    setState(State::Loading);

    m_properties->refresh(m_client);
    m_client->listWebhooks(this, [this, generation](ApiResult<QList<Webhook>> result) {
        if (generation != m_generation)
            return;
        if (result.ok())
            m_webhooks = std::move(result.value());
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
        m_lastError = *m_pendingError;
        setState(State::Failed);
        return;
    }
    setState(State::Loaded);
    emit webhooksLoaded();
}

void AccountSession::setState(State state)
{
    m_state = state;
    emit stateChanged(state);
}

} // namespace Channex
