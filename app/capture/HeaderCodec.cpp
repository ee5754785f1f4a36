// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/capture/HeaderCodec.h"

namespace Capture::HeaderCodec {

namespace {

void appendField(QByteArray &out, const QByteArray &field)
{
    char digits[24];
    char *end = digits + sizeof digits;
    char *start = end;
    qsizetype size = field.size();
    do {
        *--start = char('0' + size % 10);
        size /= 10;
    } while (size > 0);
    out.append(start, end - start);
    out += ':';
    out += field;
}

// Reads one field at `position`, advancing it; empty optional when malformed.
std::optional<QByteArray> readField(QByteArrayView bytes, qsizetype &position)
{
    qsizetype length = 0;
    qsizetype digits = 0;
    while (position < bytes.size() && bytes[position] >= '0' && bytes[position] <= '9') {
        length = length * 10 + (bytes[position] - '0');
        if (++digits > 12)
            return std::nullopt;
        ++position;
    }
    if (digits == 0 || position >= bytes.size() || bytes[position] != ':')
        return std::nullopt;
    ++position;
    if (length > bytes.size() - position)
        return std::nullopt;
    QByteArray field = bytes.sliced(position, length).toByteArray();
    position += length;
    return field;
}

} // namespace

QByteArray encode(const Http::HeaderList &headers)
{
    QByteArray out;
    qsizetype size = 0;
    for (const auto &[name, value] : headers)
        size += name.size() + value.size() + 12;
    out.reserve(size);
    for (const auto &[name, value] : headers) {
        appendField(out, name);
        appendField(out, value);
    }
    return out;
}

std::optional<Http::HeaderList> decode(QByteArrayView bytes)
{
    Http::HeaderList headers;
    qsizetype position = 0;
    while (position < bytes.size()) {
        std::optional<QByteArray> name = readField(bytes, position);
        if (!name)
            return std::nullopt;
        std::optional<QByteArray> value = readField(bytes, position);
        if (!value)
            return std::nullopt;
        headers.append({*std::move(name), *std::move(value)});
    }
    return headers;
}

} // namespace Capture::HeaderCodec
