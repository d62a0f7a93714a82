#pragma once

#include <QDialog>

class QMenuBar;
class QTableWidget;

namespace holdline::ui {

// Help › Keyboard shortcuts: every menu action that has a shortcut, menu by
// menu, read from the menus themselves so the list cannot drift from them.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(const QMenuBar *menus, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table;
};

} // namespace holdline::ui
