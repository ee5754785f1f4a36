// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/webhooks/KeyValueEditor.h"

#include "ui/common/MessageBox.h"
#include "ui/common/StatusColours.h"
#include "ui/webhooks/KeyValueModel.h"

#include <QClipboard>
#include <QEvent>
#include <QFrame>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;
using Channex::WebhookRules;

namespace Gui {

namespace {

constexpr int MaxProblemLines = 3;

// Editors for the table: a hidden value is also typed hidden.
class KeyValueDelegate final : public QStyledItemDelegate
{
public:
    KeyValueDelegate(KeyValueModel *model, QObject *parent)
        : QStyledItemDelegate(parent), m_model(model)
    { }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override
    {
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (auto *line = qobject_cast<QLineEdit *>(editor)) {
            const bool value = index.column() == KeyValueModel::ValueColumn;
            line->setObjectName(value ? u"keyValueValueEditor"_s : u"keyValueNameEditor"_s);
            line->setAccessibleName(
                index.model()->headerData(index.column(), Qt::Horizontal).toString());
            if (value && m_model->valuesMasked())
                line->setEchoMode(QLineEdit::Password);
        }
        return editor;
    }

private:
    KeyValueModel *m_model;
};

} // namespace

KeyValueEditor::KeyValueEditor(QWidget *parent)
    : QWidget(parent), m_model(new KeyValueModel(tr("Name"), this)), m_table(new QTableView(this)),
      m_addButton(new QPushButton(this)), m_removeButton(new QPushButton(this)),
      m_secretButton(new QPushButton(this)), m_showValuesButton(new QToolButton(this)),
      m_problemLabel(new QLabel(this)), m_secretBar(new QFrame(this)),
      m_secretLabel(new QLabel(m_secretBar)), m_copyButton(new QPushButton(m_secretBar))
{
    m_table->setModel(m_model);
    m_table->setItemDelegate(new KeyValueDelegate(m_model, m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed
                             | QAbstractItemView::SelectedClicked);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setColumnWidth(KeyValueModel::NameColumn, 240);
    m_table->setTabKeyNavigation(false); // Tab leaves the table for the buttons
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);

    m_removeButton->setEnabled(false);
    m_showValuesButton->setCheckable(true);
    m_showValuesButton->setIcon(QIcon(u":/icons/eye.svg"_s));
    m_showValuesButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_showValuesButton->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);

    m_problemLabel->setWordWrap(true);
    m_problemLabel->setTextFormat(Qt::PlainText);
    m_problemLabel->hide();

    m_secretBar->setFrameShape(QFrame::StyledPanel);
    m_secretLabel->setWordWrap(true);
    auto *secretIcon = new QLabel(m_secretBar);
    secretIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(20, 20));
    auto *secretLayout = new QHBoxLayout(m_secretBar);
    secretLayout->addWidget(secretIcon, 0, Qt::AlignTop);
    secretLayout->addWidget(m_secretLabel, 1);
    secretLayout->addWidget(m_copyButton, 0, Qt::AlignVCenter);
    m_secretBar->hide();

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    buttons->addWidget(m_secretButton);
    buttons->addWidget(m_showValuesButton);
    buttons->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_table, 1);
    row->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row, 1);
    layout->addWidget(m_problemLabel);
    layout->addWidget(m_secretBar);

    connect(m_addButton, &QPushButton::clicked, this, &KeyValueEditor::addRow);
    connect(m_removeButton, &QPushButton::clicked, this, &KeyValueEditor::removeSelectedRows);
    connect(m_secretButton, &QPushButton::clicked, this, &KeyValueEditor::addSecretHeader);
    connect(m_copyButton, &QPushButton::clicked, this, &KeyValueEditor::copySecret);
    connect(m_showValuesButton, &QToolButton::toggled, this,
            [this](bool shown) { setValuesMasked(!shown); });
    connect(m_model, &KeyValueModel::entriesChanged, this, &KeyValueEditor::entriesChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &KeyValueEditor::updateWidgets);

    setKind(ListKind::Headers);
}

