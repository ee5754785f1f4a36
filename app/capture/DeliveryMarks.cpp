// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/capture/DeliveryMarks.h"

#include "app/capture/SqlLiterals.h"

#include <QSqlError>

#include <array>
#include <limits>
#include <vector>

using namespace Qt::StringLiterals;

namespace Capture {

namespace {

// Keys of bodies known to be stored already (a few hundred kilobytes at most).
constexpr qsizetype MaxConfirmedDuplicates = 16384;
// Latest timestamps remembered per subject, so a sender repeating one subject asks the database
// once; beyond this many (a few megabytes), the memory is emptied and asks again.
constexpr qsizetype MaxRememberedSubjects = 65536;
// "Nothing stored about this subject", remembered like a timestamp.
constexpr qint64 NoneSeen = std::numeric_limits<qint64>::min();

template<typename Value>
void remember(QHash<QString, Value> &memory, const QString &subject, const Value &value)
{
    if (memory.size() >= MaxRememberedSubjects && !memory.contains(subject))
        memory.clear();
    memory.insert(subject, value);
}

} // namespace

// A Bloom filter of the body hashes of recognised captures: nearly every append is told "never
// seen" without a query; a hit (a real duplicate or a rare false positive) is confirmed in SQL.
// Fixed size (2 MiB), so a database of millions of captures costs no more memory.
class DeliveryMarks::Bloom
{
public:
    void add(qint64 hash)
    {
        for (const quint64 bit : bits(hash))
            m_words[bit / 64] |= quint64(1) << (bit % 64);
    }
    bool mayContain(qint64 hash) const
    {
        for (const quint64 bit : bits(hash)) {
            if ((m_words[bit / 64] & (quint64(1) << (bit % 64))) == 0)
                return false;
        }
        return true;
    }

private:
    static constexpr quint64 BitCount = quint64(1) << 24;
    static std::array<quint64, 3> bits(qint64 hash)
    {
        // splitmix64 spreads the FNV hash so the three positions are independent.
        quint64 x = quint64(hash);
        std::array<quint64, 3> result {};
        for (quint64 &bit : result) {
            x += 0x9E3779B97F4A7C15ULL;
            quint64 z = x;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
            bit = (z ^ (z >> 31)) % BitCount;
        }
        return result;
    }
    std::vector<quint64> m_words = std::vector<quint64>(BitCount / 64, 0);
};

DeliveryMarks::DeliveryMarks() = default;
DeliveryMarks::~DeliveryMarks() = default;

bool DeliveryMarks::open(const QSqlDatabase &database, bool shared, QString *error)
{
    m_shared = shared;
    m_database = database;
    m_findDuplicate.emplace(database);
    m_findUntimedDuplicate.emplace(database);
    const QString findDuplicate
        = u"SELECT c.id FROM captures c JOIN capture_data d ON d.id = c.id WHERE "
          "c.property_id = ? AND c.payload_time %1 AND c.body_hash = ? AND c.event = ? AND "
          "d.body = ? LIMIT 1"_s;
    QSqlQuery query(database);
    query.setForwardOnly(true);
    const auto fail = [error](const QString &databaseError) {
        *error = tr("The capture database could not be read (%1). Choose another data "
                    "directory or move "
                    "the file away.")
                     .arg(databaseError);
        return false;
    };
    if (!m_findDuplicate->prepare(findDuplicate.arg(u"= ?"_s)))
        return fail(m_findDuplicate->lastError().text());
    if (!m_findUntimedDuplicate->prepare(findDuplicate.arg(u"IS NULL"_s)))
        return fail(m_findUntimedDuplicate->lastError().text());

    if (!shared) {
        m_bodyHashes = std::make_unique<Bloom>();
        if (!query.exec(u"SELECT body_hash FROM captures WHERE body_hash IS NOT NULL"_s))
            return fail(query.lastError().text());
        while (query.next())
            m_bodyHashes->add(query.value(0).toLongLong());
    }

    m_latestTimeQuery.emplace(database);
    m_latestTextQuery.emplace(database);
    if (!m_latestTimeQuery->prepare(u"SELECT MAX(payload_time) FROM capture_subjects WHERE "
                                    "subject = ?"_s))
        return fail(m_latestTimeQuery->lastError().text());
    if (!m_latestTextQuery->prepare(u"SELECT MAX(payload_text) FROM capture_subjects WHERE "
                                    "subject = ? AND payload_time IS NULL"_s))
        return fail(m_latestTextQuery->lastError().text());
    return true;
}

void DeliveryMarks::removed(Removal removal)
{
    // A remembered duplicate key may name a body no longer stored; the Bloom filter only errs
    // towards a query, so it stays.
    m_confirmedDuplicates.clear();
    // Remove and Clear All took the subjects of what they deleted: what is remembered is read
    // again. A retention trim keeps the latest of each subject (CaptureMaintenance), so the
    // remembered timestamps still hold.
    if (removal == Removal::Chosen) {
        m_latestTime.clear();
        m_latestText.clear();
    }
}

void DeliveryMarks::close()
{
    m_findDuplicate.reset();
    m_findUntimedDuplicate.reset();
    m_latestTimeQuery.reset();
    m_latestTextQuery.reset();
    m_database = QSqlDatabase();
}

namespace {

quint64 duplicateKey(qint64 hash, const QString &event, const QString &propertyId)
{
    return qHashMulti(0, hash, event, propertyId.isNull() ? u""_s : propertyId);
}

QString literalList(const QSqlDriver *driver, const QStringList &texts)
{
    QStringList literals;
    for (const QString &text : texts)
        literals << SqlLiterals::text(driver, text);
    return literals.join(u", "_s);
}

} // namespace

void DeliveryMarks::prefetch(const QList<const CaptureRecord *> &records,
                             const QList<CaptureRow::Derived> &derived)
{
    if (!m_shared)
        return;
    const QSqlDriver *driver = m_database.driver();
    QStringList subjects;
    QStringList candidates; // where a stored body that this batch repeats would be
    QStringList hashes;
    for (qsizetype i = 0; i < records.size(); ++i) {
        const CaptureRecord &record = *records.at(i);
        if (!record.payloadTimestamp.isEmpty())
            subjects << record.subjects;
        if (record.event.isEmpty())
            continue;
        hashes << QString::number(CaptureRow::bodyHash(record.body));
        const QString property = SqlLiterals::text(driver, record.propertyId);
        const std::optional<qint64> time = derived.at(i).payloadTime;
        candidates << (time ? u"(c.property_id = %1 AND c.payload_time = %2)"_s.arg(property).arg(
                           *time)
                            : u"(c.property_id = %1 AND c.payload_time IS NULL)"_s.arg(property));
    }
    subjects.removeDuplicates();
    candidates.removeDuplicates();
    hashes.removeDuplicates();
    m_latestTime.clear();
    m_latestText.clear();
    m_sharedBodies.clear();
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    // A query that fails leaves the marks to the per-row queries (and the transaction, whose
    // next statement fails too, is rolled back and answered 503).
    if (!subjects.isEmpty()) {
        if (!query.exec(u"SELECT subject, MAX(payload_time), "
                        "MAX(CASE WHEN payload_time IS NULL THEN payload_text END) "
                        "FROM capture_subjects WHERE subject IN (%1) GROUP BY subject"_s.arg(
                            literalList(driver, subjects))))
            return;
        for (const QString &subject : std::as_const(subjects)) {
            m_latestTime.insert(subject, NoneSeen);
            m_latestText.insert(subject, QString());
        }
        while (query.next()) {
            const QString subject = query.value(0).toString();
            if (!query.value(1).isNull())
                m_latestTime.insert(subject, query.value(1).toLongLong());
            m_latestText.insert(subject, query.value(2).toString());
        }
    }
    // The property index finds the bodies with the same payload time (a duplicate carries it).
    if (!candidates.isEmpty()) {
        if (!query.exec(
                u"SELECT c.body_hash, c.event, c.property_id, d.body FROM captures c "
                "JOIN capture_data d ON d.id = c.id WHERE (%1) AND c.body_hash IN (%2)"_s.arg(
                    candidates.join(u" OR "_s), hashes.join(u", "_s)))) {
            m_latestTime.clear();
            m_latestText.clear();
            return;
        }
        while (query.next())
            m_sharedBodies.insert(duplicateKey(query.value(0).toLongLong(),
                                               query.value(1).toString(),
                                               query.value(2).toString()),
                                  query.value(3).toByteArray());
    }
    m_prefetched = true;
}

void DeliveryMarks::mark(CaptureRecord &record, CaptureRow::Derived &derived)
{
    if (!record.event.isEmpty()) {
        const qint64 hash = CaptureRow::bodyHash(record.body);
        derived.bodyHash = hash;
        if (isDuplicate(record, derived))
            record.marks |= Mark::Duplicate;
        if (m_bodyHashes)
            m_bodyHashes->add(hash);
        if (m_prefetched) // the later rows of this transaction compare with it too
            m_sharedBodies.insert(duplicateKey(hash, record.event, record.propertyId),
                                  record.body.isNull() ? ""_ba : record.body);
    }
    if (isOutOfOrder(record, derived))
        record.marks |= Mark::OutOfOrder;
}

bool DeliveryMarks::isOutOfOrder(const CaptureRecord &record, const CaptureRow::Derived &derived)
{
    if (record.subjects.isEmpty() || record.payloadTimestamp.isEmpty())
        return false;
    // Compared within each subject: a timestamp with the others of its subject that are dates,
    // or, when it is no date, as text with the others that are not.
    bool outOfOrder = false;
    for (const QString &subject : record.subjects) {
        if (derived.payloadTime) {
            const std::optional<qint64> seen = latestTime(subject);
            if (seen && *derived.payloadTime < *seen)
                outOfOrder = true;
            else
                m_pendingTime.insert(subject, *derived.payloadTime);
        } else {
            const QString seen = latestText(subject);
            if (!seen.isEmpty() && record.payloadTimestamp < seen)
                outOfOrder = true;
            else
                m_pendingText.insert(subject, record.payloadTimestamp);
        }
    }
    return outOfOrder;
}

std::optional<qint64> DeliveryMarks::latestTime(const QString &subject)
{
    if (const auto it = m_pendingTime.constFind(subject); it != m_pendingTime.cend())
        return *it;
    if (const auto it = m_latestTime.constFind(subject);
        it != m_latestTime.cend() && (!m_shared || m_prefetched))
        return *it == NoneSeen ? std::nullopt : std::optional<qint64>(*it);
    QSqlQuery &query = *m_latestTimeQuery;
    query.bindValue(0, subject);
    std::optional<qint64> latest;
    if (query.exec() && query.next() && !query.value(0).isNull())
        latest = query.value(0).toLongLong();
    query.finish();
    if (!m_shared)
        remember(m_latestTime, subject, latest.value_or(NoneSeen));
    return latest;
}

QString DeliveryMarks::latestText(const QString &subject)
{
    if (const auto it = m_pendingText.constFind(subject); it != m_pendingText.cend())
        return *it;
    if (const auto it = m_latestText.constFind(subject);
        it != m_latestText.cend() && (!m_shared || m_prefetched))
        return *it;
    QSqlQuery &query = *m_latestTextQuery;
    query.bindValue(0, subject);
    QString latest;
    if (query.exec() && query.next())
        latest = query.value(0).toString();
    query.finish();
    if (!m_shared)
        remember(m_latestText, subject, latest);
    return latest;
}

void DeliveryMarks::committed()
{
    if (m_shared) { // the store says it next time
        forgetTransaction();
        return;
    }
    for (auto it = m_pendingTime.cbegin(); it != m_pendingTime.cend(); ++it)
        remember(m_latestTime, it.key(), it.value());
    for (auto it = m_pendingText.cbegin(); it != m_pendingText.cend(); ++it)
        remember(m_latestText, it.key(), it.value());
    m_pendingTime.clear();
    m_pendingText.clear();
}

void DeliveryMarks::forgetTransaction()
{
    m_pendingTime.clear();
    m_pendingText.clear();
    m_latestTime.clear();
    m_latestText.clear();
    m_sharedBodies.clear();
    m_prefetched = false;
}

void DeliveryMarks::rolledBack()
{
    if (m_shared) {
        forgetTransaction();
        return;
    }
    m_pendingTime.clear();
    m_pendingText.clear();
    m_confirmedDuplicates.clear(); // some may have been confirmed by rows rolled back
}

bool DeliveryMarks::isDuplicate(const CaptureRecord &record, const CaptureRow::Derived &derived)
{
    // A sender that repeats one delivery (or a benchmark) repeats the same key: after one
    // confirmation in SQL the key alone says so.
    if (m_prefetched) // every candidate was read by prefetch(), this transaction's rows added
        return m_sharedBodies
            .values(duplicateKey(*derived.bodyHash, record.event, record.propertyId))
            .contains(record.body.isNull() ? ""_ba : record.body);
    const quint64 key = qHashMulti(0, *derived.bodyHash, record.event, record.propertyId);
    if (!m_shared && m_confirmedDuplicates.contains(key))
        return true;
    if (m_bodyHashes && !m_bodyHashes->mayContain(*derived.bodyHash))
        return false;
    // A duplicate has the same body, so the same payload timestamp: the property index finds it.
    QSqlQuery &query = derived.payloadTime ? *m_findDuplicate : *m_findUntimedDuplicate;
    int column = 0;
    query.bindValue(column++, record.propertyId.isNull() ? u""_s : record.propertyId);
    if (derived.payloadTime)
        query.bindValue(column++, *derived.payloadTime);
    query.bindValue(column++, *derived.bodyHash);
    query.bindValue(column++, record.event);
    query.bindValue(column++, record.body.isNull() ? ""_ba : record.body);
    const bool found = query.exec() && query.next();
    query.finish();
    if (found && !m_shared) {
        if (m_confirmedDuplicates.size() >= MaxConfirmedDuplicates)
            m_confirmedDuplicates.clear();
        m_confirmedDuplicates.insert(key);
    }
    return found;
}

} // namespace Capture
