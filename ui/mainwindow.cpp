#include "mainwindow.h"

#include <QLabel>

namespace holdline {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Holdline"));
    auto *notYet = new QLabel(tr("<h2>Holdline</h2>"
                                 "<p>The queue list, strategy editor, charts and history "
                                 "arrive with the desktop-app milestone.</p>"
                                 "<p>Until then, use <tt>holdline-cli</tt>.</p>"),
                              this);
    notYet->setAlignment(Qt::AlignCenter);
    setCentralWidget(notYet);
    resize(960, 640);
}

} // namespace holdline
