// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/capture/CaptureQueue.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

namespace Capture {

// The store's upkeep on the writer's connection, between transactions: pin and unpin, remove,
// Clear All (pinned captures stay) and retention by count and by age. It keeps the number of
// unpinned captures, which retention by count needs after every commit.
class CaptureMaintenance final
{
    Q_DECLARE_TR_FUNCTIONS(Capture::CaptureStore) // its sentences are the store's
    Q_DISABLE_COPY_MOVE(CaptureMaintenance)

public:
    // `database` is the writer's connection; it must outlive this object.
    // On a `shared` store each command takes the write lock, counts again what other writers
    // added, and tells the other consoles when it commits (SharedStore).
    CaptureMaintenance(const QSqlDatabase &database, bool shared)
        : m_database(database), m_shared(shared)
    { }

    // Reads what retention counts; false with a sentence.
    bool load(QString *error);
    // A commit added this many unpinned captures.
    void added(qint64 unpinned) { m_unpinnedCount += unpinned; }
    Retention retention() const { return m_retention; }

    struct Outcome
    {
        QString error; // a sentence; empty when the command committed
        qint64 trimmed = 0; // rows retention deleted
    };
    // Runs one command in a transaction of its own; `nextId` is stored with it, so ids of
    // deleted captures are never given again. A Retention command from the queue also becomes
    // the retention applied after commits.
    Outcome run(const WriterCommand &command, qint64 nextId);
    // The trim retention needs after a commit (in steps of 1 % beyond the count, at most once a
    // minute by age), or nothing.
    std::optional<WriterCommand> dueTrim() const;

private:
    // Deletes unpinned rows matching `where`, with their subject rows (all of them, or all but
    // the latest of each subject); the number of captures deleted.
    enum class Subjects { Drop, KeepLatest };
    std::optional<qint64> deleteUnpinned(const QString &where, const QVariantList &values,
                                         Subjects subjects);
    bool trimToCount(qint64 maxCount, qint64 *removed);
    bool trimByAge(qint64 maxAgeDays, qint64 *removed);

    QSqlDatabase m_database;
    const bool m_shared;
    qint64 m_unpinnedCount = 0;
    Retention m_retention;
    qint64 m_lastAgeCheckMs = 0;
};

} // namespace Capture
