// The editor's "Predicted impact" as the user types: from a keystroke in a
// field to the panel showing the new Erlang A figures (strategyErlang for
// current and edited, the verdicts, the table), synchronously on the UI
// thread; and strategyErlang alone for a few queue sizes. The simulation is
// held off (it runs on a worker thread and is measured by bench_predict).
// Prints figures; asserts nothing.
#include "session/draftprediction.h"
#include "ui/editor/predictedimpactpanel.h"
#include "ui/editor/strategydraft.h"
#include "ui/editor/strategyeditor.h"

#include "model/policyregistry.h"
#include "model/strategyvalidator.h"
#include "predict/strategyerlang.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSpinBox>

#include <algorithm>
#include <cstdio>

using namespace holdline;
using namespace holdline::ui;
using namespace Qt::StringLiterals;

namespace {

predict::Calibration flat(double arrivalsPerHour, double agents, double aht, double patience)
{
    predict::Calibration c;
    c.arrivalsPerHour = arrivalsPerHour;
    c.agents = agents;
    c.handleSeconds = aht;
    c.patienceSeconds = patience;
    c.offered = 1000;
    c.abandoned = 50;
    c.confidence = predict::Calibration::Confidence::Good;
    return c;
}

// A day's shape: quiet nights, a morning and an afternoon peak.
predict::Calibration timeOfDay(double peakPerHour, int peakAgents)
{
    predict::Calibration c = flat(peakPerHour / 2, peakAgents / 2.0, 240, 180);
    c.slotArrivalsPerHour.resize(48);
    c.slotAgents.resize(48);
    for (std::size_t s = 0; s < 48; ++s) {
        const double hour = double(s) / 2;
        const double shape = hour < 7 || hour >= 21 ? 0.1 : (hour < 12 || hour >= 14) ? 1.0 : 0.7;
        c.slotArrivalsPerHour[s] = peakPerHour * shape;
        c.slotAgents[s] = std::max(1, int(peakAgents * shape));
    }
    return c;
}

struct Figures
{
    double median = 0, p99 = 0, max = 0;
};

Figures figuresOf(QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    return {ms.at(ms.size() / 2), ms.at(qsizetype(double(ms.size() - 1) * 0.99)), ms.last()};
}

void printRow(const char *what, const Figures &f)
{
    std::printf("%-58s median %7.3f ms  p99 %7.3f ms  max %7.3f ms\n", what, f.median, f.p99, f.max);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const PolicyRegistry registry = PolicyRegistry::withBuiltInPacks();
    PolicySelection selection;
    selection.select(u"us-md-comar-20-50-12-08"_s); // two service targets to judge as well
    const StrategyValidator validator(registry, selection, TenantLimits{100, 3600});

    struct Case
    {
        const char *name;
        predict::Calibration calibration;
    };
    const QList<Case> cases = {
        {"14 agents, 300 calls/h (the literature queue)", flat(300, 14, 160, 200)},
        {"day profile, 48 half-hours, peak 60 agents", timeOfDay(900, 60)},
        {"1,400 agents, 36,000 calls/h", flat(36'000, 1400, 150, 180)},
    };
    constexpr int keystrokes = 200;

    std::printf("strategyErlang alone (current or edited, both service targets):\n");
    for (const Case &c : cases) {
        QList<double> ms;
        for (int i = 0; i < keystrokes; ++i) {
            const WaitStrategy s{1 + i % 20, true, 1 + i % 5, 60 + i % 3 * 30, 120 + i % 4 * 60};
            QElapsedTimer t;
            t.start();
            const predict::StrategyErlangResult r = predict::strategyErlang(c.calibration, s, {30});
            ms.append(double(t.nsecsElapsed()) / 1e6);
            if (r.values.empty())
                return 1;
        }
        printRow(c.name, figuresOf(ms));
    }

    std::printf("\nkeystroke -> panel updated (edit, both strategies, verdicts, table):\n");
    for (const Case &c : cases) {
        StrategyDraft draft(u"q-bench"_s, u"Bench"_s, WaitStrategy{10, true, 5, 120, 180}, 1, &validator);
        StrategyEditor editor;
        editor.prediction()->setSimulationDelay(24 * 3600 * 1000); // held off: the UI thread's share only
        editor.prediction()->setPolicies(&registry, &validator);
        editor.setDraft(&draft);
        editor.resize(700, 900);
        editor.show();
        editor.prediction()->setCalibration(c.calibration);
        QSpinBox *spin = editor.spinBox(WaitStrategyField::PositionThreshold);
        QList<double> ms;
        for (int i = 0; i < keystrokes; ++i) {
            QElapsedTimer t;
            t.start();
            spin->setValue(5 + i % 20); // what a typed digit does: valueChanged -> draft -> panel
            ms.append(double(t.nsecsElapsed()) / 1e6);
            QCoreApplication::processEvents();
        }
        printRow(c.name, figuresOf(ms));
    }
    return 0;
}
