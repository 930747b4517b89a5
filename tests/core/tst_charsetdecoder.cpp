// Tests CharsetDecoder: BOMs, declarations, UTF-8, detection of GBK/Big5/windows-1252, and the shared feeds.
#include "ingest/charsetdecoder.h"

#include <QFile>
#include <QtTest>

using namespace lodestone;

namespace {

QByteArray readData(const QString& name)
{
    QFile f(QStringLiteral(LODESTONE_TEST_DATA_DIR "/ingest/") + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestCharsetDecoder final : public QObject {
    Q_OBJECT
private slots:
    void decodeBytes_data();
    void decodeBytes();
    void files_data();
    void files();
    void sniffDeclared_data();
    void sniffDeclared();
    void canonicalNames_data();
    void canonicalNames();
    void sharedFeeds();
};

void TestCharsetDecoder::decodeBytes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("declared");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("text");
    QTest::newRow("utf8 bom") << QByteArray("\xEF\xBB\xBF" "caf\xC3\xA9") << QString() << "UTF-8" << QStringLiteral("café");
    QTest::newRow("utf16le bom") << QByteArray("\xFF\xFEh\0i\0", 6) << QString() << "UTF-16LE" << QStringLiteral("hi");
    QTest::newRow("utf16be bom") << QByteArray("\xFE\xFF\0h\0i", 6) << QString() << "UTF-16BE" << QStringLiteral("hi");
    QTest::newRow("bom beats declaration") << QByteArray("\xEF\xBB\xBF<?xml version=\"1.0\" encoding=\"gb2312\"?>\xC3\xA9")
                                           << QString() << "UTF-8" << QStringLiteral("<?xml version=\"1.0\" encoding=\"gb2312\"?>é");
    QTest::newRow("plain utf8") << QByteArray("\xE7\xA8\x80\xE5\x9C\x9F") << QString() << "UTF-8" << QStringLiteral("稀土");
    QTest::newRow("declared by caller") << QByteArray("\xCF\xA1\xCD\xC1") << QStringLiteral("gbk") << "GB18030" << QStringLiteral("稀土");
    QTest::newRow("xml gb2312") << QByteArray("<?xml version=\"1.0\" encoding=\"gb2312\"?><a>\xCF\xA1\xCD\xC1</a>")
                                << QString() << "GB18030" << QStringLiteral("<?xml version=\"1.0\" encoding=\"gb2312\"?><a>稀土</a>");
    QTest::newRow("meta charset") << QByteArray("<meta charset=\"windows-1252\"><p>\x93ore\x94</p>") << QString()
                                  << "windows-1252" << QStringLiteral("<meta charset=\"windows-1252\"><p>“ore”</p>");
    QTest::newRow("declared utf8 but latin1") << QByteArray("<?xml version=\"1.0\" encoding=\"utf-8\"?><a>Relat\xF3rio de minera\xE7\xE3o e produ\xE7\xE3o</a>")
                                              << QString() << "" << QStringLiteral("<?xml version=\"1.0\" encoding=\"utf-8\"?><a>Relatório de mineração e produção</a>");
    QTest::newRow("undeclared cp1252") << QByteArray("Caf\xE9 cr\xE8me \x96 na\xEFve d\xE9j\xE0") << QString() << ""
                                       << QStringLiteral("Café crème – naïve déjà");
    QTest::newRow("empty") << QByteArray() << QString() << "UTF-8" << QString();
}

void TestCharsetDecoder::decodeBytes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, declared);
    QFETCH(QString, encoding);
    QFETCH(QString, text);
    const DecodedText d = CharsetDecoder::decode(bytes, declared);
    QCOMPARE(d.text, text);
    if (!encoding.isEmpty())
        QCOMPARE(d.encoding, encoding);
    else
        QVERIFY2(d.encoding != u"UTF-8", qPrintable(d.encoding));
}

