// Input fields and check boxes keep a visible outline on a dark palette
// (Fusion alone draws them a shade darker than the window: invisible there).
#include "ui/contraststyle.h"

#include <QCheckBox>
#include <QImage>
#include <QSpinBox>
#include <QStyleFactory>
#include <QTest>

using namespace holdline::ui;
using namespace Qt::StringLiterals;

namespace {

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::Base, QColor(0x2d, 0x2d, 0x2d));
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
    return p;
}

// The lightest pixel of the widget's left edge, across its middle third: its frame.
int edgeLightness(QWidget &widget)
{
    const QImage image = widget.grab().toImage();
    int lightest = 0;
    for (int y = image.height() / 3; y < 2 * image.height() / 3; ++y)
        for (int x = 0; x < 3; ++x)
            lightest = std::max(lightest, QColor(image.pixel(x, y)).lightness());
    return lightest;
}

} // namespace

class TestContrastStyle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void darkSpinBoxesHaveAFrame()
    {
        const QPalette dark = darkPalette();
        QVERIFY(ContrastStyle::isDark(dark));
        const int base = dark.color(QPalette::Window).lightness();

        std::unique_ptr<QStyle> fusion(QStyleFactory::create(u"Fusion"_s));
        ContrastStyle contrast(u"Fusion"_s);
        QSpinBox plain, outlined;
        for (QSpinBox *spin : {&plain, &outlined}) {
            spin->setPalette(dark);
            spin->resize(120, 30);
        }
        plain.setStyle(fusion.get());
        outlined.setStyle(&contrast);
        // Fusion's own frame barely differs from the window; the outline does.
        QVERIFY2(edgeLightness(outlined) - base >= 25, qPrintable(QString::number(edgeLightness(outlined) - base)));
        QVERIFY(edgeLightness(outlined) > edgeLightness(plain));
    }

    void lightPalettesAreLeftAlone()
    {
        QPalette light;
        light.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
        QVERIFY(!ContrastStyle::isDark(light));
        std::unique_ptr<QStyle> fusion(QStyleFactory::create(u"Fusion"_s));
        ContrastStyle contrast(u"Fusion"_s);
        QCheckBox a(u"x"_s), b(u"x"_s);
        for (QCheckBox *box : {&a, &b}) {
            box->setPalette(light);
            box->resize(60, 24);
        }
        a.setStyle(fusion.get());
        b.setStyle(&contrast);
        QCOMPARE(a.grab().toImage(), b.grab().toImage());
    }
};

QTEST_MAIN(TestContrastStyle)
#include "tst_contraststyle.moc"
