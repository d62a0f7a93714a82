#pragma once

#include <QWidget>

#include <functional>

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

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    int readableNameWidth() const;
    void updateCount();
    void keepingSelection(const std::function<void()> &refilter);

    QueueTableModel *m_model;
    QueueFilterModel *m_proxy;
    QLineEdit *m_filter;
    QCheckBox *m_onlyFindings;
    QTableView *m_view;
    QLabel *m_count;
    struct Chosen
    {
        QString current;
        QStringList selected;
    } m_chosen;         // the supervisor's selection, kept while a filter hides it
    QString m_movedTo;  // the queue a filter moved the list to instead
};

} // namespace holdline::ui
