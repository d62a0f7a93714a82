#pragma once

// For the widget tests that run the whole main window on the in-process
// sandbox tenant: a private, empty settings store, the window opened on the
// Sandbox profile, and a deploy confirmed from the editor.
#include "sandboxstart.h"
#include "ui/connection/sessioncontroller.h"
#include "ui/deploy/deploydialog.h"
#include "ui/editor/strategyeditor.h"
#include "ui/mainwindow.h"
#include "ui/queues/queuetablemodel.h"

#include <QCheckBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

#include <memory>

namespace holdline::ui::testing {

// Settings under a test-only location and name, emptied.
inline void isolateSettings(const QString &applicationName)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("HoldlineTest"));
    QCoreApplication::setApplicationName(applicationName);
    QSettings().clear();
}

// The main window on the Sandbox profile with these options, once every queue
// is listed; null (with the failure recorded) otherwise.
// The sandbox starts at the pinned instant unless the options name another.
inline std::unique_ptr<MainWindow> openOnSandbox(const QString &historyPath, sandbox::SandboxOptions options)
{
    if (!options.simulatedStart.isValid())
        options.simulatedStart = holdline::testsandbox::pinnedSandboxStart();
    auto window = std::make_unique<MainWindow>();
    window->sessions()->setHistoryDatabasePath(historyPath);
    window->sessions()->setSandboxOptions(options);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    window->start();
    [&] { QTRY_COMPARE_WITH_TIMEOUT(window->queueModel()->rowCount(), options.queueCount, 90'000); }();
    return QTest::currentTestFailed() ? nullptr : std::move(window);
}

// Deploy in the editor, confirmed (warnings acknowledged), run to its outcome.
// Check QTest::currentTestFailed() after it.
inline void deployFromEditor(MainWindow &window, deploy::DeployOutcome &outcome)
{
    StrategyEditor *editor = window.editor();
    QTRY_VERIFY(editor->deployButton()->isEnabled());
    QTest::mouseClick(editor->deployButton(), Qt::LeftButton);
    DeployDialog *confirm = nullptr;
    QTRY_VERIFY((confirm = window.findChild<DeployDialog *>()) && confirm->isVisible());
    if (confirm->acknowledgeWarnings()->isVisible())
        confirm->acknowledgeWarnings()->setChecked(true);
    QTest::mouseClick(confirm->confirmButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(confirm->isFinished(), 30'000);
    outcome = confirm->outcome();
    confirm->reject();
}

} // namespace holdline::ui::testing
