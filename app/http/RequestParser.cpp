// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/http/RequestParser.h"

#include "app/http/HttpToken.h"

#include <llhttp.h>

namespace Http {

namespace {

QByteArrayView trimmedTrailingWhitespace(QByteArrayView text)
{
    while (!text.isEmpty() && (text.back() == ' ' || text.back() == '\t'))
        text.chop(1);
    return text;
}

// The transfer codings of a request, in order, names only (parameters dropped), lower case.
QList<QByteArray> transferCodings(const HeaderList &headers)
{
    QList<QByteArray> codings;
    for (const auto &[name, value] : headers) {
        if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) != 0)
            continue;
        for (const QByteArray &element : value.split(',')) {
            const QByteArray coding = element.split(';').first().trimmed().toLower();
            if (!coding.isEmpty())
                codings.append(coding);
        }
    }
    return codings;
}

} // namespace

struct RequestParser::Llhttp
{
    llhttp_t parser;
    llhttp_settings_t settings;
};

// Trampolines from llhttp's C callbacks to the parser object stored in llhttp_t::data.
struct RequestParser::Callbacks
{
    static RequestParser *self(llhttp_t *parser)
    {
        return static_cast<RequestParser *>(parser->data);
    }

    static int messageBegin(llhttp_t *parser)
    {
        RequestParser *that = self(parser);
        that->m_phase = Phase::Headers;
        that->m_current.receivedAt = QDateTime::currentDateTimeUtc();
        return HPE_OK;
    }
    static int method(llhttp_t *parser, const char *at, size_t length)
    {
        self(parser)->m_current.method.append(at, qsizetype(length));
        return HPE_OK;
    }
    static int url(llhttp_t *parser, const char *at, size_t length)
    {
        self(parser)->m_current.target.append(at, qsizetype(length));
        return HPE_OK;
    }
    static int headerField(llhttp_t *parser, const char *at, size_t length)
    {
        RequestParser *that = self(parser);
        that->m_field.append(at, qsizetype(length));
        return that->m_phase == Phase::Body ? that->countTrailer(length) : HPE_OK;
    }
    static int headerValue(llhttp_t *parser, const char *at, size_t length)
    {
        RequestParser *that = self(parser);
        that->m_value.append(at, qsizetype(length));
        return that->m_phase == Phase::Body ? that->countTrailer(length) : HPE_OK;
    }
    static int headerFieldComplete(llhttp_t *parser)
    {
        return self(parser)->onHeaderFieldComplete();
    }
    static int headerValueComplete(llhttp_t *parser)
    {
        return self(parser)->onHeaderValueComplete();
    }
    static int headersComplete(llhttp_t *parser) { return self(parser)->onHeadersComplete(); }
    static int body(llhttp_t *parser, const char *at, size_t length)
    {
        return self(parser)->onBody(QByteArrayView(at, qsizetype(length)));
    }
    static int chunkHeader(llhttp_t *parser)
    {
        // llhttp stores the announced chunk size in content_length during this callback.
        return self(parser)->onChunkHeader(parser->content_length);
    }
    static int messageComplete(llhttp_t *parser) { return self(parser)->onMessageComplete(); }
};

RequestParser::RequestParser(const HttpLimits &limits)
    : m_limits(limits), m_llhttp(std::make_unique<Llhttp>())
{
    llhttp_settings_t &settings = m_llhttp->settings;
    llhttp_settings_init(&settings);
    settings.on_message_begin = &Callbacks::messageBegin;
    settings.on_method = &Callbacks::method;
    settings.on_url = &Callbacks::url;
    settings.on_header_field = &Callbacks::headerField;
    settings.on_header_value = &Callbacks::headerValue;
    settings.on_header_field_complete = &Callbacks::headerFieldComplete;
    settings.on_header_value_complete = &Callbacks::headerValueComplete;
    settings.on_headers_complete = &Callbacks::headersComplete;
    settings.on_body = &Callbacks::body;
    settings.on_chunk_header = &Callbacks::chunkHeader;
    settings.on_message_complete = &Callbacks::messageComplete;
    llhttp_init(&m_llhttp->parser, HTTP_REQUEST, &settings);
    m_llhttp->parser.data = this;
}

RequestParser::~RequestParser() = default;

RequestParser::State RequestParser::feed(QByteArrayView data)
{
    // After a header section llhttp needs one more call, even without data, to finish a request
    // that has no body.
    while (m_state == State::NeedMore && (!data.isEmpty() || m_headersJustCompleted))
        data = data.sliced(executeSegment(data));
    return m_state;
}

