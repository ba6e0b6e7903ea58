use crate::PgTx;
use crate::error::map_err;
use async_trait::async_trait;
use bayiri_domain::case::records::Recorded;
use bayiri_domain::duplicates::{
    DuplicateDecision, DuplicateVerdict, MergeReversal, PersonMerge, PersonPair,
};
use bayiri_domain::ids::{MergeId, OrganisationId, PersonId, UserId};
use bayiri_domain::person::Person;
use bayiri_store::{Duplicates, Result, StoreError, decode};
use time::OffsetDateTime;
use uuid::Uuid;

struct DecisionRow {
    first_person_id: Uuid,
    second_person_id: Uuid,
    verdict: String,
    organisation_id: Uuid,
    note: Option<String>,
    decided_by: Uuid,
    decided_at: OffsetDateTime,
}

impl DecisionRow {
    fn into_domain(self) -> Result<DuplicateDecision> {
        let pair = PersonPair::new(
            PersonId::from_uuid(self.first_person_id),
            PersonId::from_uuid(self.second_person_id),
        )
        .map_err(StoreError::corrupt)?;
        Ok(DuplicateDecision {
            pair,
            verdict: DuplicateVerdict::parse(&self.verdict)
                .ok_or_else(|| StoreError::corrupt(format!("verdict `{}`", self.verdict)))?,
            organisation_id: OrganisationId::from_uuid(self.organisation_id),
            note: self.note,
            decided: Recorded {
                by: UserId::from_uuid(self.decided_by),
                at: self.decided_at,
            },
        })
    }
}

struct MergeRow {
    id: Uuid,
    organisation_id: Uuid,
    kept_person_id: Uuid,
    merged_person_id: Uuid,
    moved_cases: String,
    reason: Option<String>,
    merged_by: Uuid,
    merged_at: OffsetDateTime,
    reverted_by: Option<Uuid>,
    reverted_at: Option<OffsetDateTime>,
    revert_reason: Option<String>,
}

impl MergeRow {
    fn into_domain(self) -> Result<PersonMerge> {
        let reversal = match (self.reverted_by, self.reverted_at) {
            (Some(by), Some(at)) => Some(MergeReversal {
                reason: self.revert_reason.unwrap_or_default(),
                recorded: Recorded {
                    by: UserId::from_uuid(by),
                    at,
                },
            }),
            _ => None,
        };
        Ok(PersonMerge {
            id: MergeId::from_uuid(self.id),
            organisation_id: OrganisationId::from_uuid(self.organisation_id),
            kept: PersonId::from_uuid(self.kept_person_id),
            merged: PersonId::from_uuid(self.merged_person_id),
            moved_cases: decode::json("moved cases", &self.moved_cases)?,
            reason: self.reason,
            recorded: Recorded {
                by: UserId::from_uuid(self.merged_by),
                at: self.merged_at,
            },
            reversal,
        })
    }
}

struct ChangedPersonRow {
    id: Uuid,
    organisation_id: Uuid,
    registered_in: String,
    details: String,
    merged_into: Option<Uuid>,
    version: i64,
    created_at: OffsetDateTime,
    updated_at: OffsetDateTime,
}

#[async_trait]
impl Duplicates for PgTx {
    async fn persons_changed_after(
        &mut self,
        after: Option<(OffsetDateTime, PersonId)>,
        limit: u32,
    ) -> Result<Vec<Person>> {
        let at = after.map(|(at, _)| at);
        let id = after.map(|(_, id)| id.as_uuid());
        let limit = i64::from(limit);
        let rows = sqlx::query_as!(
            ChangedPersonRow,
            r#"SELECT id AS "id: Uuid", organisation_id AS "organisation_id: Uuid", registered_in, details::text AS "details!",
                      merged_into AS "merged_into: Uuid", version,
                      created_at AS "created_at: OffsetDateTime", updated_at AS "updated_at: OffsetDateTime"
               FROM persons
               WHERE $1::timestamptz IS NULL OR (updated_at, id) > ($1, $2::uuid)
               ORDER BY updated_at, id
               LIMIT $3"#,
            at,
            id,
            limit
        )
        .fetch_all(&mut *self.tx)
        .await
        .map_err(map_err)?;
        rows.into_iter()
            .map(|r| {
                Ok(Person {
                    id: PersonId::from_uuid(r.id),
                    organisation_id: OrganisationId::from_uuid(r.organisation_id),
                    registered_in: decode::country(&r.registered_in)?,
                    details: decode::json("person details", &r.details)?,
                    merged_into: r.merged_into.map(PersonId::from_uuid),
                    version: r.version,
                    created_at: r.created_at,
                    updated_at: r.updated_at,
                })
            })
            .collect()
    }

