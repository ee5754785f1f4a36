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
      "d.response_body, d.user_id, d.payload_timestamp, d.note"_s;
const QString InsertCapture
    = u"INSERT INTO captures (id, received_at, duration_us, method, path, event, property_id, "
      "size, status, marks, body_hash, payload_time) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s;
const QString InsertData
    = u"INSERT INTO capture_data (id, target, version_major, version_minor, headers, body, "
      "raw_head, raw_ends_with_body, peer_address, peer_port, connection_id, response_headers, "
      "response_body, user_id, payload_timestamp, note) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s;

namespace {

// QtSql binds a null QString or QByteArray as SQL NULL; the columns are NOT NULL.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(u""_s) : QVariant(value);
}

QVariant bytes(const QByteArray &value)
{
    return value.isNull() ? QVariant(""_ba) : QVariant(value);
}

QVariant optionalInteger(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>());
}

qint64 sizeOf(const CaptureRecord &record)
{
    return record.marks.testFlag(Mark::Rejected) ? record.rawBytes.size() : record.body.size();
}

} // namespace

void bindCapture(QSqlQuery &query, const CaptureRecord &record, const Derived &derived)
{
    query.bindValue(0, record.id);
    query.bindValue(1, record.receivedAt.toMSecsSinceEpoch());
    query.bindValue(2, record.durationUs);
    query.bindValue(3, text(QString::fromLatin1(record.method)));
    query.bindValue(4, text(derived.path));
    query.bindValue(5, text(record.event));
    query.bindValue(6, text(record.propertyId));
    query.bindValue(7, sizeOf(record));
    query.bindValue(8, record.status);
    query.bindValue(9, record.marks.toInt());
    query.bindValue(10, optionalInteger(derived.bodyHash));
    query.bindValue(11, optionalInteger(derived.payloadTime));
}

void bindData(QSqlQuery &query, const CaptureRecord &record)
{
    // A request's raw bytes nearly always end with its body: keep that part once.
    const bool rawEndsWithBody = !record.body.isEmpty() && record.rawBytes.endsWith(record.body);
    query.bindValue(0, record.id);
    query.bindValue(1, bytes(record.target));
    query.bindValue(2, record.versionMajor);
    query.bindValue(3, record.versionMinor);
    query.bindValue(4, bytes(HeaderCodec::encode(record.headers)));
    query.bindValue(5, bytes(record.body));
    query.bindValue(
        6, bytes(rawEndsWithBody ? record.rawBytes.chopped(record.body.size()) : record.rawBytes));
    query.bindValue(7, rawEndsWithBody ? 1 : 0);
    query.bindValue(8, text(record.peerAddress));
    query.bindValue(9, int(record.peerPort));
    query.bindValue(10, qint64(record.connectionId));
    query.bindValue(11, bytes(HeaderCodec::encode(record.responseHeaders)));
    query.bindValue(12, bytes(record.responseBody));
    query.bindValue(13, text(record.userId));
    query.bindValue(14, text(record.payloadTimestamp));
    query.bindValue(15, text(record.note));
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
    for (const QChar c : text.toLower()) {
        if (c == u'%' || c == u'_' || c == u'\\')
            pattern += u'\\';
        pattern += c;
    }
    pattern += u'%';
    return pattern;
}

} // namespace Capture::CaptureRow