QList<HttpRequest> RequestParser::takeRequests()
{
    return std::exchange(m_requests, {});
}

bool RequestParser::isRequestInProgress() const
{
    return m_state == State::NeedMore && m_phase != Phase::Idle;
}

bool RequestParser::expectsContinue() const
{
    return m_state == State::NeedMore && m_phase == Phase::Body && m_wantsContinue
        && !m_bodyStarted;
}

// Runs llhttp over at most one step: up to the end of a header section, the end of a message or
// the end of the data. Returns how many bytes it consumed. Header sections are fed no more than
// their remaining budget, so an endless header never sits in memory.
qsizetype RequestParser::executeSegment(QByteArrayView data)
{
    llhttp_t *parser = &m_llhttp->parser;
    const Phase phaseBefore = m_phase;
    const qsizetype completedBefore = m_requests.size();
    m_headersJustCompleted = false;
    qsizetype length = data.size();
    if (phaseBefore != Phase::Body) {
        const qint64 budget = m_limits.maxHeaderBytes - m_headerBytes;
        if (budget <= 0) {
            fail(431,
                 tr("The request headers are larger than the server accepts (%1 bytes).")
                     .arg(m_limits.maxHeaderBytes));
            return data.size();
        }
        length = qMin<qint64>(length, budget);
    }
    // The body is capped, and so is its framing (chunk sizes, extensions), so that the exact
    // copy of a request stays within twice the limits.
    const qint64 rawBudget = 2 * (m_limits.maxHeaderBytes + m_limits.maxBodyBytes) - m_raw.size();
    if (rawBudget <= 0) {
        fail(413,
             tr("The request body is larger than the server accepts (%1 bytes).")
                 .arg(m_limits.maxBodyBytes));
        return data.size();
    }
    length = qMin<qint64>(length, rawBudget);

    const llhttp_errno_t error = llhttp_execute(parser, data.data(), size_t(length));
    qsizetype consumed = length;
    if (error == HPE_PAUSED || error == HPE_PAUSED_UPGRADE) {
        consumed = llhttp_get_error_pos(parser) - data.data();
        // Upgrades (WebSocket, CONNECT) are not supported: the handler answers the request and
        // the connection goes on speaking HTTP/1.1.
        if (error == HPE_PAUSED)
            llhttp_resume(parser);
        else
            llhttp_resume_after_upgrade(parser);
    } else if (error != HPE_OK) {
        if (m_state != State::Error) {
            fail(400,
                 tr("The request is not valid HTTP/1.1 (%1).")
                     .arg(QString::fromLatin1(llhttp_get_error_reason(parser))));
        }
        m_raw.append(data.first(length)); // what the client sent, up to what broke the request
        return data.size();
    }

    // Each segment ends at a message end at the latest, so it belongs to a single request.
    if (m_requests.size() > completedBefore) {
        HttpRequest &completed = m_requests.last();
        completed.rawBytes = std::exchange(m_raw, {}) + data.first(consumed);
    } else {
        m_raw.append(data.first(consumed));
        if (m_headersJustCompleted)
            m_current.headerSectionSize = m_raw.size(); // the pause ends the segment there
    }

    if (phaseBefore != Phase::Body)
        m_headerBytes += consumed;
    else if (m_phase == Phase::Body && consumed > 0)
        m_bodyStarted = true;
    return consumed;
}

int RequestParser::countTrailer(size_t length)
{
    m_trailerBytes += qint64(length);
    if (m_trailerBytes > m_limits.maxHeaderBytes) {
        return fail(431,
                    tr("The request trailers are larger than the server accepts (%1 bytes).")
                        .arg(m_limits.maxHeaderBytes));
    }
    return HPE_OK;
}

int RequestParser::onHeaderFieldComplete()
{
    // Checked here because llhttp's default (non-strict) build lets spaces through, which would
    // make "Content-Length " a different header to us than to a proxy in front of us.
    if (m_phase == Phase::Body || isToken(m_field))
        return HPE_OK;
    return fail(400,
                tr("The request has an invalid header name \"%1\".")
                    .arg(QString::fromLatin1(m_field.left(64))));
}

