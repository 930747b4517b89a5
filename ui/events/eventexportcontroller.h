#pragma once
// File › Export Events…: asks for a file and a format (CSV, JSON, STIX 2.1 bundle, TimelineJS), then gathers
// the events of the current filter and writes the file (atomically) on a reader thread. GUI thread.
#include "interchange/eventexporter.h"

#include <QObject>
#include <QString>

class QWidget;

namespace lodestone {

class DataHub;

class EventExportController final : public QObject {
    Q_OBJECT
public:
    EventExportController(DataHub& hub, QWidget* dialogParent);

    void exportWithDialog();
    // Writes the current filter's events to `path` without asking (used by the dialog path and by tests).
    void exportTo(const QString& path, InterchangeFormat format);

signals:
    // ok: the file was written; message: what to tell the user (translated).
    void finished(bool ok, const QString& message);

private:
    DataHub& m_hub;
    QWidget* m_dialogParent = nullptr;
};

} // namespace lodestone
