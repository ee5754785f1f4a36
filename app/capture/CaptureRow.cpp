// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/capture/CaptureRow.h"

#include "app/capture/HeaderCodec.h"

#include <QDateTime>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Capture::CaptureRow {

const QString SummaryColumns = u"c.id, c.received_at, c.method, c.path, c.event, c.property_id, "
                               "c.size, c.status, c.duration_us, c.marks"_s;
const QString RecordColumns = SummaryColumns
    + u", d.target, d.version_major, d.version_minor, d.headers, d.body, d.raw_head, "
      "d.raw_ends_with_body, d.peer_address, d.peer_port, d.connection_id, d.response_headers, "
      "d.response_body, d.user_id, d.payload_timestamp, d.note, d.answered_by, d.forward_url, "
      "d.forward_status, d.forward_headers, d.forward_body, d.forward_error, "
      "d.forward_duration_us"_s;
namespace {

// Named placeholders (":id"), bound by these strings: QtSql turns a positional bindValue(int)
// into a formatted name for every value, which was a fifth of the writer's time.
QStringList placeholders(const QStringList &columns)
{
    QStringList names;
    for (const QString &column : columns)
        names.append(u':' + column);
    return names;
}

const QStringList CaptureColumns
    = {u"id"_s,     u"received_at"_s, u"duration_us"_s, u"method"_s,
       u"path"_s,   u"event"_s,       u"property_id"_s, u"size"_s,
       u"status"_s, u"marks"_s,       u"body_hash"_s,   u"payload_time"_s};
const QStringList DataColumns = {u"id"_s,
                                 u"target"_s,
                                 u"version_major"_s,
                                 u"version_minor"_s,
                                 u"headers"_s,
                                 u"body"_s,
                                 u"raw_head"_s,
                                 u"raw_ends_with_body"_s,
                                 u"peer_address"_s,
                                 u"peer_port"_s,
                                 u"connection_id"_s,
                                 u"response_headers"_s,
                                 u"response_body"_s,
                                 u"user_id"_s,
                                 u"payload_timestamp"_s,
                                 u"note"_s,
                                 u"answered_by"_s,
                                 u"forward_url"_s,
                                 u"forward_status"_s,
                                 u"forward_headers"_s,
                                 u"forward_body"_s,
                                 u"forward_error"_s,
                                 u"forward_duration_us"_s};
const QStringList CaptureKeys = placeholders(CaptureColumns);
const QStringList DataKeys = placeholders(DataColumns);

const QStringList SubjectColumns
    = {u"capture_id"_s, u"subject"_s, u"payload_time"_s, u"payload_text"_s};

QString insertPrefix(const QString &table, const QStringList &columns)
{
    return u"INSERT INTO "_s + table + u" ("_s + columns.join(u", "_s) + u") VALUES "_s;
}

QString insertInto(const QString &table, const QStringList &columns)
{
    return u"INSERT INTO "_s + table + u" ("_s + columns.join(u", "_s) + u") VALUES ("_s
        + placeholders(columns).join(u", "_s) + u')';
}

} // namespace

const QString InsertCapture = insertInto(u"captures"_s, CaptureColumns);
const QString InsertData = insertInto(u"capture_data"_s, DataColumns);
const QString UpdateAnswerCapture
    = u"UPDATE captures SET status = :status, duration_us = :duration_us WHERE id = :id"_s;
const QString UpdateAnswerData
    = u"UPDATE capture_data SET response_headers = :response_headers, "
      "response_body = :response_body, note = :note, answered_by = :answered_by, "
      "forward_url = :forward_url, forward_status = :forward_status, "
      "forward_headers = :forward_headers, forward_body = :forward_body, "
      "forward_error = :forward_error, forward_duration_us = :forward_duration_us "
      "WHERE id = :id"_s;
const QString InsertSubject = insertInto(u"capture_subjects"_s, SubjectColumns);
const QString InsertCapturesPrefix = insertPrefix(u"captures"_s, CaptureColumns);
const QString InsertDataPrefix = insertPrefix(u"capture_data"_s, DataColumns);
const QString InsertSubjectsPrefix = insertPrefix(u"capture_subjects"_s, SubjectColumns);

