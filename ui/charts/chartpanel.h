#pragma once

#include "ui/charts/chartbuildjob.h"
#include "ui/charts/chartdata.h"

#include "session/tenantsession.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QButtonGroup;
class QLabel;
class QPushButton;


namespace holdline::ui {

class TimeChart;

// The metrics of the selected queue over 1 h / 24 h / 7 d, with its deploys
// and rollbacks marked, a before/after view and PNG/CSV export. Data comes
// from the analytics client; the lines are built and downsampled to the plot's
// width on a worker thread, and each chart takes its lines in a turn of its own.
class ChartPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ChartPanel(QWidget *parent = nullptr);

    void setSession(TenantSession *session);
    void setQueue(const QString &queueId, const QString &name);
    void setRange(ChartRange::Kind range);
    ChartRange::Kind range() const { return m_range; }

    void refresh();          // the series and the markers
    void refreshMarkers();
    // Shows these records over [from, to] (also used by the benchmark).
    void setRecords(QList<api::MetricsRecord> records, const QDateTime &from, const QDateTime &to);
    void setMarkers(const QList<ChartMarker> &markers);

    QLabel *titleLabel() const { return m_title; }
    bool exportPng(const QString &path);
    bool exportCsv(const QString &path) const;

    TimeChart *rateChart() const { return m_rates; }
    TimeChart *callbackChart() const { return m_callbacks; }
    int markerCount() const;
    const QList<ChartMarker> &markers() const { return m_markers; }
    const QList<api::MetricsRecord> &records() const { return m_records; }
    QLabel *hoverLabel() const { return m_hover; }
    QPushButton *beforeAfterButton() const { return m_beforeAfter; }
    bool isBuilding() const { return m_building; }

public Q_SLOTS:
    void showBeforeAfter();

Q_SIGNALS:
    void loaded();
    void markersChanged();
    void error(const QString &message);
    // An export was written: for the supervisor, saying where.
    void saved(const QString &message);

private:
    void build();
    void apply(const ChartLines &lines);
    void applyStep(int generation, QList<std::function<void()>> steps);
    void resampleIfWider();
    void updateTitle();

    QPointer<TenantSession> m_session;
    QString m_queueId;
    QString m_queueName;
    ChartRange::Kind m_range = ChartRange::LastDay;
    QList<api::MetricsRecord> m_records;
    QList<ChartMarker> m_markers;
    QDateTime m_from;
    QDateTime m_to;
    ChartBuildJob *m_job;
    int m_columns = 0;      // what the lines shown were downsampled to
    int m_generation = 0;   // of the lines being applied
    bool m_building = false;
    bool m_loading = false;
    bool m_noContacts = false; // the range's records hold no contact at all
    QLabel *m_title;
    QLabel *m_hover;
    QButtonGroup *m_ranges;
    QPushButton *m_beforeAfter;
    TimeChart *m_rates;
    TimeChart *m_callbacks;
    QWidget *m_charts;
};

} // namespace holdline::ui
