#pragma once

#include <QObject>

namespace holdline {

// Turns SIGINT and SIGTERM into a Qt signal (self-pipe: the handler only
// writes a byte; the event loop does the rest), so a long-running command
// can stop cleanly. One per process.
class SignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

    bool isInstalled() const { return m_installed; }

Q_SIGNALS:
    void signalled(int signalNumber);

private:
    bool m_installed = false;
};

} // namespace holdline
