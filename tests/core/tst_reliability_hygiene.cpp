// Security hygiene of the source tree (LODESTONE_SOURCE_DIR), checked by reading the code:
// SQL is never built from data (only literals, compile-time k-constants, bound parameters and one
// whitelisted integer LIMIT), report text is never rendered as HTML, and nothing opens a network socket.
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QtTest>

namespace {

const QString kSource = QStringLiteral(LODESTONE_SOURCE_DIR);
// Quote characters spelled by code point: quotes in character literals confuse AutoMoc's scanner.
const QChar kDq(0x22);
const QChar kSq(0x27);

QString readText(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

// Source without comments; string literals are kept (the SQL is in them).
QString stripComments(const QString& code)
{
    QString out;
    out.reserve(code.size());
    enum { Code, Line, Block, Str, Chr } state = Code;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code[i];
        const QChar n = i + 1 < code.size() ? code[i + 1] : QChar();
        switch (state) {
        case Code:
            if (c == QLatin1Char('/') && n == QLatin1Char('/')) { state = Line; ++i; continue; }
            if (c == QLatin1Char('/') && n == QLatin1Char('*')) { state = Block; ++i; continue; }
            if (c == kDq) state = Str;
            else if (c == kSq) state = Chr;
            out += c;
            break;
        case Line:
            if (c == QLatin1Char('\n')) { state = Code; out += c; }
            break;
        case Block:
            if (c == QLatin1Char('*') && n == QLatin1Char('/')) { state = Code; ++i; }
            else if (c == QLatin1Char('\n')) out += c;
            break;
        case Str:
        case Chr:
            out += c;
            if (c == QLatin1Char('\\')) { out += n; ++i; }
            else if (c == (state == Str ? kDq : kSq)) state = Code;
            break;
        }
    }
    return out;
}

QStringList sourceFiles(const QStringList& folders, const QStringList& patterns = {QStringLiteral("*.cpp"), QStringLiteral("*.h")})
{
    QStringList files;
    for (const QString& folder : folders) {
        QDirIterator it(kSource + QLatin1Char('/') + folder, patterns, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
    }
    files.sort();
    return files;
}

int lineOf(const QString& text, qsizetype pos)
{
    return static_cast<int>(text.left(pos).count(QLatin1Char('\n'))) + 1;
}

// The text of a balanced parenthesised argument list starting just after '(' at `open`.
QString balanced(const QString& text, qsizetype open)
{
    int depth = 1;
    bool inString = false;
    for (qsizetype i = open; i < text.size(); ++i) {
        const QChar c = text[i];
        if (inString) {
            if (c == QLatin1Char('\\')) ++i;
            else if (c == kDq) inString = false;
            continue;
        }
        if (c == kDq) inString = true;
        else if (c == QLatin1Char('(')) ++depth;
        else if (c == QLatin1Char(')') && --depth == 0)
            return text.mid(open, i - open);
    }
    return text.mid(open);
}

// True when expr is made only of string literals, compile-time constants (kName, std::string(kName)) and '+'.
bool isConstantSql(QString expr)
{
    static const QRegularExpression literal(QStringLiteral(R"(\x22(?:[^\x22\\]|\\.)*\x22)"));
    static const QRegularExpression constant(QStringLiteral(R"(std::string\(\s*k[A-Z]\w*\s*\)|\bk[A-Z]\w*\b)"));
    expr.remove(literal);
    expr.remove(constant);
    expr.remove(QLatin1Char('+'));
    return expr.trimmed().isEmpty();
}

// Appends to SQL strings that put a value into the text, each known to be an integer: file -> exact statement.
const QSet<QString> kWhitelistedAppends{
    QStringLiteral("eventstore.cpp: q += \" LIMIT \" + std::to_string(limit)"),
};

} // namespace

class ReliabilityHygieneTest final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!QFileInfo(kSource + QStringLiteral("/core/store")).isDir())
            QSKIP("the source tree is not available");
    }

    void sqlIsNeverBuiltFromData()
    {
        static const QRegularExpression statement(QStringLiteral(R"(SQLite::Statement\s+\w+\s*\(\s*[\w.\->]+\s*,)"));
        static const QRegularExpression sqlWord(QStringLiteral(R"(\b(SELECT|INSERT|UPDATE|DELETE|WHERE|FROM|VALUES|ORDER BY)\b)"));
        static const QRegularExpression argOnSql(QStringLiteral(R"(\x22(?:[^\x22\\]|\\.)*\x22\s*\)?\s*\.arg\()"));
        const QStringList files = sourceFiles({QStringLiteral("core")}, {QStringLiteral("*.cpp")});
        QVERIFY(files.size() > 20);
        QStringList problems;
        int statements = 0;
        QSet<QString> whitelistUsed;
        for (const QString& path : files) {
            const QString code = stripComments(readText(path));
            const QString name = QFileInfo(path).fileName();
            // 1. Every prepared statement's SQL is constant, or a local std::string built only from constants.
            QSet<QString> sqlVariables;
            for (auto it = statement.globalMatch(code); it.hasNext();) {
                const auto m = it.next();
                ++statements;
                const QString arg = balanced(code, m.capturedEnd()).trimmed();
                if (isConstantSql(arg))
                    continue;
                static const QRegularExpression ident(QStringLiteral(R"(^[A-Za-z_]\w*$)"));
                if (ident.match(arg).hasMatch()) {
                    sqlVariables.insert(arg);
                    continue;
                }
                problems << QStringLiteral("%1:%2: SQL built from an expression: %3").arg(name).arg(lineOf(code, m.capturedStart())).arg(arg.left(120));
            }
            for (const QString& var : sqlVariables) {
                // A const char* parameter (a helper taking the caller's literal) or a std::string with checked appends.
                const QRegularExpression param(QStringLiteral(R"(const\s+char\s*\*\s*%1\s*[,)])").arg(var));
                const QRegularExpression decl(QStringLiteral(R"(std::string\s+%1\s*=\s*([^;]*);)").arg(var));
                const QRegularExpression append(QStringLiteral(R"(\b%1\s*\+=\s*([^;]*);)").arg(var));
                if (param.match(code).hasMatch())
                    continue;
                const auto d = decl.match(code);
                if (!d.hasMatch()) {
                    problems << QStringLiteral("%1: SQL variable %2 of unknown origin").arg(name, var);
                    continue;
                }
                if (!isConstantSql(d.captured(1)))
                    problems << QStringLiteral("%1:%2: %3 starts from data: %4").arg(name).arg(lineOf(code, d.capturedStart())).arg(var, d.captured(1));
                for (auto it = append.globalMatch(code); it.hasNext();) {
                    const auto a = it.next();
                    if (isConstantSql(a.captured(1)))
                        continue;
                    const QString key = QStringLiteral("%1: %2 += %3").arg(name, var, a.captured(1).simplified());
                    if (kWhitelistedAppends.contains(key)) {
                        whitelistUsed.insert(key);
                        continue;
                    }
                    problems << QStringLiteral("%1:%2: data appended to SQL: %3").arg(name).arg(lineOf(code, a.capturedStart())).arg(key);
                }
            }
            // 2. No QString formatting of SQL text anywhere in core.
            for (auto it = argOnSql.globalMatch(code); it.hasNext();) {
                const auto m = it.next();
                if (sqlWord.match(m.captured(0)).hasMatch() && m.captured(0).contains(QRegularExpression(QStringLiteral(R"(\b(SELECT|INSERT|UPDATE|DELETE)\b)"))))
                    problems << QStringLiteral("%1:%2: SQL formatted with .arg(): %3").arg(name).arg(lineOf(code, m.capturedStart())).arg(m.captured(0).left(120));
            }
            // 3. No sqlite3_mprintf/sqlite3_exec with formatted text.
            if (code.contains(QLatin1String("sqlite3_mprintf")) || code.contains(QLatin1String("sqlite3_exec(")))
                problems << QStringLiteral("%1: raw sqlite3_mprintf/sqlite3_exec").arg(name);
        }
        QVERIFY2(statements > 30, qPrintable(QStringLiteral("only %1 statements found: the scan is broken").arg(statements)));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        // The whitelist must stay precise: an entry nobody needs any more is removed.
        for (const QString& w : kWhitelistedAppends)
            QVERIFY2(whitelistUsed.contains(w), qPrintable(QStringLiteral("unused whitelist entry: ") + w));
        qInfo("%d prepared statements in core checked; %lld whitelisted integer LIMIT appends", statements,
              static_cast<long long>(whitelistUsed.size()));
    }

    void theScanCatchesConcatenation_data()
    {
        QTest::addColumn<QString>("expr");
        QTest::addColumn<bool>("constant");
        QTest::newRow("literal") << QStringLiteral("\"SELECT 1\"") << true;
        QTest::newRow("split literal") << QStringLiteral("\"SELECT a \" \"FROM t WHERE id = ?\"") << true;
        QTest::newRow("constant prefix") << QStringLiteral("std::string(kColumns) + \"WHERE id = ?\"") << true;
        QTest::newRow("quote inside") << QStringLiteral("\"SELECT \\\"x\\\" FROM t\"") << true;
        QTest::newRow("variable") << QStringLiteral("\"SELECT * FROM t WHERE name = '\" + name + \"'\"") << false;
        QTest::newRow("toStdString") << QStringLiteral("std::string(\"SELECT \") + title.toStdString()") << false;
        QTest::newRow("to_string") << QStringLiteral("\" LIMIT \" + std::to_string(limit)") << false;
    }

    void theScanCatchesConcatenation()
    {
        QFETCH(QString, expr);
        QFETCH(bool, constant);
        QCOMPARE(isConstantSql(expr), constant);
    }

    void reportTextIsNeverRenderedAsHtml()
    {
        const QStringList files = sourceFiles({QStringLiteral("ui/reports")});
        QVERIFY(!files.isEmpty());
        static const QRegularExpression html(QStringLiteral(R"(\b(setHtml|insertHtml|fromHtml)\s*\(|Qt::RichText)"));
        QStringList problems;
        bool plain = false;
        for (const QString& path : files) {
            const QString code = stripComments(readText(path));
            for (auto it = html.globalMatch(code); it.hasNext();) {
                const auto m = it.next();
                problems << QStringLiteral("%1:%2: %3").arg(QFileInfo(path).fileName()).arg(lineOf(code, m.capturedStart())).arg(m.captured(0));
            }
            if (QFileInfo(path).fileName() == QLatin1String("reportreader.cpp"))
                plain = code.contains(QLatin1String("setPlainText("));
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QVERIFY2(plain, "the report reader must show the text with setPlainText");
    }

    void nothingOpensTheNetwork()
    {
        static const QRegularExpression net(
            QStringLiteral(R"(\b(QNetworkAccessManager|QTcpSocket|QUdpSocket|QSslSocket|QTcpServer|QNetworkRequest|QWebSocket)\b|<QtNetwork)"));
        QStringList problems;
        const QStringList files = sourceFiles({QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("app")});
        QVERIFY(files.size() > 50);
        for (const QString& path : files) {
            const QString code = stripComments(readText(path));
            for (auto it = net.globalMatch(code); it.hasNext();) {
                const auto m = it.next();
                problems << QStringLiteral("%1:%2: %3").arg(path.mid(kSource.size() + 1)).arg(lineOf(code, m.capturedStart())).arg(m.captured(0));
            }
        }
        for (const QString& cmake : sourceFiles({QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("app")}, {QStringLiteral("CMakeLists.txt")}))
            if (readText(cmake).contains(QLatin1String("Qt6::Network")))
                problems << cmake.mid(kSource.size() + 1) + QStringLiteral(": links Qt6::Network");
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(ReliabilityHygieneTest)
#include "tst_reliability_hygiene.moc"
