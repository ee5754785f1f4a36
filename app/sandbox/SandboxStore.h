// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/channex/Webhook.h"

#include <QList>
#include <QSet>
#include <QString>

namespace Sandbox {

// The sandbox account's data: properties and webhooks, kept in insertion order (which is also
// the order the list endpoint answers in). Not thread-safe on purpose: it lives on the sandbox
// thread and only the API running there touches it.
class SandboxStore
{
public:
    explicit SandboxStore(const QString &organizationId);

    QString organizationId() const { return m_organizationId; }

    const QList<Channex::PropertyOption> &properties() const { return m_properties; }
    const Channex::PropertyOption *findProperty(const QString &id) const;
    void addProperty(const Channex::PropertyOption &property);

    const QList<Channex::Webhook> &webhooks() const { return m_webhooks; }
    const Channex::Webhook *findWebhook(const QString &id) const;
    bool containsWebhook(const QString &id) const { return m_webhookIds.contains(id); }
    // Stores a new webhook at the end. It gets a fresh uuid unless it already has an id, and
    // always the account's organization id. Returns the stored webhook.
    Channex::Webhook addWebhook(Channex::Webhook webhook);
    // Replaces the webhook with the same id in place; false when there is none.
    bool replaceWebhook(const Channex::Webhook &webhook);
    bool removeWebhook(const QString &id);

private:
    qsizetype indexOfWebhook(const QString &id) const;

    QString m_organizationId;
    QList<Channex::PropertyOption> m_properties;
    QList<Channex::Webhook> m_webhooks;
    QSet<QString> m_webhookIds; // fast "is this id taken" for bulk inserts
};

} // namespace Sandbox
