// Keeps docs/cli.md honest: runs the real `lodestone --help` and `lodestone <command> --help` and fails when
// the reference and the program disagree on a command or an option name (in either direction), and runs each
// command with --json on a demo database and fails when it prints a field the reference's example lacks, or
// the example shows a field the program never prints.
#include "clirunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace clitest;

namespace {

const QString kDocPath = QStringLiteral(LODESTONE_SOURCE_DIR "/docs/cli.md");
// Options every command has (from the command-line session); the reference describes them once, under
// "Global options".
const QSet<QString> kCommon{QStringLiteral("--help"), QStringLiteral("--help-all"), QStringLiteral("--db"), QStringLiteral("--lang"),
                            QStringLiteral("--log-level")};

struct Reference {
    QString global;                  // the "## Global options" section
    QMap<QString, QString> commands; // "### name" sections under "## Commands"
};

Reference readReference()
{
    Reference ref;
    QFile f(kDocPath);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return ref;
    const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
    QString h2;
    QString h3;
    for (const QString& line : lines) {
        if (line.startsWith(QLatin1String("## "))) {
            h2 = line.mid(3).trimmed();
            h3.clear();
            continue;
        }
        if (line.startsWith(QLatin1String("### "))) {
            h3 = line.mid(4).trimmed();
            if (h2 == QLatin1String("Commands"))
                ref.commands.insert(h3, QString());
            continue;
        }
        if (h2 == QLatin1String("Global options"))
            ref.global += line + QLatin1Char('\n');
        else if (h2 == QLatin1String("Commands") && !h3.isEmpty())
            ref.commands[h3] += line + QLatin1Char('\n');
    }
    return ref;
}

// Every long option named in a piece of the reference ("--org", "--verified-only").
QSet<QString> optionsIn(const QString& text)
{
    static const QRegularExpression option(QStringLiteral("(?<![\\w-])--[a-z][a-z0-9-]*"));
    QSet<QString> out;
    for (auto it = option.globalMatch(text); it.hasNext();)
        out << it.next().captured(0);
    return out;
}

// The commands listed under "Commands:" in `lodestone --help`.
QStringList helpCommands(const QString& help)
{
    QStringList out;
    bool inside = false;
    static const QRegularExpression entry(QStringLiteral("^  ([a-z][a-z-]*)(\\s|$)"));
    for (const QString& line : help.split(QLatin1Char('\n'))) {
        if (line.trimmed() == QLatin1String("Commands:")) {
            inside = true;
            continue;
        }
        if (inside && line.trimmed().isEmpty())
            break;
        if (inside)
            if (const auto m = entry.match(line); m.hasMatch())
                out << m.captured(1);
    }
    return out;
}

// The long options of a help text's option list (QCommandLineParser's "Options:" block, or the top-level
// "Global options:" block).
QSet<QString> helpOptions(const QString& help)
{
    QSet<QString> out;
    bool inside = false;
    static const QRegularExpression entry(QStringLiteral("^\\s+(?:-\\w, )?(--[a-z][a-z0-9-]*)"));
    for (const QString& line : help.split(QLatin1Char('\n'))) {
        const QString t = line.trimmed();
        if (t == QLatin1String("Options:") || t == QLatin1String("Global options:")) {
            inside = true;
            continue;
        }
        if (inside && (t.isEmpty() || t.endsWith(QLatin1Char(':'))) && !line.startsWith(QLatin1Char(' ')))
            inside = false;
        if (inside)
            if (const auto m = entry.match(line); m.hasMatch())
                out << m.captured(1);
    }
    return out;
}

QString sorted(const QSet<QString>& set)
{
    QStringList list(set.cbegin(), set.cend());
    list.sort();
    return list.join(QLatin1String(", "));
}

// The first ```json block of a section, parsed.
QJsonDocument exampleIn(const QString& section, QString* error)
{
    const qsizetype start = section.indexOf(QLatin1String("```json\n"));
    if (start < 0) {
        *error = QStringLiteral("no ```json example");
        return {};
    }
    const qsizetype body = start + 8;
    const qsizetype end = section.indexOf(QLatin1String("```"), body);
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(section.mid(body, end - body).toUtf8(), &parse);
    if (doc.isNull())
        *error = QStringLiteral("the example is not JSON: %1 at %2").arg(parse.errorString()).arg(parse.offset);
    return doc;
}

// Field paths of a JSON value: "id", "organisations[].name", "[].evidence[].quote", ...
void collectPaths(const QJsonValue& v, const QString& prefix, QSet<QString>& out)
{
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            out << prefix + it.key();
            collectPaths(it.value(), prefix + it.key(), out);
        }
    } else if (v.isArray()) {
        for (const QJsonValue& item : v.toArray())
            collectPaths(item, prefix + QStringLiteral("[]."), out);
    }
}

