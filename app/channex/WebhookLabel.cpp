// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/channex/WebhookLabel.h"

#include <QCoreApplication>

namespace Channex {

QString webhookLabel(bool global, const QString &propertyTitle, const QString &callbackUrl)
{
    const QString scope
        = global ? QCoreApplication::translate("Channex::WebhookLabel", "Global") : propertyTitle;
    return QCoreApplication::translate("Channex::WebhookLabel", "[%1] %2").arg(scope, callbackUrl);
}

} // namespace Channex
