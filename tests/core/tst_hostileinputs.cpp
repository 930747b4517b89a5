// Hostile and huge inputs in core (issue 14), each with a generated input of bounded size: the output guard
// (OutputFile) refuses the open database and its companions by any path; Database::check refuses foreign and
// special files without changing a byte or creating a file; what is stored is what is shown (control characters
// removed with a repair note, NULs read back); the per-file budget fails a file alone with its reason; the
// quadratic spots (STIX notes and quotes, the HTML depth guard, the date overlap check, the backward scan for an
// undated sentence's date) give the right results on inputs that used to take minutes; long lists are read in parts.
#include "db/backup.h"
#include "db/database.h"
#include "extract/dateresolver.h"
#include "extract/eventextractor.h"
#include "extract/gazetteer.h"
#include "ingest/controlchars.h"
#include "ingest/documentreader.h"
#include "ingest/filebudget.h"
#include "ingest/htmlreader.h"
#include "ingest/importpipeline.h"
#include "service/importer.h"
#include "service/writer.h"
#include "store/stores.h"
#include "util/outputfile.h"
#include "util/printable.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>
#include <SQLiteCpp/SQLiteCpp.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace lodestone;

namespace {

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QMap<QString, QByteArray> snapshot(const QString& dir)
{
    QMap<QString, QByteArray> out;
    for (const QFileInfo& e : QDir(dir).entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot)) {
        QFile f(e.absoluteFilePath());
        out.insert(e.fileName(), f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                                                              : QByteArray("?"));
    }
    return out;
}

// A PDF whose pages all draw one Flate stream of `spaces` blanks followed by a line of text (a decompression bomb
// when spaces is large: every page inflates it again).
QByteArray sharedStreamPdf(int pages, int spaces)
{
    QByteArray body(spaces, ' ');
    body += "\nBT /F1 12 Tf 72 712 Td (Rare earth prices rose on 3 May 2024.) Tj ET\n";
    const QByteArray packed = qCompress(body, 9).mid(4); // a zlib stream after Qt's 4-byte length
    QList<QByteArray> objects;
    objects << "<< /Type /Catalog /Pages 2 0 R >>";
    QByteArray kids;
    for (int i = 0; i < pages; ++i)
        kids += QByteArray::number(5 + i) + " 0 R ";
    objects << "<< /Type /Pages /Kids [" + kids + "] /Count " + QByteArray::number(pages) + " >>";
    objects << "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";
    objects << "<< /Length " + QByteArray::number(packed.size()) + " /Filter /FlateDecode >>\nstream\n" + packed + "\nendstream";
    for (int i = 0; i < pages; ++i)
        objects << "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>";
    QByteArray out = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets << out.size();
        out += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const qsizetype xref = out.size();
    out += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype o : offsets)
        out += QByteArray::number(o).rightJustified(10, '0') + " 00000 n \n";
    out += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

