// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/capture/CaptureRow.h"

#include <QSqlDriver>
#include <QString>

// Values written into an SQL statement as the driver escapes them (QSqlDriver::formatValue:
// quoted text, PostgreSQL's escaped BYTEA), for the statements a shared store sends once per
// transaction instead of once per row: a round trip to the server costs far more than the
// longer text (docs/capture-store.md, "Shared capture history").
namespace Capture::SqlLiterals {

// One row's values as "(v1, v2, …)"; also a CaptureRow::RowValues, so writeCapture and writeData
// list them in their columns' order.
class Tuple final : public CaptureRow::RowValues
{
public:
    explicit Tuple(const QSqlDriver *driver);
    void integer(qint64 value) override;
    void null() override;
    void text(const QString &value) override;
    void bytes(const QByteArray &value) override;
    QString take(); // the tuple, and empties this one

private:
    void append(const QString &literal);
    const QSqlDriver *m_driver;
    QString m_tuple;
};

QString text(const QSqlDriver *driver, const QString &value);
QString bytes(const QSqlDriver *driver, const QByteArray &value);

} // namespace Capture::SqlLiterals
