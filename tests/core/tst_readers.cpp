// Tests the readers through DocumentReader: each format, the error cases, and the six shared real feeds.
#include "ingest/datetextparser.h"
#include "ingest/documentreader.h"
#include "ingest/feedreader.h"
#include "ingest/listreader.h"
#include "ingest/textreader.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace lodestone;

namespace {

QString dataPath(const QString& name) { return QStringLiteral(LODESTONE_TEST_DATA_DIR "/ingest/") + name; }

bool hasCjk(const QString& s)
{
    for (QChar c : s)
        if (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF)
            return true;
    return false;
}

} // namespace

class TestReaders final : public QObject {
    Q_OBJECT
private slots:
    void singleDocuments_data();
    void singleDocuments();
    void htmlDropsBoilerplate();
    void textHighlightsTitle();
    void markdownStripped();
    void rssItems();
    void atomEntries();
    void csvQuotedMultiline();
    void jsonList();
    void pdfDocument();
    void errors_data();
    void errors();
    void tooLargeFile();
    void pathologicalHtmlIsBounded();
    void shortenTitle_data();
    void shortenTitle();
    void copyright_data();
    void copyright();
    void collectFiles();
    void dates_data();
    void dates();
    void sharedFeeds_data();
    void sharedFeeds();
    void seedText();
};

void TestReaders::singleDocuments_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("publisher");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QDate>("published");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("encoding");
    QTest::newRow("html og") << "article.html" << "html" << "Smelter in Baotou doubles neodymium output" << "Example Minerals Review"
                             << "https://news.example.org/2024/smelter-doubles-output" << QDate(2024, 3, 14) << "en" << "UTF-8";
    QTest::newRow("html jsonld") << "article-jsonld.html" << "html" << "Title element wins here" << "" << "" << QDate(2023, 11, 2) << "en" << "UTF-8";
    QTest::newRow("markdown front matter") << "article.md" << "markdown" << "Quota rules tightened for separation plants"
                                           << "Example Policy Digest" << "https://example.net/quota-rules" << QDate(2024, 5, 20) << "en" << "UTF-8";
    QTest::newRow("markdown heading") << "noheading.md" << "markdown" << "Plain Markdown title" << "" << "" << QDate() << "en" << "UTF-8";
    QTest::newRow("gbk text") << "gbk.txt" << "text" << "稀土产业发展报告" << "" << "" << QDate() << "zh" << "GB18030";
    QTest::newRow("big5 text") << "big5.txt" << "text" << "稀土產業觀察" << "" << "" << QDate() << "zh" << "Big5";
    QTest::newRow("utf16 text") << "utf16.txt" << "text" << "UTF-16 title line" << "" << "" << QDate() << "en" << "UTF-16LE";
    QTest::newRow("titled text") << "titled.txt" << "text" << "Magnet exports rise in March" << "Example Trade Letter" << "" << QDate() << "en" << "UTF-8";
    QTest::newRow("gb2312 html") << "declared-gb2312.html" << "html" << "稀土新闻" << "" << "" << QDate() << "zh" << "GB18030";
}

void TestReaders::singleDocuments()
{
    QFETCH(QString, file);
    QFETCH(QString, format);
    QFETCH(QString, title);
    QFETCH(QString, publisher);
    QFETCH(QString, url);
    QFETCH(QDate, published);
    QFETCH(QString, language);
    QFETCH(QString, encoding);
    const ReadResult r = DocumentReader::readFile(dataPath(file));
    QVERIFY2(!r.error, qPrintable(r.error.detail));
    QCOMPARE(r.documents.size(), 1);
    const ParsedDocument& d = r.documents.first();
    QCOMPARE(d.format, format);
    QCOMPARE(d.title, title);
    QCOMPARE(d.publisher, publisher);
    QCOMPARE(d.url, url);
    QCOMPARE(d.published.has_value() ? d.published->start : QDate(), published);
    QCOMPARE(d.language, language);
    QCOMPARE(d.sourceEncoding, encoding);
    QCOMPARE(d.sourcePath, dataPath(file));
    QVERIFY(!d.text.isEmpty());
    QVERIFY(!d.text.contains(QChar::ReplacementCharacter));
}

