// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/channex/ApiError.h"
#include "app/channex/Webhook.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <optional>

namespace Channex {

class ChannexClient;

// Property id → name for one account, from `GET /api/v1/properties/options`, so tables and
// pickers show hotel names instead of UUIDs. Widgets-free.
class PropertyDirectory final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PropertyDirectory)

public:
    explicit PropertyDirectory(QObject *parent = nullptr);
    ~PropertyDirectory() override;

    // Fetches the options again. Every refresh ends in exactly one changed() or failed(); an
    // answer to an earlier refresh that arrives after a newer one was started is ignored. A
    // failure keeps the names loaded before.
    void refresh(ChannexClient *client);
    void clear();

    bool isLoaded() const { return m_loaded; }
    bool isLoading() const { return m_loading; }
    bool contains(const QString &id) const { return m_byId.contains(id); }
    // The property's name, or the id itself when the property is unknown (not loaded yet, or
    // outside the key's access), so something meaningful is always shown.
    QString title(const QString &id) const;
    std::optional<PropertyOption> property(const QString &id) const;
    // Sorted by title (case-insensitive, then id), as a picker lists them.
    QList<PropertyOption> properties() const;

signals:
    void changed();
    void failed(const Channex::ApiError &error);

private:
    QHash<QString, PropertyOption> m_byId;
    quint64 m_generation = 0;
    bool m_loaded = false;
    bool m_loading = false;
};

} // namespace Channex