    async fn save_duplicate_decision(&mut self, decision: &DuplicateDecision) -> Result<()> {
        let first = decision.pair.first().as_uuid();
        let second = decision.pair.second().as_uuid();
        let verdict = decision.verdict.as_str();
        let organisation = decision.organisation_id.as_uuid();
        let by = decision.decided.by.as_uuid();
        sqlx::query!(
            "INSERT INTO duplicate_decisions (first_person_id, second_person_id, verdict, organisation_id, note, decided_by, decided_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7)
             ON CONFLICT (first_person_id, second_person_id) DO UPDATE SET
                verdict = excluded.verdict, organisation_id = excluded.organisation_id, note = excluded.note,
                decided_by = excluded.decided_by, decided_at = excluded.decided_at",
            first,
            second,
            verdict,
            organisation,
            decision.note,
            by,
            decision.decided.at,
        )
        .execute(&mut *self.tx)
        .await
        .map_err(map_err)?;
        Ok(())
    }

    async fn duplicate_decision(&mut self, pair: PersonPair) -> Result<Option<DuplicateDecision>> {
        let first = pair.first().as_uuid();
        let second = pair.second().as_uuid();
        sqlx::query_as!(
            DecisionRow,
            r#"SELECT first_person_id AS "first_person_id: Uuid", second_person_id AS "second_person_id: Uuid",
                      verdict, organisation_id AS "organisation_id: Uuid", note,
                      decided_by AS "decided_by: Uuid", decided_at AS "decided_at: OffsetDateTime"
               FROM duplicate_decisions WHERE first_person_id = $1 AND second_person_id = $2"#,
            first,
            second
        )
        .fetch_optional(&mut *self.tx)
        .await
        .map_err(map_err)?
        .map(DecisionRow::into_domain)
        .transpose()
    }

    async fn duplicate_decisions_of(&mut self, person: PersonId) -> Result<Vec<DuplicateDecision>> {
        let person = person.as_uuid();
        sqlx::query_as!(
            DecisionRow,
            r#"SELECT first_person_id AS "first_person_id: Uuid", second_person_id AS "second_person_id: Uuid",
                      verdict, organisation_id AS "organisation_id: Uuid", note,
                      decided_by AS "decided_by: Uuid", decided_at AS "decided_at: OffsetDateTime"
               FROM duplicate_decisions WHERE first_person_id = $1 OR second_person_id = $1
               ORDER BY decided_at DESC"#,
            person
        )
        .fetch_all(&mut *self.tx)
        .await
        .map_err(map_err)?
        .into_iter()
        .map(DecisionRow::into_domain)
        .collect()
    }

    async fn unmerged_same_person_decisions(
        &mut self,
        organisation: OrganisationId,
        limit: u32,
    ) -> Result<Vec<DuplicateDecision>> {
        let organisation = organisation.as_uuid();
        let limit = i64::from(limit);
        sqlx::query_as!(
            DecisionRow,
            r#"SELECT d.first_person_id AS "first_person_id: Uuid", d.second_person_id AS "second_person_id: Uuid",
                      d.verdict, d.organisation_id AS "organisation_id: Uuid", d.note,
                      d.decided_by AS "decided_by: Uuid", d.decided_at AS "decided_at: OffsetDateTime"
               FROM duplicate_decisions d
               JOIN persons a ON a.id = d.first_person_id
               JOIN persons b ON b.id = d.second_person_id
               WHERE d.organisation_id = $1 AND d.verdict = 'same_person'
                 AND a.merged_into IS NULL AND b.merged_into IS NULL
               ORDER BY d.decided_at DESC
               LIMIT $2"#,
            organisation,
            limit
        )
        .fetch_all(&mut *self.tx)
        .await
        .map_err(map_err)?
        .into_iter()
        .map(DecisionRow::into_domain)
        .collect()
    }

