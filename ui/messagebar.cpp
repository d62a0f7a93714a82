#include "ui/messagebar.h"

#include "ui/statuscolors.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace holdline::ui {

using namespace Qt::StringLiterals;

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_badge(new QLabel(this))
    , m_text(new QLabel(this))
    , m_close(new QToolButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    setAccessibleName(tr("Message"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss message"));
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_badge);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    hide();
}

void MessageBar::showMessage(Level level, const QString &text)
{
    m_level = level;
    QColor color = severityColor(FindingSeverity::NeedsPrediction);
    QString what = tr("Note");
    if (level == Level::Error) {
        color = severityColor(FindingSeverity::Error);
        what = tr("Error");
    } else if (level == Level::Warning) {
        color = severityColor(FindingSeverity::Warning);
        what = tr("Warning");
    }
    m_badge->setText(u"<span style=\"color:%1; font-size:large\">●</span>"_s.arg(color.name()));
    m_badge->setAccessibleName(what);
    m_text->setText(text);
    setAccessibleDescription(what + u": "_s + text);
    show();
}

QString MessageBar::text() const
{
    return isVisible() ? m_text->text() : QString();
}

} // namespace holdline::ui
