#pragma once

#include "session/draftprediction.h"

#include <QGroupBox>

class QComboBox;
class QLabel;
class QTableWidget;

namespace holdline::ui {

// "Predicted impact": the deployed strategy against the draft, metric by
// metric (current | edited | Δ), then each service target of the packs in
// force as pass / fail with its margin. Erlang A figures at once, the
// simulation's with their 95 % intervals when it lands; the calibration it
// rests on in one line, and the window it comes from. Only shows what its
// DraftPrediction holds.
class PredictedImpactPanel : public QGroupBox
{
    Q_OBJECT
public:
    explicit PredictedImpactPanel(DraftPrediction *controller, QWidget *parent = nullptr);

    DraftPrediction *controller() const { return m_controller; }
    QTableWidget *table() const { return m_table; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *messageLabel() const { return m_message; }
    QLabel *calibrationLabel() const { return m_calibration; }
    QComboBox *windowBox() const { return m_window; }

private:
    void refresh();
    void showMetrics();
    void showVerdicts(int firstRow);

    DraftPrediction *m_controller;
    QLabel *m_status;
    QComboBox *m_window;
    QLabel *m_calibration;
    QLabel *m_message;
    QTableWidget *m_table;
};

} // namespace holdline::ui
