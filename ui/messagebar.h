#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace holdline::ui {

// A non-modal banner above the work area: the latest error, warning or
// notice, in words a supervisor can act on. It never takes the focus.
class MessageBar : public QFrame
{
    Q_OBJECT
public:
    enum class Level { Info, Warning, Error };

    explicit MessageBar(QWidget *parent = nullptr);

    void showMessage(Level level, const QString &text);
    QString text() const;
    Level level() const { return m_level; }

private:
    QLabel *m_badge;
    QLabel *m_text;
    QToolButton *m_close;
    Level m_level = Level::Info;
};

} // namespace holdline::ui
