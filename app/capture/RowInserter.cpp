// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/capture/RowInserter.h"

#include "app/capture/CaptureSchema.h"
#include "app/capture/SqlLiterals.h"
#include "app/capture/SqliteHandle.h"

#include <QSqlError>
#include <QSqlQuery>

#if WC_SQLITE_DIRECT
#include "app/capture/SqliteInsert.h"
#endif

using namespace Qt::StringLiterals;

namespace Capture {

namespace {

// QtSql's bound queries: any driver.
class QueryInserter final : public RowInserter
{
public:
    explicit QueryInserter(const QSqlDatabase &database)
        : m_capture(database), m_data(database), m_subject(database)
    { }

    bool prepare(QString *error)
    {
        if (m_capture.prepare(CaptureRow::InsertCapture) && m_data.prepare(CaptureRow::InsertData)
            && m_subject.prepare(CaptureRow::InsertSubject))
            return true;
        *error = firstError();
        return false;
    }

    bool insert(const CaptureRecord &record, const CaptureRow::Derived &derived,
                QString *error) override
    {
        CaptureRow::bindCapture(m_capture, record, derived);
        CaptureRow::bindData(m_data, record);
        bool ok = m_capture.exec() && m_data.exec();
        for (qsizetype i = 0; ok && i < record.subjects.size(); ++i) {
            m_subject.bindValue(0, record.id);
            m_subject.bindValue(1, record.subjects.at(i));
            m_subject.bindValue(2,
                                derived.payloadTime ? QVariant(*derived.payloadTime)
                                                    : QVariant(QMetaType::fromType<qint64>()));
            m_subject.bindValue(3, derived.payloadTime ? QString(u""_s) : record.payloadTimestamp);
            ok = m_subject.exec();
        }
        if (!ok)
            *error = firstError();
        return ok;
    }

private:
    QString firstError() const
    {
        for (const QSqlQuery *query : {&m_capture, &m_data, &m_subject}) {
            if (query->lastError().isValid())
                return query->lastError().text();
        }
        return {};
    }

    QSqlQuery m_capture;
    QSqlQuery m_data;
    QSqlQuery m_subject;
};

// PostgreSQL: each statement is a round trip to the server (five per capture with bound
// queries), so the rows of a transaction are kept as SQL tuples and written at finish() with
// one INSERT per table, whatever the number of rows.
class PostgresInserter final : public RowInserter
{
public:
    explicit PostgresInserter(const QSqlDatabase &database)
        : m_database(database), m_values(database.driver())
    { }

    bool prepare(QString *) { return true; }

    bool insert(const CaptureRecord &record, const CaptureRow::Derived &derived, QString *) override
    {
        CaptureRow::writeCapture(m_values, record, derived);
        m_captures << m_values.take();
        CaptureRow::writeData(m_values, record);
        m_data << m_values.take();
        for (const QString &subject : record.subjects) {
            m_values.integer(record.id);
            m_values.text(subject);
            if (derived.payloadTime)
                m_values.integer(*derived.payloadTime);
            else
                m_values.null();
            m_values.text(derived.payloadTime ? QString() : record.payloadTimestamp);
            m_subjects << m_values.take();
        }
        return true;
    }

    bool finish(QString *error) override
    {
        QSqlQuery query(m_database);
        const auto write = [&](const QString &prefix, const QStringList &tuples) {
            return tuples.isEmpty() || query.exec(prefix + tuples.join(u", "_s));
        };
        const bool ok = write(CaptureRow::InsertCapturesPrefix, m_captures)
            && write(CaptureRow::InsertDataPrefix, m_data)
            && write(CaptureRow::InsertSubjectsPrefix, m_subjects);
        if (!ok)
            *error = query.lastError().text();
        discard();
        return ok;
    }

    void discard() override
    {
        m_captures.clear();
        m_data.clear();
        m_subjects.clear();
    }

private:
    QSqlDatabase m_database;
    SqlLiterals::Tuple m_values;
    QStringList m_captures;
    QStringList m_data;
    QStringList m_subjects;
};

#if WC_SQLITE_DIRECT
// SQLite's C API: each value bound as it is, without a QVariant per column (SqliteInsert.h).
class SqliteInserter final : public RowInserter
{
public:
    explicit SqliteInserter(const QSqlDatabase &database)
        : m_capture(database, CaptureRow::InsertCapture), m_data(database, CaptureRow::InsertData),
          m_subject(database, CaptureRow::InsertSubject)
    { }

    bool prepare(QString *error)
    {
        if (m_capture.isValid() && m_data.isValid() && m_subject.isValid())
            return true;
        *error = m_capture.errorString();
        return false;
    }

    bool insert(const CaptureRecord &record, const CaptureRow::Derived &derived,
                QString *error) override
    {
        CaptureRow::writeCapture(m_capture, record, derived);
        if (!m_capture.run(error))
            return false;
        CaptureRow::writeData(m_data, record);
        if (!m_data.run(error))
            return false;
        for (const QString &subject : record.subjects) {
            m_subject.integer(record.id);
            m_subject.text(subject);
            if (derived.payloadTime)
                m_subject.integer(*derived.payloadTime);
            else
                m_subject.null();
            m_subject.text(derived.payloadTime ? QString() : record.payloadTimestamp);
            if (!m_subject.run(error))
                return false;
        }
        return true;
    }

private:
    SqliteInsert m_capture;
    SqliteInsert m_data;
    SqliteInsert m_subject;
};
#endif

template<typename Inserter>
std::unique_ptr<RowInserter> prepared(const QSqlDatabase &database, QString *error)
{
    auto inserter = std::make_unique<Inserter>(database);
    QString why;
    if (inserter->prepare(&why))
        return inserter;
    *error = RowInserter::tr("The capture database could not be prepared (%1). Choose another "
                             "data directory or move the file away.")
                 .arg(why);
    return nullptr;
}

} // namespace

std::unique_ptr<RowInserter> RowInserter::create(const QSqlDatabase &database, QString *error)
{
#if WC_SQLITE_DIRECT
    if (sqliteHandle(database))
        return prepared<SqliteInserter>(database, error);
#endif
    if (CaptureSchema::isPostgres(database))
        return prepared<PostgresInserter>(database, error);
    return prepared<QueryInserter>(database, error);
}

} // namespace Capture