void TestCharsetDecoder::files_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("contains");
    QTest::newRow("gbk text") << "gbk.txt" << "GB18030" << QStringLiteral("内蒙古包头的冶炼企业");
    QTest::newRow("big5 text") << "big5.txt" << "Big5" << QStringLiteral("臺灣的磁鐵製造商");
    QTest::newRow("utf16 bom") << "utf16.txt" << "UTF-16LE" << QStringLiteral("ümlauts and 中文");
    QTest::newRow("cp1252 text") << "latin1.txt" << "" << QStringLiteral("Relatório de mineração");
    QTest::newRow("html gb2312 http-equiv") << "declared-gb2312.html" << "GB18030" << QStringLiteral("稀土永磁材料出口增长");
}

void TestCharsetDecoder::files()
{
    QFETCH(QString, file);
    QFETCH(QString, encoding);
    QFETCH(QString, contains);
    const QByteArray bytes = readData(file);
    QVERIFY(!bytes.isEmpty());
    const DecodedText d = CharsetDecoder::decode(bytes);
    QVERIFY2(d.text.contains(contains), qPrintable(d.encoding + QStringLiteral(": ") + d.text));
    QVERIFY(!d.text.contains(QChar::ReplacementCharacter));
    if (!encoding.isEmpty())
        QCOMPARE(d.encoding, encoding);
}

void TestCharsetDecoder::sniffDeclared_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QString>("expected");
    QTest::newRow("xml double") << QByteArray("<?xml version=\"1.0\" encoding=\"GB2312\"?>") << "GB2312";
    QTest::newRow("xml single") << QByteArray("<?xml version='1.0' encoding='iso-8859-1'?>") << "iso-8859-1";
    QTest::newRow("meta charset") << QByteArray("<html><head><meta charset=utf-8>") << "utf-8";
    QTest::newRow("http-equiv") << QByteArray("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=big5\">") << "big5";
    QTest::newRow("none") << QByteArray("<html><p>charset is a word here</p>") << "";
    QTest::newRow("xml without encoding") << QByteArray("<?xml version=\"1.0\"?><rss>") << "";
}

void TestCharsetDecoder::sniffDeclared()
{
    QFETCH(QByteArray, head);
    QFETCH(QString, expected);
    QCOMPARE(CharsetDecoder::sniffDeclared(head), expected);
}

void TestCharsetDecoder::canonicalNames_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("expected");
    QTest::newRow("gb2312") << "gb2312" << "GB18030";
    QTest::newRow("GBK") << "GBK" << "GB18030";
    QTest::newRow("big5") << "BIG5" << "Big5";
    QTest::newRow("tis") << "TIS-620" << "windows-874";
    QTest::newRow("latin1") << "latin1" << "ISO-8859-1";
    QTest::newRow("utf8") << "UTF8" << "UTF-8";
    QTest::newRow("unknown") << "x-no-such-charset" << "";
}

void TestCharsetDecoder::canonicalNames()
{
    QFETCH(QString, label);
    QFETCH(QString, expected);
    QCOMPARE(CharsetDecoder::canonicalName(label), expected);
}

void TestCharsetDecoder::sharedFeeds()
{
    const QString dir = QStringLiteral(LODESTONE_SHARED_DIR "/testdata/feeds/");
    QFile qq(dir + QStringLiteral("encoding-gb2312.xml"));
    QFile uol(dir + QStringLiteral("uolNoticias.rss"));
    if (!qq.open(QIODevice::ReadOnly) || !uol.open(QIODevice::ReadOnly))
        QSKIP("shared feeds not found under LODESTONE_SHARED_DIR/testdata/feeds");
    const DecodedText zh = CharsetDecoder::decode(qq.readAll());
    QCOMPARE(zh.encoding, QStringLiteral("GB18030"));
    QVERIFY(!zh.text.contains(QChar::ReplacementCharacter));
    const DecodedText pt = CharsetDecoder::decode(uol.readAll());
    QVERIFY2(pt.encoding != u"UTF-8", qPrintable(pt.encoding));
    QVERIFY(!pt.text.contains(QChar::ReplacementCharacter));
    QVERIFY(pt.text.contains(QStringLiteral("ç")) || pt.text.contains(QStringLiteral("ã")));
}

QTEST_GUILESS_MAIN(TestCharsetDecoder)
#include "tst_charsetdecoder.moc"
