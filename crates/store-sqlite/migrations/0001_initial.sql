-- Bayiri schema, SQLite engine. Kept in step with crates/store-postgres/migrations: same
-- versions, same tables and columns, types mapped per engine (UUID → BLOB, TIMESTAMPTZ → TEXT
-- in RFC 3339, JSONB → TEXT, BOOLEAN → INTEGER).

CREATE TABLE organisations (
    id          BLOB PRIMARY KEY NOT NULL,
    code        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL,
    country     TEXT NOT NULL
) STRICT;

CREATE TABLE offices (
    id              BLOB PRIMARY KEY NOT NULL,
    organisation_id BLOB NOT NULL REFERENCES organisations(id),
    code            TEXT NOT NULL UNIQUE,
    name            TEXT NOT NULL,
    country         TEXT NOT NULL
) STRICT;

CREATE TABLE case_sequences (
    office_id   BLOB NOT NULL REFERENCES offices(id),
    year        INTEGER NOT NULL,
    last_value  INTEGER NOT NULL,
    PRIMARY KEY (office_id, year)
) STRICT;

CREATE TABLE users (
    id              BLOB PRIMARY KEY NOT NULL,
    username        TEXT NOT NULL UNIQUE,
    display_name    TEXT NOT NULL,
    password_hash   TEXT NOT NULL,
    role            TEXT NOT NULL,
    organisation_id BLOB NOT NULL REFERENCES organisations(id),
    countries       TEXT NOT NULL,   -- JSON array of ISO 3166-1 alpha-3 codes
    language        TEXT NOT NULL,
    disabled        INTEGER NOT NULL DEFAULT 0,
    version         INTEGER NOT NULL
) STRICT;

CREATE TABLE auth_tokens (
    id          BLOB PRIMARY KEY NOT NULL,
    user_id     BLOB NOT NULL REFERENCES users(id),
    hash        BLOB NOT NULL UNIQUE,   -- SHA-256 of the secret; the secret is never stored
    kind        TEXT NOT NULL,
    label       TEXT,
    csrf_secret BLOB,
    created_at  TEXT NOT NULL,
    expires_at  TEXT NOT NULL,
    revoked_at  TEXT
) STRICT;
CREATE INDEX auth_tokens_user ON auth_tokens(user_id);

CREATE TABLE persons (
    id                  BLOB PRIMARY KEY NOT NULL,
    organisation_id     BLOB NOT NULL REFERENCES organisations(id),
    registered_in       TEXT NOT NULL,
    display_name        TEXT NOT NULL,
    search_text         TEXT NOT NULL,
    details             TEXT NOT NULL,   -- JSON: bayiri_domain::person::PersonDetails
    version             INTEGER NOT NULL,
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL
) STRICT;
CREATE INDEX persons_scope ON persons(organisation_id, registered_in);

CREATE TABLE cases (
    id                  BLOB PRIMARY KEY NOT NULL,
    number              TEXT NOT NULL UNIQUE,
    principal_id        BLOB NOT NULL REFERENCES persons(id),
    category            TEXT NOT NULL,
    host_country        TEXT NOT NULL,
    return_country      TEXT NOT NULL,
    organisation_id     BLOB NOT NULL REFERENCES organisations(id),
    office_id           BLOB NOT NULL REFERENCES offices(id),
    case_worker_id      BLOB REFERENCES users(id),
    priority            TEXT NOT NULL,
    stage               TEXT NOT NULL,
    flags               TEXT NOT NULL,   -- JSON array
    version             INTEGER NOT NULL,
    opened_at           TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    stage_entered_at    TEXT NOT NULL,
    state               TEXT NOT NULL    -- JSON: bayiri_domain::case::Case, the fold of its events
) STRICT;
CREATE INDEX cases_scope_host ON cases(organisation_id, host_country, id);
CREATE INDEX cases_scope_return ON cases(organisation_id, return_country, id);
CREATE INDEX cases_stage ON cases(stage);
CREATE INDEX cases_principal ON cases(principal_id);

-- Everyone on a case (principal and family members), for "which cases is this person on".
CREATE TABLE case_persons (
    case_id     BLOB NOT NULL REFERENCES cases(id),
    person_id   BLOB NOT NULL REFERENCES persons(id),
    is_principal INTEGER NOT NULL,
    PRIMARY KEY (case_id, person_id)
) STRICT;
CREATE INDEX case_persons_person ON case_persons(person_id);

CREATE TABLE case_events (
    case_id     BLOB NOT NULL REFERENCES cases(id),
    sequence    INTEGER NOT NULL,
    at          TEXT NOT NULL,
    actor_id    BLOB NOT NULL,
    kind        TEXT NOT NULL,
    reason      TEXT,
    payload     TEXT NOT NULL,   -- JSON: bayiri_domain::case::EventKind
    PRIMARY KEY (case_id, sequence)
) STRICT;

CREATE TABLE audit_log (
    id              BLOB PRIMARY KEY NOT NULL,
    at              TEXT NOT NULL,
    actor_id        BLOB,
    organisation_id BLOB,
    action          TEXT NOT NULL,
    target_kind     TEXT NOT NULL,
    target_id       TEXT,
    detail          TEXT NOT NULL,
    correlation_id  TEXT
) STRICT;
CREATE INDEX audit_log_org_at ON audit_log(organisation_id, at);
CREATE INDEX audit_log_target ON audit_log(target_id);

-- The case history and the audit log are append-only: the database itself refuses changes.
CREATE TRIGGER case_events_no_update BEFORE UPDATE ON case_events
BEGIN SELECT RAISE(ABORT, 'case_events is append-only'); END;
CREATE TRIGGER case_events_no_delete BEFORE DELETE ON case_events
BEGIN SELECT RAISE(ABORT, 'case_events is append-only'); END;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
