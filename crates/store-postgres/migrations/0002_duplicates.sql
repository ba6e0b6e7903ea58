-- Duplicate persons: reviewers' decisions on pairs the record-linkage engine proposes, and
-- merges. Kept in step with crates/store-sqlite/migrations/0002_duplicates.sql.

-- A merged record points to the record it was merged into; reverting the merge clears it.
ALTER TABLE persons ADD COLUMN merged_into UUID REFERENCES persons(id);
-- The linkage index catches up with changes made since it was filled (other servers too).
CREATE INDEX persons_updated ON persons(updated_at, id);

-- The standing decision on a pair (first_person < second_person); earlier decisions are in
-- the audit log.
CREATE TABLE duplicate_decisions (
    first_person_id     UUID NOT NULL REFERENCES persons(id),
    second_person_id    UUID NOT NULL REFERENCES persons(id),
    verdict             TEXT NOT NULL,   -- same_person | different_persons
    organisation_id     UUID NOT NULL REFERENCES organisations(id),
    note                TEXT,
    decided_by          UUID NOT NULL REFERENCES users(id),
    decided_at          TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (first_person_id, second_person_id),
    CHECK (first_person_id < second_person_id)
);
CREATE INDEX duplicate_decisions_second ON duplicate_decisions(second_person_id);

CREATE TABLE person_merges (
    id                  UUID PRIMARY KEY,
    organisation_id     UUID NOT NULL REFERENCES organisations(id),
    kept_person_id      UUID NOT NULL REFERENCES persons(id),
    merged_person_id    UUID NOT NULL REFERENCES persons(id),
    moved_cases         JSONB NOT NULL,   -- array of case ids
    reason              TEXT,
    merged_by           UUID NOT NULL REFERENCES users(id),
    merged_at           TIMESTAMPTZ NOT NULL,
    reverted_by         UUID REFERENCES users(id),
    reverted_at         TIMESTAMPTZ,
    revert_reason       TEXT
);
CREATE INDEX person_merges_kept ON person_merges(kept_person_id);
CREATE INDEX person_merges_merged ON person_merges(merged_person_id);
-- A record is merged into at most one other at a time.
CREATE UNIQUE INDEX person_merges_one_active ON person_merges(merged_person_id) WHERE reverted_at IS NULL;
