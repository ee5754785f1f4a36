#pragma once

#include <QWidget>

class QLabel;
class QSpinBox;

namespace Capture {
class CaptureStore;
struct Retention;
} // namespace Capture

namespace Gui {

// The capture store's retention (F14): keep at most N captures and captures at most D days old,
// pinned ones always. Kept in the settings and applied to the store at once; a new limit that
// would delete captures asks first, as Delete and Clear do, and Cancel puts the old one back.
class RetentionEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RetentionEditor)

public:
    // `store` may be null (no capture store): the boxes are then kept but apply to nothing.
    explicit RetentionEditor(Capture::CaptureStore *store, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateSuffixes();
    void edited();
    // True when nothing would go (the limit is looser, or the store holds less) or the user
    // agreed to the deletion.
    bool confirm(const Capture::Retention &wanted);
    void apply();
    void save() const;

    Capture::CaptureStore *m_store;
    QLabel *m_label;
    QSpinBox *m_countSpin;
    QSpinBox *m_daysSpin;
    bool m_confirming = false;
};

} // namespace Gui
