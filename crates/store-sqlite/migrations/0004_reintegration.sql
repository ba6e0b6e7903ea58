-- Reintegration and monitoring, SQLite engine. Kept in step with crates/store-postgres/migrations:
-- same tables and columns, types mapped per engine.
--
-- The reintegration records share one shape: the record whole in `state` (JSON), the
-- organisation that owns it, the other party (a referral's provider organisation, a plan's
-- programme), a country, a status and a sort key that lists are ordered by, and a version for
-- optimistic concurrency. The cases a record concerns are in reintegration_record_cases.

CREATE TABLE reintegration_programmes (
    id              BLOB PRIMARY KEY NOT NULL,
    organisation_id BLOB NOT NULL REFERENCES organisations(id),
    party_id        BLOB,
    country         TEXT,
    status          TEXT,
    sort_key        TEXT NOT NULL,
    version         INTEGER NOT NULL,
    state           TEXT NOT NULL    -- JSON: Programme
) STRICT;
CREATE INDEX reintegration_programmes_organisation ON reintegration_programmes(organisation_id, sort_key);
CREATE INDEX reintegration_programmes_party ON reintegration_programmes(party_id, sort_key);
CREATE INDEX reintegration_programmes_country ON reintegration_programmes(country, sort_key);

CREATE TABLE needs_assessments (
    id              BLOB PRIMARY KEY NOT NULL,
    organisation_id BLOB NOT NULL REFERENCES organisations(id),
    party_id        BLOB,
    country         TEXT,
    status          TEXT,
    sort_key        TEXT NOT NULL,
    version         INTEGER NOT NULL,
    state           TEXT NOT NULL    -- JSON: NeedsAssessment
) STRICT;
CREATE INDEX needs_assessments_organisation ON needs_assessments(organisation_id, sort_key);
CREATE INDEX needs_assessments_party ON needs_assessments(party_id, sort_key);
CREATE INDEX needs_assessments_country ON needs_assessments(country, sort_key);

CREATE TABLE reintegration_plans (
    id              BLOB PRIMARY KEY NOT NULL,
    organisation_id BLOB NOT NULL REFERENCES organisations(id),
    party_id        BLOB,
    country         TEXT,
    status          TEXT,
    sort_key        TEXT NOT NULL,
    version         INTEGER NOT NULL,
    state           TEXT NOT NULL    -- JSON: Plan, with items, milestones and tranches
) STRICT;
CREATE INDEX reintegration_plans_organisation ON reintegration_plans(organisation_id, sort_key);
CREATE INDEX reintegration_plans_party ON reintegration_plans(party_id, sort_key);
CREATE INDEX reintegration_plans_country ON reintegration_plans(country, sort_key);

CREATE TABLE service_providers (
    id              BLOB PRIMARY KEY NOT NULL,
    organisation_id BLOB NOT NULL REFERENCES organisations(id),
    party_id        BLOB,
    country         TEXT,
    status          TEXT,
    sort_key        TEXT NOT NULL,
    version         INTEGER NOT NULL,
    state           TEXT NOT NULL    -- JSON: Provider (service directory)
) STRICT;
CREATE INDEX service_providers_organisation ON service_providers(organisation_id, sort_key);
CREATE INDEX service_providers_party ON service_providers(party_id, sort_key);
CREATE INDEX service_providers_country ON service_providers(country, sort_key);

CREATE TABLE service_referrals (
    id              BLOB PRIMARY KEY NOT NULL,
    organisation_id BLOB NOT NULL REFERENCES organisations(id),
    party_id        BLOB,
    country         TEXT,
    status          TEXT,
    sort_key        TEXT NOT NULL,
    version         INTEGER NOT NULL,
    state           TEXT NOT NULL    -- JSON: ServiceReferral, with its feedback
) STRICT;
CREATE INDEX service_referrals_organisation ON service_referrals(organisation_id, sort_key);
CREATE INDEX service_referrals_party ON service_referrals(party_id, sort_key);
CREATE INDEX service_referrals_country ON service_referrals(country, sort_key);

CREATE TABLE opportunities (
    id              BLOB PRIMARY KEY NOT NULL,
    organisation_id BLOB NOT NULL REFERENCES organisations(id),
    party_id        BLOB,
    country         TEXT,
    status          TEXT,
    sort_key        TEXT NOT NULL,
    version         INTEGER NOT NULL,
    state           TEXT NOT NULL    -- JSON: Opportunity
) STRICT;
CREATE INDEX opportunities_organisation ON opportunities(organisation_id, sort_key);
CREATE INDEX opportunities_party ON opportunities(party_id, sort_key);
CREATE INDEX opportunities_country ON opportunities(country, sort_key);

CREATE TABLE follow_ups (
    id              BLOB PRIMARY KEY NOT NULL,
    organisation_id BLOB NOT NULL REFERENCES organisations(id),
    party_id        BLOB,
    country         TEXT,
    status          TEXT,
    sort_key        TEXT NOT NULL,
    version         INTEGER NOT NULL,
    state           TEXT NOT NULL    -- JSON: FollowUp, with its survey and scores
) STRICT;
CREATE INDEX follow_ups_organisation ON follow_ups(organisation_id, sort_key);
CREATE INDEX follow_ups_party ON follow_ups(party_id, sort_key);
CREATE INDEX follow_ups_country ON follow_ups(country, sort_key);

CREATE TABLE re_migrations (
    id              BLOB PRIMARY KEY NOT NULL,
    organisation_id BLOB NOT NULL REFERENCES organisations(id),
    party_id        BLOB,
    country         TEXT,
    status          TEXT,
    sort_key        TEXT NOT NULL,
    version         INTEGER NOT NULL,
    state           TEXT NOT NULL    -- JSON: ReMigration
) STRICT;
CREATE INDEX re_migrations_organisation ON re_migrations(organisation_id, sort_key);
CREATE INDEX re_migrations_party ON re_migrations(party_id, sort_key);
CREATE INDEX re_migrations_country ON re_migrations(country, sort_key);

-- Programme codes are unique.
CREATE UNIQUE INDEX reintegration_programmes_code ON reintegration_programmes(sort_key);
-- Due follow-ups by date, for the overdue queues.
CREATE INDEX follow_ups_status_due ON follow_ups(status, sort_key);

CREATE TABLE reintegration_record_cases (
    table_name  TEXT NOT NULL,
    record_id   BLOB NOT NULL,
    case_id     BLOB NOT NULL REFERENCES cases(id),
    PRIMARY KEY (table_name, record_id, case_id)
) STRICT;
CREATE INDEX reintegration_record_cases_case ON reintegration_record_cases(case_id, table_name);

-- Proofs of payment (receipts, photos), kept in the database so that a backup holds them.
CREATE TABLE plan_attachments (
    id          BLOB PRIMARY KEY NOT NULL,
    plan_id     BLOB NOT NULL REFERENCES reintegration_plans(id),
    meta        TEXT NOT NULL,    -- JSON: AttachmentMeta
    bytes       BLOB NOT NULL
) STRICT;
CREATE INDEX plan_attachments_plan ON plan_attachments(plan_id);

-- Sustainability scoring schemes; a version, once stored, never changes.
CREATE TABLE scoring_schemes (
    code        TEXT NOT NULL,
    version     INTEGER NOT NULL,
    state       TEXT NOT NULL,    -- JSON: ScoringScheme
    PRIMARY KEY (code, version)
) STRICT;
