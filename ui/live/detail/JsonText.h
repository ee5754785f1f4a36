// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace Gui::JsonText {

// How a body can be shown: the Body and Raw tabs decide with the same rules.
enum class BodyKind {
    Empty,
    Json, // an object or array that parses
    Text, // valid UTF-8 without control characters other than CR, LF and TAB
    Binary, // not UTF-8, or control characters: only the hex dump shows it faithfully
};

bool isPrintableUtf8(QByteArrayView bytes);
// Parses the whole body once: call it off the GUI thread for big bodies.
BodyKind classify(const QByteArray &bytes);

// Indents valid JSON by two spaces per level, keeping the order of keys, duplicate keys and
// the exact text of every number and string (QJsonDocument would sort keys and reformat
// numbers). `json` must be valid JSON.
QString pretty(QByteArrayView json);
// What the Body and Response tabs show for a body of that kind: pretty JSON, the text, or
// nothing (empty and binary bodies, which those tabs describe in words instead).
QString readableText(const QByteArray &body, BodyKind kind);

// The kinds of a JSON value, told by its first byte.
enum class ValueKind { Object, Array, String, Number, Bool, Null };
ValueKind kindAt(QByteArrayView json, qsizetype at);

// One member of an object or element of an array: where its key and value lie in the text.
struct Entry
{
    qsizetype keyBegin = -1; // the opening quote of the key; -1 for array elements
    qsizetype keyEnd = -1; // one past the closing quote
    qsizetype valueBegin = 0;
    qsizetype valueEnd = 0; // one past the value's last byte
};

// Where the value starting at `at` ends (one past its last byte). `json` must be valid.
qsizetype valueEnd(QByteArrayView json, qsizetype at);
// The first non-blank byte at or after `at`.
qsizetype skipBlanks(QByteArrayView json, qsizetype at);
// Up to `limit` entries of the container whose value starts at `container`, beginning at the
// position `from` (just after its opening bracket, or where a previous call stopped).
// `next` becomes where the following call starts; -1 once the container is exhausted.
QList<Entry> entries(QByteArrayView json, qsizetype from, int limit, qsizetype *next);
// The text of a JSON string literal (quotes included), escapes decoded.
QString unquote(QByteArrayView literal);

} // namespace Gui::JsonText
