-- Bayiri schema, PostgreSQL engine. Kept in step with crates/store-sqlite/migrations: same
-- versions, same tables and columns, types mapped per engine.

CREATE TABLE organisations (
    id          UUID PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL,
    country     TEXT NOT NULL
);

CREATE TABLE offices (
    id              UUID PRIMARY KEY,
    organisation_id UUID NOT NULL REFERENCES organisations(id),
    code            TEXT NOT NULL UNIQUE,
    name            TEXT NOT NULL,
    country         TEXT NOT NULL
);

CREATE TABLE case_sequences (
    office_id   UUID NOT NULL REFERENCES offices(id),
    year        INTEGER NOT NULL,
    last_value  BIGINT NOT NULL,
    PRIMARY KEY (office_id, year)
);

CREATE TABLE users (
    id              UUID PRIMARY KEY,
    username        TEXT NOT NULL UNIQUE,
    display_name    TEXT NOT NULL,
    password_hash   TEXT NOT NULL,
    role            TEXT NOT NULL,
    organisation_id UUID NOT NULL REFERENCES organisations(id),
    countries       JSONB NOT NULL,
    language        TEXT NOT NULL,
    disabled        BOOLEAN NOT NULL DEFAULT FALSE,
    version         BIGINT NOT NULL
);

CREATE TABLE auth_tokens (
    id          UUID PRIMARY KEY,
    user_id     UUID NOT NULL REFERENCES users(id),
    hash        BYTEA NOT NULL UNIQUE,
    kind        TEXT NOT NULL,
    label       TEXT,
    csrf_secret BYTEA,
    created_at  TIMESTAMPTZ NOT NULL,
    expires_at  TIMESTAMPTZ NOT NULL,
    revoked_at  TIMESTAMPTZ
);
CREATE INDEX auth_tokens_user ON auth_tokens(user_id);

CREATE TABLE persons (
    id                  UUID PRIMARY KEY,
    organisation_id     UUID NOT NULL REFERENCES organisations(id),
    registered_in       TEXT NOT NULL,
    display_name        TEXT NOT NULL,
    search_text         TEXT NOT NULL,
    details             JSONB NOT NULL,
    version             BIGINT NOT NULL,
    created_at          TIMESTAMPTZ NOT NULL,
    updated_at          TIMESTAMPTZ NOT NULL
);
CREATE INDEX persons_scope ON persons(organisation_id, registered_in);

CREATE TABLE cases (
    id                  UUID PRIMARY KEY,
    number              TEXT NOT NULL UNIQUE,
    principal_id        UUID NOT NULL REFERENCES persons(id),
    category            TEXT NOT NULL,
    host_country        TEXT NOT NULL,
    return_country      TEXT NOT NULL,
    organisation_id     UUID NOT NULL REFERENCES organisations(id),
    office_id           UUID NOT NULL REFERENCES offices(id),
    case_worker_id      UUID REFERENCES users(id),
    priority            TEXT NOT NULL,
    stage               TEXT NOT NULL,
    flags               JSONB NOT NULL,
    version             BIGINT NOT NULL,
    opened_at           TIMESTAMPTZ NOT NULL,
    updated_at          TIMESTAMPTZ NOT NULL,
    stage_entered_at    TIMESTAMPTZ NOT NULL,
    state               JSONB NOT NULL
);
CREATE INDEX cases_scope_host ON cases(organisation_id, host_country, id);
CREATE INDEX cases_scope_return ON cases(organisation_id, return_country, id);
CREATE INDEX cases_stage ON cases(stage);
CREATE INDEX cases_principal ON cases(principal_id);

CREATE TABLE case_persons (
    case_id      UUID NOT NULL REFERENCES cases(id),
    person_id    UUID NOT NULL REFERENCES persons(id),
    is_principal BOOLEAN NOT NULL,
    PRIMARY KEY (case_id, person_id)
);
CREATE INDEX case_persons_person ON case_persons(person_id);

CREATE TABLE case_events (
    case_id     UUID NOT NULL REFERENCES cases(id),
    sequence    BIGINT NOT NULL,
    at          TIMESTAMPTZ NOT NULL,
    actor_id    UUID NOT NULL,
    kind        TEXT NOT NULL,
    reason      TEXT,
    payload     JSONB NOT NULL,
    PRIMARY KEY (case_id, sequence)
);

CREATE TABLE audit_log (
    id              UUID PRIMARY KEY,
    at              TIMESTAMPTZ NOT NULL,
    actor_id        UUID,
    organisation_id UUID,
    action          TEXT NOT NULL,
    target_kind     TEXT NOT NULL,
    target_id       TEXT,
    detail          JSONB NOT NULL,
    correlation_id  TEXT
);
CREATE INDEX audit_log_org_at ON audit_log(organisation_id, at);
CREATE INDEX audit_log_target ON audit_log(target_id);

-- The case history and the audit log are append-only: the database itself refuses changes.
CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END;
$$;
CREATE TRIGGER case_events_append_only BEFORE UPDATE OR DELETE ON case_events
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