QByteArray stixBundle(int reports, int quotes)
{
    QJsonArray objects;
    auto base = [](const QString& type, const QString& id) {
        QJsonObject o;
        o[QStringLiteral("type")] = type;
        o[QStringLiteral("spec_version")] = QStringLiteral("2.1");
        o[QStringLiteral("id")] = id;
        o[QStringLiteral("created")] = QStringLiteral("2024-01-01T00:00:00Z");
        o[QStringLiteral("modified")] = QStringLiteral("2024-01-01T00:00:00Z");
        return o;
    };
    const QString eventId = QStringLiteral("x-lodestone-event--00000000-0000-4000-8000-00000000ffff");
    for (int i = 0; i < reports; ++i) {
        const QString id = QStringLiteral("report--%1-0000-4000-8000-000000000000").arg(i, 8, 16, QLatin1Char('0'));
        QJsonObject r = base(QStringLiteral("report"), id);
        r[QStringLiteral("name")] = QStringLiteral("Bulletin %1").arg(i);
        r[QStringLiteral("published")] = QStringLiteral("2024-01-02T00:00:00Z");
        r[QStringLiteral("description")] = QStringLiteral("Bulletin number %1 on magnet supply.").arg(i);
        r[QStringLiteral("object_refs")] = QJsonArray{i == 0 && quotes > 0 ? eventId : id};
        objects.append(r);
        QJsonObject n = base(QStringLiteral("note"), QStringLiteral("note--%1-0000-4000-8000-000000000000").arg(i, 8, 16, QLatin1Char('0')));
        n[QStringLiteral("content")] = QStringLiteral("Remark %1 belongs to bulletin %1.").arg(i);
        n[QStringLiteral("object_refs")] = QJsonArray{id};
        objects.append(n);
    }
    if (quotes > 0) {
        QJsonObject ev = base(QStringLiteral("x-lodestone-event"), eventId);
        QJsonArray evidence;
        for (int i = 0; i < quotes; ++i)
            evidence.append(QJsonObject{{QStringLiteral("quote"), QStringLiteral("Quote %1 about gallium exports.").arg(i % (quotes / 2 + 1))}});
        evidence.append(QJsonObject{{QStringLiteral("quote"), QStringLiteral("Bulletin number 0 on magnet supply.")}});
        ev[QStringLiteral("evidence")] = evidence;
        objects.append(ev);
    }
    QJsonObject bundle;
    bundle[QStringLiteral("type")] = QStringLiteral("bundle");
    bundle[QStringLiteral("id")] = QStringLiteral("bundle--00000000-0000-4000-8000-000000000000");
    bundle[QStringLiteral("objects")] = objects;
    return QJsonDocument(bundle).toJson(QJsonDocument::Compact);
}

} // namespace

