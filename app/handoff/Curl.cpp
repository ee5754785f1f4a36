// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/handoff/Curl.h"

#include "app/handoff/RecordText.h"

namespace Handoff {

namespace {

constexpr qsizetype maxInlineBody = 64 * 1024;

bool isPlainText(const QByteArray &bytes, bool allowNewlines)
{
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte == 0x7f || (byte < 0x20 && !(allowNewlines && (c == '\n' || c == '\t'))))
            return false;
    }
    return isUtf8(bytes);
}

// A printf format writing exactly `bytes`: printable ASCII as itself, everything else, '%',
// '\' and the quote as three-digit octal escapes. A digit right after an escape is escaped too,
// so that no printf reads it as a fourth digit.
QByteArray printfFormat(const QByteArray &bytes)
{
    QByteArray format;
    format.reserve(bytes.size() * 2);
    bool afterEscape = false;
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        const bool plain = byte >= 0x20 && byte < 0x7f && c != '%' && c != '\\' && c != '\''
            && !(afterEscape && c >= '0' && c <= '9');
        if (plain) {
            format += c;
        } else {
            format += '\\';
            format += char('0' + ((byte >> 6) & 7));
            format += char('0' + ((byte >> 3) & 7));
            format += char('0' + (byte & 7));
        }
        afterEscape = !plain;
    }
    return format;
}

// One shell word holding `bytes`: single-quoted when plain text, else "$(printf '…')" (fine for
// header lines and URLs, which never end in a newline that $(…) would strip).
QByteArray shellWord(const QByteArray &bytes)
{
    if (isPlainText(bytes, false))
        return shellQuote(bytes);
    return "\"$(printf '" + printfFormat(bytes) + "')\"";
}

bool curlSupplies(const QByteArray &name)
{
    static const QByteArrayView names[]
        = {"host", "content-length", "transfer-encoding", "connection", "expect"};
    const QByteArray lower = name.toLower();
    for (QByteArrayView candidate : names) {
        if (lower == candidate)
            return true;
    }
    return false;
}

QByteArray url(const Capture::CaptureRecord &record, const QUrl &baseUrl)
{
    QByteArray base;
    if (baseUrl.isValid() && !baseUrl.isEmpty()) {
        base = baseUrl.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash)
                   .toEncoded();
    } else {
        const QByteArray host = Http::firstHeader(record.headers, "Host").trimmed();
        base = "http://" + (host.isEmpty() ? QByteArray("localhost") : host);
    }
    const QByteArray target = record.target.startsWith('/') ? record.target : '/' + record.target;
    return base + target;
}

} // namespace

QByteArray shellQuote(const QByteArray &bytes)
{
    QByteArray quoted = bytes;
    quoted.replace('\'', "'\\''");
    return '\'' + quoted + '\'';
}

QString curlCommand(const Capture::CaptureRecord &original, const RedactionOptions &options,
                    const QUrl &baseUrl)
{
    const Capture::CaptureRecord record = applyRedaction(original, options);
    const QByteArray &body = record.body;
    const bool inlineBody
        = body.size() <= maxInlineBody && !body.startsWith('@') && isPlainText(body, true);

    QByteArray command;
    if (!body.isEmpty() && !inlineBody)
        command += "printf '" + printfFormat(body) + "' | ";
    command += "curl --globoff --path-as-is";
    if (record.method == "HEAD")
        command += " --head";
    else
        command += " --request " + shellWord(record.method.isEmpty() ? "GET" : record.method);
    command += ' ' + shellWord(url(record, baseUrl));

    const char *const continuation = " \\\n  ";
    for (const auto &[name, value] : record.headers) {
        if (curlSupplies(name))
            continue;
        // "Name:" would remove the header; "Name;" is curl's way to send it empty.
        const QByteArray line
            = value.isEmpty() ? QByteArray(name + ';') : QByteArray(name + ": " + value);
        command += continuation + QByteArray("--header ") + shellWord(line);
    }
    QList<QByteArray> suppressed {"User-Agent", "Accept"};
    if (!body.isEmpty())
        suppressed << "Content-Type"
                   << "Expect";
    for (const QByteArray &name : suppressed) {
        if (!Http::hasHeader(record.headers, name) || name == "Expect")
            command += continuation + QByteArray("--header ") + shellQuote(name + ':');
    }
    if (!body.isEmpty()) {
        command += continuation + QByteArray("--data-binary ")
            + (inlineBody ? shellQuote(body) : QByteArray("@-"));
    }
    return QString::fromUtf8(command);
}

} // namespace Handoff
