// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/receiver/rules/ResponseRule.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Receiver {

// The rules file, `{"rules": [rule, …]}` (docs/response-rules.md): read strictly, so that a
// typing mistake is an error at start and not a rule that silently never matches.
class RulesFile
{
    Q_DECLARE_TR_FUNCTIONS(Receiver::RulesFile)

public:
    // Longest delay a rule may ask for: ten minutes covers every sender's timeout.
    static constexpr int MaxDelayMs = 600'000;

    // The rules in `json`; none with a sentence in *error naming the rule and the problem
    // ("Rule 2: “status” must be a whole number from 100 to 599, not 700.").
    static std::optional<QList<ResponseRule>> parse(const QByteArray &json, QString *error);
    // The same for a file; the sentence names the file too.
    static std::optional<QList<ResponseRule>> load(const QString &path, QString *error);

    // The rules as the file holds them (keys left out where the rule has no value).
    static QByteArray toJson(const QList<ResponseRule> &rules);
    static bool save(const QString &path, const QList<ResponseRule> &rules, QString *error);

    // Why one rule is not valid, or empty: for the editor, before anything is applied.
    static QString problemWith(const ResponseRule &rule);
};

} // namespace Receiver
