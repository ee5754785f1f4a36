// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/receiver/rules/ResponseRules.h"

namespace Receiver {

ResponseRules::ResponseRules(QList<ResponseRule> rules)
    : m_rules(std::move(rules)), m_answered(m_rules.size(), 0),
      m_random(QRandomGenerator::securelySeeded())
{ }

std::optional<ResponseRules::Choice>
ResponseRules::choose(QByteArrayView method, const QString &path, const QString &event)
{
    const QMutexLocker lock(&m_mutex);
    for (qsizetype i = 0; i < m_rules.size(); ++i) {
        const ResponseRule &rule = m_rules.at(i);
        if (rule.times && m_answered.at(i) >= *rule.times)
            continue; // spent
        if (!rule.matches(method, path, event))
            continue;
        if (rule.percent && m_random.generateDouble() * 100.0 >= *rule.percent)
            continue; // not this time: the next rules decide
        ++m_answered[i];
        return Choice {rule.answer(), rule.label(int(i) + 1), rule.delayMs};
    }
    return std::nullopt;
}

QList<int> ResponseRules::answeredCounts() const
{
    const QMutexLocker lock(&m_mutex);
    return m_answered;
}

void ResponseRules::setSeed(quint32 seed)
{
    const QMutexLocker lock(&m_mutex);
    m_random.seed(seed);
}

} // namespace Receiver
