//! Duplicate persons: the registration-time check, the review of proposed pairs, and merges.
//!
//! The same migrant is registered again and again — by a counsellor in Agadez, a consulate in
//! Tripoli, a border post, an NGO at home — with names spelled differently. Before a new
//! person is saved, the record-linkage engine proposes the stored persons who may be the same,
//! each with the reasons field by field; the user says whether one of them is the person.
//! Reviewers confirm or reject proposed pairs (a rejection is remembered: the pair is never
//! proposed again) and merge records of the same person: the cases of both end up on one
//! person, the merge is audited and can be reverted.
//!
//! The engine proposes; people decide. Nothing is merged automatically, because one person's
//! protection flags must never land on another.

mod index;
mod records;

pub use index::ModelSource;

use crate::views::PersonSummary;
use crate::{Actor, PersonRegistration, Result, Service, ServiceError};
use bayiri_domain::access::Permission;
use bayiri_domain::case::records::Recorded;
use bayiri_domain::case::{CaseCommand, CaseNumber, CommandContext, Stage};
use bayiri_domain::country::CountryCode;
use bayiri_domain::duplicates::*;
use bayiri_domain::error::{InvalidValue, ValidationErrors};
use bayiri_domain::ids::{CaseId, MergeId, PersonId};
use bayiri_domain::person::{NOTE_MAX, Person, PersonDetails};
use bayiri_domain::text;
use bayiri_store::{PersonQuery, StoreError, Tx};
use index::{DuplicateIndex, Match};
use serde::{Deserialize, Serialize};
use serde_json::json;
use std::collections::{BTreeSet, HashSet};
use std::sync::{Arc, RwLock};

/// Most candidates shown for one check.
const MAX_CANDIDATES: usize = 10;
/// Rows read from the store per page while filling or updating the index.
const PAGE: u32 = 5_000;
/// Changes are re-read this far back on every catch-up, so that a transaction that committed
/// late with an earlier timestamp is not missed; rows already seen are skipped by version.
const CATCH_UP_OVERLAP: time::Duration = time::Duration::seconds(10);

/// The index, filled on first use and caught up with the store before every check.
#[derive(Debug, Default)]
pub(crate) struct DuplicateRegistry {
    index: tokio::sync::Mutex<Option<Arc<RwLock<DuplicateIndex>>>>,
}

// ---------------------------------------------------------------------------------------------
// What users are shown

/// One field's part in a candidate's score.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FieldEvidence {
    /// `given_names`, `family_name`, `sex`, `date_of_birth`, `nationality`, `place_of_birth`,
    /// `phone`, `document_number`.
    pub field: String,
    /// How the values compare: `exact`, `variant`, `phonetic`, `day_month_swapped`,
    /// `same_year`, `different`, `missing`…
    pub level: String,
    /// Weight of evidence in bits (positive: speaks for the same person).
    pub weight: f64,
    /// The part of the weight due to how common the value is (negative for common names).
    pub frequency_adjustment: f64,
}

/// A stored person who may be the person being registered or reviewed, and why.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DuplicateCandidate {
    pub person: PersonSummary,
    pub registered_in: CountryCode,
    /// The cases the person is on that the user may see.
    pub cases: Vec<CaseReference>,
    /// Probability that the two records are the same person.
    pub match_probability: f64,
    /// `link` (very likely the same person), `possible_relatives` (same family name, other
    /// given names: siblings and twins look like this) or `review` (possibly the same).
    pub assessment: String,
    /// The names agree better with given and family names swapped.
    pub names_swapped: bool,
    /// Prior weight plus the field weights: the total, in bits.
    pub prior_weight: f64,
    pub match_weight: f64,
    pub fields: Vec<FieldEvidence>,
}

