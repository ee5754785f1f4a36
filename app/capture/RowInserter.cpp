// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/capture/RowInserter.h"

#include "app/capture/SqliteHandle.h"

#include <QSqlError>
#include <QSqlQuery>

#if WC_SQLITE_DIRECT
#include "app/capture/SqliteInsert.h"
#endif

namespace Capture {

namespace {

// QtSql's bound queries: any driver.
class QueryInserter final : public RowInserter
{
public:
    explicit QueryInserter(const QSqlDatabase &database) : m_capture(database), m_data(database) { }

    bool prepare(QString *error)
    {
        if (m_capture.prepare(CaptureRow::InsertCapture) && m_data.prepare(CaptureRow::InsertData))
            return true;
        *error = m_capture.lastError().isValid() ? m_capture.lastError().text()
                                                 : m_data.lastError().text();
        return false;
    }

    bool insert(const CaptureRecord &record, const CaptureRow::Derived &derived,
                QString *error) override
    {
        CaptureRow::bindCapture(m_capture, record, derived);
        CaptureRow::bindData(m_data, record);
        if (m_capture.exec() && m_data.exec())
            return true;
        *error = m_capture.lastError().isValid() ? m_capture.lastError().text()
                                                 : m_data.lastError().text();
        return false;
    }

private:
    QSqlQuery m_capture;
    QSqlQuery m_data;
};

#if WC_SQLITE_DIRECT
// SQLite's C API: each value bound as it is, without a QVariant per column (SqliteInsert.h).
class SqliteInserter final : public RowInserter
{
public:
    explicit SqliteInserter(const QSqlDatabase &database)
        : m_capture(database, CaptureRow::InsertCapture), m_data(database, CaptureRow::InsertData)
    { }

    bool prepare(QString *error)
    {
        if (m_capture.isValid() && m_data.isValid())
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
        return m_data.run(error);
    }

private:
    SqliteInsert m_capture;
    SqliteInsert m_data;
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
    return prepared<QueryInserter>(database, error);
}

} // namespace Capture
