#pragma once
// One command-line invocation: the command's QCommandLineParser with the global options (--db, --lang,
// --log-level, --help), argument parsing with usage errors, and the database opened through the Writer.
// Lives on the main thread of the CLI for the duration of one command.
#include "model/error.h"
#include "query/eventfilter.h"
#include "service/writer.h"

#include <QCommandLineParser>
#include <QString>
#include <memory>
#include <optional>

namespace lodestone {
class Gazetteer;
}

namespace lodestone::cli {

class Session final {
public:
    Session(QString command, const QString& description);
    ~Session();
    Session(const Session&) = delete;
    Session& operator=(const Session&) = delete;

    const QString& command() const { return m_command; }
    QCommandLineParser& parser() { return m_parser; }

    // Adds --json.
    void addJsonOption();
    // Adds a value option (name, translated description, value name).
    void addOption(const QStringList& names, const QString& description, const QString& valueName = {});
    // Adds the event filter options of `events`, `export` and `export-chart`.
    void addEventFilterOptions();
    void addPositional(const QString& name, const QString& description, const QString& syntax);

    // Parses the process arguments (without the command word). Returns an exit code when the command
    // must stop now (0 after --help, 2 on a usage error), std::nullopt to go on.
    std::optional<int> parse(int minPositional, int maxPositional);

    bool json() const { return m_parser.isSet(QStringLiteral("json")); }
    bool isSet(const QString& name) const { return m_parser.isSet(name); }
    QString value(const QString& name) const { return m_parser.value(name); }
    QStringList values(const QString& name) const { return m_parser.values(name); }
    QStringList positional() const { return m_parser.positionalArguments(); }

    // Reads and validates the event filter options; std::nullopt after printing a usage error.
    std::optional<EventFilter> eventFilter();
    // Adds --limit and --offset to a listing command.
    void addPagingOptions();
    struct Paging final {
        qint64 limit = -1; // all
        qint64 offset = 0;
    };
    // Reads --limit and --offset; std::nullopt after printing a usage error.
    std::optional<Paging> paging();
    // A report id given as positional argument `index`; std::nullopt after printing a usage error.
    std::optional<qint64> reportIdArgument(int index);

    // The database path: --db, else $LODESTONE_DB, else <app data folder>/lodestone.sqlite.
    QString databasePath() const;
    // Checks, creates or migrates the database and starts the writer. Returns 2 after printing the
    // reason when the database cannot be used, std::nullopt when it is open.
    std::optional<int> openDatabase();
    Writer& writer() { return *m_writer; }
    // A command that usually only reads (`report`) is about to write: open with the instance lock.
    void requireWrite() { m_writes = true; }
    std::shared_ptr<const Gazetteer> gazetteer() const { return m_gazetteer; }

    // Runs fn(WriteContext&) on the writer's connection and waits for the result.
    template <class F>
    auto query(F fn)
    {
        return m_writer->submit(std::move(fn)).result();
    }

    // Prints "lodestone: <command>: <message>" on stderr and returns 2.
    int usageError(const QString& message) const;

private:
    QString m_command;
    QCommandLineParser m_parser;
    std::shared_ptr<const Gazetteer> m_gazetteer;
    std::unique_ptr<Writer> m_writer;
    bool m_writes = false;
};

// The command's own arguments: the process arguments without the command word.
QStringList commandArguments(const QString& command);
// The analyst name for verification: $LODESTONE_ANALYST, else the operating system user name.
QString defaultAnalyst();

} // namespace lodestone::cli