void KeyValueEditor::setKind(ListKind kind)
{
    m_kind = kind;
    const bool headers = kind == ListKind::Headers;
    const QString prefix = headers ? u"headers"_s : u"requestParams"_s;
    setObjectName(prefix + u"Editor"_s);
    m_table->setObjectName(prefix + u"Table"_s);
    m_addButton->setObjectName(prefix + u"AddButton"_s);
    m_removeButton->setObjectName(prefix + u"RemoveButton"_s);
    m_secretButton->setObjectName(prefix + u"SecretButton"_s);
    m_secretButton->setVisible(headers);
    m_showValuesButton->setObjectName(prefix + u"ShowValuesButton"_s);
    m_problemLabel->setObjectName(prefix + u"Problems"_s);
    m_secretBar->setObjectName(prefix + u"SecretBar"_s);
    m_secretLabel->setObjectName(prefix + u"SecretMessage"_s);
    m_copyButton->setObjectName(prefix + u"CopySecretButton"_s);
    m_model->setObjectName(prefix + u"Model"_s);
    // Header values are often credentials (Authorization); parameters rarely are.
    setValuesMasked(headers);
    retranslate();
}

void KeyValueEditor::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void KeyValueEditor::retranslate()
{
    const bool headers = m_kind == ListKind::Headers;
    m_model->setNameHeader(tr("Name"));
    m_table->setAccessibleName(headers ? tr("Headers") : tr("Request parameters"));
    m_addButton->setText(headers ? tr("&Add Header") : tr("&Add Parameter"));
    m_addButton->setAccessibleName(headers ? tr("Add header") : tr("Add parameter"));
    m_removeButton->setText(tr("&Remove"));
    m_removeButton->setAccessibleName(headers ? tr("Remove header") : tr("Remove parameter"));
    m_removeButton->setToolTip(headers ? tr("Remove the selected headers")
                                       : tr("Remove the selected parameters"));
    m_secretButton->setText(tr("Add Secret Header"));
    m_secretButton->setAccessibleName(tr("Add secret header"));
    m_secretButton->setToolTip(
        tr("Adds %1 with %2 random bytes, so that the receiver can tell Channex's calls apart")
            .arg(secretHeaderName())
            .arg(SecretBytes));
    m_showValuesButton->setText(tr("Show Values"));
    m_showValuesButton->setAccessibleName(headers ? tr("Show header values")
                                                  : tr("Show parameter values"));
    m_showValuesButton->setToolTip(valuesMasked() ? tr("Show the values") : tr("Hide the values"));
    m_copyButton->setText(tr("&Copy Secret"));
    m_copyButton->setAccessibleName(tr("Copy secret"));
    showSecretNote();
    updateWidgets();
}

void KeyValueEditor::showSecretNote()
{
    switch (m_secretNote) {
    case SecretNote::None:
        m_secretLabel->clear();
        break;
    case SecretNote::Created:
        m_secretLabel->setText(tr("%1 now holds a new random secret. Copy it into your receiver's "
                                  "configuration so that it can check Channex's calls.")
                                   .arg(secretHeaderName()));
        break;
    case SecretNote::Copied:
        m_secretLabel->setText(tr("The secret is on the clipboard. Save the webhook to send it "
                                  "to Channex."));
        break;
    }
}

void KeyValueEditor::setValues(const std::optional<Channex::KeyValueList> &values,
                               bool storedInChannex)
{
    m_given = values;
    m_givenIsStored = storedInChannex;
    {
        const QSignalBlocker blocker(m_model);
        m_model->setEntries(values.value_or(Channex::KeyValueList {}));
    }
    m_touched = false;
    m_secret.clear();
    m_secretNote = SecretNote::None;
    m_secretBar->hide();
    updateWidgets();
    emit valuesChanged();
}

std::optional<Channex::KeyValueList> KeyValueEditor::values() const
{
    if (!m_touched)
        return m_given;
    if (m_model->entries().isEmpty() && !m_given)
        return std::nullopt; // added and removed again: still what the server had
    return m_model->entries();
}

WebhookRules::Problems KeyValueEditor::problems() const
{
    const std::optional<Channex::KeyValueList> current = values();
    const WebhookRules::Problems found = WebhookRules::checkKeyValues(current, m_kind);
    // The list as Channex holds it (perhaps made by another tool): warned about, not refused.
    return m_givenIsStored && current == m_given ? WebhookRules::asStored(found) : found;
}

