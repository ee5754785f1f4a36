// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/capture/CaptureRecord.h"

#include <QSqlQuery>
#include <QString>

#include <optional>

// How a CaptureRecord maps onto the two tables of CaptureSchema, in one place for the writer and
// the reads.
namespace Capture::CaptureRow {

// Columns of `captures` (alias c) that make a CaptureSummary, in summary()'s order.
extern const QString SummaryColumns;
// Summary columns, then those of `capture_data` (alias d) that make a CaptureRecord.
extern const QString RecordColumns;
extern const QString InsertCapture;
extern const QString InsertData;
// A stored capture's answer, decided after it was stored (forwarding): captures (status,
// duration_us) and capture_data (the response, note and forwarding columns), named placeholders.
extern const QString UpdateAnswerCapture;
extern const QString UpdateAnswerData;
// One subject of a capture (capture_id, subject, payload_time, payload_text), positional.
extern const QString InsertSubject;
// "INSERT INTO <table> (<columns>) VALUES ", for statements that insert many rows at once
// (PostgresInserter); the rows' values in writeCapture's, writeData's and the subject's order.
extern const QString InsertCapturesPrefix;
extern const QString InsertDataPrefix;
extern const QString InsertSubjectsPrefix;

// What the writer decides and computes once per row, beside the record itself.
struct Derived
{
    QString path;
    std::optional<qint64> bodyHash; // recognised payloads only: duplicate detection
    std::optional<qint64> payloadTime; // the payload timestamp in microseconds, when it parses
};

// Where the values of a row go, in the order of the INSERT's columns: bound to a QSqlQuery
// (any driver) or straight to an SQLite statement (SqliteInsert.h, the writer's fast path).
class RowValues
{
public:
    virtual ~RowValues() = default;
    virtual void integer(qint64 value) = 0;
    virtual void null() = 0;
    virtual void text(const QString &value) = 0; // a null QString is stored as ''
    // A null array is stored as an empty BLOB; the bytes stay valid until the row is written.
    virtual void bytes(const QByteArray &value) = 0;
};

void writeCapture(RowValues &values, const CaptureRecord &record, const Derived &derived);
void writeData(RowValues &values, const CaptureRecord &record);
void bindCapture(QSqlQuery &query, const CaptureRecord &record, const Derived &derived);
void bindData(QSqlQuery &query, const CaptureRecord &record);
void bindAnswer(QSqlQuery &captureUpdate, QSqlQuery &dataUpdate, const CaptureRecord &record);

CaptureSummary summaryOf(const CaptureRecord &record, const QString &path);
CaptureSummary summary(const QSqlQuery &query);
CaptureRecord record(const QSqlQuery &query);

// A stable 64-bit hash of the body (FNV-1a), the same in every build and version.
qint64 bodyHash(QByteArrayView body);
// A LIKE pattern (ESCAPE '\') matching `text` anywhere: %, _ and \ escaped.
QString containsPattern(const QString &text);

} // namespace Capture::CaptureRow
