#pragma once

#include <QSortFilterProxyModel>

namespace holdline::ui {

// Sorts the queue list by value (not by text) and filters it by name or id as
// the user types; optionally shows only queues that break a rule.
class QueueFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit QueueFilterModel(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }
    void setOnlyNonCompliant(bool only);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void refilter();

    QString m_text;
    bool m_onlyNonCompliant = false;
};

} // namespace holdline::ui
