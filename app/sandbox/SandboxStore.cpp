// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sandbox/SandboxStore.h"

#include <QUuid>

#include <algorithm>

namespace Sandbox {

SandboxStore::SandboxStore(const QString &organizationId) : m_organizationId(organizationId) { }

const Channex::PropertyOption *SandboxStore::findProperty(const QString &id) const
{
    const auto it = std::find_if(m_properties.cbegin(), m_properties.cend(),
                                 [&id](const Channex::PropertyOption &p) { return p.id == id; });
    return it == m_properties.cend() ? nullptr : &*it;
}

void SandboxStore::addProperty(const Channex::PropertyOption &property)
{
    m_properties.append(property);
}

qsizetype SandboxStore::indexOfWebhook(const QString &id) const
{
    if (!m_webhookIds.contains(id))
        return -1;
    for (qsizetype i = 0; i < m_webhooks.size(); ++i) {
        if (m_webhooks.at(i).id == id)
            return i;
    }
    return -1;
}

const Channex::Webhook *SandboxStore::findWebhook(const QString &id) const
{
    const qsizetype index = indexOfWebhook(id);
    return index < 0 ? nullptr : &m_webhooks.at(index);
}

Channex::Webhook SandboxStore::addWebhook(Channex::Webhook webhook)
{
    if (webhook.id.isEmpty())
        webhook.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    webhook.organizationId = m_organizationId;
    m_webhooks.append(webhook);
    m_webhookIds.insert(webhook.id);
    return webhook;
}

bool SandboxStore::replaceWebhook(const Channex::Webhook &webhook)
{
    const qsizetype index = indexOfWebhook(webhook.id);
    if (index < 0)
        return false;
    m_webhooks[index] = webhook;
    m_webhooks[index].organizationId = m_organizationId;
    return true;
}

bool SandboxStore::removeWebhook(const QString &id)
{
    const qsizetype index = indexOfWebhook(id);
    if (index < 0)
        return false;
    m_webhooks.removeAt(index);
    m_webhookIds.remove(id);
    return true;
}

} // namespace Sandbox