void TestReaders::htmlDropsBoilerplate()
{
    const ReadResult r = DocumentReader::readFile(dataPath(QStringLiteral("article.html")));
    QVERIFY(!r.error);
    const QString text = r.documents.first().text;
    QVERIFY(text.contains(QStringLiteral("A processing plant in Baotou said on Tuesday")));
    QVERIFY(text.contains(QStringLiteral("prices & shorten")));
    QVERIFY(text.contains(QStringLiteral("output.\n\nAnalysts"))); // paragraph break kept
    for (const char* gone : {"Menu item", "tracking", "color: red", "Home", "Related:", "Subscribe", "Enable JavaScript",
                             "Copyright footer"})
        QVERIFY2(!text.contains(QLatin1String(gone)), gone);
    const ReadResult j = DocumentReader::readFile(dataPath(QStringLiteral("article-jsonld.html")));
    QVERIFY(j.documents.first().text.contains(QStringLiteral("Second paragraph.\nAfter a line break.")));
}

void TestReaders::textHighlightsTitle()
{
    const ReadResult r = DocumentReader::readFile(dataPath(QStringLiteral("report.txt")));
    QVERIFY(!r.error);
    const ParsedDocument& d = r.documents.first();
    QVERIFY2(d.title.startsWith(QStringLiteral("A new separation line in Ganzhou")), qPrintable(d.title));
    QVERIFY(d.title.size() <= 120);
    QVERIFY(d.title != u"Highlights");
    QCOMPARE(d.publisher, QStringLiteral("Example Rare Earth Monitor"));
    QCOMPARE(d.copyrightYear, std::optional<int>(2031));
    QVERIFY(d.bodyStartHint.startsWith(QStringLiteral("The Ganzhou plant")));
    QVERIFY(d.text.contains(QStringLiteral("plant’s operator")));
    const ReadResult t = DocumentReader::readFile(dataPath(QStringLiteral("titled.txt")));
    QCOMPARE(t.documents.first().copyrightYear, std::optional<int>(2029));
    QVERIFY(!t.documents.first().text.startsWith(QStringLiteral("Magnet exports rise")));
}

void TestReaders::markdownStripped()
{
    const ReadResult r = DocumentReader::readFile(dataPath(QStringLiteral("article.md")));
    QVERIFY(!r.error);
    const QString text = r.documents.first().text;
    QVERIFY2(text.contains(QStringLiteral("published new rules for separation plants on Monday.")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("First bullet with code")));
    QVERIFY(text.contains(QStringLiteral("Second bullet with emphasis")));
    QVERIFY(text.contains(QStringLiteral("A quoted remark")));
    QVERIFY(text.contains(QStringLiteral("Heading that is not the title")));
    QVERIFY(!text.contains(u'*') && !text.contains(u'`') && !text.contains(QStringLiteral("](")) && !text.contains(QStringLiteral("---")));
    QVERIFY(r.documents.first().text.contains(QStringLiteral("\n\n")));
}

void TestReaders::rssItems()
{
    const ReadResult r = DocumentReader::readFile(dataPath(QStringLiteral("feed.rss")));
    QVERIFY2(!r.error, qPrintable(r.error.detail));
    QCOMPARE(r.documents.size(), 2);
    const ParsedDocument& a = r.documents.at(0);
    QCOMPARE(a.format, QStringLiteral("rss"));
    QCOMPARE(a.title, QStringLiteral("Gallium export licences granted"));
    QCOMPARE(a.publisher, QStringLiteral("Example Metals Wire"));
    QCOMPARE(a.url, QStringLiteral("https://wire.example.com/a1"));
    QCOMPARE(a.published->start, QDate(2024, 3, 5));
    QCOMPARE(a.text, QStringLiteral("The first licences were granted."));
    QCOMPARE(a.sourcePath, dataPath(QStringLiteral("feed.rss")) + QStringLiteral("#item 1"));
    const ParsedDocument& b = r.documents.at(1);
    QCOMPARE(b.published->start, QDate(2024, 3, 6));
    QVERIFY(b.text.contains(QStringLiteral("Traders cited tight supply."))); // content:encoded preferred
    QCOMPARE(b.sourcePath, dataPath(QStringLiteral("feed.rss")) + QStringLiteral("#item 2"));
}

void TestReaders::atomEntries()
{
    const ReadResult r = DocumentReader::readFile(dataPath(QStringLiteral("feed.atom")));
    QVERIFY2(!r.error, qPrintable(r.error.detail));
    QCOMPARE(r.documents.size(), 2);
    QCOMPARE(r.documents.at(0).format, QStringLiteral("atom"));
    QCOMPARE(r.documents.at(0).title, QStringLiteral("Antimony & tungsten controls"));
    QCOMPARE(r.documents.at(0).url, QStringLiteral("https://atom.example.com/e1"));
    QCOMPARE(r.documents.at(0).published->start, QDate(2024, 4, 1)); // published beats updated
    QCOMPARE(r.documents.at(0).text, QStringLiteral("New export controls were announced."));
    QCOMPARE(r.documents.at(0).publisher, QStringLiteral("Example Atom Desk"));
    QCOMPARE(r.documents.at(1).published->start, QDate(2024, 4, 3));
}