void KeyValueEditor::setValuesMasked(bool masked)
{
    m_model->setValuesMasked(masked);
    const QSignalBlocker blocker(m_showValuesButton);
    m_showValuesButton->setChecked(!masked);
    m_showValuesButton->setToolTip(masked ? tr("Show the values") : tr("Hide the values"));
}

bool KeyValueEditor::valuesMasked() const
{
    return m_model->valuesMasked();
}

QString KeyValueEditor::secretHeaderName()
{
    return u"X-Channex-Webhook-Secret"_s;
}

QString KeyValueEditor::generateSecret()
{
    std::array<quint32, SecretBytes / sizeof(quint32)> words {};
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    const QByteArray bytes(reinterpret_cast<const char *>(words.data()), SecretBytes);
    return QString::fromLatin1(bytes.toHex());
}

QString KeyValueEditor::addSecretHeader()
{
    if (m_kind != ListKind::Headers)
        return {};
    const Channex::KeyValueList &entries = m_model->entries();
    const auto existing = std::find_if(entries.cbegin(), entries.cend(), [](const auto &entry) {
        return entry.key.compare(secretHeaderName(), Qt::CaseInsensitive) == 0;
    });
    if (existing != entries.cend()) {
        MessageBox::Request request;
        request.icon = QMessageBox::Warning;
        request.title = tr("Replace Secret");
        request.text = tr("Replace the value of %1?").arg(existing->key);
        request.informativeText = tr("The receiver will refuse Channex's calls until it is "
                                     "given the new secret.");
        request.buttons = QMessageBox::Yes | QMessageBox::Cancel;
        request.defaultButton = QMessageBox::Cancel;
        request.buttonTexts = {{QMessageBox::Yes, tr("Replace Secret")}};
        if (MessageBox::ask(this, request) != QMessageBox::Yes)
            return {};
    }
    const QString secret = generateSecret();
    int row = 0;
    if (existing != entries.cend()) {
        row = int(existing - entries.cbegin());
        m_model->setValue(row, secret);
    } else {
        row = m_model->appendEntry({secretHeaderName(), secret});
    }
    m_table->setCurrentIndex(m_model->index(row, KeyValueModel::NameColumn));
    m_secret = secret;
    m_secretNote = SecretNote::Created;
    showSecretNote();
    m_copyButton->setEnabled(true);
    m_secretBar->show();
    return secret;
}

void KeyValueEditor::copySecret()
{
    QGuiApplication::clipboard()->setText(m_secret);
    m_secretNote = SecretNote::Copied;
    showSecretNote();
}

void KeyValueEditor::addRow()
{
    const int row = m_model->appendEntry({});
    const QModelIndex name = m_model->index(row, KeyValueModel::NameColumn);
    m_table->setCurrentIndex(name);
    m_table->setFocus();
    m_table->edit(name);
}

void KeyValueEditor::removeSelectedRows()
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int row : std::as_const(rows))
        m_model->removeRows(row, 1);
}

void KeyValueEditor::entriesChanged()
{
    m_touched = true;
    updateWidgets();
    emit valuesChanged();
}

void KeyValueEditor::updateWidgets()
{
    const WebhookRules::Problems found = problems();
    QMap<int, QString> rows;
    QStringList lines;
    for (const WebhookRules::Problem &problem : found) {
        if (problem.row >= 0 && !rows.contains(problem.row))
            rows.insert(problem.row, problem.message);
        lines << problem.message;
    }
    setTone(m_problemLabel, WebhookRules::hasErrors(found) ? Tone::Error : Tone::Warning);
    m_model->setRowProblems(rows);
    if (lines.size() > MaxProblemLines) {
        const int more = int(lines.size()) - MaxProblemLines;
        lines = lines.mid(0, MaxProblemLines);
        lines << tr("…and %n more problem(s).", nullptr, more);
    }
    m_problemLabel->setText(lines.join(u'\n'));
    m_problemLabel->setVisible(!lines.isEmpty());
    m_removeButton->setEnabled(m_table->selectionModel()->hasSelection());
}

} // namespace Gui
