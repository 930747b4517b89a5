// Replays the fuzz targets' kept findings without libFuzzer: every file under tests/fuzz/regressions/<target>/
// goes through that target's LLVMFuzzerTestOneInput (each target compiled in under its own name). Built with the
// normal compiler and run by ctest (fuzz_regressions), so an input that once crashed or hung stays fixed.
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>

#include <cstdint>
#include <cstdio>
#include <map>
#include <string>

extern "C" int fuzzOne_text(const uint8_t*, size_t);
extern "C" int fuzzOne_html(const uint8_t*, size_t);
extern "C" int fuzzOne_feed(const uint8_t*, size_t);
extern "C" int fuzzOne_pdf(const uint8_t*, size_t);
extern "C" int fuzzOne_list(const uint8_t*, size_t);
extern "C" int fuzzOne_decode(const uint8_t*, size_t);
extern "C" int fuzzOne_date(const uint8_t*, size_t);
extern "C" int fuzzOne_extract(const uint8_t*, size_t);
extern "C" int fuzzOne_import(const uint8_t*, size_t);

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    using Fn = int (*)(const uint8_t*, size_t);
    const std::map<std::string, Fn> targets = {
        {"fuzz_text", fuzzOne_text},       {"fuzz_html", fuzzOne_html},   {"fuzz_feed", fuzzOne_feed},
        {"fuzz_pdf", fuzzOne_pdf},         {"fuzz_list", fuzzOne_list},   {"fuzz_decode", fuzzOne_decode},
        {"fuzz_date", fuzzOne_date},       {"fuzz_extract", fuzzOne_extract}, {"fuzz_import", fuzzOne_import}};
    const QString root = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(LODESTONE_FUZZ_REGRESSIONS);
    int replayed = 0;
    for (const auto& [name, fn] : targets) {
        QDirIterator it(root + u'/' + QString::fromStdString(name), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            QFile f(file);
            if (!f.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "cannot read %s\n", qPrintable(file));
                return 1;
            }
            const QByteArray bytes = f.readAll();
            QElapsedTimer t;
            t.start();
            fn(reinterpret_cast<const uint8_t*>(bytes.constData()), size_t(bytes.size()));
            std::printf("%s %s: %lld ms\n", name.c_str(), qPrintable(QFileInfo(file).fileName()), t.elapsed());
            ++replayed;
        }
    }
    std::printf("%d inputs replayed\n", replayed);
    return 0;
}