void TestReaders::csvQuotedMultiline()
{
    const ReadResult r = DocumentReader::readFile(dataPath(QStringLiteral("list.csv")));
    QVERIFY2(!r.error, qPrintable(r.error.detail));
    QCOMPARE(r.documents.size(), 2);
    QCOMPARE(r.documents.at(0).title, QStringLiteral("Plant expansion, phase two"));
    QCOMPARE(r.documents.at(0).text, QStringLiteral("The plant said:\n\"Phase two starts in May.\"\nMore text."));
    QCOMPARE(r.documents.at(0).published->start, QDate(2024, 2, 1));
    QCOMPARE(r.documents.at(1).published->start, QDate(2024, 2, 1));
    QCOMPARE(r.documents.at(1).publisher, QStringLiteral("CSV Wire"));
    QCOMPARE(r.documents.at(1).format, QStringLiteral("csv"));
    bool complete = false;
    QCOMPARE(ListReader::parseCsv(QStringLiteral("a,\"b\"\"c\",\r\n1,2,3"), &complete),
             (QList<QStringList>{{"a", "b\"c", ""}, {"1", "2", "3"}}));
    QVERIFY(complete);
}

void TestReaders::jsonList()
{
    const ReadResult r = DocumentReader::readFile(dataPath(QStringLiteral("list.json")));
    QVERIFY2(!r.error, qPrintable(r.error.detail));
    QCOMPARE(r.documents.size(), 2);
    QCOMPARE(r.documents.at(0).published->start, QDate(2024, 6, 1));
    QCOMPARE(r.documents.at(0).url, QStringLiteral("https://j.example/1"));
    QCOMPARE(r.documents.at(1).language, QStringLiteral("zh"));
    QCOMPARE(r.documents.at(1).publisher, QStringLiteral("示例新闻"));
    QCOMPARE(r.documents.at(1).text, QStringLiteral("工业和信息化部公布了新的配额。"));
    QCOMPARE(r.documents.at(1).sourcePath, dataPath(QStringLiteral("list.json")) + QStringLiteral("#item 2"));
}

void TestReaders::pdfDocument()
{
    const ReadResult r = DocumentReader::readFile(dataPath(QStringLiteral("report.pdf")));
    QVERIFY2(!r.error, qPrintable(r.error.detail));
    QCOMPARE(r.documents.size(), 1);
    QCOMPARE(r.documents.first().format, QStringLiteral("pdf"));
    QCOMPARE(r.documents.first().title, QStringLiteral("Cobalt Quarterly"));
    QVERIFY(r.documents.first().text.contains(QStringLiteral("Output rose in the third quarter.")));
}

void TestReaders::errors_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("detail");
    QTest::newRow("missing") << "does-not-exist.txt" << int(ErrorCode::Io) << "no such file";
    QTest::newRow("directory") << "." << int(ErrorCode::Io) << "directory";
    QTest::newRow("empty") << "empty.txt" << int(ErrorCode::EmptyInput) << "empty";
    QTest::newRow("whitespace") << "whitespace.txt" << int(ErrorCode::EmptyInput) << "whitespace";
    QTest::newRow("binary dat") << "binary.dat" << int(ErrorCode::BinaryInput) << "NUL";
    QTest::newRow("binary txt") << "binary.txt" << int(ErrorCode::BinaryInput) << "NUL";
    QTest::newRow("truncated rss") << "truncated.rss" << int(ErrorCode::Truncated) << "line";
    QTest::newRow("truncated json") << "truncated.json" << int(ErrorCode::Truncated) << "offset";
    QTest::newRow("truncated csv") << "truncated.csv" << int(ErrorCode::Truncated) << "quoted";
    QTest::newRow("broken pdf") << "broken.pdf" << int(ErrorCode::Parse) << "pdf";
    QTest::newRow("xml not a feed") << "unknown.xml" << int(ErrorCode::Unsupported) << "unsupported";
}

void TestReaders::errors()
{
    QFETCH(QString, file);
    QFETCH(int, code);
    QFETCH(QString, detail);
    const ReadResult r = DocumentReader::readFile(dataPath(file));
    QCOMPARE(int(r.error.code), code);
    QVERIFY2(r.error.detail.contains(detail, Qt::CaseInsensitive), qPrintable(r.error.detail));
    QVERIFY(r.documents.isEmpty());
}

