// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/live/detail/JsonTreeModel.h"

#include <QRegularExpression>

namespace Gui {

namespace {

constexpr qsizetype MaxShownValue = 1000; // characters in the Value column; copy gives all

// Appends the next batch of `node`'s children; returns how many.
int fetchChildren(const QByteArray &json, JsonTreeNode *node, qsizetype *created)
{
    if (node->next < 0)
        return 0;
    qsizetype next = -1;
    const QList<JsonText::Entry> entries
        = JsonText::entries(json, node->next, JsonTreeModel::BatchSize, &next);
    for (const JsonText::Entry &entry : entries) {
        auto child = std::make_unique<JsonTreeNode>();
        child->parent = node;
        child->row = int(node->children.size());
        child->entry = entry;
        child->kind = JsonText::kindAt(json, entry.valueBegin);
        const bool container = child->kind == JsonText::ValueKind::Object
            || child->kind == JsonText::ValueKind::Array;
        child->next = container ? entry.valueBegin + 1 : -1;
        if (container) {
            const qsizetype first = JsonText::skipBlanks(json, entry.valueBegin + 1);
            if (first < json.size() && (json[first] == '}' || json[first] == ']'))
                child->next = -1; // empty: nothing to expand
        }
        node->children.push_back(std::move(child));
    }
    node->next = next;
    *created += entries.size();
    return int(entries.size());
}

} // namespace

JsonTreeModel::JsonTreeModel(QObject *parent) : QAbstractItemModel(parent) { }

JsonTreeModel::~JsonTreeModel() = default;

std::shared_ptr<JsonTreeDocument> JsonTreeModel::parse(const QByteArray &json)
{
    auto document = std::make_shared<JsonTreeDocument>();
    document->json = json;
    if (JsonText::classify(json) != JsonText::BodyKind::Json)
        return document;
    document->valid = true;
    auto root = std::make_unique<JsonTreeNode>();
    root->entry.valueBegin = JsonText::skipBlanks(json, 0);
    root->entry.valueEnd = json.size();
    root->kind = JsonText::kindAt(json, root->entry.valueBegin);
    root->next = root->entry.valueBegin + 1;
    document->nodeCount = 1;
    fetchChildren(json, root.get(), &document->nodeCount);
    document->root = std::move(root);
    return document;
}

void JsonTreeModel::setDocument(std::shared_ptr<JsonTreeDocument> document)
{
    beginResetModel();
    m_document = document && document->valid ? std::move(document) : nullptr;
    endResetModel();
}

void JsonTreeModel::clear()
{
    setDocument(nullptr);
}

qsizetype JsonTreeModel::nodeCount() const
{
    return m_document ? m_document->nodeCount : 0;
}

JsonTreeNode *JsonTreeModel::nodeOf(const QModelIndex &index) const
{
    if (!m_document)
        return nullptr;
    return index.isValid() ? static_cast<JsonTreeNode *>(index.internalPointer())
                           : m_document->root.get();
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    const JsonTreeNode *node = nodeOf(parent);
    if (!node || row < 0 || column < 0 || column >= ColumnCount
        || row >= int(node->children.size()))
        return {};
    return createIndex(row, column, node->children[size_t(row)].get());
}

QModelIndex JsonTreeModel::parent(const QModelIndex &child) const
{
    const JsonTreeNode *node = child.isValid() ? nodeOf(child) : nullptr;
    if (!node || !node->parent || node->parent == m_document->root.get())
        return {};
    return createIndex(node->parent->row, 0, node->parent);
}

int JsonTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    const JsonTreeNode *node = nodeOf(parent);
    return node ? int(node->children.size()) : 0;
}

int JsonTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool JsonTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return false;
    const JsonTreeNode *node = nodeOf(parent);
    return node && (!node->children.empty() || node->next >= 0);
}

bool JsonTreeModel::canFetchMore(const QModelIndex &parent) const
{
    const JsonTreeNode *node = parent.column() > 0 ? nullptr : nodeOf(parent);
    return node && node->next >= 0;
}

