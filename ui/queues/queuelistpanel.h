#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace holdline::ui {

class QueueFilterModel;
class QueueTableModel;

// The queue list: filter as you type, sort by any column, select many.
class QueueListPanel : public QWidget
{
    Q_OBJECT
public:
    QueueListPanel(QueueTableModel *model, QWidget *parent = nullptr);

    QString currentQueueId() const;
    QStringList selectedQueueIds() const;
    void selectQueue(const QString &queueId);
    void focusFilter();

    QLineEdit *filterEdit() const { return m_filter; }
    QTableView *view() const { return m_view; }
    QueueFilterModel *proxy() const { return m_proxy; }

Q_SIGNALS:
    void currentQueueChanged(const QString &queueId);
    void selectionChanged(int count);

private:
    void updateCount();

    QueueTableModel *m_model;
    QueueFilterModel *m_proxy;
    QLineEdit *m_filter;
    QCheckBox *m_onlyFindings;
    QTableView *m_view;
    QLabel *m_count;
};

} // namespace holdline::ui
