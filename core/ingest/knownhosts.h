#pragma once
// The bundled table of publishers by host name (resources/extract/publishers.json): news.metal.com -> SMM,
// argusmedia.com -> Argus Media, mofcom.gov.cn -> 商务部 … Loaded once, immutable afterwards; any thread.
#include <QHash>
#include <QString>
#include <optional>
#include <utility>

namespace lodestone {

class KnownHosts final {
public:
    static const KnownHosts& bundled();
    // Reads a table {"hosts": {"host": "publisher", …}}; an unreadable one gives an empty table.
    static KnownHosts fromJson(const QByteArray& json);

    // The publisher of the URL's host or of the nearest parent domain in the table, with the host matched.
    std::optional<std::pair<QString, QString>> publisherFor(const QString& url) const;
    qsizetype size() const { return m_hosts.size(); }

private:
    QHash<QString, QString> m_hosts;
};

} // namespace lodestone
