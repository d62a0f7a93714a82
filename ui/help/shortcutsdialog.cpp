#include "ui/help/shortcutsdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace holdline::ui {

using namespace Qt::StringLiterals;

namespace {

QString plain(QString text)
{
    return text.remove(u'&').remove(u'…');
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QMenuBar *menus, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(0, 2, this))
{
    setWindowTitle(tr("Keyboard shortcuts"));
    m_table->setHorizontalHeaderLabels({tr("Action"), tr("Keys")});
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setShowGrid(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    const auto addRow = [this](QTableWidgetItem *action, const QString &keys) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, action);
        m_table->setItem(row, 1, new QTableWidgetItem(keys));
    };
    for (const QAction *menuAction : menus->actions()) {
        const QMenu *menu = menuAction->menu();
        if (!menu)
            continue;
        bool titled = false;
        for (const QAction *action : menu->actions()) {
            if (action->shortcuts().isEmpty())
                continue;
            if (!titled) {
                auto *title = new QTableWidgetItem(plain(menuAction->text()));
                QFont bold = title->font();
                bold.setBold(true);
                title->setFont(bold);
                addRow(title, {});
                titled = true;
            }
            QStringList keys;
            for (const QKeySequence &key : action->shortcuts())
                keys.append(key.toString(QKeySequence::NativeText));
            addRow(new QTableWidgetItem(u"    "_s + plain(action->text())), keys.join(tr(" or ")));
        }
    }
    m_table->resizeColumnsToContents();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(460, 520);
}

} // namespace holdline::ui
