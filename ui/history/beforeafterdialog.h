#pragma once

#include "ui/charts/chartdata.h"

#include "session/tenantsession.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QTableWidget;


namespace holdline::ui {

class TimeChart;

// The window before a chosen deploy next to the window after it, with the
// change of each metric's summary: did the change help?
class BeforeAfterDialog : public QDialog
{
    Q_OBJECT
public:
    BeforeAfterDialog(TenantSession *session, const QString &queueId, const QString &queueName,
                      const QList<ChartMarker> &markers, QWidget *parent = nullptr);

    QTableWidget *deltas() const { return m_table; }
    QComboBox *deployChoice() const { return m_marker; }
    QComboBox *windowChoice() const { return m_window; }
    TimeChart *beforeChart() const { return m_before; }
    TimeChart *afterChart() const { return m_after; }

Q_SIGNALS:
    void loaded();

private:
    void load();
    void query(bool after, bool series, const QDateTime &from, const QDateTime &to, int generation);
    void showSummary();

    QPointer<TenantSession> m_session;
    QString m_queueId;
    QList<ChartMarker> m_markers;
    QComboBox *m_marker;
    QComboBox *m_window;
    QLabel *m_note;
    TimeChart *m_before;
    TimeChart *m_after;
    QTableWidget *m_table;
    QHash<QString, std::optional<double>> m_summary[2];
    std::pair<QDateTime, QDateTime> m_windows[2]; // before, after
    int m_pending = 0;
    int m_generation = 0;
};

} // namespace holdline::ui
