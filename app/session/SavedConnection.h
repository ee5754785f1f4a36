// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/channex/ConnectionProfile.h"

#include <QString>

namespace Session {

// One entry of the connection list: a name the user chose and where it points. Its API key
// is in the SecretStore under `id`, never here.
struct SavedConnection
{
    QString id; // a UUID; ConnectionStore::sandboxId() for the built-in sandbox
    QString name;
    Channex::ConnectionProfile profile;

    bool isSandbox() const { return profile.kind == Channex::ConnectionProfile::Kind::Sandbox; }
    // Sandbox connections need no key: the console knows the sandbox's own.
    bool needsApiKey() const { return !isSandbox(); }

    friend bool operator==(const SavedConnection &, const SavedConnection &) = default;
};

} // namespace Session