class TestHostileInputs final : public QObject {
    Q_OBJECT

private slots:
    // ---- never write over what you read
    void outputGuardRefusesTheDatabaseByAnyPath()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("r.sqlite"));
        QVERIFY(writeFile(db, "stand-in"));
        QVERIFY(writeFile(db + QStringLiteral("-wal"), "wal"));
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("sub"))));
        QVERIFY(QFile::link(db, dir.filePath(QStringLiteral("sub/link"))));
        QVERIFY(QFile::link(db + QStringLiteral("-journal"), dir.filePath(QStringLiteral("dangling"))));
        QVERIFY(QFile::link(dir.path(), dir.filePath(QStringLiteral("loop"))));
        QVERIFY(::link(QFile::encodeName(db).constData(), QFile::encodeName(dir.filePath(QStringLiteral("hard"))).constData()) == 0);
        const QStringList refused = {db, db + QStringLiteral("-wal"), db + QStringLiteral("-shm"), db + QStringLiteral("-journal"),
                                     db + QStringLiteral(".lock"), db + QStringLiteral(".checked"), dir.filePath(QStringLiteral("sub/../r.sqlite")),
                                     dir.filePath(QStringLiteral("sub/link")), dir.filePath(QStringLiteral("dangling")),
                                     dir.filePath(QStringLiteral("loop/r.sqlite-wal")), dir.filePath(QStringLiteral("hard"))};
        for (const QString& out : refused) {
            const Error e = OutputFile::check(out, {db});
            QVERIFY2(e.code == ErrorCode::InvalidArgument && e.detail.contains(QLatin1String("refusing to write over")), qPrintable(out));
        }
        QVERIFY(!OutputFile::check(dir.filePath(QStringLiteral("events.csv")), {db}));
        QVERIFY(!OutputFile::check(db + QStringLiteral(".csv"), {db}));
        QCOMPARE(OutputFile::check(dir.path(), {db}).code, ErrorCode::InvalidArgument);

        // Registered by an open connection: every exporter is guarded without being told the database.
        const QString live = dir.filePath(QStringLiteral("live.sqlite"));
        {
            Error error;
            auto opened = Database::open(live, Database::Mode::ReadWrite, &error);
            QVERIFY(opened);
            const Error e = OutputFile::write(live + QStringLiteral("-wal"), "overwrite");
            QCOMPARE(e.code, ErrorCode::InvalidArgument);
            QCOMPARE(OutputFile::write(live, "overwrite").code, ErrorCode::InvalidArgument);
        }
        QVERIFY(!OutputFile::check(live + QStringLiteral("-wal"))); // closed: nothing to protect any more
    }

    void outputFileReplacesAtomically()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("e.json"));
        QVERIFY(writeFile(out, "old"));
        QVERIFY(!OutputFile::write(out, "new content"));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("new content"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1); // no temporary left behind
        // A write that cannot complete (the folder is gone) leaves nothing at all.
        QVERIFY(OutputFile::write(dir.filePath(QStringLiteral("missing/e.json")), "x"));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("missing"))));
    }

    void backupRefusesItsOwnFilesAndForeignDatabases()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("r.sqlite"));
        {
            Writer w(db, Gazetteer::bundled());
            QVERIFY(!w.start());
        }
        for (const char* suffix : {"", "-wal", "-shm", "-journal", ".lock", ".checked"})
            QCOMPARE(backupDatabase(db, db + QLatin1String(suffix)).code, ErrorCode::InvalidArgument);
        QVERIFY(!backupDatabase(db, dir.filePath(QStringLiteral("copy.sqlite"))));
        const QString foreign = dir.filePath(QStringLiteral("other.sqlite"));
        {
            SQLite::Database f(foreign.toStdString(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
            f.exec("CREATE TABLE report (body TEXT)");
        }
        QCOMPARE(backupDatabase(foreign, dir.filePath(QStringLiteral("copy2.sqlite"))).code, ErrorCode::NotADatabase);
        QVERIFY(writeFile(dir.filePath(QStringLiteral("empty.sqlite")), {}));
        QCOMPARE(backupDatabase(dir.filePath(QStringLiteral("empty.sqlite")), dir.filePath(QStringLiteral("copy3.sqlite"))).code,
                 ErrorCode::NotADatabase);
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("copy2.sqlite"))));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("copy3.sqlite"))));
    }

    // ---- refuse without touching
    void foreignDatabasesAreRefusedWithoutAnyChange_data()
    {
        QTest::addColumn<bool>("wal");
        QTest::newRow("rollback journal") << false;
        QTest::newRow("wal") << true;
    }
    void foreignDatabasesAreRefusedWithoutAnyChange()
    {
        QFETCH(bool, wal);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tool.sqlite"));
        {
            SQLite::Database f(path.toStdString(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
            if (wal)
                f.exec("PRAGMA journal_mode=WAL");
            f.exec("CREATE TABLE report (id INTEGER PRIMARY KEY, body TEXT)");
            f.exec("INSERT INTO report (body) VALUES ('numbers of another tool')");
        }
        const auto before = snapshot(dir.path());
        QCOMPARE(before.size(), 1);
        const Error checked = Database::check(path);
        QCOMPARE(checked.code, ErrorCode::NotADatabase);
        QVERIFY2(checked.detail.contains(QLatin1String("tables of another program (report)")), qPrintable(checked.detail));
        Writer writer(path, Gazetteer::bundled());
        QCOMPARE(writer.start(Writer::Access::Read).code, ErrorCode::NotADatabase);
        Writer writer2(path, Gazetteer::bundled());
        QCOMPARE(writer2.start(Writer::Access::Write).code, ErrorCode::NotADatabase);
        QCOMPARE(snapshot(dir.path()), before);
    }

    void specialFilesAreRefusedBeforeOpening()
    {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("pipe"));
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        QCOMPARE(Database::check(fifo).code, ErrorCode::NotADatabase); // would block in open() if it were opened
        QCOMPARE(Database::check(QStringLiteral("/dev/null")).code, ErrorCode::NotADatabase);
        QCOMPARE(DocumentReader::readFile(fifo).error.code, ErrorCode::Refused);
        QCOMPARE(DocumentReader::readFile(QStringLiteral("/dev/zero")).error.code, ErrorCode::Refused);
        QCOMPARE(Database::check(dir.path()).code, ErrorCode::NotADatabase);
    }

    // ---- stay inside what the user chose
    void folderWalkReportsWhatItDoesNotFollow()
    {
        QTemporaryDir dir;
        const QString in = dir.filePath(QStringLiteral("in"));
        QVERIFY(QDir().mkpath(in + QStringLiteral("/deeper")));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("outside.txt")), "Outside the folder.\n"));
        QVERIFY(writeFile(in + QStringLiteral("/a.txt"), "Inside the folder.\n"));
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("outside.txt")), in + QStringLiteral("/leak.txt")));
        QVERIFY(QFile::link(in + QStringLiteral("/a.txt"), in + QStringLiteral("/deeper/inside.txt")));
        QVERIFY(QFile::link(in + QStringLiteral("/nothing.txt"), in + QStringLiteral("/broken.txt")));
        QVERIFY(::mkfifo(QFile::encodeName(in + QStringLiteral("/pipe.txt")).constData(), 0600) == 0);
        const QByteArray latin1 = QFile::encodeName(in) + "/r\xe9sum\xe9.txt";
        FILE* f = std::fopen(latin1.constData(), "w");
        QVERIFY(f);
        std::fclose(f);
        QList<DocumentReader::RefusedFile> refused;
        const QStringList files = DocumentReader::collectFiles({in}, &refused);
        ::unlink(latin1.constData()); // QTemporaryDir cannot remove a name it cannot decode
        QCOMPARE(files, (QStringList{in + QStringLiteral("/a.txt"), in + QStringLiteral("/deeper/inside.txt")}));
        QStringList why;
        for (const DocumentReader::RefusedFile& r : refused)
            why << QFileInfo(r.path).fileName() + QStringLiteral(": ") + errorCodeKey(r.error.code);
        why.sort();
        QCOMPARE(why, (QStringList{QStringLiteral("broken.txt: not-found"), QStringLiteral("leak.txt: refused"),
                                   QStringLiteral("pipe.txt: refused"), QStringLiteral("r\uFFFDsum\uFFFD.txt: refused")}));
    }

    void printableEscapesControlCharacters()
    {
        QCOMPARE(printableLine(QStringLiteral("a\x1b[31mb\nc\td\x7f")), QStringLiteral("a\\e[31mb\\nc\\td\\x7f"));
        QCOMPARE(printableText(QStringLiteral("line one\nline\ttwo\x07")), QStringLiteral("line one\nline\ttwo\\x07"));
        QCOMPARE(printableLine(QStringLiteral("evil\u202Etxt.exe")), QStringLiteral("evil\\u202etxt.exe"));
        QCOMPARE(printableLine(QStringLiteral("稀土 report.txt")), QStringLiteral("稀土 report.txt"));
    }

    // ---- what is stored is what is shown
    void controlCharactersAreRemovedWithARepairNote()
    {
        QByteArray bytes;
        while (bytes.size() < 9000)
            bytes += "Baogang Group raised its prices on 1 May 2024. ";
        bytes += QByteArray("\0", 1) + "Hidden after a NUL: China Northern Rare Earth cut prices on 3 May 2024.\x1b[2J\x07\n";
        const ReadResult r = DocumentReader::readBytes(bytes, QStringLiteral("late-nul.txt"));
        QVERIFY2(!r.error, qPrintable(r.error.detail));
        const ParsedDocument& d = r.documents.first();
        QVERIFY(d.text.contains(QLatin1String("Hidden after a NUL: China Northern")));
        for (QChar c : d.text)
            QVERIFY(c.unicode() >= 0x20 || c == u'\n' || c == u'\t' || c == u'\r');
        QVERIFY(!d.text.contains(QLatin1String("[2J")));
        QVERIFY2(d.repairs.join(u';').contains(QLatin1String("control-characters: 6 removed (1 NUL)")), qPrintable(d.repairs.join(u';')));

        // In the first 8 KB a NUL still means a binary file; so do control characters all through a file.
        QCOMPARE(DocumentReader::readBytes(QByteArray("Head\0er", 7), QStringLiteral("a.txt")).error.code, ErrorCode::BinaryInput);
        QByteArray noisy = QByteArray(9000, 'a');
        for (int i = 0; i < 2000; ++i)
            noisy += "\x01\x02 ";
        QCOMPARE(DocumentReader::readBytes(noisy, QStringLiteral("b.txt")).error.code, ErrorCode::BinaryInput);

        // JSON escapes reach the text without passing the byte check: removed as well.
        const ReadResult json = DocumentReader::readBytes("[{\"title\":\"T\\u0000itle\",\"text\":\"Before\\u0000after \\u001b[31mred\"}]",
                                                          QStringLiteral("list.json"));
        QVERIFY(!json.error);
        QCOMPARE(json.documents.first().text, QStringLiteral("Beforeafter red"));
        QCOMPARE(json.documents.first().title, QStringLiteral("Title"));
    }

    void textIsReadBackWithItsStoredLength()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("db.sqlite"));
        Writer writer(path, Gazetteer::bundled());
        QVERIFY(!writer.start());
        // Another program (or an older Lodestone) stored text with a NUL in it.
        const std::optional<Report> got = writer.submit([](WriteContext& ctx) {
            ParsedDocument doc;
            doc.title = QStringLiteral("With a NUL");
            doc.text = QStringLiteral("visible part");
            const qint64 id = ctx.stores.reports.insert(doc, QStringLiteral("hash-nul"), QDateTime::currentDateTimeUtc());
            SQLite::Statement st(ctx.db.sql(), "UPDATE report SET text = ? WHERE id = ?");
            const std::string raw("visible part\0hidden part", 24);
            st.bind(1, raw);
            st.bind(2, static_cast<int64_t>(id));
            st.exec();
            return ctx.stores.reports.get(id);
        }).result();
        QVERIFY(got);
        QCOMPARE(got->doc.text.size(), 24);
        QVERIFY(got->doc.text.endsWith(QLatin1String("hidden part")));
    }

    // ---- bounded work per file
    void pdfOverItsBudgetFailsAlone()
    {
        QTemporaryDir dir;
        const QString bomb = dir.filePath(QStringLiteral("bomb.pdf"));
        QVERIFY(writeFile(bomb, sharedStreamPdf(40, 2 * 1024 * 1024)));
        FileBudget pages;
        pages.pdfPages = 30;
        const PreparedFile tooManyPages = ImportPipeline::prepare(bomb, *Gazetteer::bundled(), pages);
        QCOMPARE(tooManyPages.error.code, ErrorCode::OverBudget);
        QVERIFY2(tooManyPages.error.detail.contains(QLatin1String("40 pages, limit 30")) && tooManyPages.error.detail.contains(bomb),
                 qPrintable(tooManyPages.error.detail));
        FileBudget time;
        time.milliseconds = -1; // already over: the first check between pages stops it
        const PreparedFile late = ImportPipeline::prepare(bomb, *Gazetteer::bundled(), time);
        QCOMPARE(late.error.code, ErrorCode::OverBudget);
        QVERIFY2(late.error.detail.contains(QLatin1String("stopped at page 1 of 40")), qPrintable(late.error.detail));
        FileBudget text;
        text.textChars = 100;
        const PreparedFile long_ = ImportPipeline::prepare(bomb, *Gazetteer::bundled(), text);
        QCOMPARE(long_.error.code, ErrorCode::OverBudget);
        QVERIFY(!ImportPipeline::prepare(bomb, *Gazetteer::bundled()).error); // within the defaults it reads
    }

    // A slow file must not hold back what is ready: with the slow file first in the batch, the others are stored
    // and reported before it fails over its time.
    void aSlowFileHoldsNothingBack()
    {
        QTemporaryDir dir;
        const QString bomb = dir.filePath(QStringLiteral("a-bomb.pdf"));
        QVERIFY(writeFile(bomb, sharedStreamPdf(400, 8 * 1024 * 1024)));
        QStringList files{bomb};
        for (int i = 0; i < 3; ++i) {
            const QString f = dir.filePath(QStringLiteral("n%1.txt").arg(i));
            QVERIFY(writeFile(f, QStringLiteral("Baogang Group signed agreement number %1 with China Mobile on 12 March 2024.\n").arg(i).toUtf8()));
            files << f;
        }
        auto gazetteer = Gazetteer::bundled();
        Writer writer(dir.filePath(QStringLiteral("db.sqlite")), gazetteer);
        QVERIFY(!writer.start());
        Importer importer(writer, gazetteer);
        FileBudget budget;
        budget.milliseconds = Importer::kSlowFileMs + 1500; // the bomb is still being read when the wait runs out
        importer.setBudget(budget);
        QStringList order;
        const ImportSummary s = importer.run(files, {}, {}, [&](const ImportFileResult& r) { order << QFileInfo(r.file).fileName(); });
        QCOMPARE(order, (QStringList{QStringLiteral("n0.txt"), QStringLiteral("n1.txt"), QStringLiteral("n2.txt"), QStringLiteral("a-bomb.pdf")}));
        QCOMPARE(s.imported, 3);
        QCOMPARE(s.failed, 1);
        QCOMPARE(s.results.last().error.code, ErrorCode::OverBudget);
    }

    void listsOverTheirItemBudgetFail()
    {
        FileBudget budget;
        budget.items = 50;
        const FileBudgetScope scope(budget);
        QByteArray csv = "title,text\n";
        for (int i = 0; i < 51; ++i)
            csv += "T" + QByteArray::number(i) + ",Some text\n";
        QCOMPARE(DocumentReader::readBytes(csv, QStringLiteral("l.csv")).error.code, ErrorCode::OverBudget);
        QCOMPARE(DocumentReader::readBytes(stixBundle(26, 0), QStringLiteral("b.json")).error.code, ErrorCode::OverBudget);
        FileBudgetScope text(FileBudget{60000, 1000, 10, 10});
        const QByteArray big = "[{\"title\":\"Big\",\"text\":\"" + QByteArray(1001, 'x') + "\"}]";
        const ReadResult r = DocumentReader::readBytes(big, QStringLiteral("big.json"));
        QCOMPARE(r.error.code, ErrorCode::OverBudget);
        QVERIFY2(r.error.detail.contains(QLatin1String("1001 characters, limit 1000")), qPrintable(r.error.detail));
    }

    // A long list is read, prepared and stored a part at a time; the file's result adds up its parts.
    void longListsAreImportedInParts()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("rows.csv"));
        QByteArray rows = "title,text\n\n";
        const int n = 2 * int(ListStream::kPartItems) + 345;
        for (int i = 0; i < n; ++i)
            rows += "Row " + QByteArray::number(i) + ",\"Text of row " + QByteArray::number(i) + ",\nsecond line\"\n";
        QVERIFY(writeFile(csv, rows));
        const PreparedFile first = ImportPipeline::prepare(csv, *Gazetteer::bundled());
        QVERIFY(!first.error);
        QCOMPARE(first.reports.size(), ListStream::kPartItems);
        QVERIFY(first.rest);
        QCOMPARE(first.rest->size(), n);
        const ReadResult all = DocumentReader::readFile(csv);
        QCOMPARE(all.documents.size(), n);
        QCOMPARE(all.documents.last().sourcePath, csv + QStringLiteral("#item %1").arg(n));
        QCOMPARE(all.documents.last().text, QStringLiteral("Text of row %1,\nsecond line").arg(n - 1));

        auto gazetteer = Gazetteer::bundled();
        Writer writer(dir.filePath(QStringLiteral("db.sqlite")), gazetteer);
        QVERIFY(!writer.start());
        const QString small = dir.filePath(QStringLiteral("z.txt"));
        QVERIFY(writeFile(small, "Baogang Group opened a plant on 3 May 2024.\n"));
        const ImportSummary s = Importer(writer, gazetteer).run({csv, small});
        QCOMPARE(s.results.size(), 2);
        QCOMPARE(s.results[0].status, ImportStatus::Imported);
        QCOMPARE(s.results[0].reportIds.size(), n);
        QCOMPARE(s.results[1].status, ImportStatus::Imported);
        const ImportSummary again = Importer(writer, gazetteer).run({csv});
        QCOMPARE(again.results[0].status, ImportStatus::Duplicate);
        QCOMPARE(again.results[0].duplicates, n);
    }

    // The quadratic spots, on inputs that used to take minutes, give the right answers (and come back).
    void stixNotesAndQuotesScaleWithTheBundle()
    {
        const ReadResult r = DocumentReader::readBytes(stixBundle(3000, 0), QStringLiteral("bundle.json"));
        QVERIFY2(!r.error, qPrintable(r.error.detail));
        QCOMPARE(r.documents.size(), 3000);
        QVERIFY(r.documents[1234].text.contains(QLatin1String("Remark 1234 belongs to bulletin 1234.")));
        QVERIFY(!r.documents[1234].text.contains(QLatin1String("Remark 1235")));
        const ReadResult q = DocumentReader::readBytes(stixBundle(1, 20000), QStringLiteral("quotes.json"));
        QVERIFY2(!q.error, qPrintable(q.error.detail));
        const QString& text = q.documents.first().text;
        QCOMPARE(text.count(QLatin1String("Quote 17 about gallium exports.")), 1);   // once, though listed twice
        QCOMPARE(text.count(QLatin1String("Bulletin number 0 on magnet supply.")), 1); // already in the description
    }

    void selfClosingDivsDoNotHideDepth()
    {
        QByteArray html = "<body><script>var secret = 1;</script><p>Gallium &amp; germanium export controls began on 1 August 2023.</p>";
        for (int i = 0; i < 20000; ++i)
            html += "<div/>";
        html += "<style>.x{}</style>Tail text &lt;kept&gt;.";
        const ReadResult r = DocumentReader::readBytes(html, QStringLiteral("deep.html"));
        QVERIFY2(!r.error, qPrintable(r.error.detail));
        const QString& text = r.documents.first().text;
        QVERIFY2(text.contains(QLatin1String("Gallium & germanium export controls")), qPrintable(text.left(300)));
        QVERIFY(text.contains(QLatin1String("Tail text <kept>.")));
        QVERIFY(!text.contains(QLatin1String("secret")));
        QVERIFY(!text.contains(QLatin1String(".x{}")));
    }

    void markdownDropsScriptsAndDecodesReferences()
    {
        const ReadResult r = DocumentReader::readBytes("# Title &amp; more\n\n<script>\nalert('x');\n</script>\n\n"
                                                       "<style>p{}</style>Baogang &amp; China Mobile signed on 1 May 2024.\n",
                                                       QStringLiteral("a.md"));
        QVERIFY(!r.error);
        QCOMPARE(r.documents.first().title, QStringLiteral("Title & more"));
        QVERIFY2(!r.documents.first().text.contains(QLatin1String("alert")), qPrintable(r.documents.first().text));
        QVERIFY(!r.documents.first().text.contains(QLatin1String("p{}")));
        QVERIFY(r.documents.first().text.contains(QLatin1String("Baogang & China Mobile signed")));
    }

    void manyDatesAreFoundOnce()
    {
        QString text;
        for (int i = 0; i < 20000; ++i)
            text += QStringLiteral("On %1 March 2024 and 2024-03-%2, ").arg(i % 28 + 1).arg(i % 28 + 1, 2, 10, QLatin1Char('0'));
        const QList<DateMention> found = DateResolver::find(text, QDate(2025, 1, 1));
        QCOMPARE(found.size(), 40000);
        for (qsizetype i = 1; i < found.size(); ++i)
            QVERIFY(found[i].start >= found[i - 1].end); // sorted and not overlapping
    }

    // Thousands of dated sentences of one kind, a line each (a list pasted as text): each event is compared with the
    // events of its date and of nearby sentences only, and a repeated line is looked for only near the top (was
    // quadratic: a 2 MB file went over its 60 s budget). Prepared within the default budget, every line an event.
    void aLongReportOfDatedSentencesIsPrepared()
    {
        QTemporaryDir dir;
        QString text = QStringLiteral("Controls, one line each\n\n");
        for (int i = 0; i < 6000; ++i)
            text += QStringLiteral("On %1 March %2 the Ministry of Commerce issued export controls on gallium.\n")
                        .arg(i % 28 + 1)
                        .arg(1990 + i % 30);
        const QString path = dir.filePath(QStringLiteral("dense.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text.toUtf8());
        f.close();
        const PreparedFile prepared = ImportPipeline::prepare(path, *Gazetteer::bundled());
        QVERIFY2(!prepared.error, qPrintable(prepared.error.detail));
        QCOMPARE(prepared.reports.size(), 1);
        // 420 distinct (day, year) pairs: each is an event of its own (the repeats join them)
        QVERIFY2(prepared.reports.first().events.size() >= 400, qPrintable(QString::number(prepared.reports.first().events.size())));
    }

    void undatedSentencesTakeTheParagraphDate()
    {
        auto gazetteer = Gazetteer::bundled();
        QString text = QStringLiteral("On 3 May 2024 Baogang Group raised its rare earth prices.");
        for (int i = 0; i < 3000; ++i)
            text += QStringLiteral(" Baogang Group raised its rare earth prices again.");
        const QList<ExtractedEvent> events = EventExtractor::extract(text, QDate(2025, 1, 1), *gazetteer, QStringLiteral("en"));
        QVERIFY(!events.isEmpty());
        for (const ExtractedEvent& e : events)
            QCOMPARE(e.date.start, QDate(2024, 5, 3));
    }

    // One sentence naming its subject thousands of times (a one-line page): the title is built from it once.
    void aSentenceNamingItsSubjectThousandsOfTimes()
    {
        auto gazetteer = Gazetteer::bundled();
        QString text = QStringLiteral("On 3 May 2024 Baogang Group raised prices");
        for (int i = 0; i < 8000; ++i)
            text += QStringLiteral(" with Baogang Group");
        text += u'.';
        const QList<ExtractedEvent> events = EventExtractor::extract(text, QDate(2025, 1, 1), *gazetteer, QStringLiteral("en"));
        QCOMPARE(events.size(), 1);
        QVERIFY2(events.first().title.startsWith(QLatin1String("Baogang Group raises")), qPrintable(events.first().title));
        QVERIFY(events.first().title.size() < 200);
    }

    // A report of thousands of dated sentences: every one its own event, stored without comparing each with all.
    void aReportOfThousandsOfDatedEvents()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("dated.txt"));
        QString text = QStringLiteral("Price notes\n\n");
        const QDate first(1990, 1, 1);
        const int n = 3000;
        for (int i = 0; i < n; ++i)
            text += QStringLiteral("Baogang Group raised its rare earth prices on %1. ").arg(QLocale::c().toString(first.addDays(i), QStringLiteral("d MMMM yyyy")));
        QVERIFY(writeFile(file, text.toUtf8()));
        auto gazetteer = Gazetteer::bundled();
        Writer writer(dir.filePath(QStringLiteral("db.sqlite")), gazetteer);
        QVERIFY(!writer.start());
        const ImportSummary s = Importer(writer, gazetteer).run({file});
        QCOMPARE(s.imported, 1);
        QCOMPARE(s.results.first().events, n);
    }
};

QTEST_GUILESS_MAIN(TestHostileInputs)
#include "tst_hostileinputs.moc"
