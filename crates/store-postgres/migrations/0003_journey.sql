-- The return journey, PostgreSQL engine. Kept in step with crates/store-sqlite/migrations:
-- same tables and columns, types mapped per engine.

CREATE TABLE border_points (
    id          UUID PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE,
    country     TEXT NOT NULL,
    kind        TEXT NOT NULL,
    active      BOOLEAN NOT NULL,
    version     BIGINT NOT NULL,
    state       JSONB NOT NULL
);
CREATE INDEX border_points_country ON border_points(country, code);

CREATE TABLE consular_missions (
    id              UUID PRIMARY KEY,
    organisation_id UUID NOT NULL REFERENCES organisations(id),
    represents      TEXT NOT NULL,
    state           JSONB NOT NULL
);

CREATE TABLE consular_requests (
    id              UUID PRIMARY KEY,
    mission_id      UUID NOT NULL REFERENCES consular_missions(id),
    case_id         UUID NOT NULL REFERENCES cases(id),
    organisation_id UUID NOT NULL REFERENCES organisations(id),
    status          TEXT NOT NULL,
    requested_at    TIMESTAMPTZ NOT NULL,
    version         BIGINT NOT NULL,
    state           JSONB NOT NULL
);
CREATE INDEX consular_requests_mission ON consular_requests(mission_id, requested_at);
CREATE INDEX consular_requests_organisation ON consular_requests(organisation_id, requested_at);
CREATE INDEX consular_requests_case ON consular_requests(case_id);

CREATE TABLE return_operations (
    id                  UUID PRIMARY KEY,
    organisation_id     UUID NOT NULL REFERENCES organisations(id),
    destination_country TEXT NOT NULL,
    status              TEXT NOT NULL,
    planned_on          DATE NOT NULL,
    version             BIGINT NOT NULL,
    state               JSONB NOT NULL
);
CREATE INDEX return_operations_destination ON return_operations(destination_country, planned_on);

CREATE TABLE operation_cases (
    operation_id    UUID NOT NULL REFERENCES return_operations(id),
    case_id         UUID NOT NULL REFERENCES cases(id),
    PRIMARY KEY (operation_id, case_id)
);
CREATE INDEX operation_cases_case ON operation_cases(case_id);
CREATE TABLE operation_members (
    operation_id    UUID NOT NULL REFERENCES return_operations(id),
    user_id         UUID NOT NULL REFERENCES users(id),
    PRIMARY KEY (operation_id, user_id)
);
CREATE INDEX operation_members_user ON operation_members(user_id);

CREATE TABLE monitor_profiles (
    user_id         UUID PRIMARY KEY REFERENCES users(id),
    organisation_id UUID NOT NULL REFERENCES organisations(id),
    version         BIGINT NOT NULL,
    state           JSONB NOT NULL
);

CREATE TABLE monitor_reports (
    id              UUID PRIMARY KEY,
    operation_id    UUID NOT NULL REFERENCES return_operations(id),
    author_id       UUID NOT NULL REFERENCES users(id),
    status          TEXT NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    version         BIGINT NOT NULL,
    state           JSONB NOT NULL
);
CREATE INDEX monitor_reports_operation ON monitor_reports(operation_id, created_at);

CREATE TABLE arrivals (
    id                  UUID PRIMARY KEY,
    case_id             UUID NOT NULL REFERENCES cases(id),
    case_organisation_id UUID NOT NULL REFERENCES organisations(id),
    point_id            UUID NOT NULL REFERENCES border_points(id),
    country             TEXT NOT NULL,
    arrived_at          TIMESTAMPTZ NOT NULL,
    state               JSONB NOT NULL
);
CREATE INDEX arrivals_country ON arrivals(country, arrived_at);
CREATE INDEX arrivals_case ON arrivals(case_id);

CREATE TABLE arrival_assistance (
    id          UUID PRIMARY KEY,
    arrival_id  UUID NOT NULL REFERENCES arrivals(id),
    person_id   UUID NOT NULL REFERENCES persons(id),
    given_at    TIMESTAMPTZ NOT NULL,
    state       JSONB NOT NULL
);
CREATE INDEX arrival_assistance_arrival ON arrival_assistance(arrival_id);

-- A submitted monitor report never changes (corrections are new reports), and assistance
-- given is never rewritten: the database itself refuses.
CREATE FUNCTION refuse_submitted_report_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' OR OLD.status = 'submitted' THEN
        RAISE EXCEPTION 'a submitted monitor report is append-only';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER monitor_reports_append_only BEFORE UPDATE OR DELETE ON monitor_reports
    FOR EACH ROW EXECUTE FUNCTION refuse_submitted_report_change();
CREATE TRIGGER arrival_assistance_append_only BEFORE UPDATE OR DELETE ON arrival_assistance
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