void TestReaders::tooLargeFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("huge.txt"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QVERIFY(f.resize(DocumentReader::kMaxFileBytes + 1)); // sparse: no 50 MB written
    f.close();
    const ReadResult r = DocumentReader::readFile(path);
    QCOMPARE(r.error.code, ErrorCode::TooLarge);
}

void TestReaders::pathologicalHtmlIsBounded()
{
    // 100k nested elements: gumbo is bypassed, the text still comes out quickly.
    QByteArray html = "<html><body>" + QByteArray("<div>").repeated(100000) + "deep text";
    QElapsedTimer timer;
    timer.start();
    const ReadResult r = DocumentReader::readBytes(html, QStringLiteral("deep.html"));
    QVERIFY(!r.error);
    QCOMPARE(r.documents.first().text, QStringLiteral("deep text"));
    // A guard against a hang, not a speed figure: a quadratic walk over 100k levels takes minutes.
    QVERIFY2(timer.elapsed() < 30000, qPrintable(QStringLiteral("%1 ms").arg(timer.elapsed())));
}

void TestReaders::shortenTitle_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("short") << "Short headline" << "Short headline";
    QTest::newRow("word boundary") << QString(QStringLiteral("word ").repeated(40)) << QString(QStringLiteral("word ").repeated(24)).trimmed();
    QTest::newRow("clause") << QStringLiteral("The company announced a broad restructuring of its magnet division in the north, "
                                              "while keeping its separation plants in the south running at full capacity for now")
                            << QStringLiteral("The company announced a broad restructuring of its magnet division in the north");
}

void TestReaders::shortenTitle()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const QString out = TextReader::shortenTitle(input);
    QCOMPARE(out, expected);
    QVERIFY(out.size() <= 120);
}

void TestReaders::copyright_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("publisher");
    QTest::addColumn<int>("year");
    QTest::newRow("symbol dash tagline") << QStringLiteral("© 2025 Example Monitor™ — Notes on supply") << "Example Monitor" << 2025;
    QTest::newRow("word") << QStringLiteral("Copyright 2024 Example Ltd. All rights reserved.") << "Example Ltd" << 2024;
    QTest::newRow("range") << QStringLiteral("(c) 2019-2024 Range Media") << "Range Media" << 2019;
    QTest::newRow("no year") << QStringLiteral("© Yearless Press") << "Yearless Press" << 0;
}

void TestReaders::copyright()
{
    QFETCH(QString, line);
    QFETCH(QString, publisher);
    QFETCH(int, year);
    QString p;
    std::optional<int> y;
    QVERIFY(TextReader::parseCopyright(line, &p, &y));
    QCOMPARE(p, publisher);
    QCOMPARE(y.value_or(0), year);
    QVERIFY(!TextReader::parseCopyright(QStringLiteral("The copyright office said..."), &p, &y));
}

void TestReaders::collectFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QDir d(dir.path());
    QVERIFY(d.mkpath(QStringLiteral("sub/deeper")));
    QVERIFY(d.mkpath(QStringLiteral(".hidden")));
    for (const char* name : {"b.txt", "a.md", "sub/c.html", "sub/deeper/d.rss", ".secret.txt", ".hidden/e.txt", "notes.docx"}) {
        QFile f(d.filePath(QLatin1String(name)));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("x");
    }
    const QStringList files = DocumentReader::collectFiles({dir.path()});
    QCOMPARE(files, (QStringList{d.filePath(QStringLiteral("a.md")), d.filePath(QStringLiteral("b.txt")),
                                 d.filePath(QStringLiteral("sub/c.html")), d.filePath(QStringLiteral("sub/deeper/d.rss"))}));
    QVERIFY(DocumentReader::supportedExtensions().contains(QStringLiteral("csv")));
}

void TestReaders::sharedFeeds_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    QTest::addColumn<bool>("chinese");
    QTest::addColumn<QString>("accent");
    for (const char* f : {"feedburner.atom", "heise.atom"})
        QTest::newRow(f) << QString::fromLatin1(f) << "atom" << false << QString();
    QTest::newRow("reddit-atom.rss") << "reddit-atom.rss" << "rss" << false << QString(); // RSS despite its name
    QTest::newRow("guardian.rss") << "guardian.rss" << "rss" << false << QString();
    QTest::newRow("uolNoticias.rss") << "uolNoticias.rss" << "rss" << false << QStringLiteral("ç");
    QTest::newRow("encoding-gb2312.xml") << "encoding-gb2312.xml" << "rss" << true << QString();
}

