// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/receiver/rules/ResponseRule.h"

#include <QList>
#include <QMutex>
#include <QRandomGenerator>

#include <optional>

namespace Receiver {

// The receiver's rules in use: the first live rule that matches a request answers it. A rule
// with `times` is spent once it answered that many; one with `percent` lets the other requests it
// matches fall through to the next rules. The counts start again when the rules are replaced.
//
// Threading: choose() runs on the receiver's thread, the rest anywhere; a mutex guards the
// counts.
class ResponseRules final
{
    Q_DISABLE_COPY_MOVE(ResponseRules)

public:
    explicit ResponseRules(QList<ResponseRule> rules = {});

    QList<ResponseRule> rules() const { return m_rules; }
    bool isEmpty() const { return m_rules.isEmpty(); }

    struct Choice
    {
        Http::HttpResponse answer;
        QString label; // ResponseRule::label
        int delayMs = 0;
    };
    // The answer of the first live rule that matches, counted as given; none: the request goes
    // on to forwarding or the default answer.
    std::optional<Choice> choose(QByteArrayView method, const QString &path, const QString &event);

    // How many requests each rule answered so far, in the rules' order.
    QList<int> answeredCounts() const;
    // Makes `percent` repeatable (tests); by default each choice is random.
    void setSeed(quint32 seed);

private:
    const QList<ResponseRule> m_rules;
    mutable QMutex m_mutex;
    QList<int> m_answered;
    QRandomGenerator m_random;
};

} // namespace Receiver
