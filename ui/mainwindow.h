#pragma once

#include <QMainWindow>

namespace holdline {

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace holdline
