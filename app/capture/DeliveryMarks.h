// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/capture/CaptureRecord.h"
#include "app/capture/CaptureRow.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <memory>
#include <optional>

namespace Capture {

// Marks deliveries as the writer stores them: a duplicate repeats the body of a stored
// capture with the same event and property; an out-of-order one carries a payload timestamp
// earlier than the latest received about the same subject (DeliverySubject: the same booking,
// ARI date, message thread, or else property and event; capture_subjects). Kept on the writer's
// thread, on its connection, and read from the database, so a reopened store marks alike.
class DeliveryMarks final
{
    Q_DECLARE_TR_FUNCTIONS(Capture::CaptureStore) // its sentences are the store's
    Q_DISABLE_COPY_MOVE(DeliveryMarks)

public:
    DeliveryMarks();
    ~DeliveryMarks();

    // Prepares the look-ups on `database` and reads what is stored; false with a sentence. On a
    // `shared` store (PostgreSQL) other writers add and delete captures too, so nothing stored is
    // remembered: every mark is decided by the store, inside the writer's transaction, which
    // holds the store's write lock (CaptureSchema::WriteLockKey) and so sees every earlier commit.
    bool open(const QSqlDatabase &database, bool shared, QString *error);
    void close();

    // On a shared store, inside the transaction and before mark(): reads in two queries what
    // the marks of these rows need (the latest of their subjects, the stored bodies that may
    // repeat theirs), instead of two queries per row; each is a round trip to the server.
    // `derived` holds each record's payload time. Nothing on a store of this console's own.
    void prefetch(const QList<const CaptureRecord *> &records,
                  const QList<CaptureRow::Derived> &derived);
    // Inside the writer's transaction: sets the record's Duplicate and OutOfOrder marks and
    // derived.bodyHash. What it learns counts for the rest of the transaction.
    void mark(CaptureRecord &record, CaptureRow::Derived &derived);
    // The transaction committed: its latest timestamps become the stored ones.
    void committed();
    // It rolled back: what it marked is not stored.
    void rolledBack();

    // Captures were deleted (committed): marks then refer to what is still stored. After Remove
    // or Clear All the latest timestamps are read again; a retention trim, which may follow
    // every commit and takes the oldest captures, keeps the latest of each subject, so a
    // delivery older than a trimmed one is still out of order.
    enum class Removal { Chosen, Trimmed };
    void removed(Removal removal);

private:
    class Bloom;
    std::optional<qint64> latestTime(const QString &subject);
    QString latestText(const QString &subject);
    bool isDuplicate(const CaptureRecord &record, const CaptureRow::Derived &derived);
    bool isOutOfOrder(const CaptureRecord &record, const CaptureRow::Derived &derived);

    bool m_shared = false;
    QSqlDatabase m_database;
    // A shared store's transaction, after prefetch(): m_latestTime and m_latestText hold every
    // subject of its rows (for this transaction only), and m_sharedBodies the stored bodies by
    // duplicate key, this transaction's rows included.
    bool m_prefetched = false;
    QMultiHash<quint64, QByteArray> m_sharedBodies;
    void forgetTransaction();
    std::optional<QSqlQuery> m_findDuplicate;
    std::optional<QSqlQuery> m_findUntimedDuplicate;
    std::unique_ptr<Bloom> m_bodyHashes;
    QSet<quint64> m_confirmedDuplicates; // (body hash, event, property) of stored bodies
    std::optional<QSqlQuery> m_latestTimeQuery;
    std::optional<QSqlQuery> m_latestTextQuery;
    QHash<QString, qint64> m_latestTime; // subject → latest payload time (µs), remembered
    QHash<QString, QString> m_latestText; // subject → latest timestamp that is not a date
    // The open transaction's: kept only when it commits.
    QHash<QString, qint64> m_pendingTime;
    QHash<QString, QString> m_pendingText;
};

} // namespace Capture
