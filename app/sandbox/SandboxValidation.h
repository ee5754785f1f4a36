// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/channex/Webhook.h"

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QStringList>

#include <optional>

namespace Sandbox {

class SandboxStore;

// Rails-style messages of a 422 `details` object
// (https://docs.channex.io/api-v.1-documentation/webhook-collection). Wire text: never translated.
namespace ValidationMessage {
inline constexpr char Blank[] = "can't be blank";
inline constexpr char Invalid[] = "is invalid";
inline constexpr char DoesNotExist[] = "does not exist";
inline constexpr char MustBeFalseForProperty[] = "must be false for a property webhook";
} // namespace ValidationMessage

struct WebhookValidation
{
    Channex::Webhook webhook; // meaningful only when valid
    QMap<QString, QStringList> errors; // field → messages
    bool isValid() const { return errors.isEmpty(); }
};

// The `webhook` object of a `{"webhook": {...}}` body. std::nullopt when the body is not JSON or
// has no such object; *details then holds sentences for the 400 answer.
std::optional<QJsonObject> readWebhookBody(const QByteArray &body, QStringList *details);

// Validates the attributes of a create (or test) request and applies the documented defaults:
// is_active, send_data, is_global, protected false; absent headers/request_params → null.
// Unknown attributes are ignored, as Rails' strong parameters do. The result has no id yet.
WebhookValidation validateWebhook(const QJsonObject &attributes, const SandboxStore &store);

// PUT is a partial merge: the stored webhook's attributes with those present in `changes`
// laid over them. The merge is then validated like a create.
QJsonObject mergeForUpdate(const Channex::Webhook &stored, const QJsonObject &changes);

} // namespace Sandbox
