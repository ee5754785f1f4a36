// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

namespace Channex {

// Where the console talks to. The API key is not part of the profile: it is kept
// separately (keychain, later) and never written to settings.
struct ConnectionProfile
{
    Q_DECLARE_TR_FUNCTIONS(Channex::ConnectionProfile)

public:
    enum class Kind { Sandbox, Staging, Production, Custom };

    Kind kind = Kind::Sandbox;
    QUrl customRoot; // for Kind::Custom: a server root such as https://channex.example.com

    // Server root without /api/v1 (empty for the sandbox, whose port is known only at run time).
    QUrl serverRoot() const;
    QString displayName() const;
    QString settingsKey() const; // "sandbox", "staging", "production", "custom"

    static ConnectionProfile fromSettingsKey(const QString &key, const QUrl &customRoot = {});
    static QList<Kind> allKinds();
    static QUrl stagingRoot();
    static QUrl productionRoot();
    // True for a server root on Channex's production hosts (app.channex.io and the card-data
    // host secure.channex.io): real bookings and guest data travel there.
    static bool isProductionServer(const QUrl &serverRoot);

    // Validates a user-typed server root. Accepts "https://host[:port][/prefix]"; strips a
    // trailing "/api/v1". Returns an empty URL and a sentence in *error when unusable.
    static QUrl normalizeServerRoot(const QString &text, QString *error);

    friend bool operator==(const ConnectionProfile &, const ConnectionProfile &) = default;
};

} // namespace Channex
