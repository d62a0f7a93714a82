#include "common/commandline.h"
#include "common/translations.h"
#include "common/version.h"
#include "ui/contraststyle.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // In the system locale's language from the first text on, --help included.
    holdline::installTranslations();
    QApplication::setApplicationName(QStringLiteral("holdline"));
    QApplication::setApplicationDisplayName(QStringLiteral("Holdline"));
    QApplication::setApplicationVersion(holdline::version());
    QApplication::setOrganizationName(QStringLiteral("Holdline"));
    // Desktop shells match the window to the installed desktop entry by this name.
    QGuiApplication::setDesktopFileName(QStringLiteral(HOLDLINE_APP_ID));
    QIcon icon;
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/hicolor/%1x%1/apps/" HOLDLINE_APP_ID ".png").arg(size));
    QApplication::setWindowIcon(icon);
    holdline::ui::ContrastStyle::install();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Tune the wait strategies of NICE CXone queues, safely."));
    if (const auto exitCode = holdline::parseCommandLine(parser, QApplication::arguments()))
        return *exitCode;

    holdline::ui::MainWindow window;
    window.show();
    // Opens the last connection, or the built-in sandbox tenant at first launch.
    window.start();
    return QApplication::exec();
}