void JsonTreeModel::fetchMore(const QModelIndex &parent)
{
    JsonTreeNode *node = parent.column() > 0 ? nullptr : nodeOf(parent);
    if (!node || node->next < 0)
        return;
    // Scan first (the rows must exist when endInsertRows runs), then announce them.
    JsonTreeNode scratch;
    scratch.next = node->next;
    qsizetype created = 0;
    const int added = fetchChildren(m_document->json, &scratch, &created);
    node->next = scratch.next;
    if (added == 0)
        return;
    const int first = int(node->children.size());
    beginInsertRows(parent, first, first + added - 1);
    for (auto &child : scratch.children) {
        child->parent = node;
        child->row = int(node->children.size());
        node->children.push_back(std::move(child));
    }
    m_document->nodeCount += created;
    endInsertRows();
}

QString JsonTreeModel::keyText(const JsonTreeNode *node) const
{
    if (node->entry.keyBegin < 0)
        return QStringLiteral("[%1]").arg(node->row);
    const QByteArrayView json = m_document->json;
    return JsonText::unquote(
        json.sliced(node->entry.keyBegin, node->entry.keyEnd - node->entry.keyBegin));
}

QString JsonTreeModel::valueText(const QModelIndex &index) const
{
    const JsonTreeNode *node = index.isValid() ? nodeOf(index) : nullptr;
    if (!node)
        return {};
    const QByteArrayView text
        = QByteArrayView(m_document->json)
              .sliced(node->entry.valueBegin, node->entry.valueEnd - node->entry.valueBegin);
    return node->kind == JsonText::ValueKind::String ? JsonText::unquote(text)
                                                     : QString::fromUtf8(text);
}

QString JsonTreeModel::displayValue(const JsonTreeNode *node) const
{
    switch (node->kind) {
    case JsonText::ValueKind::Object:
        return node->next < 0 ? tr("%n member(s)", nullptr, int(node->children.size()))
                              : QStringLiteral("{…}");
    case JsonText::ValueKind::Array:
        return node->next < 0 ? tr("%n element(s)", nullptr, int(node->children.size()))
                              : QStringLiteral("[…]");
    default:
        break;
    }
    const QByteArrayView json = m_document->json;
    const qsizetype length = node->entry.valueEnd - node->entry.valueBegin;
    QString text
        = JsonText::unquote(json.sliced(node->entry.valueBegin, qMin(length, MaxShownValue * 4)));
    if (node->kind != JsonText::ValueKind::String)
        text = QString::fromUtf8(json.sliced(node->entry.valueBegin, length));
    else if (length > MaxShownValue * 4 || text.size() > MaxShownValue)
        text = text.left(MaxShownValue) + u'…';
    return text;
}

QVariant JsonTreeModel::data(const QModelIndex &index, int role) const
{
    const JsonTreeNode *node = index.isValid() ? nodeOf(index) : nullptr;
    if (!node || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    switch (index.column()) {
    case KeyColumn:
        return keyText(node);
    case ValueColumn:
        return displayValue(node);
    case TypeColumn:
        switch (node->kind) {
        case JsonText::ValueKind::Object:
            return tr("object");
        case JsonText::ValueKind::Array:
            return tr("array");
        case JsonText::ValueKind::String:
            return tr("string");
        case JsonText::ValueKind::Number:
            return tr("number");
        case JsonText::ValueKind::Bool:
            return tr("boolean");
        case JsonText::ValueKind::Null:
            return tr("null");
        }
    }
    return {};
}

QVariant JsonTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KeyColumn:
        return tr("Key");
    case ValueColumn:
        return tr("Value");
    case TypeColumn:
        return tr("Type");
    }
    return {};
}

QString JsonTreeModel::path(const QModelIndex &index) const
{
    static const QRegularExpression identifier(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    QString path;
    for (const JsonTreeNode *node = index.isValid() ? nodeOf(index) : nullptr; node && node->parent;
         node = node->parent) {
        if (node->entry.keyBegin < 0) {
            path.prepend(QStringLiteral("[%1]").arg(node->row));
            continue;
        }
        const QString key = keyText(node);
        if (identifier.match(key).hasMatch())
            path.prepend(u'.' + key);
        else
            path.prepend(QStringLiteral("[\"%1\"]").arg(key));
    }
    return path.startsWith(u'.') ? path.mid(1) : (path.isEmpty() ? QStringLiteral("$") : path);
}

void JsonTreeModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    emit layoutAboutToBeChanged();
    emit layoutChanged();
}

} // namespace Gui
