#include "app/capture/PayloadTime.h"

#include <QDateTime>

namespace Capture::PayloadTime {

std::optional<qint64> parse(const QString &timestamp)
{
    // "yyyy-MM-ddTHH:mm:ss" is 19 characters; a fraction follows at 19 when there is one.
    if (timestamp.size() < 19)
        return std::nullopt;
    QString withoutFraction = timestamp;
    qint64 fractionUs = 0;
    if (timestamp.size() > 19 && timestamp.at(19) == u'.') {
        qsizetype end = 20;
        qint64 scale = 100'000;
        while (end < timestamp.size() && timestamp.at(end).isDigit()) {
            fractionUs += scale * timestamp.at(end).digitValue();
            scale /= 10; // digits past the sixth do not count
            ++end;
        }
        if (end == 20)
            return std::nullopt;
        withoutFraction = timestamp.first(19) + timestamp.sliced(end);
    }
    QDateTime dateTime = QDateTime::fromString(withoutFraction, Qt::ISODate);
    if (dateTime.timeSpec() == Qt::LocalTime)
        dateTime.setTimeSpec(Qt::UTC); // no offset written: take it as UTC, as Channex means it
    if (!dateTime.isValid())
        return std::nullopt;
    return dateTime.toMSecsSinceEpoch() * 1000 + fractionUs;
}

bool isEarlier(const QString &timestamp, const QString &latest)
{
    const std::optional<qint64> time = parse(timestamp);
    const std::optional<qint64> latestTime = parse(latest);
    if (time && latestTime)
        return *time < *latestTime;
    return timestamp < latest;
}

} // namespace Capture::PayloadTime