void TestReaders::sharedFeeds()
{
    QFETCH(QString, file);
    QFETCH(QString, format);
    QFETCH(bool, chinese);
    QFETCH(QString, accent);
    const QString path = QStringLiteral(LODESTONE_SHARED_DIR "/testdata/feeds/") + file;
    if (!QFile::exists(path))
        QSKIP("shared feeds not found under LODESTONE_SHARED_DIR/testdata/feeds");
    const ReadResult r = DocumentReader::readFile(path);
    QVERIFY2(!r.error, qPrintable(r.error.detail));
    QVERIFY(r.documents.size() > 0);
    QString all;
    for (const ParsedDocument& d : r.documents) {
        QVERIFY2(!d.title.isEmpty(), qPrintable(d.sourcePath));
        QCOMPARE(d.format, format);
        QVERIFY(!d.title.contains(QChar::ReplacementCharacter));
        QVERIFY2(d.published.has_value(), qPrintable(d.sourcePath));
        QVERIFY(!d.text.contains(QChar::ReplacementCharacter));
        if (chinese) {
            QVERIFY2(hasCjk(d.title), qPrintable(d.title));
            QCOMPARE(d.language, QStringLiteral("zh"));
        }
        all += d.title + d.text;
    }
    if (!accent.isEmpty()) {
        QVERIFY(all.contains(accent));
        QVERIFY(!all.contains(QStringLiteral("Ã")));
    }
    qInfo("%s: %d items, encoding %s", qPrintable(file), int(r.documents.size()), qPrintable(r.documents.first().sourceEncoding));
}

void TestReaders::seedText()
{
    const QString path = QStringLiteral(LODESTONE_SHARED_DIR "/seed/000_de064577c930fc1f.txt");
    if (!QFile::exists(path))
        QSKIP("seed article not found under LODESTONE_SHARED_DIR/seed");
    const ReadResult r = DocumentReader::readFile(path);
    QVERIFY(!r.error);
    const ParsedDocument& d = r.documents.first();
    QVERIFY(!d.title.isEmpty() && d.title != u"Highlights" && d.title.size() <= 120);
    QVERIFY(d.title.startsWith(QStringLiteral("Baogang")));
    QCOMPARE(d.publisher, QStringLiteral("Rare Earth Exchanges"));
    QCOMPARE(d.copyrightYear, std::optional<int>(2025));
    QVERIFY(!d.repairs.isEmpty());
    QVERIFY(!d.text.contains(QChar(0x0E42)));
    QCOMPARE(d.language, QStringLiteral("en"));
    qInfo() << "seed title:" << d.title << "repairs:" << d.repairs;
}

void TestReaders::dates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date");
    QTest::newRow("rfc2822") << "Tue, 05 Mar 2024 09:30:00 +0000" << QDate(2024, 3, 5);
    QTest::newRow("rfc822 zone name") << "Wed, 6 Mar 2024 23:10:00 GMT" << QDate(2024, 3, 6);
    QTest::newRow("no weekday") << "7 Mar 2024 08:00 +0800" << QDate(2024, 3, 7);
    QTest::newRow("portuguese") << "Seg, 24 Set 2018 19:42:40 -0300" << QDate(2018, 9, 24);
    QTest::newRow("german") << "Mo, 1. Okt 2018 10:00:00 +0200" << QDate(2018, 10, 1);
    QTest::newRow("iso offset") << "2024-04-01T08:00:00+08:00" << QDate(2024, 4, 1);
    QTest::newRow("iso ms z") << "2024-04-01T08:00:00.123Z" << QDate(2024, 4, 1);
    QTest::newRow("plain day") << "2024-05-20" << QDate(2024, 5, 20);
    QTest::newRow("slashes") << "2024/05/21" << QDate(2024, 5, 21);
    QTest::newRow("garbage") << "next Tuesday-ish" << QDate();
    QTest::newRow("bad day") << "31 Feb 2024" << QDate();
    QTest::newRow("empty") << "" << QDate();
}

void TestReaders::dates()
{
    QFETCH(QString, text);
    QFETCH(QDate, date);
    const auto span = DateTextParser::parseSpan(text, QStringLiteral("test"));
    QCOMPARE(span.has_value() ? span->start : QDate(), date);
    if (span) {
        QCOMPARE(span->precision, Precision::Day);
        QCOMPARE(span->rule, QStringLiteral("meta:test"));
    }
}

QTEST_GUILESS_MAIN(TestReaders)
#include "tst_readers.moc"
