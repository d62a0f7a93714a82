// A stand-in for libFuzzer where it is not linked (the gcc test tree): runs
// the harness over its committed corpus, then over a bounded number of
// deterministic mutations of it (bit flips, cut, duplicated and spliced
// ranges, interesting bytes), so ctest exercises every harness under ASan
// and UBSan on every run. Coverage-guided fuzzing is the fuzz preset's job.
//   fuzz_X CORPUS_DIR [RUNS]    (RUNS: default 30000, or HOLDLINE_FUZZ_RUNS)
//   fuzz_X FILE...              replays the files (a crash found elsewhere)
#include "fuzzing.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QList>

#include <chrono>
#include <random>

namespace {
int run(const QByteArray &input)
{
    return LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(input.constData()), size_t(input.size()));
}

QByteArray mutate(const QList<QByteArray> &corpus, std::mt19937_64 &random)
{
    const auto pick = [&random](qsizetype n) { return n <= 0 ? 0 : qsizetype(random() % quint64(n)); };
    QByteArray data = corpus.at(pick(corpus.size()));
    const int steps = 1 + int(random() % 4);
    static const QByteArray interesting[] = {"0", "-1", "1e308", "1e400", "null", "true", "\"\"", "[]", "{}",
                                             "9007199254740993", "\xff", "\\u0000", "2147483648"};
    for (int step = 0; step < steps; ++step) {
        const qsizetype at = pick(data.size() + 1);
        switch (random() % 6) {
        case 0:
            if (!data.isEmpty())
                data[pick(data.size())] ^= char(1 << (random() % 8));
            break;
        case 1:
            data.remove(at, pick(16) + 1);
            break;
        case 2:
            data.insert(at, data.mid(pick(data.size()), pick(32) + 1));
            break;
        case 3:
            data.insert(at, interesting[pick(std::size(interesting))]);
            break;
        case 4: {
            const QByteArray &other = corpus.at(pick(corpus.size()));
            data = data.left(at) + other.mid(pick(other.size()));
            break;
        }
        default:
            if (!data.isEmpty())
                data[pick(data.size())] = char(random());
        }
    }
    return data;
}
} // namespace

int main(int argc, char **argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s CORPUS_DIR [RUNS] | FILE...\n", argv[0]);
        return 2;
    }
    const QFileInfo first(QString::fromLocal8Bit(argv[1]));
    if (!first.isDir()) {
        for (int i = 1; i < argc; ++i) {
            QFile file(QString::fromLocal8Bit(argv[i]));
            if (!file.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "cannot read %s\n", argv[i]);
                return 2;
            }
            run(file.readAll());
        }
        return 0;
    }
    QList<QByteArray> corpus;
    const QDir dir(first.filePath());
    for (const QFileInfo &entry : dir.entryInfoList(QDir::Files, QDir::Name)) {
        QFile file(entry.filePath());
        if (file.open(QIODevice::ReadOnly))
            corpus.append(file.readAll());
    }
    if (corpus.isEmpty()) {
        std::fprintf(stderr, "%s: the corpus is empty\n", qPrintable(dir.path()));
        return 2;
    }
    long runs = argc > 2 ? std::atol(argv[2]) : qEnvironmentVariableIntValue("HOLDLINE_FUZZ_RUNS");
    if (runs <= 0)
        runs = 30000;
    const auto start = std::chrono::steady_clock::now();
    for (const QByteArray &input : std::as_const(corpus))
        run(input);
    std::mt19937_64 random(20261206);
    for (long i = 0; i < runs; ++i)
        run(mutate(corpus, random));
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf("%s: %lld executions (%lld corpus files, %ld mutations) in %.1f s, no crash\n",
                qPrintable(QFileInfo(QString::fromLocal8Bit(argv[0])).fileName()), qint64(corpus.size()) + runs,
                qint64(corpus.size()), runs, seconds);
    return 0;
}
