#include "writer.h"

#include "db/sqliteerror.h"
#include "extract/gazetteer.h"
#include "util/log.h"

#include <SQLiteCpp/SQLiteCpp.h>

namespace lodestone {

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
            m_context.reset();
            m_stores.reset();
            m_db.reset();
        }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    } else {
        delete m_worker;
    }
}

Error Writer::start()
{
    m_thread.start();
    Error error;
    QMetaObject::invokeMethod(m_worker, [this, &error] {
        m_db = Database::open(m_path, Database::Mode::ReadWrite, &error);
        if (!m_db)
            return;
        m_stores = std::make_unique<Stores>(*m_db);
        m_context = std::unique_ptr<WriteContext>(new WriteContext{*m_db, *m_stores, m_gazetteer});
        if (m_gazetteer) {
            try {
                SQLite::Transaction tx(m_db->sql());
                m_stores->orgs.syncGazetteer(*m_gazetteer);
                tx.commit();
            } catch (const SQLite::Exception& e) {
                error = errorFromSqlite(e, m_path);
                m_context.reset();
                m_stores.reset();
                m_db.reset();
            }
        }
    }, Qt::BlockingQueuedConnection);
    if (error)
        log::service()->error("writer failed to start on {}: {}", m_path.toStdString(), error.detail.toStdString());
    return error;
}

} // namespace lodestone
