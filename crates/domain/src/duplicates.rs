//! Duplicate persons: what reviewers decide about two records the record-linkage engine
//! proposes as the same person, and merges.
//!
//! A false merge is worse than a missed duplicate (one person's protection flags would land on
//! another), so nothing here happens automatically: the engine proposes, a person decides.
//! A decision is remembered, so a pair a reviewer rejected is never proposed again. A merge
//! moves every case of the merged record onto the kept one, marks the merged record, and can
//! be reverted: it keeps the list of cases it moved, and reverting moves exactly those back.

use crate::case::records::Recorded;
use crate::error::InvalidValue;
use crate::ids::{CaseId, MergeId, OrganisationId, PersonId};
use crate::person::Person;
use serde::{Deserialize, Serialize};

/// Two different persons, in a canonical order, so that (a, b) and (b, a) are the same pair.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PersonPair {
    first: PersonId,
    second: PersonId,
}

impl PersonPair {
    pub fn new(a: PersonId, b: PersonId) -> Result<Self, InvalidValue> {
        match a.cmp(&b) {
            std::cmp::Ordering::Less => Ok(Self {
                first: a,
                second: b,
            }),
            std::cmp::Ordering::Greater => Ok(Self {
                first: b,
                second: a,
            }),
            std::cmp::Ordering::Equal => Err(InvalidValue::new(
                "same_record",
                "a person record cannot be a duplicate of itself",
            )),
        }
    }

    pub fn first(&self) -> PersonId {
        self.first
    }

    pub fn second(&self) -> PersonId {
        self.second
    }

    pub fn contains(&self, person: PersonId) -> bool {
        self.first == person || self.second == person
    }

    /// The other person of the pair, if `person` is one of them.
    pub fn other(&self, person: PersonId) -> Option<PersonId> {
        if person == self.first {
            Some(self.second)
        } else if person == self.second {
            Some(self.first)
        } else {
            None
        }
    }
}

/// What a reviewer decided about a proposed pair.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum DuplicateVerdict {
    /// The two records are the same person (a merge may follow).
    SamePerson,
    /// Different persons (namesakes, siblings, twins): never propose the pair again.
    DifferentPersons,
}

impl DuplicateVerdict {
    pub const ALL: [DuplicateVerdict; 2] = [
        DuplicateVerdict::SamePerson,
        DuplicateVerdict::DifferentPersons,
    ];

    pub fn as_str(&self) -> &'static str {
        match self {
            DuplicateVerdict::SamePerson => "same_person",
            DuplicateVerdict::DifferentPersons => "different_persons",
        }
    }

    pub fn parse(input: &str) -> Option<DuplicateVerdict> {
        Self::ALL.into_iter().find(|v| v.as_str() == input)
    }
}

/// A reviewer's decision on a pair. The latest decision on a pair is the one that holds; the
/// audit log keeps the earlier ones.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DuplicateDecision {
    pub pair: PersonPair,
    pub verdict: DuplicateVerdict,
    pub organisation_id: OrganisationId,
    pub note: Option<String>,
    pub decided: Recorded,
}

/// Two person records merged into one: `kept` stays, `merged` points to it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PersonMerge {
    pub id: MergeId,
    pub organisation_id: OrganisationId,
    pub kept: PersonId,
    pub merged: PersonId,
    /// The cases whose record of the merged person now points to the kept one.
    pub moved_cases: Vec<CaseId>,
    pub reason: Option<String>,
    pub recorded: Recorded,
    pub reversal: Option<MergeReversal>,
}

impl PersonMerge {
    pub fn is_active(&self) -> bool {
        self.reversal.is_none()
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MergeReversal {
    pub reason: String,
    pub recorded: Recorded,
}

/// Why two records cannot be merged.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum MergeRefusal {
    #[error("a record cannot be merged with itself")]
    SameRecord,
    #[error("one of the records was already merged into another")]
    AlreadyMerged,
    #[error("the records were registered by different organisations")]
    DifferentOrganisations,
    #[error("a reviewer decided that these are different persons")]
    DecidedDifferent,
    #[error("one of the records is on a case outside your organisation or countries")]
    CaseOutsideScope,
    #[error("this merge was already reverted")]
    AlreadyReverted,
}

impl MergeRefusal {
    pub fn code(&self) -> &'static str {
        match self {
            MergeRefusal::SameRecord => "same_record",
            MergeRefusal::AlreadyMerged => "already_merged",
            MergeRefusal::DifferentOrganisations => "different_organisations",
            MergeRefusal::DecidedDifferent => "decided_different_persons",
            MergeRefusal::CaseOutsideScope => "case_outside_scope",
            MergeRefusal::AlreadyReverted => "merge_already_reverted",
        }
    }
}

/// Checks that `merged` may be merged into `kept`, given the standing decision on the pair.
/// A pair decided to be different persons must first be decided again as the same person,
/// so that a reviewer's "no" is never overridden in passing.
pub fn check_merge(
    kept: &Person,
    merged: &Person,
    decision: Option<DuplicateVerdict>,
) -> Result<(), MergeRefusal> {
    if kept.id == merged.id {
        return Err(MergeRefusal::SameRecord);
    }
    if kept.merged_into.is_some() || merged.merged_into.is_some() {
        return Err(MergeRefusal::AlreadyMerged);
    }
    if kept.organisation_id != merged.organisation_id {
        return Err(MergeRefusal::DifferentOrganisations);
    }
    if decision == Some(DuplicateVerdict::DifferentPersons) {
        return Err(MergeRefusal::DecidedDifferent);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use uuid::Uuid;

    fn person(n: u128) -> PersonId {
        PersonId::from_uuid(Uuid::from_u128(n))
    }

    #[test]
    fn a_pair_is_the_same_whichever_way_round() {
        let ab = PersonPair::new(person(1), person(2)).expect("pair");
        let ba = PersonPair::new(person(2), person(1)).expect("pair");
        assert_eq!(ab, ba);
        assert_eq!(ab.other(person(1)), Some(person(2)));
        assert_eq!(ab.other(person(3)), None);
        assert!(PersonPair::new(person(1), person(1)).is_err());
    }

    #[test]
    fn verdicts_round_trip_their_codes() {
        for verdict in DuplicateVerdict::ALL {
            assert_eq!(DuplicateVerdict::parse(verdict.as_str()), Some(verdict));
        }
    }
}
