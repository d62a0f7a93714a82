#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace holdline {

// Reads a whole file, refusing one larger than maxBytes with a clear error.
// It reads in chunks and stops one byte past the cap, so a device with no end
// (/dev/zero, a pipe that never closes) or a huge file costs at most the cap.
std::optional<QByteArray> readFileCapped(const QString &path, qint64 maxBytes, QString *error);

// 4 MiB: a strategy file for ten thousand queues or a policy pack is far less.
inline constexpr qint64 MaxInputFileBytes = 4 * 1024 * 1024;

} // namespace holdline