QSet<QString> pathsOf(const QJsonDocument& doc)
{
    QSet<QString> out;
    collectPaths(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()), QString(), out);
    return out;
}

// A path's enclosing object level ("organisations[].name" -> "organisations[].", "id" -> "").
QString levelOf(const QString& path)
{
    const qsizetype dot = path.lastIndexOf(QLatin1Char('.'));
    return dot < 0 ? QString() : path.left(dot + 1);
}

} // namespace

class CliDocsTest final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo::exists(kBinary), qPrintable(kBinary));
        QVERIFY2(QFileInfo::exists(kDocPath), qPrintable(kDocPath));
        m_ref = readReference();
        QVERIFY2(!m_ref.commands.isEmpty(), "docs/cli.md has no \"### command\" sections under \"## Commands\"");
        const RunResult help = run({QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("en")});
        QCOMPARE(help.code, 0);
        m_topHelp = help.outText();
        m_commands = helpCommands(m_topHelp);
        QVERIFY2(m_commands.size() >= 5, qPrintable(m_topHelp));
    }

    void everyCommandIsDocumentedAndNoOther()
    {
        const QSet<QString> inHelp(m_commands.cbegin(), m_commands.cend());
        const QList<QString> documentedList = m_ref.commands.keys();
        const QSet<QString> documented(documentedList.cbegin(), documentedList.cend());
        QVERIFY2(inHelp - documented == QSet<QString>{},
                 qPrintable(QStringLiteral("in `lodestone --help` but not in docs/cli.md: ") + sorted(inHelp - documented)));
        QVERIFY2(documented - inHelp == QSet<QString>{},
                 qPrintable(QStringLiteral("in docs/cli.md but not in `lodestone --help`: ") + sorted(documented - inHelp)));
    }

    void globalOptionsMatch()
    {
        // The top-level help's options plus those every command adds (--help-all).
        QSet<QString> program = helpOptions(m_topHelp);
        QVERIFY2(program.contains(QStringLiteral("--db")), qPrintable(m_topHelp));
        program += kCommon;
        const QSet<QString> documented = optionsIn(m_ref.global);
        QVERIFY2(program - documented == QSet<QString>{},
                 qPrintable(QStringLiteral("global options missing from docs/cli.md: ") + sorted(program - documented)));
        QVERIFY2(documented - program == QSet<QString>{},
                 qPrintable(QStringLiteral("docs/cli.md's global options the program lacks: ") + sorted(documented - program)));
    }

    void commandOptionsMatch_data()
    {
        QTest::addColumn<QString>("command");
        for (const QString& c : m_commands)
            QTest::newRow(qPrintable(c)) << c;
    }

    void commandOptionsMatch()
    {
        QFETCH(QString, command);
        const RunResult help = run({command, QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("en")});
        QVERIFY2(help.code == 0, qPrintable(dump(help)));
        const QSet<QString> program = helpOptions(help.outText());
        QVERIFY2(program.contains(QStringLiteral("--db")), qPrintable(help.outText())); // the parser found the list
        QVERIFY2(m_ref.commands.contains(command), qPrintable(command + QStringLiteral(" has no section in docs/cli.md")));
        const QSet<QString> documented = optionsIn(m_ref.commands.value(command));
        const QSet<QString> missing = (program - kCommon) - documented;
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("%1: options missing from docs/cli.md: %2").arg(command, sorted(missing))));
        const QSet<QString> unknown = documented - program;
        QVERIFY2(unknown.isEmpty(),
                 qPrintable(QStringLiteral("%1: docs/cli.md names options `lodestone %1 --help` lacks: %2").arg(command, sorted(unknown))));
    }

    void jsonFieldsMatch_data()
    {
        QTest::addColumn<QString>("command");
        for (const char* c : {"import", "reports", "report", "events", "orgs", "verify", "history"})
            QTest::newRow(c) << QString::fromLatin1(c);
    }

    void jsonFieldsMatch()
    {
        QFETCH(QString, command);
        if (!m_outputs.contains(command))
            QVERIFY(runEveryJsonCommand());
        const RunResult r = m_outputs.value(command);
        const QJsonDocument actual = r.json();
        QVERIFY2(!actual.isNull(), qPrintable(command + QLatin1Char('\n') + dump(r)));
        QString error;
        const QJsonDocument example = exampleIn(m_ref.commands.value(command), &error);
        QVERIFY2(!example.isNull(), qPrintable(QStringLiteral("docs/cli.md, %1: %2").arg(command, error)));
        QCOMPARE(example.isArray(), actual.isArray());
        const QSet<QString> printed = pathsOf(actual);
        const QSet<QString> shown = pathsOf(example);
        const QSet<QString> undocumented = printed - shown;
        QVERIFY2(undocumented.isEmpty(),
                 qPrintable(QStringLiteral("%1 --json prints fields docs/cli.md does not show: %2").arg(command, sorted(undocumented))));
        // The other way: a field of the example must be printed wherever the program printed that level at all
        // (an empty list shows no fields). Fields printed only in rare states are named here.
        static const QSet<QString> rare{QStringLiteral("not_attempted")};
        QSet<QString> levels;
        for (const QString& p : printed)
            levels << levelOf(p);
        QSet<QString> never;
        for (const QString& p : shown)
            if (!printed.contains(p) && levels.contains(levelOf(p)) && !rare.contains(p))
                never << p;
        QVERIFY2(never.isEmpty(),
                 qPrintable(QStringLiteral("docs/cli.md shows %1 fields the program does not print: %2").arg(command, sorted(never))));
    }

    void demoPrintsTheImportDocument()
    {
        if (!m_outputs.contains(QStringLiteral("demo")))
            QVERIFY(runEveryJsonCommand());
        QString error;
        const QSet<QString> shown = pathsOf(exampleIn(m_ref.commands.value(QStringLiteral("import")), &error));
        const QSet<QString> printed = pathsOf(m_outputs.value(QStringLiteral("demo")).json());
        QVERIFY(!printed.isEmpty());
        QVERIFY2(printed - shown == QSet<QString>{}, qPrintable(sorted(printed - shown)));
    }

