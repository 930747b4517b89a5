#include "clioutput.h"

#include "util/printable.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <cstdio>
#include <unistd.h>

namespace lodestone::cli {

namespace {

void writeTo(FILE* stream, const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
    std::fflush(stream);
}

QString oneLine(QString s)
{
    s.replace(QLatin1Char('\r'), QLatin1Char(' '));
    s.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return s.trimmed();
}

QString joinReason(const QString& reason, const QString& technical)
{
    if (technical.isEmpty() || technical.compare(reason, Qt::CaseInsensitive) == 0)
        return reason;
    return reason + QLatin1String(": ") + technical;
}

} // namespace

void writeOut(const QString& text)
{
    writeTo(stdout, printableText(text)); // a title or file name never drives the terminal
}

void writeErr(const QString& text)
{
    writeTo(stderr, printableText(text));
}

void writeTerminalControl(const QString& text)
{
    writeTo(stderr, text);
}

void writeJson(const QJsonArray& array)
{
    writeTo(stdout, QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)) + QLatin1Char('\n'));
}

void writeJson(const QJsonObject& object)
{
    writeTo(stdout, QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) + QLatin1Char('\n'));
}

void beginJsonArray()
{
    writeTo(stdout, QStringLiteral("["));
}

void writeJsonElement(const QJsonObject& object, bool first)
{
    const QByteArray bytes = (first ? QByteArray() : QByteArrayLiteral(",")) + QJsonDocument(object).toJson(QJsonDocument::Compact);
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
}

void endJsonArray()
{
    writeTo(stdout, QStringLiteral("]\n"));
}

bool stderrIsTerminal()
{
    return ::isatty(::fileno(stderr)) == 1;
}

QString technicalDetail(const Error& error, const QString& path)
{
    QString detail = oneLine(error.detail);
    if (!path.isEmpty()) {
        if (detail.startsWith(path + QLatin1String(": ")))
            detail = detail.mid(path.size() + 2);
        const QString suffix = QLatin1String(" (") + path + QLatin1Char(')');
        if (detail.endsWith(suffix))
            detail.chop(suffix.size());
    }
    return detail.trimmed();
}

QString describeFileError(const Error& error, const QString& path)
{
    QString reason;
    switch (error.code) {
    case ErrorCode::EmptyInput: reason = QCoreApplication::translate("cli", "no text to import"); break;
    case ErrorCode::BinaryInput: reason = QCoreApplication::translate("cli", "binary data, not a document"); break;
    case ErrorCode::TooLarge: reason = QCoreApplication::translate("cli", "file too large"); break;
    case ErrorCode::Truncated: reason = QCoreApplication::translate("cli", "file is truncated"); break;
    case ErrorCode::Unsupported: reason = QCoreApplication::translate("cli", "unsupported format"); break;
    case ErrorCode::Parse: reason = QCoreApplication::translate("cli", "cannot be parsed"); break;
    case ErrorCode::Io:
    case ErrorCode::NotFound: reason = QCoreApplication::translate("cli", "cannot read the file"); break;
    case ErrorCode::Cancelled: reason = QCoreApplication::translate("cli", "cancelled"); break;
    case ErrorCode::DiskFull:
        // The Importer stops the batch here; the technical detail counts the files not attempted.
        reason = QCoreApplication::translate("cli", "the disk is full, the import stopped");
        break;
    case ErrorCode::Locked: reason = QCoreApplication::translate("cli", "the database is locked"); break;
    case ErrorCode::OverBudget: reason = QCoreApplication::translate("cli", "over the limits for one file"); break;
    case ErrorCode::Refused: reason = QCoreApplication::translate("cli", "not read"); break;
    default: reason = QCoreApplication::translate("cli", "import failed"); break;
    }
    return joinReason(reason, technicalDetail(error, path));
}

QString describeDatabaseError(const Error& error, const QString& path)
{
    QString reason;
    switch (error.code) {
    case ErrorCode::NotADatabase: reason = QCoreApplication::translate("cli", "not a Lodestone database"); break;
    case ErrorCode::Corrupt: reason = QCoreApplication::translate("cli", "the database is damaged"); break;
    case ErrorCode::NewerSchema:
        reason = QCoreApplication::translate("cli", "the database was written by a newer version of Lodestone");
        break;
    case ErrorCode::NotWritable: reason = QCoreApplication::translate("cli", "the database cannot be written"); break;
    case ErrorCode::Locked: reason = QCoreApplication::translate("cli", "the database is locked by another program"); break;
    case ErrorCode::DiskFull: reason = QCoreApplication::translate("cli", "the disk is full"); break;
    case ErrorCode::NotFound: reason = QCoreApplication::translate("cli", "no such database"); break;
    default: reason = QCoreApplication::translate("cli", "cannot open the database"); break;
    }
    return joinReason(reason, technicalDetail(error, path));
}

int databaseFailure(const Error& error, const QString& path)
{
    writeErr(QStringLiteral("lodestone: %1: %2\n").arg(path, describeDatabaseError(error, path)));
    return 2;
}

int failure(const QString& message)
{
    writeErr(QStringLiteral("lodestone: %1\n").arg(oneLine(message)));
    return 2;
}

} // namespace lodestone::cli
