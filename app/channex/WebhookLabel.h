// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Channex {

// How a line of the command line names a webhook: its scope in brackets, then its callback URL
// ("[Global] https://…", "[Harbour View Hotel] https://…"; docs/webhook-files.md). Used by
// --check-webhooks and --import-webhooks alike.
QString webhookLabel(bool global, const QString &propertyTitle, const QString &callbackUrl);

} // namespace Channex
