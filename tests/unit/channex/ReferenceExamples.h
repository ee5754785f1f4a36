// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QTest>

#include <utility>

// The literal JSON examples of Channex's webhook documentation (endpoints and errors), extracted by
// tests/data/channex/reference/extract.py, and an in-memory re-extraction that follows the same
// rule, so a test can tell when the committed copies no longer match the reference.

namespace ReferenceExamples {

using namespace Qt::StringLiterals;

// One line of MANIFEST.tsv.
struct Example
{
    QString file; // "3.1-1-list-200.json"
    QString section; // "3.1"
    int n = 0; // position among the section's extracted blocks, from 1
    QString heading;
    QString kind; // "list response", "webhook response", "request body", "error 422", …
    int status = 0; // 0 for request bodies
    bool validJson = true;
};

// One block found in the reference: where it is and its exact bytes.
struct Block
{
    QString section;
    int n = 0;
    QByteArray content;
};

inline QString dataDir()
{
    return QStringLiteral(WC_TEST_DATA_DIR) + u"/channex/reference"_s;
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QTest::qFail(qPrintable(u"cannot read "_s + path), __FILE__, __LINE__);
        return {};
    }
    return file.readAll();
}

inline QByteArray example(const QString &file)
{
    return readFile(dataDir() + u'/' + file);
}

inline QList<Example> manifest()
{
    QList<Example> examples;
    const QList<QByteArray> lines = readFile(dataDir() + u"/MANIFEST.tsv"_s).split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) { // line 0 names the columns
        if (lines.at(i).isEmpty())
            continue;
        const QStringList columns = QString::fromUtf8(lines.at(i)).split(u'\t');
        if (columns.size() != 8) {
            QTest::qFail(
                qPrintable(u"MANIFEST.tsv line %1 has %2 columns"_s.arg(i + 1).arg(columns.size())),
                __FILE__, __LINE__);
            continue;
        }
        examples << Example {
            columns.at(0), columns.at(1),         columns.at(2).toInt(),    columns.at(3),
            columns.at(4), columns.at(5).toInt(), columns.at(6) == "yes"_L1};
    }
    return examples;
}

// The reference file, where a developer or CI has it: only $WC_CHANNEX_REFERENCE when that is
// set; otherwise shared/reference beside the repository (developers and CI have the repo next
// to shared/). Empty when there is none.
inline QString referenceFile()
{
    const QString name = u"channex-webhooks-api.md"_s;
    QStringList candidates;
    if (const QString explicitPath = qEnvironmentVariable("WC_CHANNEX_REFERENCE");
        !explicitPath.isEmpty())
        return QFileInfo(explicitPath).isFile() ? QFileInfo(explicitPath).canonicalFilePath()
                                                : QString(); // asked for that one only
    const QDir repoRoot(QStringLiteral(WC_TEST_DATA_DIR) + u"/../.."_s);
    candidates << repoRoot.absoluteFilePath(u"../shared/reference/"_s + name);
    for (const QString &candidate : std::as_const(candidates)) {
        if (QFileInfo(candidate).isFile())
            return QFileInfo(candidate).canonicalFilePath();
    }
    return {};
}

// The blocks extract.py takes, found the same way: in sections 2–6, every fenced block tagged
// `json`, and every untyped one right after prose carrying the reference's ⚠ (its way of quoting
// an example that is not valid JSON). Content is the bytes between the fences.
inline QList<Block> extractBlocks(const QByteArray &markdown)
{
    static const QRegularExpression fencePattern(u"^(\\s*)(`{3,}|~{3,})\\s*([^`\\s]*)"_s);
    static const QRegularExpression chapterPattern(u"^## (\\d+)\\."_s);
    static const QRegularExpression sectionPattern(u"^### (\\d+\\.\\d+)"_s);
    const QString warningSign(QChar(0x26A0));

    QList<Block> blocks;
    int chapter = 0;
    QString section;
    QStringList context; // prose since the last heading or block
    bool inFence = false;
    QString marker;
    QString info;
    bool warned = false;
    QByteArray content;
    QHash<QString, int> counts;

    qsizetype start = 0;
    while (start < markdown.size()) {
        const qsizetype newline = markdown.indexOf('\n', start);
        const qsizetype end = newline < 0 ? markdown.size() : newline + 1;
        const QByteArray raw = markdown.mid(start, end - start);
        start = end;
        const QString line = QString::fromUtf8(raw);
        const QString trimmed = line.trimmed();

        if (inFence) {
            const bool closes = trimmed.size() >= marker.size()
                && trimmed == QString(trimmed.size(), marker.front());
            if (!closes) {
                content += raw;
                continue;
            }
            inFence = false;
            context.clear();
            if (chapter >= 2 && chapter <= 6 && (info == "json"_L1 || (info.isEmpty() && warned)))
                blocks << Block {section, ++counts[section], content};
            continue;
        }
        if (const QRegularExpressionMatch fence = fencePattern.match(line); fence.hasMatch()) {
            inFence = true;
            marker = fence.captured(2);
            info = fence.captured(3).toLower();
            warned = context.size() >= 1 && context.last().contains(warningSign);
            if (!warned && context.size() >= 2)
                warned = context.at(context.size() - 2).contains(warningSign);
            content.clear();
            continue;
        }
        if (line.startsWith("## "_L1)) {
            const QRegularExpressionMatch number = chapterPattern.match(line);
            chapter = number.hasMatch() ? number.captured(1).toInt() : 0;
            section = QString::number(chapter);
            context.clear();
        } else if (line.startsWith("### "_L1)) {
            const QRegularExpressionMatch number = sectionPattern.match(line);
            section = number.hasMatch() ? number.captured(1) : QString::number(chapter);
            context.clear();
        } else if (!trimmed.isEmpty()) {
            context << trimmed;
        }
    }
    return blocks;
}

} // namespace ReferenceExamples
