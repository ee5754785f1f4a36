#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace Http {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// One complete HTTP/1.1 request as the parser delivers it. Header names keep their original
// case (a capture shows exact bytes); look-ups through header() ignore case.
struct HttpRequest
{
    QByteArray method; // "GET", "POST", …
    QByteArray target; // request-target exactly as sent, e.g. "/api/v1/webhooks?pagination[page]=2"
    int versionMajor = 1;
    int versionMinor = 1;
    HeaderList headers; // in arrival order, duplicates kept
    QByteArray body; // de-chunked when Transfer-Encoding: chunked
    bool keepAlive = true;
    QHostAddress peerAddress;
    quint16 peerPort = 0;

    // Decoded path of the target, without the query ("/api/v1/webhooks").
    QString path() const;
    // Decoded query of the target.
    QUrlQuery query() const;
    // First value of a header, case-insensitive; empty when absent.
    QByteArray header(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;
};

} // namespace Http
