#pragma once
// The stores over one connection, bundled for the Writer's and the readers' contexts.
// Lives on the thread that owns the connection.
#include "db/database.h"
#include "store/eventstore.h"
#include "store/organisationstore.h"
#include "store/reportstore.h"
#include "store/timelinestore.h"
#include "store/verificationstore.h"

namespace lodestone {

struct Stores final {
    explicit Stores(Database& database)
        : db(database), reports(database.sql()), orgs(database.sql()), events(database.sql()),
          timeline(database.sql()), verifications(database.sql())
    {
    }
    Database& db;
    ReportStore reports;
    OrganisationStore orgs;
    EventStore events;
    TimelineStore timeline; // the timeline's and the charts' event index source
    VerificationStore verifications;
};

} // namespace lodestone