namespace {

qint64 sizeOf(const CaptureRecord &record)
{
    return record.marks.testFlag(Mark::Rejected) ? record.rawBytes.size() : record.body.size();
}

// Binds each value to the next named placeholder of a QSqlQuery.
class QueryValues final : public RowValues
{
public:
    QueryValues(QSqlQuery &query, const QStringList &keys) : m_query(query), m_keys(keys) { }
    void integer(qint64 value) override { m_query.bindValue(m_keys[m_next++], value); }
    void null() override
    {
        m_query.bindValue(m_keys[m_next++], QVariant(QMetaType::fromType<qint64>()));
    }
    // QtSql binds a null QString or QByteArray as SQL NULL; the columns are NOT NULL.
    void text(const QString &value) override
    {
        m_query.bindValue(m_keys[m_next++], value.isNull() ? QVariant(u""_s) : QVariant(value));
    }
    void bytes(const QByteArray &value) override
    {
        m_query.bindValue(m_keys[m_next++], value.isNull() ? QVariant(""_ba) : QVariant(value));
    }

private:
    QSqlQuery &m_query;
    const QStringList &m_keys;
    qsizetype m_next = 0;
};

void optionalInteger(RowValues &values, const std::optional<qint64> &value)
{
    if (value)
        values.integer(*value);
    else
        values.null();
}

} // namespace

void writeCapture(RowValues &values, const CaptureRecord &record, const Derived &derived)
{
    values.integer(record.id);
    values.integer(record.receivedAt.toMSecsSinceEpoch());
    values.integer(record.durationUs);
    values.text(QString::fromLatin1(record.method));
    values.text(derived.path);
    values.text(record.event);
    values.text(record.propertyId);
    values.integer(sizeOf(record));
    values.integer(record.status);
    values.integer(record.marks.toInt());
    optionalInteger(values, derived.bodyHash);
    optionalInteger(values, derived.payloadTime);
}

namespace {

// The columns after `note`: who chose the answer, and forwarding.
void writeAnswerDetails(RowValues &values, const CaptureRecord &record)
{
    const ForwardedAnswer &forwarded = record.forwarded;
    values.text(record.answeredBy);
    values.text(forwarded.url);
    values.integer(forwarded.status);
    values.bytes(forwarded.isEmpty() ? QByteArray() : HeaderCodec::encode(forwarded.headers));
    values.bytes(forwarded.body);
    values.text(forwarded.error);
    values.integer(forwarded.durationUs);
}

} // namespace

void writeData(RowValues &values, const CaptureRecord &record)
{
    // A request's raw bytes nearly always end with its body: keep that part once.
    const bool rawEndsWithBody = !record.body.isEmpty() && record.rawBytes.endsWith(record.body);
    values.integer(record.id);
    values.bytes(record.target);
    values.integer(record.versionMajor);
    values.integer(record.versionMinor);
    values.bytes(HeaderCodec::encode(record.headers));
    values.bytes(record.body);
    // Not a copy: the record outlives the statement's execution.
    values.bytes(rawEndsWithBody ? QByteArray::fromRawData(
                     record.rawBytes.constData(), record.rawBytes.size() - record.body.size())
                                 : record.rawBytes);
    values.integer(rawEndsWithBody ? 1 : 0);
    values.text(record.peerAddress);
    values.integer(record.peerPort);
    values.integer(qint64(record.connectionId));
    values.bytes(HeaderCodec::encode(record.responseHeaders));
    values.bytes(record.responseBody);
    values.text(record.userId);
    values.text(record.payloadTimestamp);
    values.text(record.note);
    writeAnswerDetails(values, record);
}

void bindCapture(QSqlQuery &query, const CaptureRecord &record, const Derived &derived)
{
    QueryValues values(query, CaptureKeys);
    writeCapture(values, record, derived);
}

void bindData(QSqlQuery &query, const CaptureRecord &record)
{
    QueryValues values(query, DataKeys);
    writeData(values, record);
}

