// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/live/detail/JsonHighlighter.h"

#include <QPalette>

namespace Gui {

namespace {

// A hue mixed into the palette's text colour: distinct, yet as light or dark as the text.
QColor tinted(const QPalette &palette, int hue)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    return QColor::fromHsl(hue, dark ? 160 : 200, dark ? 170 : 90);
}

} // namespace

JsonHighlighter::JsonHighlighter(QTextDocument *document, const QPalette &palette)
    : QSyntaxHighlighter(document)
{
    setPalette(palette);
}

void JsonHighlighter::setPalette(const QPalette &palette)
{
    m_formats[int(Role::Key)].setForeground(tinted(palette, 210));
    m_formats[int(Role::Key)].setFontWeight(QFont::Bold);
    m_formats[int(Role::String)].setForeground(tinted(palette, 120));
    m_formats[int(Role::Number)].setForeground(tinted(palette, 25));
    m_formats[int(Role::Keyword)].setForeground(tinted(palette, 290));
    m_formats[int(Role::Punctuation)].setForeground(palette.color(QPalette::PlaceholderText));
    rehighlight();
}

QTextCharFormat JsonHighlighter::format(Role role) const
{
    return m_formats[int(role)];
}

void JsonHighlighter::highlightBlock(const QString &text)
{
    const qsizetype size = text.size();
    qsizetype i = 0;
    while (i < size) {
        const QChar c = text[i];
        if (c == u'"') {
            qsizetype end = i + 1;
            while (end < size && text[end] != u'"')
                end += text[end] == u'\\' ? 2 : 1;
            end = qMin(end + 1, size);
            qsizetype after = end;
            while (after < size && text[after] == u' ')
                ++after;
            const bool key = after < size && text[after] == u':';
            setFormat(int(i), int(end - i), m_formats[int(key ? Role::Key : Role::String)]);
            i = end;
        } else if (c == u'-' || c.isDigit()) {
            qsizetype end = i + 1;
            while (end < size
                   && (text[end].isDigit() || text[end] == u'.' || text[end] == u'e'
                       || text[end] == u'E' || text[end] == u'+' || text[end] == u'-'))
                ++end;
            setFormat(int(i), int(end - i), m_formats[int(Role::Number)]);
            i = end;
        } else if (c.isLetter()) {
            qsizetype end = i + 1;
            while (end < size && text[end].isLetter())
                ++end;
            setFormat(int(i), int(end - i), m_formats[int(Role::Keyword)]);
            i = end;
        } else {
            if (c != u' ')
                setFormat(int(i), 1, m_formats[int(Role::Punctuation)]);
            ++i;
        }
    }
}

} // namespace Gui
