#pragma once

#include "ui/queues/queuerow.h"

#include "deploy/bulkdeployment.h"
#include "deploy/deploytypes.h"
#include "predict/calibration.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace holdline {
class StrategyValidator;
}
namespace holdline::api {
class TenantAnalytics;
}
namespace holdline::deploy {
class DeploymentEngine;
}

namespace holdline::ui {

// Applies chosen strategy fields to many queues: a preview of what each queue
// would get (and which a rule blocks), then each queue's progress and outcome,
// with cancel. The run itself is core's BulkDeployment.
class BulkDialog : public QDialog
{
    Q_OBJECT
public:
    BulkDialog(deploy::DeploymentEngine *engine, const StrategyValidator *validator, QDate asOf,
               QList<QueueRow> queues, const WaitStrategy &initial, QWidget *parent = nullptr);

    // Calibrates every queue from its last day of metrics, so that each row
    // shows the predicted effect of its change (Erlang A, at once on each edit).
    void predictWith(api::TenantAnalytics *analytics);

    enum Column { QueueColumn, ChangeColumn, PredictedColumn, OutcomeColumn, ColumnCount };
    QPushButton *startButton() const { return m_start; }
    QTableWidget *table() const { return m_table; }
    bool isRunning() const { return m_bulk && !m_finished; }
    bool isFinished() const { return m_finished; }
    QList<FieldAssignment> assignments() const;

    // While the job runs: cancel it (effective until the write is sent); after: close.
    void reject() override;

Q_SIGNALS:
    void queueDeployed(const holdline::deploy::DeployOutcome &outcome);
    void finishedRun();


private:
    QWidget *buildForm(const WaitStrategy &initial);
    void preview();
    void review();
    void back();
    void start();
    QString outcomeSummary() const;
    QString predictedText(const QueueRow &queue, const WaitStrategy &target) const;
    void setRowStatus(int row, const QString &text, const QString &detail = {});

    deploy::DeploymentEngine *m_engine;
    const StrategyValidator *m_validator;
    QDate m_asOf;
    QList<QueueRow> m_queues;
    QHash<WaitStrategyField, QCheckBox *> m_use;
    QHash<WaitStrategyField, QSpinBox *> m_spins;
    QCheckBox *m_callback = nullptr;
    QWidget *m_form = nullptr;
    QLabel *m_summary;
    QTableWidget *m_table;
    QProgressBar *m_progress;
    QDialogButtonBox *m_buttons;
    QPushButton *m_start;
    QPushButton *m_back;
    bool m_reviewing = false;
    QHash<QString, predict::Calibration> m_calibrations; // by queue id, once fetched
    QString m_predictionNote; // why there is no prediction, while there is none
    int m_changing = 0; // queues the set fields would change
    QPointer<deploy::BulkDeployment> m_bulk;
    bool m_finished = false;
};

} // namespace holdline::ui