void bindAnswer(QSqlQuery &captureUpdate, QSqlQuery &dataUpdate, const CaptureRecord &record)
{
    captureUpdate.bindValue(u":status"_s, record.status);
    captureUpdate.bindValue(u":duration_us"_s, record.durationUs);
    captureUpdate.bindValue(u":id"_s, record.id);
    static const QStringList keys
        = placeholders({u"response_headers"_s, u"response_body"_s, u"note"_s}) + DataKeys.mid(16);
    QueryValues values(dataUpdate, keys);
    values.bytes(HeaderCodec::encode(record.responseHeaders));
    values.bytes(record.responseBody);
    values.text(record.note);
    writeAnswerDetails(values, record);
    dataUpdate.bindValue(u":id"_s, record.id);
}

CaptureSummary summaryOf(const CaptureRecord &record, const QString &path)
{
    CaptureSummary summary;
    summary.id = record.id;
    summary.receivedAt = record.receivedAt;
    summary.method = record.method;
    summary.path = path;
    summary.event = record.event;
    summary.propertyId = record.propertyId;
    summary.size = sizeOf(record);
    summary.status = record.status;
    summary.durationUs = record.durationUs;
    summary.marks = record.marks;
    return summary;
}

CaptureSummary summary(const QSqlQuery &query)
{
    CaptureSummary summary;
    summary.id = query.value(0).toLongLong();
    summary.receivedAt = QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), Qt::UTC);
    summary.method = query.value(2).toString().toLatin1();
    summary.path = query.value(3).toString();
    summary.event = query.value(4).toString();
    summary.propertyId = query.value(5).toString();
    summary.size = query.value(6).toLongLong();
    summary.status = query.value(7).toInt();
    summary.durationUs = query.value(8).toLongLong();
    summary.marks = Marks::fromInt(query.value(9).toInt());
    return summary;
}

CaptureRecord record(const QSqlQuery &query)
{
    const CaptureSummary head = summary(query);
    CaptureRecord record;
    record.id = head.id;
    record.receivedAt = head.receivedAt;
    record.method = head.method;
    record.event = head.event;
    record.propertyId = head.propertyId;
    record.status = head.status;
    record.durationUs = head.durationUs;
    record.marks = head.marks;
    record.target = query.value(10).toByteArray();
    record.versionMajor = query.value(11).toInt();
    record.versionMinor = query.value(12).toInt();
    record.headers
        = HeaderCodec::decode(query.value(13).toByteArray()).value_or(Http::HeaderList());
    record.body = query.value(14).toByteArray();
    record.rawBytes = query.value(15).toByteArray();
    if (query.value(16).toInt() != 0)
        record.rawBytes += record.body;
    record.peerAddress = query.value(17).toString();
    record.peerPort = quint16(query.value(18).toUInt());
    record.connectionId = quint64(query.value(19).toLongLong());
    record.responseHeaders
        = HeaderCodec::decode(query.value(20).toByteArray()).value_or(Http::HeaderList());
    record.responseBody = query.value(21).toByteArray();
    record.userId = query.value(22).toString();
    record.payloadTimestamp = query.value(23).toString();
    record.note = query.value(24).toString();
    record.answeredBy = query.value(25).toString();
    ForwardedAnswer &forwarded = record.forwarded;
    forwarded.url = query.value(26).toString();
    forwarded.status = query.value(27).toInt();
    forwarded.headers
        = HeaderCodec::decode(query.value(28).toByteArray()).value_or(Http::HeaderList());
    forwarded.body = query.value(29).toByteArray();
    forwarded.error = query.value(30).toString();
    forwarded.durationUs = query.value(31).toLongLong();
    return record;
}

qint64 bodyHash(QByteArrayView body)
{
    quint64 hash = 14695981039346656037ULL;
    for (const char c : body) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 1099511628211ULL;
    }
    return static_cast<qint64>(hash);
}

QString containsPattern(const QString &text)
{
    QString pattern;
    pattern.reserve(text.size() + 2);
    pattern += u'%';
    for (const QChar c : text) {
        if (c == u'%' || c == u'_' || c == u'\\')
            pattern += u'\\';
        pattern += c;
    }
    pattern += u'%';
    return pattern;
}

} // namespace Capture::CaptureRow
