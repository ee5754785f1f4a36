// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/channex/PropertyDirectory.h"

#include "app/channex/ChannexClient.h"

#include <algorithm>

namespace Channex {

PropertyDirectory::PropertyDirectory(QObject *parent) : QObject(parent) { }

PropertyDirectory::~PropertyDirectory() = default;

void PropertyDirectory::refresh(ChannexClient *client)
{
    const quint64 generation = ++m_generation;
    m_loading = true;
    // `this` as context: a directory destroyed before the answer never hears of it.
    client->listPropertyOptions(this, [this, generation](ApiResult<QList<PropertyOption>> result) {
        if (generation != m_generation)
            return;
        m_loading = false;
        if (!result.ok()) {
            emit failed(result.error());
            return;
        }
        m_byId.clear();
        for (const PropertyOption &property : result.value())
            m_byId.insert(property.id, property);
        m_loaded = true;
        emit changed();
    });
}

void PropertyDirectory::clear()
{
    ++m_generation; // an answer still on its way belongs to the old account
    m_loading = false;
    m_loaded = false;
    m_byId.clear();
    emit changed();
}

QString PropertyDirectory::title(const QString &id) const
{
    const auto it = m_byId.constFind(id);
    return it == m_byId.cend() || it->title.isEmpty() ? id : it->title;
}

std::optional<PropertyOption> PropertyDirectory::property(const QString &id) const
{
    const auto it = m_byId.constFind(id);
    if (it == m_byId.cend())
        return std::nullopt;
    return *it;
}

QList<PropertyOption> PropertyDirectory::properties() const
{
    QList<PropertyOption> sorted = m_byId.values();
    std::sort(sorted.begin(), sorted.end(), [](const PropertyOption &a, const PropertyOption &b) {
        const int byTitle = a.title.compare(b.title, Qt::CaseInsensitive);
        return byTitle != 0 ? byTitle < 0 : a.id < b.id;
    });
    return sorted;
}

} // namespace Channex
