// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/capture/StoreLocation.h"

#include <QSqlDatabase>
#include <QString>

namespace Capture::ReadConnections {

// The read connection of the calling thread to a store's database: opened on first use, one per
// thread (QtSql connections belong to the thread that opened them), removed when the thread
// ends or when the store calls removeAll(). `storeKey` tells stores apart (several may be open).
// An invalid database when it cannot be opened. A PostgreSQL connection that the server dropped
// (a restart, a network failure) is opened again here, so reads recover with the server.
QSqlDatabase forCurrentThread(quint64 storeKey, const StoreLocation &location);
void removeAll(quint64 storeKey);

} // namespace Capture::ReadConnections
