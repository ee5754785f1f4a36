// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/capture/SqlLiterals.h"

#include <QSqlField>

using namespace Qt::StringLiterals;

namespace Capture::SqlLiterals {

QString text(const QSqlDriver *driver, const QString &value)
{
    // PostgreSQL's TEXT cannot hold U+0000, which a body may spell as \u0000 in its event or a
    // path may decode from %00: written as U+FFFD, so the row is stored rather than refused (the
    // body and the raw bytes, BYTEA, keep it).
    QString clean = value.isNull() ? u""_s : value;
    clean.replace(QChar(0), QChar(QChar::ReplacementCharacter));
    QSqlField field(QString(), QMetaType::fromType<QString>());
    field.setValue(clean);
    return driver->formatValue(field);
}

QString bytes(const QSqlDriver *driver, const QByteArray &value)
{
    QSqlField field(QString(), QMetaType::fromType<QByteArray>());
    field.setValue(value.isNull() ? ""_ba : value);
    return driver->formatValue(field);
}

Tuple::Tuple(const QSqlDriver *driver) : m_driver(driver) { }

void Tuple::append(const QString &literal)
{
    m_tuple += m_tuple.isEmpty() ? u"("_s : u", "_s;
    m_tuple += literal;
}

void Tuple::integer(qint64 value)
{
    append(QString::number(value));
}

void Tuple::null()
{
    append(u"NULL"_s);
}

void Tuple::text(const QString &value)
{
    append(SqlLiterals::text(m_driver, value));
}

void Tuple::bytes(const QByteArray &value)
{
    append(SqlLiterals::bytes(m_driver, value));
}

QString Tuple::take()
{
    QString tuple = std::exchange(m_tuple, QString());
    return tuple + u')';
}

} // namespace Capture::SqlLiterals
