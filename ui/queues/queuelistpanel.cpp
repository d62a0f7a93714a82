#include "ui/queues/queuelistpanel.h"

#include "ui/queues/queuefiltermodel.h"
#include "ui/queues/queuetablemodel.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace holdline::ui {

QueueListPanel::QueueListPanel(QueueTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new QueueFilterModel(this))
    , m_filter(new QLineEdit(this))
    , m_onlyFindings(new QCheckBox(tr("Only with &findings"), this))
    , m_view(new QTableView(this))
    , m_count(new QLabel(this))
{
    m_proxy->setSourceModel(model);
    m_filter->setPlaceholderText(tr("Filter queues by name or id (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter queues"));
    m_onlyFindings->setToolTip(tr("Show only queues whose deployed strategy breaks or strains a rule in force"));
    connect(m_filter, &QLineEdit::textChanged, this,
            [this](const QString &text) { keepingSelection([&] { m_proxy->setFilterText(text); }); });
    connect(m_onlyFindings, &QCheckBox::toggled, this,
            [this](bool only) { keepingSelection([&] { m_proxy->setOnlyNonCompliant(only); }); });

    m_view->setModel(m_proxy);
    m_view->setAccessibleName(tr("Queues"));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(QueueTableModel::Name, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    // Tab leaves the list (arrows move in it) instead of walking its cells.
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    // Fixed row heights and no per-row size hints keep thousands of rows cheap.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    QHeaderView *h = m_view->horizontalHeader();
    h->setSectionResizeMode(QHeaderView::Interactive);
    h->setStretchLastSection(false);
    h->setMinimumSectionSize(40);
    // The verdict beside the name, so a narrow window still shows both.
    h->moveSection(h->visualIndex(QueueTableModel::Compliance), 1);
    for (int c = QueueTableModel::PositionThreshold; c < QueueTableModel::ColumnCount; ++c)
        h->resizeSection(c, m_view->fontMetrics().horizontalAdvance(model->headerData(c, Qt::Horizontal).toString())
                                + 28);
    // Wide enough for a closed queue's "closed until Mon 07:00".
    h->resizeSection(QueueTableModel::AnswerRate,
                     std::max(h->sectionSize(QueueTableModel::AnswerRate),
                              m_view->fontMetrics().horizontalAdvance(tr("closed until %1").arg(QStringLiteral("Mon 00:00"))) + 16));
    h->resizeSection(QueueTableModel::Callback, m_view->fontMetrics().horizontalAdvance(tr("on, beyond 00")) + 16);
    h->resizeSection(QueueTableModel::Compliance, m_view->fontMetrics().horizontalAdvance(tr("Violation")) + 40);
    h->resizeSection(QueueTableModel::Name, readableNameWidth());
    m_view->viewport()->installEventFilter(this);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                Q_EMIT currentQueueChanged(current.data(QueueTableModel::QueueIdRole).toString());
            });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        Q_EMIT selectionChanged(int(m_view->selectionModel()->selectedRows().size()));
        updateCount();
    });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &QueueListPanel::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &QueueListPanel::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &QueueListPanel::updateCount);

    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_onlyFindings);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);
    updateCount();
}

void QueueListPanel::keepingSelection(const std::function<void()> &refilter)
{
    // A filter that hides the current queue moves the list to a neighbour;
    // the queues the supervisor chose come back chosen once a filter shows
    // them again, and until then they are what is remembered.
    const QString current = currentQueueId();
    if (!current.isEmpty() && current != m_movedTo)
        m_chosen = {current, selectedQueueIds()};
    refilter();
    m_movedTo.clear();
    if (m_chosen.current.isEmpty() || currentQueueId() == m_chosen.current)
        return;
    const QModelIndex back = m_proxy->mapFromSource(m_model->index(m_model->rowOf(m_chosen.current), 0));
    if (!back.isValid()) {
        m_movedTo = currentQueueId();
        return;
    }
    QItemSelection selection;
    for (const QString &id : std::as_const(m_chosen.selected)) {
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(m_model->rowOf(id), 0));
        if (index.isValid())
            selection.select(index, index);
    }
    m_view->selectionModel()->setCurrentIndex(back, QItemSelectionModel::NoUpdate);
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(back);
}

int QueueListPanel::readableNameWidth() const
{
    // "Appointments — Scheduling": most queue names whole, the rest elided.
    return m_view->fontMetrics().averageCharWidth() * 27 + 12;
}

bool QueueListPanel::eventFilter(QObject *watched, QEvent *event)
{
    // The name takes the room the other columns leave, never less than a
    // readable width (the other columns scroll instead).
    if (watched == m_view->viewport() && event->type() == QEvent::Resize) {
        QHeaderView *h = m_view->horizontalHeader();
        int others = 0;
        for (int c = 0; c < QueueTableModel::ColumnCount; ++c) {
            if (c != QueueTableModel::Name && !h->isSectionHidden(c))
                others += h->sectionSize(c);
        }
        h->resizeSection(QueueTableModel::Name,
                         std::max(readableNameWidth(), m_view->viewport()->width() - others));
    }
    return QWidget::eventFilter(watched, event);
}

void QueueListPanel::updateCount()
{
    const int selected = int(m_view->selectionModel()->selectedRows().size());
    QString text = tr("%1 of %n queue(s)", nullptr, m_model->rowCount()).arg(m_proxy->rowCount());
    if (selected > 1)
        text += tr(" · %1 selected — Ctrl+B applies a strategy to them").arg(selected);
    m_count->setText(text);
}

QString QueueListPanel::currentQueueId() const
{
    return m_view->currentIndex().data(QueueTableModel::QueueIdRole).toString();
}

QStringList QueueListPanel::selectedQueueIds() const
{
    QStringList ids;
    for (const QModelIndex &i : m_view->selectionModel()->selectedRows())
        ids.append(i.data(QueueTableModel::QueueIdRole).toString());
    return ids;
}

void QueueListPanel::selectQueue(const QString &queueId)
{
    const int row = m_model->rowOf(queueId);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_view->selectionModel()->setCurrentIndex(index,
                                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void QueueListPanel::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

} // namespace holdline::ui
