#pragma once

#include <QCommandLineParser>
#include <QStringList>

#include <optional>

namespace holdline {

// Exit codes shared by every executable (see the README).
enum ExitCode : int {
    ExitOk = 0,
    ExitFailure = 1,
    ExitUsage = 2,
    ExitAuthentication = 3,
    ExitConflict = 4,
};

// Parses arguments with --help and --version handled uniformly. Unlike
// QCommandLineParser::process(), an unknown option or a missing value exits
// with ExitUsage (2) and a message naming the problem. Returns the exit code
// when the program should stop now, nothing when it should go on.
std::optional<int> parseCommandLine(QCommandLineParser &parser, const QStringList &arguments);

} // namespace holdline