int RequestParser::onHeaderValueComplete()
{
    HeaderList &fields = m_phase == Phase::Body ? m_current.trailers : m_current.headers;
    fields.append({std::exchange(m_field, {}), trimmedTrailingWhitespace(m_value).toByteArray()});
    m_field.clear();
    m_value.clear();
    return HPE_OK;
}

int RequestParser::onHeadersComplete()
{
    const llhttp_t *parser = &m_llhttp->parser;
    m_current.versionMajor = parser->http_major;
    m_current.versionMinor = parser->http_minor;
    m_current.keepAlive = llhttp_should_keep_alive(parser) != 0;

    // llhttp also takes HTTP/0.9 ("GET /" with no version) and 2.x request lines; only 1.x has
    // the framing this server speaks.
    if (m_current.versionMajor != 1) {
        fail(505,
             tr("HTTP/%1.%2 is not supported; send HTTP/1.1.")
                 .arg(m_current.versionMajor)
                 .arg(m_current.versionMinor));
        return -1;
    }

    // Both framings at once is how requests get smuggled past proxies (RFC 9112 §6.1).
    const bool hasLength = (parser->flags & F_CONTENT_LENGTH) != 0;
    if (hasLength && (parser->flags & F_TRANSFER_ENCODING) != 0) {
        fail(400, tr("The request has both Content-Length and Transfer-Encoding."));
        return -1;
    }
    // llhttp only de-chunks; a body that is also gzip'ed or the like would reach the handler
    // still encoded. llhttp itself answers 400 for a list not ending in a single chunked.
    if ((parser->flags & F_CHUNKED) != 0) {
        const QList<QByteArray> codings = transferCodings(m_current.headers);
        if (codings.size() > 1) {
            fail(501,
                 tr("The request uses the transfer coding \"%1\", which the server does not "
                    "support; send the body with chunked only or with a Content-Length.")
                     .arg(QString::fromLatin1(codings.first().left(64))));
            return -1;
        }
    }
    if (hasLength && parser->content_length > quint64(m_limits.maxBodyBytes)) {
        fail(413,
             tr("The request body is larger than the server accepts (%1 bytes).")
                 .arg(m_limits.maxBodyBytes));
        return -1;
    }

    const bool hasBody = (parser->flags & F_CHUNKED) != 0 || parser->content_length > 0;
    const bool http11 = m_current.versionMajor > 1
        || (m_current.versionMajor == 1 && m_current.versionMinor >= 1);
    m_wantsContinue = hasBody && http11
        && m_current.header("Expect").compare("100-continue", Qt::CaseInsensitive) == 0;
    m_phase = Phase::Body;
    m_headersJustCompleted = true;
    // Reserve for what is announced, but not more than a megabyte up front: a client may
    // announce a large body and never send it.
    if (hasLength)
        m_current.body.reserve(qsizetype(qMin(parser->content_length, quint64(1024 * 1024))));
    // Pausing here lets executeSegment() see exactly where the header section ended.
    return HPE_PAUSED;
}

int RequestParser::onBody(QByteArrayView data)
{
    if (m_current.body.size() + data.size() > m_limits.maxBodyBytes) {
        return fail(413,
                    tr("The request body is larger than the server accepts (%1 bytes).")
                        .arg(m_limits.maxBodyBytes));
    }
    m_current.body.append(data);
    return HPE_OK;
}

int RequestParser::onChunkHeader(quint64 size)
{
    if (size > quint64(m_limits.maxBodyBytes - m_current.body.size())) {
        return fail(413,
                    tr("The request body is larger than the server accepts (%1 bytes).")
                        .arg(m_limits.maxBodyBytes));
    }
    return HPE_OK;
}

int RequestParser::onMessageComplete()
{
    const bool keepAlive = m_current.keepAlive;
    m_requests.append(std::exchange(m_current, {}));
    resetMessage();
    if (!keepAlive)
        m_state = State::Closed;
    // Pausing gives every pipelined request its own segment, so header budgets stay exact.
    return HPE_PAUSED;
}

int RequestParser::fail(int status, const QString &reason)
{
    m_state = State::Error;
    m_errorStatus = status;
    m_errorReason = reason;
    return HPE_USER;
}

void RequestParser::resetMessage()
{
    m_phase = Phase::Idle;
    m_field.clear();
    m_value.clear();
    m_headerBytes = 0;
    m_trailerBytes = 0; // m_raw is handed to the completed request by executeSegment()
    m_wantsContinue = false;
    m_bodyStarted = false;
}

} // namespace Http
