#include "writer.h"

#include "db/checkpointer.h"
#include "db/integritymark.h"
#include "db/sqliteerror.h"
#include "db/migrations.h"
#include "db/untouchedopen.h"
#include "extract/gazetteer.h"
#include "service/instancelock.h"
#include "util/log.h"

#include <QFileInfo>
#include <SQLiteCpp/SQLiteCpp.h>

namespace lodestone {

namespace {

bool isMemoryPath(const QString& path)
{
    return path.isEmpty() || path == QLatin1String(":memory:") || path.startsWith(QLatin1String("file::memory:"));
}

// True when path is an existing database already at this build's schema version: it can be read without
// migrating, so without the instance lock. (Database::open still checks it before use; reading a non-database
// here only throws.)
bool readableAsIs(const QString& path)
{
    if (isMemoryPath(path) || !QFileInfo(path).isFile() || QFileInfo(path).size() == 0)
        return false;
    return untouchedSchemaVersion(path) == Migrations::currentVersion(); // a look that creates no -wal/-shm
}

} // namespace

Writer::Writer(QString path, std::shared_ptr<const Gazetteer> gazetteer, QObject* parent)
    : QObject(parent), m_path(std::move(path)), m_gazetteer(std::move(gazetteer))
{
    m_thread.setObjectName(QStringLiteral("lodestone-writer"));
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
}

Writer::~Writer()
{
    if (m_thread.isRunning()) {
        // Close the connection on its own thread, then stop.
        QMetaObject::invokeMethod(m_worker, [this] {
            m_checkpointer.reset(); // before the connection it hooks into
            m_context.reset();
            m_stores.reset();
            m_db.reset();
        }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
        // Closed cleanly (the last connection folds the WAL back): the next open may skip the integrity check.
        if (!m_readOnly && m_started && !isMemoryPath(m_path))
            IntegrityMark::write(m_path);
    } else {
        delete m_worker;
    }
    m_lock.reset(); // after the connection is closed
}

Error Writer::start(Access access)
{
    // Refuse a special file, a folder or another program's database before anything is created next to it (the
    // lock file) or opened in a way that changes it.
    if (!isMemoryPath(m_path)) {
        if (const Error e = Database::check(m_path, Database::Integrity::Skip)) {
            log::service()->info("writer refused {}: {}", m_path.toStdString(), e.detail.toStdString());
            return e;
        }
    }
    m_readOnly = access == Access::Read && readableAsIs(m_path);
    if (!m_readOnly && !isMemoryPath(m_path)) {
        auto lock = std::make_unique<InstanceLock>(m_path);
        if (const Error e = lock->acquire()) {
            log::service()->info("writer refused {}: {}", m_path.toStdString(), e.detail.toStdString());
            return e;
        }
        m_lock = std::move(lock);
    }
    m_thread.start();
    Error error;
    QMetaObject::invokeMethod(m_worker, [this, &error] {
        m_db = Database::open(m_path, m_readOnly ? Database::Mode::ReadOnly : Database::Mode::ReadWrite, &error);
        if (!m_db)
            return;
        m_stores = std::make_unique<Stores>(*m_db);
        m_context = std::unique_ptr<WriteContext>(new WriteContext{*m_db, *m_stores, m_gazetteer});
        if (!m_readOnly && !isMemoryPath(m_path)) {
            auto checkpointer = std::make_unique<Checkpointer>(m_path);
            if (!checkpointer->attach(m_db->sql().getHandle()))
                m_checkpointer = std::move(checkpointer);
        }
        if (m_gazetteer && !m_readOnly) {
            try {
                SQLite::Transaction tx(m_db->sql());
                m_stores->orgs.syncGazetteer(*m_gazetteer);
                tx.commit();
            } catch (const SQLite::Exception& e) {
                error = errorFromSqlite(e, m_path);
                m_checkpointer.reset();
                m_context.reset();
                m_stores.reset();
                m_db.reset();
            }
        }
    }, Qt::BlockingQueuedConnection);
    m_started = !error;
    if (error) {
        m_lock.reset();
        log::service()->error("writer failed to start on {}: {}", m_path.toStdString(), error.detail.toStdString());
    }
    return error;
}

} // namespace lodestone
