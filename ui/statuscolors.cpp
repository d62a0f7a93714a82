#include "ui/statuscolors.h"

#include <QHash>
#include <QPainter>
#include <QPixmap>

#include <iterator>

namespace holdline::ui {

QColor complianceColor(Compliance compliance)
{
    switch (compliance) {
    case Compliance::Compliant: return QColor(0x2e, 0x9d, 0x57);
    case Compliance::Warnings: return QColor(0xd9, 0x8e, 0x04);
    case Compliance::Violations: return QColor(0xd6, 0x3b, 0x3b);
    case Compliance::Unpredicted: return QColor(0x3b, 0x82, 0xc4);
    case Compliance::Unknown: break;
    }
    return QColor(0x8a, 0x8a, 0x8a);
}

QColor severityColor(FindingSeverity severity)
{
    switch (severity) {
    case FindingSeverity::Error: return complianceColor(Compliance::Violations);
    case FindingSeverity::Warning: return complianceColor(Compliance::Warnings);
    case FindingSeverity::NeedsPrediction: break;
    }
    return QColor(0x3b, 0x82, 0xc4);
}

QColor seriesColor(int index)
{
    static const QColor colours[] = {QColor(0x00, 0x72, 0xb2), QColor(0xe6, 0x9f, 0x00), QColor(0x00, 0x9e, 0x73),
                                     QColor(0xcc, 0x79, 0xa7), QColor(0x56, 0xb4, 0xe9), QColor(0xd5, 0x5e, 0x00)};
    return colours[std::size_t(index) % std::size(colours)];
}

QIcon statusDot(const QColor &color)
{
    static QHash<QRgb, QIcon> cache; // a handful of colours, painted once
    if (const auto it = cache.constFind(color.rgba()); it != cache.cend())
        return *it;
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawEllipse(QRectF(6, 6, 20, 20));
    p.end();
    return *cache.insert(color.rgba(), QIcon(pixmap));
}

// Grey, so that no line of a chart (seriesColor) is taken for it.
QColor deployMarkerColor() { return QColor(0x88, 0x88, 0x88); }
QColor rollbackMarkerColor() { return QColor(0xc2, 0x4d, 0xb8); }

} // namespace holdline::ui
