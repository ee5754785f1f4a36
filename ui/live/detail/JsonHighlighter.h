// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace Gui {

// Colours pretty-printed JSON (JsonText::pretty: one key per line) in a text document: keys,
// strings, numbers, true/false/null and punctuation. The colours come from the palette given,
// so they stay readable on a dark theme; setPalette() after a palette change.
class JsonHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonHighlighter)

public:
    enum class Role { Key, String, Number, Keyword, Punctuation };

    explicit JsonHighlighter(QTextDocument *document, const QPalette &palette);

    void setPalette(const QPalette &palette);
    QTextCharFormat format(Role role) const;

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat m_formats[5];
};

} // namespace Gui
