// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/capture/PayloadTime.h"

#include <QDateTime>

namespace Capture::PayloadTime {

namespace {

// Reads `count` digits at `position`; -1 when they are not all digits.
int digits(const QString &text, qsizetype position, int count)
{
    if (position + count > text.size())
        return -1;
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = text.at(position + i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

// Days from 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's days_from_civil).
qint64 daysFromCivil(qint64 year, int month, int day)
{
    year -= month <= 2;
    const qint64 era = (year >= 0 ? year : year - 399) / 400;
    const qint64 yearOfEra = year - era * 400;
    const qint64 dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const qint64 dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
}

// The form Channex writes, "yyyy-MM-ddTHH:mm:ss[.f…](Z|±HH:mm)", read without QDateTime: the
// writer parses one for every recognised capture.
std::optional<qint64> parseChannexForm(const QString &text)
{
    const int year = digits(text, 0, 4);
    const int month = digits(text, 5, 2);
    const int day = digits(text, 8, 2);
    const int hour = digits(text, 11, 2);
    const int minute = digits(text, 14, 2);
    const int second = digits(text, 17, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23
        || minute < 0 || minute > 59 || second < 0 || second > 60 || text.at(4) != u'-'
        || text.at(7) != u'-' || (text.at(10) != u'T' && text.at(10) != u' ') || text.at(13) != u':'
        || text.at(16) != u':')
        return std::nullopt;
    if (day > QDate(year, month, 1).daysInMonth())
        return std::nullopt;
    qsizetype position = 19;
    qint64 fractionUs = 0;
    if (position < text.size() && text.at(position) == u'.') {
        ++position;
        qint64 scale = 100'000;
        const qsizetype start = position;
        while (position < text.size() && text.at(position) >= u'0' && text.at(position) <= u'9') {
            fractionUs += scale * (text.at(position).unicode() - u'0');
            scale /= 10; // digits past the sixth do not count
            ++position;
        }
        if (position == start)
            return std::nullopt;
    }
    qint64 offsetSeconds = 0;
    if (position < text.size() && text.at(position) == u'Z') {
        ++position;
    } else if (position < text.size() && (text.at(position) == u'+' || text.at(position) == u'-')) {
        const int sign = text.at(position) == u'-' ? -1 : 1;
        const int offsetHours = digits(text, position + 1, 2);
        const bool colon = position + 3 < text.size() && text.at(position + 3) == u':';
        const int offsetMinutes = digits(text, position + (colon ? 4 : 3), 2);
        if (offsetHours < 0 || offsetMinutes < 0)
            return std::nullopt;
        offsetSeconds = sign * (offsetHours * 3600 + offsetMinutes * 60);
        position += colon ? 6 : 5;
    } // no offset: taken as UTC, as Channex means it
    if (position != text.size())
        return std::nullopt;
    const qint64 seconds = daysFromCivil(year, month, day) * 86400 + hour * 3600 + minute * 60
        + second - offsetSeconds;
    return seconds * 1'000'000 + fractionUs;
}

} // namespace

std::optional<qint64> parse(const QString &timestamp)
{
    if (timestamp.size() < 19)
        return std::nullopt;
    return parseChannexForm(timestamp);
}

} // namespace Capture::PayloadTime
