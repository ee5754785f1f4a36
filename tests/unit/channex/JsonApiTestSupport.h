// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/channex/JsonApiCodec.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>
#include <QtGlobal>

// Shared by the JSON:API codec tests: the documented examples under tests/data/channex and the
// webhooks they describe.

Q_DECLARE_METATYPE(Channex::Webhook)

namespace JsonApiTest {

inline QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(WC_TEST_DATA_DIR) + QStringLiteral("/channex/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        QTest::qFail(qPrintable(QStringLiteral("missing fixture ") + file.fileName()), __FILE__,
                     __LINE__);
        return {};
    }
    return file.readAll();
}

inline QJsonObject jsonObject(const QByteArray &bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

inline const QString DocsPropertyId = QStringLiteral("716305c4-561a-4561-a187-7f5b8aeb5920");
inline const QString CreatedPropertyId = QStringLiteral("52397a6e-c330-44f4-a293-47042d3a3607");
inline const QString OrganizationId = QStringLiteral("9b1e4c2d-3f5a-4b6c-8d7e-1a2b3c4d5e6f");

inline Channex::Webhook docsListWebhook()
{
    Channex::Webhook w;
    w.id = QStringLiteral("a9a88747-767e-458c-99e0-9212fcfb0b39");
    w.callbackUrl = QStringLiteral("https://YOUR-WEBSITE.COM/api/push_message");
    w.eventMask = QStringLiteral("*");
    w.isActive = true;
    w.sendData = true;
    w.propertyId = DocsPropertyId;
    return w; // headers and request params stay null (std::nullopt)
}

inline Channex::Webhook createdWebhook()
{
    Channex::Webhook w;
    w.id = QStringLiteral("227d4b09-7eef-4c7e-bc72-44c0c40b5299");
    w.callbackUrl = QStringLiteral("https://website.com/api/push_message");
    w.eventMask = QStringLiteral("*");
    w.headers = Channex::KeyValueList();
    w.requestParams = Channex::KeyValueList();
    w.isActive = true;
    w.sendData = true;
    w.propertyId = CreatedPropertyId;
    return w;
}

} // namespace JsonApiTest
