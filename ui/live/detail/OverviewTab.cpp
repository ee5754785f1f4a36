// SPDX-FileCopyrightText: 2026 The Webhook Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/live/detail/OverviewTab.h"

#include "app/http/HttpResponse.h"
#include "app/payloads/EventCatalog.h"
#include "ui/common/StatusColours.h"
#include "ui/live/detail/AnswerText.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>

using namespace Qt::StringLiterals;

namespace Gui {

namespace {

// Bodies up to this size are checked at once; bigger ones on a worker thread.
constexpr qsizetype SyncCheckLimit = 256 * 1024;

const char *const FieldNames[]
    = {"overviewEvent",    "overviewProperty", "overviewUser",   "overviewTimestamp",
       "overviewReceived", "overviewPeer",     "overviewStatus", "overviewDuration"};
enum Field { Event, Property, User, Timestamp, Received, Peer, Status, Duration, FieldCount };

QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("—") : text;
}

} // namespace

OverviewTab::OverviewTab(QWidget *parent)
    : QWidget(parent), m_form(new QFormLayout), m_marks(new QVBoxLayout),
      m_checkLabel(new QLabel(this))
{
    setObjectName(u"overviewTab"_s);
    for (const char *name : FieldNames)
        m_values.append(addField(QString::fromLatin1(name)));
    m_form->addRow(new QLabel(this), m_marks); // caption set in retranslate
    m_captions.append(qobject_cast<QLabel *>(
        m_form->itemAt(m_form->rowCount() - 1, QFormLayout::LabelRole)->widget()));
    m_checkLabel->setObjectName(u"overviewCheck"_s);
    m_checkLabel->setWordWrap(true);
    m_checkLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *checkCaption = new QLabel(this);
    m_form->addRow(checkCaption, m_checkLabel);
    m_captions.append(checkCaption);

    // Narrow (an 800-pixel window in German): a value goes under its caption rather than
    // beside it, and long values wrap; the overview scrolls down, never sideways.
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    auto *content = new QWidget;
    content->setLayout(m_form);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"overviewScroll"_s);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    retranslate();
}

QLabel *OverviewTab::addField(const QString &objectName)
{
    auto *caption = new QLabel(this);
    auto *value = new QLabel(this);
    value->setObjectName(objectName);
    value->setTextFormat(Qt::PlainText);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    caption->setBuddy(value);
    m_form->addRow(caption, value);
    m_captions.append(caption);
    return value;
}

void OverviewTab::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        render();
}

void OverviewTab::retranslate()
{
    const QString captions[]
        = {tr("Event:"),    tr("Property:"),     tr("User:"),       tr("Payload timestamp:"),
           tr("Received:"), tr("From:"),         tr("Our answer:"), tr("Duration:"),
           tr("Marks:"),    tr("Payload check:")};
    for (int i = 0; i < m_captions.size(); ++i)
        m_captions[i]->setText(captions[i]);
    const QString names[]
        = {tr("Event"),       tr("Property"), tr("User"),       tr("Payload timestamp"),
           tr("Received at"), tr("Sender"),   tr("Our answer"), tr("Duration")};
    for (int i = 0; i < FieldCount; ++i)
        m_values[i]->setAccessibleName(names[i]);
    m_checkLabel->setAccessibleName(tr("Payload check"));
    render();
}

void OverviewTab::setPropertyNames(const QHash<QString, QString> &idToTitle)
{
    m_propertyNames = idToTitle;
    render();
}

void OverviewTab::showCapture(const Capture::CaptureRecord &record, const QString &origin)
{
    m_record = record;
    m_origin = origin;
    m_check.reset();
    m_checking.drop();
    if (record.body.size() <= SyncCheckLimit) {
        m_check = Payloads::PayloadCheck::check(record.body);
    } else {
        m_checking.start([body = record.body] { return Payloads::PayloadCheck::check(body); });
    }
    render();
}

void OverviewTab::clear()
{
    m_record.reset();
    m_check.reset();
    m_checking.drop();
    render();
}

