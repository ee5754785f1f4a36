// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/live/detail/JsonText.h"

#include <QAbstractItemModel>
#include <QByteArray>

#include <memory>
#include <vector>

namespace Gui {

// One JSON value in the tree: where it lies in the text, and the children fetched so far.
struct JsonTreeNode
{
    JsonTreeNode *parent = nullptr;
    int row = 0;
    JsonText::Entry entry;
    JsonText::ValueKind kind = JsonText::ValueKind::Null;
    qsizetype next = -1; // where the next fetch of children starts; -1: all fetched
    std::vector<std::unique_ptr<JsonTreeNode>> children;
};

// A parsed body for the tree: its text and the root with its first children. Made by
// JsonTreeModel::parse, off the GUI thread.
struct JsonTreeDocument
{
    QByteArray json;
    std::unique_ptr<JsonTreeNode> root;
    bool valid = false;
    qsizetype nodeCount = 0;
};

// A lazy tree over a JSON text (Key, Value, Type). Nodes are positions in the text: the
// children of an object or array are found (by scanning its span) only when the view expands
// it, a batch at a time, so a 10 MB body opens as fast as its top level can be listed. Key
// order and duplicate keys stay as received.
class JsonTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonTreeModel)

public:
    enum Column { KeyColumn, ValueColumn, TypeColumn, ColumnCount };
    static constexpr int BatchSize = 500;

    explicit JsonTreeModel(QObject *parent = nullptr);
    ~JsonTreeModel() override;

    // Checks and indexes the top level of `json`; thread-safe, for QtConcurrent.
    static std::shared_ptr<JsonTreeDocument> parse(const QByteArray &json);
    void setDocument(std::shared_ptr<JsonTreeDocument> document);
    void clear();
    bool hasDocument() const { return m_document != nullptr; }

    // Nodes made so far, the root's included: shows that children wait for an expansion.
    qsizetype nodeCount() const;
    // "payload.rooms[0].rate"; "$" for the root.
    QString path(const QModelIndex &index) const;
    // A string's text, any other value's JSON exactly as received.
    QString valueText(const QModelIndex &index) const;
    // Repaints the translated type names and headers.
    void retranslate();

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    JsonTreeNode *nodeOf(const QModelIndex &index) const;
    QString keyText(const JsonTreeNode *node) const;
    QString displayValue(const JsonTreeNode *node) const;

    std::shared_ptr<JsonTreeDocument> m_document;
};

} // namespace Gui
