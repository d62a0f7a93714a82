#include "common/boundedfile.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>

namespace holdline {

std::optional<QByteArray> readFileCapped(const QString &path, qint64 maxBytes, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("readFileCapped", "cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QByteArray data;
    constexpr qint64 Chunk = 64 * 1024;
    while (data.size() <= maxBytes) {
        const QByteArray chunk = file.read(std::min(Chunk, maxBytes + 1 - data.size()));
        if (chunk.isEmpty())
            break;
        data += chunk;
    }
    if (file.error() != QFileDevice::NoError) {
        *error = QCoreApplication::translate("readFileCapped", "cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    if (data.size() > maxBytes) {
        *error = QCoreApplication::translate("readFileCapped", "%1 is larger than %2 KiB, more than Holdline reads "
                                                               "from a file; nothing was read from it")
                     .arg(path)
                     .arg(maxBytes / 1024);
        return std::nullopt;
    }
    return data;
}

} // namespace holdline
