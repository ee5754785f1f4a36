// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace Http {

// RFC 9110 §5.6.2 "token": what a header name or a method consists of (letters, digits and
// !#$%&'*+-.^_`|~). The one check behind every header name the console reads or writes: the
// parser, the webhook rules, the receiver's secret header, replay and the command line.
bool isToken(QByteArrayView text);
bool isToken(QStringView text);

class HttpToken
{
    Q_DECLARE_TR_FUNCTIONS(Http::HttpToken)

public:
    // Why `name` is no header name, as a sentence that names the first character not allowed
    // ("“X Secret” is not a header name: it contains a space. …"); empty when it is one.
    static QString headerNameProblem(QStringView name);
};

} // namespace Http
