#pragma once
// The stores over one connection, bundled for the Writer's and the readers' contexts.
// Lives on the thread that owns the connection.
#include "db/database.h"
#include "store/eventstore.h"
#include "store/organisationstore.h"
#include "store/reportstore.h"
#include "store/verificationstore.h"

namespace lodestone {

struct Stores final {
    explicit Stores(Database& database)
        : db(database), reports(database.sql()), orgs(database.sql()), events(database.sql()),
          verifications(database.sql())
    {
    }
    Database& db;
    ReportStore reports;
    OrganisationStore orgs;
    EventStore events;
    VerificationStore verifications;
};

} // namespace lodestone
