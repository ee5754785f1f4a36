// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/delivery/ResponseParser.h"

#include <llhttp.h>

namespace Delivery {

struct ResponseParser::Llhttp
{
    llhttp_t parser;
    llhttp_settings_t settings;
};

// Trampolines from llhttp's C callbacks to the parser object stored in llhttp_t::data.
struct ResponseParser::Callbacks
{
    static ResponseParser *self(llhttp_t *parser)
    {
        return static_cast<ResponseParser *>(parser->data);
    }

    static int messageBegin(llhttp_t *parser)
    {
        self(parser)->m_started = true;
        return HPE_OK;
    }
    static int status(llhttp_t *parser, const char *at, size_t length)
    {
        self(parser)->m_reason.append(at, qsizetype(length));
        return HPE_OK;
    }
    static int headerField(llhttp_t *parser, const char *at, size_t length)
    {
        ResponseParser *that = self(parser);
        that->flushHeader();
        that->m_field.append(at, qsizetype(length));
        return HPE_OK;
    }
    static int headerValue(llhttp_t *parser, const char *at, size_t length)
    {
        ResponseParser *that = self(parser);
        that->m_inValue = true;
        that->m_value.append(at, qsizetype(length));
        return HPE_OK;
    }
    static int headersComplete(llhttp_t *parser)
    {
        ResponseParser *that = self(parser);
        that->flushHeader();
        that->m_status = parser->status_code;
        // 1: no body follows (llhttp's convention for an answer to HEAD).
        return that->m_headRequest ? 1 : HPE_OK;
    }
    static int body(llhttp_t *parser, const char *at, size_t length)
    {
        ResponseParser *that = self(parser);
        if (that->m_body.size() + qint64(length) > that->m_maxBodyBytes)
            return HPE_USER;
        that->m_body.append(at, qsizetype(length));
        return HPE_OK;
    }
    static int messageComplete(llhttp_t *parser)
    {
        ResponseParser *that = self(parser);
        // An interim answer (100 Continue, 103 Early Hints): the real one follows.
        if (that->m_status >= 100 && that->m_status < 200 && that->m_status != 101) {
            that->startOver();
            return HPE_OK;
        }
        that->m_state = State::Complete;
        return HPE_PAUSED; // bytes after the answer are not ours to read
    }
};

ResponseParser::ResponseParser(bool headRequest, qint64 maxBodyBytes)
    : m_llhttp(std::make_unique<Llhttp>()), m_headRequest(headRequest), m_maxBodyBytes(maxBodyBytes)
{
    llhttp_settings_init(&m_llhttp->settings);
    m_llhttp->settings.on_message_begin = &Callbacks::messageBegin;
    m_llhttp->settings.on_status = &Callbacks::status;
    m_llhttp->settings.on_header_field = &Callbacks::headerField;
    m_llhttp->settings.on_header_value = &Callbacks::headerValue;
    m_llhttp->settings.on_headers_complete = &Callbacks::headersComplete;
    m_llhttp->settings.on_body = &Callbacks::body;
    m_llhttp->settings.on_message_complete = &Callbacks::messageComplete;
    llhttp_init(&m_llhttp->parser, HTTP_RESPONSE, &m_llhttp->settings);
    m_llhttp->parser.data = this;
    // A client reads what the app under development answers, not a request it must guard
    // against: bare LF line ends and odd bytes in header values are shown, not refused.
    llhttp_set_lenient_headers(&m_llhttp->parser, 1);
}

ResponseParser::~ResponseParser() = default;

void ResponseParser::startOver()
{
    m_status = 0;
    m_reason.clear();
    m_headers.clear();
    m_field.clear();
    m_value.clear();
    m_inValue = false;
    m_body.clear();
}

void ResponseParser::flushHeader()
{
    if (!m_inValue)
        return;
    m_headers.append({std::exchange(m_field, {}), std::exchange(m_value, {}).trimmed()});
    m_inValue = false;
}

ResponseParser::State ResponseParser::fail(const QString &why)
{
    m_state = State::Failed;
    m_error = why;
    return m_state;
}

ResponseParser::State ResponseParser::feed(QByteArrayView bytes)
{
    if (m_state != State::Incomplete || bytes.isEmpty())
        return m_state;
    const llhttp_errno_t result
        = llhttp_execute(&m_llhttp->parser, bytes.data(), size_t(bytes.size()));
    if (m_state == State::Complete)
        return m_state;
    switch (result) {
    case HPE_OK:
        return m_state;
    case HPE_USER:
        return fail(tr("the answer is larger than %1 MB").arg(m_maxBodyBytes / (1024 * 1024)));
    default:
        return fail(tr("the answer is not HTTP/1.1 (%1)")
                        .arg(QString::fromLatin1(llhttp_get_error_reason(&m_llhttp->parser))));
    }
}

ResponseParser::State ResponseParser::finish()
{
    if (m_state != State::Incomplete)
        return m_state;
    if (!m_started)
        return fail(tr("no answer came: the connection closed without one"));
    // Completes an answer whose body runs to the end of the connection.
    const llhttp_errno_t result = llhttp_finish(&m_llhttp->parser);
    if (m_state == State::Complete)
        return m_state;
    if (result == HPE_OK && m_status > 0) {
        m_state = State::Complete;
        return m_state;
    }
    return fail(tr("the answer was cut off: the connection closed before its end"));
}

} // namespace Delivery