impl DuplicateCandidate {
    /// The fields that weighed most, strongest first (for a one-line reason).
    pub fn strongest_fields(&self, n: usize) -> Vec<&FieldEvidence> {
        let mut fields: Vec<&FieldEvidence> = self
            .fields
            .iter()
            .filter(|f| f.level != "missing")
            .collect();
        fields.sort_by(|a, b| b.weight.abs().total_cmp(&a.weight.abs()));
        fields.truncate(n);
        fields
    }
}

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CaseReference {
    pub id: CaseId,
    pub number: CaseNumber,
    pub stage: Stage,
}

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DecisionView {
    pub other: PersonSummary,
    /// Set when the other record has since been merged (into this one or another).
    pub other_merged_into: Option<PersonId>,
    pub verdict: DuplicateVerdict,
    pub note: Option<String>,
    pub decided: Recorded,
}

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MergeView {
    pub id: MergeId,
    pub kept: PersonSummary,
    pub merged: PersonSummary,
    pub moved_cases: Vec<CaseId>,
    pub reason: Option<String>,
    pub recorded: Recorded,
    pub reversal: Option<MergeReversal>,
}

/// Everything about duplicates of one stored person.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PersonDuplicates {
    /// Proposed by the engine, not decided yet.
    pub candidates: Vec<DuplicateCandidate>,
    /// Standing decisions on pairs with this person.
    pub decisions: Vec<DecisionView>,
    /// Merges this person was part of, newest first.
    pub merges: Vec<MergeView>,
}

/// A pair for the review queue.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReviewPair {
    pub person: PersonSummary,
    pub other: PersonSummary,
    /// The engine's score and reasons; absent for a confirmed pair the engine no longer
    /// proposes (the records were edited since).
    pub candidate: Option<DuplicateCandidate>,
    /// Set when a reviewer already confirmed the pair as the same person (awaiting a merge).
    pub confirmed: Option<Recorded>,
}

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DuplicateQueue {
    /// Confirmed as the same person, not merged yet.
    pub confirmed: Vec<ReviewPair>,
    /// Likely duplicates among the most recent registrations, not decided yet.
    pub proposed: Vec<ReviewPair>,
}