private:
    // Fills m_outputs: a demo database, an import with one failure, a verification and its history.
    bool runEveryJsonCommand()
    {
        if (!m_dir.isValid())
            return false;
        const QString db = m_dir.filePath(QStringLiteral("docs.sqlite"));
        auto cli = [&db](QStringList args) {
            args << QStringLiteral("--json") << QStringLiteral("--db") << db;
            return run(args);
        };
        m_outputs.insert(QStringLiteral("demo"), cli({QStringLiteral("demo")}));
        const QString bad = m_dir.filePath(QStringLiteral("not-a-report.bin"));
        QByteArray bytes(4096, '\0');
        for (int i = 0; i < bytes.size(); ++i)
            bytes[i] = static_cast<char>((i * 37 + 11) % 256);
        if (!writeFile(bad, bytes))
            return false;
        m_outputs.insert(QStringLiteral("import"), cli({QStringLiteral("import"), kData + QStringLiteral("/rare-earth-processing-deal.txt"), bad}));
        m_outputs.insert(QStringLiteral("reports"), cli({QStringLiteral("reports")}));
        m_outputs.insert(QStringLiteral("events"), cli({QStringLiteral("events")}));
        m_outputs.insert(QStringLiteral("orgs"), cli({QStringLiteral("orgs")}));
        const QJsonArray reports = m_outputs.value(QStringLiteral("reports")).json().array();
        if (reports.isEmpty())
            return false;
        const QString id = QString::number(reports.first().toObject().value(QStringLiteral("id")).toInteger());
        m_outputs.insert(QStringLiteral("report"), cli({QStringLiteral("report"), id}));
        m_outputs.insert(QStringLiteral("verify"), cli({QStringLiteral("verify"), id, QStringLiteral("--status"), QStringLiteral("verified"),
                                                        QStringLiteral("--reliability"), QStringLiteral("B"), QStringLiteral("--credibility"),
                                                        QStringLiteral("2"), QStringLiteral("--note"), QStringLiteral("checked")}));
        m_outputs.insert(QStringLiteral("history"), cli({QStringLiteral("history"), id}));
        return true;
    }

    Reference m_ref;
    QString m_topHelp;
    QStringList m_commands;
    QTemporaryDir m_dir;
    QHash<QString, RunResult> m_outputs;
};

QTEST_MAIN(CliDocsTest)
#include "tst_clidocs.moc"
