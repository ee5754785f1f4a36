// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/http/HttpToken.h"

#include <algorithm>

namespace Http {

namespace {

constexpr QByteArrayView TokenSpecials = "!#$%&'*+-.^_`|~";

bool isTokenChar(char16_t c)
{
    if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9'))
        return true;
    return c < 128 && TokenSpecials.contains(char(c));
}

} // namespace

bool isToken(QByteArrayView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](char c) {
        return isTokenChar(char16_t(static_cast<unsigned char>(c)));
    });
}

bool isToken(QStringView text)
{
    return !text.isEmpty()
        && std::all_of(text.begin(), text.end(), [](QChar c) { return isTokenChar(c.unicode()); });
}

QString HttpToken::headerNameProblem(QStringView name)
{
    if (name.isEmpty())
        return tr("A header name cannot be empty.");
    const auto bad = std::find_if_not(name.begin(), name.end(),
                                      [](QChar c) { return isTokenChar(c.unicode()); });
    if (bad == name.end())
        return {};
    QString what;
    if (*bad == u' ')
        what = tr("a space");
    else if (*bad == u'\t')
        what = tr("a tab");
    else if (*bad == u'\r' || *bad == u'\n')
        what = tr("a line break");
    else if (bad->isPrint())
        what = tr("“%1”").arg(*bad);
    else
        what = tr("the character U+%1")
                   .arg(QString::number(bad->unicode(), 16).rightJustified(4, u'0').toUpper());
    return tr("“%1” is not a header name: it contains %2. A header name has letters, digits "
              "and !#$%&'*+-.^_`|~ only.")
        .arg(name.toString().simplified(), what);
}

} // namespace Http