#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DecisionInput {
    pub verdict: DuplicateVerdict,
    #[serde(default)]
    pub note: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MergeInput {
    /// The record merged into the one in the path; its cases move to the kept record.
    pub merged: PersonId,
    #[serde(default)]
    pub reason: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RevertInput {
    /// Why the merge was wrong (required).
    pub reason: String,
}

impl Service {
    // -----------------------------------------------------------------------------------------
    // The registration-time check

    /// Stored persons who may be the person of `registration`, with the reasons, before
    /// anything is saved.
    pub async fn check_duplicates(
        &self,
        actor: &Actor,
        registration: &PersonRegistration,
    ) -> Result<Vec<DuplicateCandidate>> {
        if !actor.can(Permission::PersonWrite) {
            return Err(ServiceError::Forbidden);
        }
        let mut errors = ValidationErrors::new();
        let valid = self.validate_registration(actor, registration, self.today(), &mut errors);
        errors.clone().into_result()?;
        let (_, details) = valid.ok_or(ServiceError::Invalid(errors))?;
        self.candidates_for(actor, &details, None).await
    }

    /// Before a new person is saved: refuses with the candidates if the user has not seen
    /// them, otherwise returns those the user declared to be other persons (to remember).
    pub(crate) async fn screen_registration(
        &self,
        actor: &Actor,
        details: &PersonDetails,
        checked: Option<&[PersonId]>,
    ) -> Result<Vec<PersonId>> {
        let candidates = self.candidates_for(actor, details, None).await?;
        let seen: HashSet<PersonId> = checked.unwrap_or_default().iter().copied().collect();
        let unseen: Vec<DuplicateCandidate> = candidates
            .iter()
            .filter(|c| !seen.contains(&c.person.id))
            .cloned()
            .collect();
        if !unseen.is_empty() {
            return Err(ServiceError::PossibleDuplicates { candidates });
        }
        Ok(candidates.into_iter().map(|c| c.person.id).collect())
    }

    /// Remembers, for a person just saved, that the user said they are none of `others`.
    pub(crate) async fn remember_different(
        &self,
        tx: &mut Box<dyn Tx>,
        actor: &Actor,
        person: PersonId,
        others: &[PersonId],
    ) -> Result<()> {
        for other in others {
            let pair = PersonPair::new(person, *other)
                .map_err(|e| ServiceError::Invalid(ValidationErrors::single("person", e)))?;
            tx.save_duplicate_decision(&DuplicateDecision {
                pair,
                verdict: DuplicateVerdict::DifferentPersons,
                organisation_id: actor.organisation(),
                note: Some("checked at registration".into()),
                decided: self.recorded(actor),
            })
            .await?;
        }
        if !others.is_empty() {
            self.audit(
                tx,
                actor,
                "person.duplicates_rejected",
                "person",
                person,
                json!({ "others": others }),
            )
            .await?;
        }
        Ok(())
    }

    // -----------------------------------------------------------------------------------------
    // Reviewing one person

    /// Proposed duplicates of a stored person, the standing decisions and the merges.
    pub async fn person_duplicates(&self, actor: &Actor, id: PersonId) -> Result<PersonDuplicates> {
        if !actor.can(Permission::PersonRead) {
            return Err(ServiceError::Forbidden);
        }
        let mut tx = self.inner.store.begin_read().await?;
        let person = self.visible_person(&mut tx, actor, id).await?;
        let decisions = tx.duplicate_decisions_of(id).await?;
        let merges = tx.merges_of(id).await?;
        let mut decision_views = Vec::new();
        for decision in &decisions {
            let Some(other) = decision.pair.other(id) else {
                continue;
            };
            if let Ok(other) = self.visible_person(&mut tx, actor, other).await {
                decision_views.push(DecisionView {
                    other: PersonSummary::of(&other),
                    other_merged_into: other.merged_into,
                    verdict: decision.verdict,
                    note: decision.note.clone(),
                    decided: decision.decided,
                });
            }
        }
        let mut merge_views = Vec::new();
        for merge in &merges {
            if let Some(view) = self.merge_view(&mut tx, actor, merge).await? {
                merge_views.push(view);
            }
        }
        tx.commit().await?;
        let decided: HashSet<PersonId> =
            decisions.iter().filter_map(|d| d.pair.other(id)).collect();
        let candidates = if person.merged_into.is_some() {
            Vec::new()
        } else {
            self.candidates_for(actor, &person.details, Some(id))
                .await?
                .into_iter()
                .filter(|c| !decided.contains(&c.person.id))
                .collect()
        };
        Ok(PersonDuplicates {
            candidates,
            decisions: decision_views,
            merges: merge_views,
        })
    }

    /// Records that `id` and `other` are (or are not) the same person.
    pub async fn decide_duplicate(
        &self,
        actor: &Actor,
        id: PersonId,
        other: PersonId,
        input: DecisionInput,
    ) -> Result<DecisionView> {
        if !actor.can(Permission::DuplicateReview) {
            return Err(ServiceError::Forbidden);
        }
        let note = text::optional(input.note.as_deref(), NOTE_MAX)
            .map_err(|e| ServiceError::Invalid(ValidationErrors::single("note", e)))?;
        let pair = PersonPair::new(id, other)
            .map_err(|e| ServiceError::Invalid(ValidationErrors::single("other", e)))?;
        let mut tx = self.inner.store.begin().await?;
        self.visible_person(&mut tx, actor, id).await?;
        let other_person = self.visible_person(&mut tx, actor, other).await?;
        let decision = DuplicateDecision {
            pair,
            verdict: input.verdict,
            organisation_id: actor.organisation(),
            note,
            decided: self.recorded(actor),
        };
        tx.save_duplicate_decision(&decision).await?;
        self.audit(
            &mut tx,
            actor,
            "person.duplicate_decide",
            "person",
            id,
            json!({ "other": other, "verdict": input.verdict }),
        )
        .await?;
        tx.commit().await?;
        Ok(DecisionView {
            other: PersonSummary::of(&other_person),
            other_merged_into: other_person.merged_into,
            verdict: decision.verdict,
            note: decision.note,
            decided: decision.decided,
        })
    }

    // -----------------------------------------------------------------------------------------
    // Merging

    /// Merges `input.merged` into `kept`: every case of the merged record moves to the kept
    /// one, through an event on each case; the merged record then points to the kept one.
    pub async fn merge_persons(
        &self,
        actor: &Actor,
        kept: PersonId,
        input: MergeInput,
    ) -> Result<MergeView> {
        if !actor.can(Permission::DuplicateReview) {
            return Err(ServiceError::Forbidden);
        }
        let reason = text::optional(input.reason.as_deref(), NOTE_MAX)
            .map_err(|e| ServiceError::Invalid(ValidationErrors::single("reason", e)))?;
        let now = self.now();
        let mut tx = self.inner.store.begin().await?;
        let kept_person = self.visible_person(&mut tx, actor, kept).await?;
        let mut merged = self
            .visible_person(&mut tx, actor, input.merged)
            .await
            .map_err(|e| match e {
                ServiceError::NotFound { .. } => {
                    invalid("merged", "unknown_person", "no such person")
                }
                other => other,
            })?;
        let pair = PersonPair::new(kept, merged.id)
            .map_err(|e| ServiceError::Invalid(ValidationErrors::single("merged", e)))?;
        let standing = tx.duplicate_decision(pair).await?.map(|d| d.verdict);
        check_merge(&kept_person, &merged, standing).map_err(ServiceError::MergeRefused)?;

        let merge_id = MergeId::from_uuid(self.new_id());
        let mut ctx = CommandContext::new(actor.id(), now);
        ctx.reason = reason.clone().or_else(|| Some("same person".into()));
        let mut moved = Vec::new();
        for case_id in tx.cases_of_person(merged.id).await? {
            let mut case =
                self.visible_case(&mut tx, actor, case_id)
                    .await
                    .map_err(|e| match e {
                        ServiceError::NotFound { .. } => {
                            ServiceError::MergeRefused(MergeRefusal::CaseOutsideScope)
                        }
                        other => other,
                    })?;
            let version = case.version;
            let events = case.execute(
                CaseCommand::ReplacePerson {
                    replaced: merged.id,
                    by: kept,
                    merge_id,
                    reverted: false,
                },
                &ctx,
            )?;
            tx.save_case(&case, version, &events).await?;
            moved.push(case_id);
        }
        let expected = merged.version;
        merged.merged_into = Some(kept);
        merged.version += 1;
        merged.updated_at = now;
        tx.update_person(&merged, expected).await?;
        tx.save_duplicate_decision(&DuplicateDecision {
            pair,
            verdict: DuplicateVerdict::SamePerson,
            organisation_id: actor.organisation(),
            note: reason.clone(),
            decided: self.recorded(actor),
        })
        .await?;
        let merge = PersonMerge {
            id: merge_id,
            organisation_id: actor.organisation(),
            kept,
            merged: merged.id,
            moved_cases: moved.clone(),
            reason,
            recorded: self.recorded(actor),
            reversal: None,
        };
        tx.insert_merge(&merge).await.map_err(|e| match e {
            StoreError::Duplicate { .. } => ServiceError::MergeRefused(MergeRefusal::AlreadyMerged),
            other => other.into(),
        })?;
        self.audit(
            &mut tx,
            actor,
            "person.merge",
            "person",
            merged.id,
            json!({ "merge": merge_id, "kept": kept, "moved_cases": moved }),
        )
        .await?;
        tx.commit().await?;
        Ok(MergeView {
            id: merge_id,
            kept: PersonSummary::of(&kept_person),
            merged: PersonSummary::of(&merged),
            moved_cases: merge.moved_cases,
            reason: merge.reason,
            recorded: merge.recorded,
            reversal: None,
        })
    }

    /// Reverts a merge: the cases it moved go back to the merged record, which stands on its
    /// own again, and the pair is remembered as two different persons.
    pub async fn revert_merge(
        &self,
        actor: &Actor,
        id: MergeId,
        input: RevertInput,
    ) -> Result<MergeView> {
        if !actor.can(Permission::DuplicateReview) {
            return Err(ServiceError::Forbidden);
        }
        let reason = text::required(&input.reason, NOTE_MAX)
            .map_err(|e| ServiceError::Invalid(ValidationErrors::single("reason", e)))?;
        let now = self.now();
        let mut tx = self.inner.store.begin().await?;
        let merge = tx.merge(id).await.map_err(ServiceError::store("merge"))?;
        if merge.organisation_id != actor.organisation() {
            return Err(ServiceError::not_found("merge"));
        }
        let kept = self.visible_person(&mut tx, actor, merge.kept).await?;
        let mut merged = tx
            .person(merge.merged)
            .await
            .map_err(ServiceError::store("person"))?;
        if !merge.is_active() {
            return Err(ServiceError::MergeRefused(MergeRefusal::AlreadyReverted));
        }
        let mut ctx = CommandContext::new(actor.id(), now);
        ctx.reason = Some(reason.clone());
        for case_id in &merge.moved_cases {
            let mut case =
                self.visible_case(&mut tx, actor, *case_id)
                    .await
                    .map_err(|e| match e {
                        ServiceError::NotFound { .. } => {
                            ServiceError::MergeRefused(MergeRefusal::CaseOutsideScope)
                        }
                        other => other,
                    })?;
            if !case.persons().any(|p| p == kept.id) {
                // The kept person was taken off this case since: nothing to move back.
                continue;
            }
            let version = case.version;
            let events = case.execute(
                CaseCommand::ReplacePerson {
                    replaced: kept.id,
                    by: merged.id,
                    merge_id: id,
                    reverted: true,
                },
                &ctx,
            )?;
            tx.save_case(&case, version, &events).await?;
        }
        let expected = merged.version;
        merged.merged_into = None;
        merged.version += 1;
        merged.updated_at = now;
        tx.update_person(&merged, expected).await?;
        let reversal = MergeReversal {
            reason: reason.clone(),
            recorded: self.recorded(actor),
        };
        tx.record_merge_reversal(id, &reversal)
            .await
            .map_err(|e| match e {
                StoreError::Conflict { .. } => {
                    ServiceError::MergeRefused(MergeRefusal::AlreadyReverted)
                }
                other => other.into(),
            })?;
        let pair = PersonPair::new(kept.id, merged.id)
            .map_err(|e| ServiceError::Invalid(ValidationErrors::single("merge", e)))?;
        tx.save_duplicate_decision(&DuplicateDecision {
            pair,
            verdict: DuplicateVerdict::DifferentPersons,
            organisation_id: actor.organisation(),
            note: Some(reason),
            decided: self.recorded(actor),
        })
        .await?;
        self.audit(
            &mut tx,
            actor,
            "person.merge_revert",
            "person",
            merged.id,
            json!({ "merge": id, "kept": kept.id, "cases": merge.moved_cases }),
        )
        .await?;
        tx.commit().await?;
        Ok(MergeView {
            id,
            kept: PersonSummary::of(&kept),
            merged: PersonSummary::of(&merged),
            moved_cases: merge.moved_cases,
            reason: merge.reason,
            recorded: merge.recorded,
            reversal: Some(reversal),
        })
    }

    // -----------------------------------------------------------------------------------------
    // The review queue

    /// Pairs to review: those confirmed as the same person and not merged yet, and likely
    /// duplicates among the `recent` most recent registrations in the actor's scope.
    pub async fn duplicate_queue(&self, actor: &Actor, recent: u32) -> Result<DuplicateQueue> {
        if !actor.can(Permission::DuplicateReview) {
            return Err(ServiceError::Forbidden);
        }
        let mut tx = self.inner.store.begin_read().await?;
        let mut confirmed = Vec::new();
        for decision in tx
            .unmerged_same_person_decisions(actor.organisation(), 50)
            .await?
        {
            let first = self
                .visible_person(&mut tx, actor, decision.pair.first())
                .await;
            let second = self
                .visible_person(&mut tx, actor, decision.pair.second())
                .await;
            if let (Ok(first), Ok(second)) = (first, second) {
                confirmed.push((first, second, decision.decided));
            }
        }
        let recent_persons = tx
            .list_persons(&PersonQuery {
                scope: actor.scope(),
                text: None,
                before: None,
                limit: recent.clamp(1, 200),
            })
            .await?;
        tx.commit().await?;

        let mut out = DuplicateQueue {
            confirmed: Vec::new(),
            proposed: Vec::new(),
        };
        for (first, second, decided) in confirmed {
            let candidate = self.score_pair(actor, &first, &second).await?;
            out.confirmed.push(ReviewPair {
                person: PersonSummary::of(&first),
                other: PersonSummary::of(&second),
                candidate,
                confirmed: Some(decided),
            });
        }
        let mut seen: BTreeSet<PersonPair> = BTreeSet::new();
        for person in recent_persons {
            let mut tx = self.inner.store.begin_read().await?;
            let decided: HashSet<PersonId> = tx
                .duplicate_decisions_of(person.id)
                .await?
                .iter()
                .filter_map(|d| d.pair.other(person.id))
                .collect();
            tx.commit().await?;
            for candidate in self
                .candidates_for(actor, &person.details, Some(person.id))
                .await?
            {
                let likely = candidate.assessment != "review";
                let Ok(pair) = PersonPair::new(person.id, candidate.person.id) else {
                    continue;
                };
                if likely && !decided.contains(&candidate.person.id) && seen.insert(pair) {
                    out.proposed.push(ReviewPair {
                        person: PersonSummary::of(&person),
                        other: candidate.person.clone(),
                        candidate: Some(candidate),
                        confirmed: None,
                    });
                }
            }
        }
        let probability =
            |p: &ReviewPair| p.candidate.as_ref().map_or(0.0, |c| c.match_probability);
        out.proposed
            .sort_by(|a, b| probability(b).total_cmp(&probability(a)));
        out.proposed.truncate(50);
        Ok(out)
    }

    /// Fills the duplicate index now rather than on the first check (the server calls this at
    /// start). Returns how many persons it holds and where its model came from.
    pub async fn prepare_duplicate_index(&self) -> Result<(usize, ModelSource)> {
        let index = self.duplicate_index().await?;
        let guard = index
            .read()
            .map_err(|_| ServiceError::internal("index lock poisoned"))?;
        Ok((guard.person_count(), guard.source()))
    }

    // -----------------------------------------------------------------------------------------
    // Inside

    pub(crate) fn recorded(&self, actor: &Actor) -> Recorded {
        Recorded {
            by: actor.id(),
            at: self.now(),
        }
    }

    /// The candidates for `details`, visible to the actor, best first.
    pub(crate) async fn candidates_for(
        &self,
        actor: &Actor,
        details: &PersonDetails,
        exclude: Option<PersonId>,
    ) -> Result<Vec<DuplicateCandidate>> {
        let index = self.duplicate_index().await?;
        let records =
            records::linkage_records(&exclude.map(|p| p.to_string()).unwrap_or_default(), details);
        let matches = tokio::task::spawn_blocking(move || {
            index
                .read()
                .map(|index| index.matches(&records, exclude))
                .map_err(|_| ServiceError::internal("index lock poisoned"))
        })
        .await
        .map_err(ServiceError::internal)??;
        let mut tx = self.inner.store.begin_read().await?;
        let mut out = Vec::new();
        // Candidates are checked against the store one by one; a few dozen at most.
        for found in matches.iter().take(MAX_CANDIDATES * 4) {
            if out.len() == MAX_CANDIDATES {
                break;
            }
            // Outside the actor's scope, a person is never proposed: not even their existence
            // may be revealed.
            let Ok(person) = self.visible_person(&mut tx, actor, found.person).await else {
                continue;
            };
            if person.merged_into.is_some() {
                continue;
            }
            let cases = self.case_references(&mut tx, actor, person.id).await?;
            out.push(candidate_view(&person, cases, found));
        }
        tx.commit().await?;
        Ok(out)
    }

    /// The score of one given pair (for confirmed pairs in the queue).
    async fn score_pair(
        &self,
        actor: &Actor,
        first: &Person,
        second: &Person,
    ) -> Result<Option<DuplicateCandidate>> {
        let found = self
            .candidates_for(actor, &first.details, Some(first.id))
            .await?;
        Ok(found.into_iter().find(|c| c.person.id == second.id))
    }

    async fn case_references(
        &self,
        tx: &mut Box<dyn Tx>,
        actor: &Actor,
        person: PersonId,
    ) -> Result<Vec<CaseReference>> {
        let mut out = Vec::new();
        for id in tx.cases_of_person(person).await? {
            if let Ok(case) = self.visible_case(tx, actor, id).await {
                out.push(CaseReference {
                    id: case.id,
                    number: case.number.clone(),
                    stage: case.stage,
                });
            }
        }
        Ok(out)
    }

    async fn merge_view(
        &self,
        tx: &mut Box<dyn Tx>,
        actor: &Actor,
        merge: &PersonMerge,
    ) -> Result<Option<MergeView>> {
        let kept = self.visible_person(tx, actor, merge.kept).await;
        let merged = self.visible_person(tx, actor, merge.merged).await;
        Ok(match (kept, merged) {
            (Ok(kept), Ok(merged)) => Some(MergeView {
                id: merge.id,
                kept: PersonSummary::of(&kept),
                merged: PersonSummary::of(&merged),
                moved_cases: merge.moved_cases.clone(),
                reason: merge.reason.clone(),
                recorded: merge.recorded,
                reversal: merge.reversal.clone(),
            }),
            _ => None,
        })
    }

    /// The index, filled if this is the first use, caught up with the store's changes.
    async fn duplicate_index(&self) -> Result<Arc<RwLock<DuplicateIndex>>> {
        let mut slot = self.inner.duplicates.index.lock().await;
        let index = match slot.as_ref() {
            Some(index) => index.clone(),
            None => {
                let persons = self.all_persons_in_change_order().await?;
                let config = &self.inner.config;
                let (min, max, floor) = (
                    config.duplicate_training_min,
                    config.duplicate_training_max,
                    config.duplicate_population_floor,
                );
                let built = tokio::task::spawn_blocking(move || {
                    DuplicateIndex::build(persons, min, max, floor)
                })
                .await
                .map_err(ServiceError::internal)?;
                let index = Arc::new(RwLock::new(built));
                *slot = Some(index.clone());
                index
            }
        };
        let cursor = index
            .read()
            .map_err(|_| ServiceError::internal("index lock poisoned"))?
            .cursor();
        let mut after = cursor.map(|(at, _)| {
            (
                at - CATCH_UP_OVERLAP,
                PersonId::from_uuid(uuid::Uuid::nil()),
            )
        });
        loop {
            let mut tx = self.inner.store.begin_read().await?;
            let changed = tx.persons_changed_after(after, PAGE).await?;
            tx.commit().await?;
            let Some(last) = changed.last() else { break };
            after = Some((last.updated_at, last.id));
            let full = changed.len() == PAGE as usize;
            let target = index.clone();
            tokio::task::spawn_blocking(move || {
                target
                    .write()
                    .map(|mut index| index.apply(&changed))
                    .map_err(|_| ServiceError::internal("index lock poisoned"))
            })
            .await
            .map_err(ServiceError::internal)??;
            if !full {
                break;
            }
        }
        drop(slot);
        Ok(index)
    }

    async fn all_persons_in_change_order(&self) -> Result<Vec<Person>> {
        let mut out = Vec::new();
        let mut after = None;
        loop {
            let mut tx = self.inner.store.begin_read().await?;
            let page = tx.persons_changed_after(after, PAGE).await?;
            tx.commit().await?;
            let full = page.len() == PAGE as usize;
            if let Some(last) = page.last() {
                after = Some((last.updated_at, last.id));
            }
            out.extend(page);
            if !full {
                return Ok(out);
            }
        }
    }
}

fn invalid(field: &str, code: &'static str, message: &str) -> ServiceError {
    ServiceError::Invalid(ValidationErrors::single(
        field,
        InvalidValue::new(code, message),
    ))
}

fn candidate_view(person: &Person, cases: Vec<CaseReference>, found: &Match) -> DuplicateCandidate {
    let explanation = &found.candidate.explanation;
    DuplicateCandidate {
        person: PersonSummary::of(person),
        registered_in: person.registered_in,
        cases,
        match_probability: found.candidate.match_probability,
        assessment: explanation.decision.as_str().to_string(),
        names_swapped: explanation.names_swapped,
        prior_weight: explanation.prior_weight,
        match_weight: explanation.match_weight,
        fields: explanation
            .fields
            .iter()
            .map(|c| FieldEvidence {
                field: c.field.clone(),
                level: if c.level == 0 {
                    "missing".to_string()
                } else {
                    c.label.clone()
                },
                weight: c.weight,
                frequency_adjustment: c.tf_adjustment,
            })
            .collect(),
    }
}
