// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/live/detail/JsonText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace Gui::JsonText {

namespace {

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// One past the closing quote of the string literal starting at `at`.
qsizetype stringEnd(QByteArrayView json, qsizetype at)
{
    qsizetype i = at + 1;
    while (i < json.size()) {
        const char c = json[i];
        if (c == '\\')
            i += 2;
        else if (c == '"')
            return i + 1;
        else
            ++i;
    }
    return json.size();
}

void indent(QByteArray &out, int depth)
{
    out += '\n';
    out.append(depth * 2, ' ');
}

} // namespace

bool isPrintableUtf8(QByteArrayView bytes)
{
    // One pass, no copy: a decoder would build a string twice the body's size.
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t') || c == 0x7f)
                return false;
            ++i;
            continue;
        }
        int length = 0;
        char32_t code = 0;
        if (c >= 0xc2 && c <= 0xdf) {
            length = 2;
            code = c & 0x1f;
        } else if (c >= 0xe0 && c <= 0xef) {
            length = 3;
            code = c & 0x0f;
        } else if (c >= 0xf0 && c <= 0xf4) {
            length = 4;
            code = c & 0x07;
        } else {
            return false;
        }
        if (i + length > size)
            return false;
        for (int k = 1; k < length; ++k) {
            if ((p[i + k] & 0xc0) != 0x80)
                return false;
            code = (code << 6) | (p[i + k] & 0x3f);
        }
        // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8.
        if ((length == 3 && code < 0x800) || (length == 4 && (code < 0x10000 || code > 0x10ffff))
            || (code >= 0xd800 && code <= 0xdfff))
            return false;
        i += length;
    }
    return true;
}

BodyKind classify(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return BodyKind::Empty;
    if (!isPrintableUtf8(bytes))
        return BodyKind::Binary;
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error == QJsonParseError::NoError && (document.isObject() || document.isArray()))
        return BodyKind::Json;
    return BodyKind::Text;
}

QString readableText(const QByteArray &body, BodyKind kind)
{
    switch (kind) {
    case BodyKind::Json:
        return pretty(body);
    case BodyKind::Text:
        return QString::fromUtf8(body);
    case BodyKind::Empty:
    case BodyKind::Binary:
        break;
    }
    return {};
}

QString pretty(QByteArrayView json)
{
    QByteArray out;
    out.reserve(json.size() + json.size() / 2);
    int depth = 0;
    qsizetype i = 0;
    while (i < json.size()) {
        const char c = json[i];
        if (isBlank(c)) {
            ++i;
            continue;
        }
        if (c == '"') {
            const qsizetype end = stringEnd(json, i);
            out += json.sliced(i, end - i);
            i = end;
            continue;
        }
        if (c == '{' || c == '[') {
            const qsizetype next = skipBlanks(json, i + 1);
            if (next < json.size() && (json[next] == '}' || json[next] == ']')) {
                out += c; // an empty container stays on one line
                out += json[next];
                i = next + 1;
                continue;
            }
            out += c;
            indent(out, ++depth);
        } else if (c == '}' || c == ']') {
            indent(out, --depth);
            out += c;
        } else if (c == ',') {
            out += c;
            indent(out, depth);
        } else if (c == ':') {
            out += ": ";
        } else {
            out += c;
        }
        ++i;
    }
    return QString::fromUtf8(out);
}

ValueKind kindAt(QByteArrayView json, qsizetype at)
{
    switch (at < json.size() ? json[at] : 'n') {
    case '{':
        return ValueKind::Object;
    case '[':
        return ValueKind::Array;
    case '"':
        return ValueKind::String;
    case 't':
    case 'f':
        return ValueKind::Bool;
    case 'n':
        return ValueKind::Null;
    default:
        return ValueKind::Number;
    }
}

qsizetype skipBlanks(QByteArrayView json, qsizetype at)
{
    while (at < json.size() && isBlank(json[at]))
        ++at;
    return at;
}

qsizetype valueEnd(QByteArrayView json, qsizetype at)
{
    const char first = json[at];
    if (first == '"')
        return stringEnd(json, at);
    if (first != '{' && first != '[') {
        qsizetype i = at;
        while (i < json.size() && !isBlank(json[i]) && json[i] != ',' && json[i] != '}'
               && json[i] != ']')
            ++i;
        return i;
    }
    int depth = 0;
    qsizetype i = at;
    while (i < json.size()) {
        const char c = json[i];
        if (c == '"') {
            i = stringEnd(json, i);
            continue;
        }
        if (c == '{' || c == '[')
            ++depth;
        else if ((c == '}' || c == ']') && --depth == 0)
            return i + 1;
        ++i;
    }
    return json.size();
}

QList<Entry> entries(QByteArrayView json, qsizetype from, int limit, qsizetype *next)
{
    QList<Entry> result;
    qsizetype i = skipBlanks(json, from);
    while (i < json.size() && result.size() < limit) {
        if (json[i] == ',') {
            i = skipBlanks(json, i + 1);
            continue;
        }
        if (json[i] == '}' || json[i] == ']') {
            *next = -1;
            return result;
        }
        Entry entry;
        // In an object every entry starts with its key; a string in an array is followed by
        // a comma or the closing bracket, never by a colon.
        if (json[i] == '"') {
            const qsizetype end = stringEnd(json, i);
            const qsizetype after = skipBlanks(json, end);
            if (after < json.size() && json[after] == ':') {
                entry.keyBegin = i;
                entry.keyEnd = end;
                i = skipBlanks(json, after + 1);
            }
        }
        entry.valueBegin = i;
        entry.valueEnd = valueEnd(json, i);
        result.append(entry);
        i = skipBlanks(json, entry.valueEnd);
    }
    i = skipBlanks(json, i);
    *next = (i >= json.size() || json[i] == '}' || json[i] == ']') ? -1 : i;
    return result;
}

QString unquote(QByteArrayView literal)
{
    if (literal.size() < 2)
        return {};
    const QByteArrayView inner = literal.sliced(1, literal.size() - 2);
    if (!inner.contains('\\'))
        return QString::fromUtf8(inner);
    QByteArray bytes = "[";
    bytes += literal;
    bytes += ']';
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    return document.isArray() ? document.array().at(0).toString() : QString::fromUtf8(inner);
}

} // namespace Gui::JsonText
