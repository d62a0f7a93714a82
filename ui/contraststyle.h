#pragma once

#include <QProxyStyle>

namespace holdline::ui {

// The platform's style, with the frames of input fields and the boxes of
// check and radio buttons outlined in the text colour at a third of its
// strength when the palette is dark: Fusion (what GTK's dark themes give a Qt
// app) draws them a shade darker than the window, which on a dark window is
// no outline at all. Light palettes are drawn as the style draws them.
class ContrastStyle : public QProxyStyle
{
    Q_OBJECT
public:
    using QProxyStyle::QProxyStyle;

    // Wraps the application's current style.
    static void install();

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex *option, QPainter *painter,
                            const QWidget *widget = nullptr) const override;

    static bool isDark(const QPalette &palette);
};

} // namespace holdline::ui
