// libFuzzer target: the whole import pipeline on one file — written to disk under a name whose extension the
// first byte picks (or none: the content decides), read within a file budget, decoded, repaired, extracted,
// then stored with deduplication into an in-memory database, as `lodestone import` does for each file.
#include "db/database.h"
#include "extract/gazetteer.h"
#include "ingest/documentreader.h"
#include "ingest/importpipeline.h"
#include "service/writer.h"
#include "store/stores.h"

#include <spdlog/spdlog.h>

#include <QDir>
#include <QFile>
#include <QString>

#include <SQLiteCpp/Database.h>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <unistd.h>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace lodestone;
    static const bool quiet = [] {
        spdlog::set_level(spdlog::level::off);
        return true;
    }();
    (void)quiet;
    if (size < 1 || size > 512 * 1024)
        return 0;
    static const auto gazetteer = Gazetteer::bundled();
    static const QString dir = [] {
        const QString d = QDir::tempPath() + QStringLiteral("/lodestone-fuzz-import-%1").arg(::getpid());
        QDir().mkpath(d);
        return d;
    }();
    // A fresh database now and then, so memory stays flat over a long run.
    static int runs = 0;
    static std::unique_ptr<Database> db;
    static std::unique_ptr<Stores> stores;
    if (!db || ++runs % 500 == 0) {
        stores.reset();
        db.reset();
        Error error;
        db = Database::open(QStringLiteral(":memory:"), Database::Mode::ReadWrite, &error);
        if (!db)
            return 0;
        stores = std::make_unique<Stores>(*db);
    }
    const QStringList extensions = DocumentReader::supportedExtensions();
    const int pick = data[0] % (extensions.size() + 1);
    const QString path = dir + QStringLiteral("/input") + (pick < extensions.size() ? u'.' + extensions[pick] : QString());
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        f.write(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    }
    FileBudget budget;
    budget.milliseconds = 20'000;
    budget.pdfPages = 50;
    budget.items = 5'000;
    PreparedFile prepared = ImportPipeline::prepare(path, *gazetteer, budget);
    QList<PreparedFile> files{prepared};
    while (files.back().rest && files.size() < 8) // the parts of a long list, as the Importer reads them
        files << ImportPipeline::preparePart(files.back(), *gazetteer, budget);
    WriteContext ctx{*db, *stores, gazetteer};
    (void)ImportPipeline::storeGroup(ctx, files);
    QFile::remove(path);
    return 0;
}
