// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/channex/Webhook.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QLatin1StringView>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace Transfer {

// One header or request parameter as a file holds it. Without --with-secrets the value is left
// out (JSON null): the name travels, the secret does not.
struct FileEntry
{
    QString key;
    std::optional<QString> value;

    friend bool operator==(const FileEntry &, const FileEntry &) = default;
};
using FileEntries = QList<FileEntry>;

// The property a webhook belongs to, by its title: ids differ between accounts.
struct FileProperty
{
    QString id; // in the account the file came from
    QString title;

    friend bool operator==(const FileProperty &, const FileProperty &) = default;
};

// One webhook of a file, with Channex's attribute names on disk (docs/webhook-files.md).
// `std::nullopt` headers or params are JSON null, kept apart from an empty object, as Channex
// keeps them.
struct FileWebhook
{
    QString callbackUrl;
    QString eventMask;
    std::optional<FileProperty> property; // std::nullopt: a global webhook
    bool isActive = false;
    bool sendData = false;
    std::optional<FileEntries> headers;
    std::optional<FileEntries> requestParams;

    bool isGlobal() const { return !property.has_value(); }
    friend bool operator==(const FileWebhook &, const FileWebhook &) = default;
};

// A set of webhooks carried from one account to another: the documented JSON file
// `{"format": "webhook-console/webhooks", "format_version": 1, "server", "exported_at",
// "webhooks": [...]}` (docs/webhook-files.md).
struct WebhookFile
{
    static constexpr QLatin1StringView Format {"webhook-console/webhooks"};
    static constexpr int FormatVersion = 1;

    QString server; // the server root the webhooks were read from
    QDateTime exportedAt; // UTC
    QList<FileWebhook> webhooks;

    friend bool operator==(const WebhookFile &, const WebhookFile &) = default;
};

// Reading and writing the file. Pure functions: no account, no disk.
class WebhookFileFormat
{
    Q_DECLARE_TR_FUNCTIONS(Transfer::WebhookFileFormat)

public:
    // The webhooks of an account, in its order, with property titles from `titles` (id → title).
    // Header and parameter values only `withSecrets`; names always.
    static WebhookFile fromAccount(const QList<Channex::Webhook> &webhooks,
                                   const QHash<QString, QString> &titles, const QUrl &server,
                                   bool withSecrets, const QDateTime &exportedAt);

    // Indented JSON, ending in a newline.
    static QByteArray write(const WebhookFile &file);

    // The file, or std::nullopt and a sentence in *error that names `fileName` and what is wrong:
    // not JSON, not this format, a newer format version, or an entry of the wrong shape (with
    // its number). Unknown members are ignored, so a file with more in it still reads.
    static std::optional<WebhookFile> read(const QByteArray &bytes, const QString &fileName,
                                           QString *error);
};

} // namespace Transfer