    async fn insert_merge(&mut self, merge: &PersonMerge) -> Result<()> {
        let id = merge.id.as_uuid();
        let organisation = merge.organisation_id.as_uuid();
        let kept = merge.kept.as_uuid();
        let merged = merge.merged.as_uuid();
        let moved = decode::to_json(&merge.moved_cases)?;
        let by = merge.recorded.by.as_uuid();
        sqlx::query!(
            "INSERT INTO person_merges (id, organisation_id, kept_person_id, merged_person_id, moved_cases, reason, merged_by, merged_at)
             VALUES ($1, $2, $3, $4, $5::text::jsonb, $6, $7, $8)",
            id,
            organisation,
            kept,
            merged,
            moved,
            merge.reason,
            by,
            merge.recorded.at,
        )
        .execute(&mut *self.tx)
        .await
        .map_err(map_err)?;
        Ok(())
    }

    async fn merge(&mut self, id: MergeId) -> Result<PersonMerge> {
        let id = id.as_uuid();
        sqlx::query_as!(
            MergeRow,
            r#"SELECT id AS "id: Uuid", organisation_id AS "organisation_id: Uuid",
                      kept_person_id AS "kept_person_id: Uuid", merged_person_id AS "merged_person_id: Uuid",
                      moved_cases::text AS "moved_cases!", reason, merged_by AS "merged_by: Uuid", merged_at AS "merged_at: OffsetDateTime",
                      reverted_by AS "reverted_by: Uuid", reverted_at AS "reverted_at: OffsetDateTime", revert_reason
               FROM person_merges WHERE id = $1"#,
            id
        )
        .fetch_one(&mut *self.tx)
        .await
        .map_err(map_err)?
        .into_domain()
    }

    async fn merges_of(&mut self, person: PersonId) -> Result<Vec<PersonMerge>> {
        let person = person.as_uuid();
        sqlx::query_as!(
            MergeRow,
            r#"SELECT id AS "id: Uuid", organisation_id AS "organisation_id: Uuid",
                      kept_person_id AS "kept_person_id: Uuid", merged_person_id AS "merged_person_id: Uuid",
                      moved_cases::text AS "moved_cases!", reason, merged_by AS "merged_by: Uuid", merged_at AS "merged_at: OffsetDateTime",
                      reverted_by AS "reverted_by: Uuid", reverted_at AS "reverted_at: OffsetDateTime", revert_reason
               FROM person_merges WHERE kept_person_id = $1 OR merged_person_id = $1
               ORDER BY id DESC"#,
            person
        )
        .fetch_all(&mut *self.tx)
        .await
        .map_err(map_err)?
        .into_iter()
        .map(MergeRow::into_domain)
        .collect()
    }

    async fn record_merge_reversal(&mut self, id: MergeId, reversal: &MergeReversal) -> Result<()> {
        let id = id.as_uuid();
        let by = reversal.recorded.by.as_uuid();
        let updated = sqlx::query!(
            "UPDATE person_merges SET reverted_by = $1, reverted_at = $2, revert_reason = $3
             WHERE id = $4 AND reverted_at IS NULL",
            by,
            reversal.recorded.at,
            reversal.reason,
            id,
        )
        .execute(&mut *self.tx)
        .await
        .map_err(map_err)?
        .rows_affected();
        if updated == 1 {
            return Ok(());
        }
        let exists = sqlx::query_scalar!(
            r#"SELECT COUNT(*) AS "count!: i64" FROM person_merges WHERE id = $1"#,
            id
        )
        .fetch_one(&mut *self.tx)
        .await
        .map_err(map_err)?;
        Err(if exists == 0 {
            StoreError::NotFound
        } else {
            // A merge is at "version" 1 while it stands and 2 once reverted.
            StoreError::Conflict { current: 2 }
        })
    }
}
