// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/channex/Webhook.h"

#include <QList>
#include <QString>

namespace Sandbox {

class SandboxStore;

// The data set a new user sees first: five named hotels and a dozen webhooks that show every
// kind of row the app has to display (global and property-scoped, inactive, with headers and
// request params, ARI filters, an old event name, a plain-http URL). Ids are fixed so tests,
// screenshots and docs stay stable from run to run.
namespace DemoData {

QString organizationId();
QList<Channex::PropertyOption> properties();
QList<Channex::Webhook> webhooks();

// Deterministic property-scoped webhooks spread over the demo properties; `firstIndex` numbers
// them so repeated calls produce new, still reproducible ids.
QList<Channex::Webhook> generatedWebhooks(int firstIndex, int count);

// Fills an empty store with the demo properties and webhooks.
void load(SandboxStore &store);
// Appends `count` generated webhooks; adds the demo properties first when the store has none,
// so every generated webhook points at a property that exists.
void addGeneratedWebhooks(SandboxStore &store, int count);

} // namespace DemoData
} // namespace Sandbox