void OverviewTab::render()
{
    if (!m_record) {
        for (QLabel *value : std::as_const(m_values))
            value->clear();
        renderMarks();
        renderCheck();
        return;
    }
    const Capture::CaptureRecord &r = *m_record;
    const auto orCheck = [this](const QString &own, QString Payloads::PayloadCheckResult::*field) {
        return !own.isEmpty() || !m_check ? own : (*m_check).*field;
    };
    const QString event = orCheck(r.event, &Payloads::PayloadCheckResult::event);
    const QString description = Payloads::EventCatalog::description(event);
    m_values[Event]->setText(event.isEmpty() ? tr("Not a Channex payload")
                                 : description.isEmpty()
                                 ? tr("%1 (not an event Channex documents)").arg(event)
                                 : u"%1 — %2"_s.arg(event, description));
    const QString property = orCheck(r.propertyId, &Payloads::PayloadCheckResult::propertyId);
    const QString title = m_propertyNames.value(property);
    m_values[Property]->setText(title.isEmpty() ? orDash(property)
                                                : u"%1 (%2)"_s.arg(title, property));
    m_values[User]->setText(orDash(orCheck(r.userId, &Payloads::PayloadCheckResult::userId)));
    m_values[Timestamp]->setText(
        orDash(orCheck(r.payloadTimestamp, &Payloads::PayloadCheckResult::timestamp)));
    m_values[Received]->setText(
        r.receivedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss.zzz t"_s));
    m_values[Peer]->setText(tr("%1 port %2, connection %3")
                                .arg(orDash(r.peerAddress))
                                .arg(r.peerPort)
                                .arg(r.connectionId));
    m_values[Status]->setText(AnswerText::summary(r));
    setTone(m_values[Status], AnswerText::isSuccess(r) ? Tone::Success : Tone::Error);
    m_values[Duration]->setText(
        tr("%1 ms").arg(QLocale().toString(double(r.durationUs) / 1000.0, 'f', 1)));
    renderMarks();
    renderCheck();
}

void OverviewTab::renderMarks()
{
    while (QLayoutItem *item = m_marks->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (!m_record)
        return;
    const Capture::CaptureRecord &r = *m_record;
    QList<QPair<QString, Tone>> lines;
    if (!m_origin.isEmpty())
        lines.append({m_origin, Tone::Normal});
    if (r.marks & Capture::Mark::Rejected)
        lines.append({tr("Rejected by the receiver: %1").arg(orDash(r.note)), Tone::Error});
    if (r.marks & Capture::Mark::BytesTruncated)
        lines.append({tr("Only the first %n byte(s) of the request were kept.", nullptr,
                         int(r.rawBytes.size())),
                      Tone::Warning});
    if (r.marks & Capture::Mark::SecretMismatch)
        lines.append({tr("The secret header was missing or wrong, so it was answered 401. %1")
                          .arg(r.note)
                          .trimmed(),
                      Tone::Error});
    if (r.marks & Capture::Mark::Duplicate)
        lines.append({tr("Duplicate: the same body arrived before for this event and property."),
                      Tone::Warning});
    if (r.marks & Capture::Mark::OutOfOrder)
        lines.append({tr("Out of order: its payload timestamp is earlier than one already "
                         "received about the same booking, ARI record or message thread."),
                      Tone::Warning});
    if (r.marks & Capture::Mark::Pinned)
        lines.append({tr("Pinned: retention and Clear keep it."), Tone::Normal});
    if (const QString forwarding = AnswerText::forwarding(r); !forwarding.isEmpty())
        lines.append({forwarding, r.forwarded.status > 0 ? Tone::Normal : Tone::Error});
    if (lines.isEmpty())
        lines.append({tr("None"), Tone::Normal});
    for (const auto &[text, tone] : std::as_const(lines)) {
        auto *label = new QLabel(text, this);
        label->setObjectName(u"overviewMark"_s);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_marks->addWidget(label);
        setTone(label, tone);
    }
}

void OverviewTab::renderCheck()
{
    if (!m_record) {
        m_checkLabel->clear();
        return;
    }
    if (!m_check) {
        m_checkLabel->setText(tr("Checking the body…"));
        setTone(m_checkLabel, Tone::Normal);
        return;
    }
    using S = Payloads::PayloadCheckResult::Status;
    const S status = m_check->status;
    m_checkLabel->setText(m_check->sentences().join(u'\n'));
    setTone(m_checkLabel,
            m_check->passed()                                         ? Tone::Success
                : (status == S::Differs || status == S::UnknownEvent) ? Tone::Warning
                                                                      : Tone::Normal);
}

QString OverviewTab::fieldText(const QString &objectName) const
{
    for (const QLabel *value : m_values) {
        if (value->objectName() == objectName)
            return value->text();
    }
    return {};
}

QStringList OverviewTab::markSentences() const
{
    QStringList sentences;
    for (int i = 0; i < m_marks->count(); ++i) {
        if (const auto *label = qobject_cast<QLabel *>(m_marks->itemAt(i)->widget()))
            sentences.append(label->text());
    }
    return sentences;
}

QString OverviewTab::checkText() const
{
    return m_checkLabel->text();
}

} // namespace Gui
