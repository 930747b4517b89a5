#include "clisession.h"

#include "clioutput.h"
#include "extract/gazetteer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <limits>
#include <pwd.h>
#include <unistd.h>

namespace lodestone::cli {

namespace {

// Global options that take a value: their value is never the command word.
bool takesValue(const QString& arg)
{
    return arg == QLatin1String("--db") || arg == QLatin1String("--lang") || arg == QLatin1String("--log-level");
}

std::optional<QDate> parseIsoDate(const QString& text)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!shape.match(text).hasMatch())
        return std::nullopt;
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid())
        return std::nullopt;
    return d;
}

// Commands that only read: they open an existing database without the instance lock, so they work
// while the app or another import holds it.
bool readsOnly(const QString& command)
{
    static const QStringList readers{QStringLiteral("reports"), QStringLiteral("report"), QStringLiteral("events"),
                                     QStringLiteral("orgs"),    QStringLiteral("history"), QStringLiteral("export"),
                                     QStringLiteral("export-chart"), QStringLiteral("export-timeline"),
                                     QStringLiteral("export-briefing")};
    return readers.contains(command);
}

} // namespace

QStringList commandArguments(const QString& command)
{
    QStringList args = QCoreApplication::arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString& a = args[i];
        if (a == QLatin1String("--"))
            break;
        if (a.startsWith(QLatin1Char('-'))) {
            if (takesValue(a))
                ++i;
            continue;
        }
        if (a == command) {
            args.removeAt(i);
            break;
        }
        break; // the first non-option argument is the command word
    }
    return args;
}

