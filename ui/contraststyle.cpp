#include "ui/contraststyle.h"

#include <QApplication>
#include <QPainter>
#include <QStyleOption>

namespace holdline::ui {

namespace {

QColor outlineColor(const QPalette &palette)
{
    QColor c = palette.color(QPalette::WindowText);
    c.setAlpha(96);
    return c;
}

void outline(QPainter *painter, const QRectF &rect, const QPalette &palette, bool round)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setPen(QPen(outlineColor(palette), 1));
    painter->setBrush(Qt::NoBrush);
    const QRectF r = rect.adjusted(0.5, 0.5, -0.5, -0.5);
    if (round)
        painter->drawEllipse(r);
    else
        painter->drawRoundedRect(r, 2, 2);
    painter->restore();
}

} // namespace

void ContrastStyle::install()
{
    // No palette is set here: the platform's keeps applying, and keeps
    // following the desktop when it switches between light and dark.
    QApplication::setStyle(new ContrastStyle(QApplication::style()->name()));
}

bool ContrastStyle::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

void ContrastStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                                  const QWidget *widget) const
{
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    if (!isDark(option->palette))
        return;
    switch (element) {
    case PE_FrameLineEdit:
    case PE_IndicatorCheckBox:
        outline(painter, option->rect, option->palette, false);
        break;
    case PE_IndicatorRadioButton:
        outline(painter, option->rect, option->palette, true);
        break;
    default:
        break;
    }
}

void ContrastStyle::drawComplexControl(ComplexControl control, const QStyleOptionComplex *option, QPainter *painter,
                                       const QWidget *widget) const
{
    QProxyStyle::drawComplexControl(control, option, painter, widget);
    if (!isDark(option->palette))
        return;
    if (control == CC_SpinBox) {
        const auto *spin = qstyleoption_cast<const QStyleOptionSpinBox *>(option);
        if (spin && spin->frame)
            outline(painter, option->rect, option->palette, false);
    } else if (control == CC_ComboBox) {
        const auto *combo = qstyleoption_cast<const QStyleOptionComboBox *>(option);
        if (combo && combo->frame && combo->editable)
            outline(painter, option->rect, option->palette, false);
    }
}

} // namespace holdline::ui
