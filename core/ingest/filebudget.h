#pragma once
// What one input file may cost before it fails alone with ErrorCode::OverBudget: time (reading it, and preparing
// each part of it), characters of text in one report, PDF pages, and items (list rows, feed items, STIX objects).
// The budget of the file being prepared is per thread (FileBudgetScope, set by ImportPipeline::prepare) and checked
// by the readers between pages, nodes and items; linear-time readers and extraction keep the rest bounded by size.
#include "model/error.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QString>

namespace lodestone {

struct FileBudget final {
    qint64 milliseconds = 60'000;
    qsizetype textChars = 16 * 1024 * 1024;
    int pdfPages = 5'000;
    qsizetype items = 1'000'000;
};

class FileBudgetScope final {
public:
    // Sets `budget` as the current thread's budget and starts its clock; the previous one is restored after.
    explicit FileBudgetScope(const FileBudget& budget);
    ~FileBudgetScope();
    FileBudgetScope(const FileBudgetScope&) = delete;
    FileBudgetScope& operator=(const FileBudgetScope&) = delete;

    // The current thread's budget (the defaults outside a scope).
    static FileBudget current();
    // Milliseconds the current thread's file has used (0 outside a scope).
    static qint64 elapsed();
    // Starts the time budget again (the next part of a list file).
    static void restartClock();
    // An OverBudget error when the current file has used its time ("reading took more than 60 s" + where);
    // no error outside a scope.
    static Error checkTime(const QString& where);
    // OverBudget errors for the other limits, with the same wording everywhere.
    static Error tooMuchText(qsizetype chars);
    static Error tooManyItems(qsizetype items, const QString& what);

private:
    FileBudget m_budget;
    QElapsedTimer m_clock;
    QDeadlineTimer m_previousDeadline; // util/Deadline: what extraction loops look at
    FileBudgetScope* m_previous = nullptr;
};

} // namespace lodestone