QString defaultAnalyst()
{
    const QString fromEnv = qEnvironmentVariable("LODESTONE_ANALYST").trimmed();
    if (!fromEnv.isEmpty())
        return fromEnv;
    if (const passwd* pw = ::getpwuid(::geteuid()); pw && pw->pw_name && *pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
    const QString user = qEnvironmentVariable("USER").trimmed();
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

Session::Session(QString command, const QString& description) : m_command(std::move(command))
{
    m_parser.setApplicationDescription(description);
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addHelpOption();
    m_parser.addOption({QStringLiteral("db"),
                        QCoreApplication::translate("cli", "Database file (default: $LODESTONE_DB, else lodestone.sqlite in the application data folder)."),
                        QCoreApplication::translate("cli", "path")});
    m_parser.addOption({QStringLiteral("lang"), QCoreApplication::translate("cli", "Language of messages, e.g. en or zh_CN."),
                        QCoreApplication::translate("cli", "code")});
    m_parser.addOption({QStringLiteral("log-level"),
                        QCoreApplication::translate("cli", "Log level: trace, debug, info, warn, error or off."),
                        QCoreApplication::translate("cli", "level")});
}

Session::~Session() = default;

void Session::addJsonOption()
{
    m_parser.addOption({QStringLiteral("json"), QCoreApplication::translate("cli", "Print one JSON document (UTF-8) instead of text.")});
}

void Session::addOption(const QStringList& names, const QString& description, const QString& valueName)
{
    m_parser.addOption(valueName.isEmpty() ? QCommandLineOption(names, description)
                                           : QCommandLineOption(names, description, valueName));
}

void Session::addEventFilterOptions()
{
    addOption({QStringLiteral("from")}, QCoreApplication::translate("cli", "Only events on or after this date (YYYY-MM-DD)."),
              QCoreApplication::translate("cli", "date"));
    addOption({QStringLiteral("to")}, QCoreApplication::translate("cli", "Only events on or before this date (YYYY-MM-DD)."),
              QCoreApplication::translate("cli", "date"));
    addOption({QStringLiteral("category")},
              QCoreApplication::translate("cli", "Only events of this category (repeatable): %1.")
                  .arg(allCategoryKeys().join(QLatin1String(", "))),
              QCoreApplication::translate("cli", "key"));
    addOption({QStringLiteral("org")},
              QCoreApplication::translate("cli", "Only events involving this organisation: name, Chinese name or alias (repeatable)."),
              QCoreApplication::translate("cli", "name"));
    addOption({QStringLiteral("verified-only")},
              QCoreApplication::translate("cli", "Only events backed by at least one verified report."));
    addOption({QStringLiteral("search")},
              QCoreApplication::translate("cli", "Only events whose title or summary, or a backing report, matches the text."),
              QCoreApplication::translate("cli", "text"));
}

void Session::addPositional(const QString& name, const QString& description, const QString& syntax)
{
    m_parser.addPositionalArgument(name, description, syntax);
}

std::optional<int> Session::parse(int minPositional, int maxPositional)
{
    const QStringList args = commandArguments(m_command);
    if (!m_parser.parse(args))
        return usageError(m_parser.errorText());
    if (m_parser.isSet(QStringLiteral("help")) || m_parser.isSet(QStringLiteral("help-all"))) {
        QString help = m_parser.helpText();
        // "Usage: /path/to/lodestone [options] ..." -> "Usage: lodestone <command> [options] ..."
        const qsizetype lineEnd = help.indexOf(QLatin1Char('\n'));
        const qsizetype at = help.indexOf(QLatin1String(" [options]"));
        if (at >= 0 && at < lineEnd) {
            const QString program = QCoreApplication::arguments().value(0);
            const qsizetype programAt = program.isEmpty() ? -1 : help.lastIndexOf(program, at);
            if (programAt >= 0 && programAt + program.size() == at)
                help.replace(programAt, program.size(), QStringLiteral("lodestone ") + m_command);
            else
                help.insert(at, QLatin1Char(' ') + m_command);
        }
        writeOut(help);
        return 0;
    }
    const qsizetype n = m_parser.positionalArguments().size();
    if (n < minPositional)
        return usageError(QCoreApplication::translate("cli", "missing argument (see lodestone %1 --help)").arg(m_command));
    if (maxPositional >= 0 && n > maxPositional)
        return usageError(QCoreApplication::translate("cli", "unexpected argument \"%1\"")
                              .arg(m_parser.positionalArguments().value(maxPositional)));
    return std::nullopt;
}

std::optional<EventFilter> Session::eventFilter()
{
    EventFilter f;
    for (const char* name : {"from", "to"}) {
        const QString opt = QString::fromLatin1(name);
        if (!m_parser.isSet(opt))
            continue;
        const QString text = m_parser.value(opt).trimmed();
        const auto d = parseIsoDate(text);
        if (!d) {
            usageError(QCoreApplication::translate("cli", "invalid date for --%1: \"%2\" (expected YYYY-MM-DD)").arg(opt, text));
            return std::nullopt;
        }
        (opt == QLatin1String("from") ? f.from : f.to) = *d;
    }
    if (f.from.isValid() && f.to.isValid() && f.from > f.to) {
        usageError(QCoreApplication::translate("cli", "--from %1 is after --to %2")
                       .arg(f.from.toString(Qt::ISODate), f.to.toString(Qt::ISODate)));
        return std::nullopt;
    }
    for (const QString& raw : m_parser.values(QStringLiteral("category"))) {
        for (const QString& part : raw.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString key = part.trimmed();
            const auto c = categoryFromKey(key);
            if (!c) {
                usageError(QCoreApplication::translate("cli", "unknown category \"%1\" (one of: %2)")
                               .arg(key, allCategoryKeys().join(QLatin1String(", "))));
                return std::nullopt;
            }
            f.categories.insert(*c);
        }
    }
    for (const QString& name : m_parser.values(QStringLiteral("org")))
        if (!name.trimmed().isEmpty())
            f.orgNames << name.trimmed();
    f.verifiedOnly = m_parser.isSet(QStringLiteral("verified-only"));
    f.search = m_parser.value(QStringLiteral("search")).trimmed();
    return f;
}

void Session::addPagingOptions()
{
    addOption({QStringLiteral("limit")}, QCoreApplication::translate("cli", "Print at most this many rows (default: all)."),
              QCoreApplication::translate("cli", "count"));
    addOption({QStringLiteral("offset")}, QCoreApplication::translate("cli", "Skip this many rows first (default 0)."),
              QCoreApplication::translate("cli", "count"));
}

std::optional<Session::Paging> Session::paging()
{
    Paging p;
    for (const char* name : {"limit", "offset"}) {
        const QString opt = QString::fromLatin1(name);
        if (!m_parser.isSet(opt))
            continue;
        bool ok = false;
        const qint64 v = m_parser.value(opt).trimmed().toLongLong(&ok);
        if (!ok || v < 0 || v > std::numeric_limits<int>::max()) {
            usageError(QCoreApplication::translate("cli", "invalid --%1 \"%2\" (expected a whole number, 0 or more)").arg(opt, m_parser.value(opt)));
            return std::nullopt;
        }
        (opt == QLatin1String("limit") ? p.limit : p.offset) = v;
    }
    return p;
}

std::optional<qint64> Session::reportIdArgument(int index)
{
    const QString text = positional().value(index).trimmed();
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0) {
        usageError(QCoreApplication::translate("cli", "invalid report id \"%1\" (expected a positive number)").arg(text));
        return std::nullopt;
    }
    return id;
}

QString Session::databasePath() const
{
    if (m_parser.isSet(QStringLiteral("db")))
        return m_parser.value(QStringLiteral("db"));
    const QString fromEnv = qEnvironmentVariable("LODESTONE_DB");
    if (!fromEnv.isEmpty())
        return fromEnv;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    return folder + QLatin1String("/lodestone.sqlite");
}

std::optional<int> Session::openDatabase()
{
    const QString path = databasePath();
    if (path.isEmpty())
        return usageError(QCoreApplication::translate("cli", "--db needs a file name"));
    // Refuse unusable files before anything could write to them (the integrity check itself runs where the file
    // is opened for writing: Writer::start; a reading command does not pay for it).
    if (const Error e = Database::check(path, Database::Integrity::Skip))
        return databaseFailure(e, path);
    const QFileInfo info(path);
    if (!info.exists()) {
        const QFileInfo folder(info.absolutePath());
        if (!folder.isDir())
            return databaseFailure({ErrorCode::NotWritable, QStringLiteral("folder %1 does not exist").arg(folder.filePath())}, path);
        if (!folder.isWritable())
            return databaseFailure({ErrorCode::NotWritable, QStringLiteral("folder %1 is not writable").arg(folder.filePath())}, path);
    }
    m_gazetteer = Gazetteer::bundled();
    m_writer = std::make_unique<Writer>(path, m_gazetteer);
    if (const Error e = m_writer->start(readsOnly(m_command) && !m_writes ? Writer::Access::Read : Writer::Access::Write)) {
        m_writer.reset();
        return databaseFailure(e, path);
    }
    return std::nullopt;
}

int Session::usageError(const QString& message) const
{
    return failure(m_command + QLatin1String(": ") + message);
}

} // namespace lodestone::cli
