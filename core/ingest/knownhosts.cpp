#include "knownhosts.h"

#include "util/log.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace lodestone {

KnownHosts KnownHosts::fromJson(const QByteArray& json)
{
    KnownHosts out;
    const QJsonObject hosts = QJsonDocument::fromJson(json).object().value(QStringLiteral("hosts")).toObject();
    for (auto it = hosts.begin(); it != hosts.end(); ++it)
        if (!it.key().trimmed().isEmpty() && !it.value().toString().trimmed().isEmpty())
            out.m_hosts.insert(it.key().trimmed().toLower(), it.value().toString().trimmed());
    return out;
}

const KnownHosts& KnownHosts::bundled()
{
    static const KnownHosts table = [] {
        QFile f(QStringLiteral(":/core/extract/publishers.json"));
        if (!f.open(QIODevice::ReadOnly)) {
            log::ingest()->error("the bundled publisher table cannot be read: {}", f.errorString().toStdString());
            return KnownHosts{};
        }
        return fromJson(f.readAll());
    }();
    return table;
}

std::optional<std::pair<QString, QString>> KnownHosts::publisherFor(const QString& url) const
{
    if (m_hosts.isEmpty() || url.trimmed().isEmpty()) return std::nullopt;
    const QUrl u(url.trimmed(), QUrl::TolerantMode);
    QString host = u.host().toLower();
    if (host.isEmpty()) return std::nullopt;
    // news.metal.com -> metal.com -> com: the most specific entry wins
    while (host.contains(u'.')) {
        if (const auto it = m_hosts.constFind(host); it != m_hosts.cend()) return std::pair{*it, host};
        host = host.section(u'.', 1);
    }
    return std::nullopt;
}

} // namespace lodestone
