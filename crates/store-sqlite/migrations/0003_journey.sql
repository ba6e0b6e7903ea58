-- The return journey, SQLite engine. Kept in step with crates/store-postgres/migrations: same
-- tables and columns; each record is stored whole in `state` (JSON) with the columns queries
-- filter on.

CREATE TABLE border_points (
    id          BLOB PRIMARY KEY NOT NULL,
    code        TEXT NOT NULL UNIQUE,
    country     TEXT NOT NULL,
    kind        TEXT NOT NULL,
    active      INTEGER NOT NULL,
    version     INTEGER NOT NULL,
    state       TEXT NOT NULL    -- JSON: bayiri_domain::journey::points::BorderPoint
) STRICT;
CREATE INDEX border_points_country ON border_points(country, code);

CREATE TABLE consular_missions (
    id              BLOB PRIMARY KEY NOT NULL,
    organisation_id BLOB NOT NULL REFERENCES organisations(id),
    represents      TEXT NOT NULL,
    state           TEXT NOT NULL    -- JSON: ConsularMission
) STRICT;

CREATE TABLE consular_requests (
    id              BLOB PRIMARY KEY NOT NULL,
    mission_id      BLOB NOT NULL REFERENCES consular_missions(id),
    case_id         BLOB NOT NULL REFERENCES cases(id),
    organisation_id BLOB NOT NULL REFERENCES organisations(id),
    status          TEXT NOT NULL,
    requested_at    TEXT NOT NULL,
    version         INTEGER NOT NULL,
    state           TEXT NOT NULL    -- JSON: ConsularRequest, with its status history
) STRICT;
CREATE INDEX consular_requests_mission ON consular_requests(mission_id, requested_at);
CREATE INDEX consular_requests_organisation ON consular_requests(organisation_id, requested_at);
CREATE INDEX consular_requests_case ON consular_requests(case_id);

CREATE TABLE return_operations (
    id                  BLOB PRIMARY KEY NOT NULL,
    organisation_id     BLOB NOT NULL REFERENCES organisations(id),
    destination_country TEXT NOT NULL,
    status              TEXT NOT NULL,
    planned_on          TEXT NOT NULL,
    version             INTEGER NOT NULL,
    state               TEXT NOT NULL    -- JSON: ReturnOperation, with its manifest
) STRICT;
CREATE INDEX return_operations_destination ON return_operations(destination_country, planned_on);

-- Which cases are on which manifest, and who (escort officers, monitors) is on which operation.
CREATE TABLE operation_cases (
    operation_id    BLOB NOT NULL REFERENCES return_operations(id),
    case_id         BLOB NOT NULL REFERENCES cases(id),
    PRIMARY KEY (operation_id, case_id)
) STRICT;
CREATE INDEX operation_cases_case ON operation_cases(case_id);
CREATE TABLE operation_members (
    operation_id    BLOB NOT NULL REFERENCES return_operations(id),
    user_id         BLOB NOT NULL REFERENCES users(id),
    PRIMARY KEY (operation_id, user_id)
) STRICT;
CREATE INDEX operation_members_user ON operation_members(user_id);

CREATE TABLE monitor_profiles (
    user_id         BLOB PRIMARY KEY NOT NULL REFERENCES users(id),
    organisation_id BLOB NOT NULL REFERENCES organisations(id),
    version         INTEGER NOT NULL,
    state           TEXT NOT NULL    -- JSON: MonitorProfile
) STRICT;

CREATE TABLE monitor_reports (
    id              BLOB PRIMARY KEY NOT NULL,
    operation_id    BLOB NOT NULL REFERENCES return_operations(id),
    author_id       BLOB NOT NULL REFERENCES users(id),
    status          TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    version         INTEGER NOT NULL,
    state           TEXT NOT NULL    -- JSON: MonitorReport
) STRICT;
CREATE INDEX monitor_reports_operation ON monitor_reports(operation_id, created_at);

CREATE TABLE arrivals (
    id                  BLOB PRIMARY KEY NOT NULL,
    case_id             BLOB NOT NULL REFERENCES cases(id),
    case_organisation_id BLOB NOT NULL REFERENCES organisations(id),
    point_id            BLOB NOT NULL REFERENCES border_points(id),
    country             TEXT NOT NULL,
    arrived_at          TEXT NOT NULL,
    state               TEXT NOT NULL    -- JSON: Arrival
) STRICT;
CREATE INDEX arrivals_country ON arrivals(country, arrived_at);
CREATE INDEX arrivals_case ON arrivals(case_id);

CREATE TABLE arrival_assistance (
    id          BLOB PRIMARY KEY NOT NULL,
    arrival_id  BLOB NOT NULL REFERENCES arrivals(id),
    person_id   BLOB NOT NULL REFERENCES persons(id),
    given_at    TEXT NOT NULL,
    state       TEXT NOT NULL    -- JSON: Assistance
) STRICT;
CREATE INDEX arrival_assistance_arrival ON arrival_assistance(arrival_id);

-- A submitted monitor report never changes (corrections are new reports), and assistance
-- given is never rewritten: the database itself refuses.
CREATE TRIGGER monitor_reports_submitted_no_update BEFORE UPDATE ON monitor_reports
WHEN OLD.status = 'submitted'
BEGIN SELECT RAISE(ABORT, 'a submitted monitor report is append-only'); END;
CREATE TRIGGER monitor_reports_no_delete BEFORE DELETE ON monitor_reports
BEGIN SELECT RAISE(ABORT, 'monitor_reports is append-only'); END;
CREATE TRIGGER arrival_assistance_no_update BEFORE UPDATE ON arrival_assistance
BEGIN SELECT RAISE(ABORT, 'arrival_assistance is append-only'); END;
CREATE TRIGGER arrival_assistance_no_delete BEFORE DELETE ON arrival_assistance
BEGIN SELECT RAISE(ABORT, 'arrival_assistance is append-only'); END;
