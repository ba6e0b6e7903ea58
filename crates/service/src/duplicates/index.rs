//! The in-memory index of stored persons that the registration-time duplicate check queries.
//!
//! It wraps the record-linkage engine's [`LinkageIndex`] with what the service needs around
//! it: which person each stored record belongs to, which records are current (a person whose
//! name was corrected keeps only the records of the corrected version live), merges, and a
//! cursor over the store's change order so that it can catch up with changes made since it
//! was filled — by this server or another one on the same database.

use super::records::person_records;
use bayiri_domain::ids::PersonId;
use bayiri_domain::person::Person;
use bayiri_linkage::{Candidate, Config, Dataset, LinkageIndex, Model, Record};
use std::collections::HashMap;
use time::OffsetDateTime;

/// The model the check scores with until a deployment holds enough persons to train its own:
/// trained by `bayiri dedupe` on a generated population of the region (see
/// `scripts/train-default-linkage-model`).
const DEFAULT_MODEL: &str = include_str!("default_model.json");

/// Where the index's model came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ModelSource {
    /// The shipped model (too few stored persons to learn from).
    Default,
    /// Trained on this many stored registrations.
    Trained(usize),
}

/// What the index keeps about a stored person besides their linkage records.
#[derive(Debug, Clone)]
struct IndexedPerson {
    merged_into: Option<PersonId>,
    version: i64,
    fingerprint: u64,
    /// Indices of the linkage records of the current version.
    live: Vec<u32>,
}

/// A stored person who may be the same as the one being checked.
#[derive(Debug, Clone)]
pub struct Match {
    pub person: PersonId,
    pub candidate: Candidate,
}

#[derive(Debug)]
pub struct DuplicateIndex {
    linkage: LinkageIndex,
    persons: HashMap<PersonId, IndexedPerson>,
    by_record_id: HashMap<String, PersonId>,
    cursor: Option<(OffsetDateTime, PersonId)>,
    source: ModelSource,
}

fn fingerprint(records: &[Record]) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    for r in records {
        (
            &r.given_names,
            &r.family_name,
            &r.sex,
            &r.date_of_birth,
            &r.nationality,
            &r.place_of_birth,
            &r.phone,
            &r.document_number,
        )
            .hash(&mut hasher);
    }
    hasher.finish()
}

/// The shipped model.
pub fn default_model() -> Model {
    #[derive(serde::Deserialize)]
    struct File {
        model: Model,
    }
    match serde_json::from_str::<File>(DEFAULT_MODEL) {
        Ok(file) => file.model,
        // A test checks that the shipped file parses; this only guards a broken build.
        Err(_) => Model::initial(&[]),
    }
}

impl DuplicateIndex {
    /// Builds the index over `persons`. With at least `train_min` of them the model is trained
    /// on their records (at most `train_max` of them, the most recent); otherwise the shipped
    /// model is used. Pure CPU work: run it off the async runtime.
    pub fn build(
        persons: Vec<Person>,
        train_min: usize,
        train_max: usize,
        population_floor: usize,
    ) -> Self {
        let config = Config::default();
        let records: Vec<(PersonId, Vec<Record>)> =
            persons.iter().map(|p| (p.id, person_records(p))).collect();
        let (model, source) = if persons.len() >= train_min.max(2) {
            let mut dataset = Dataset::new(0);
            let sample: Vec<Record> = records
                .iter()
                .rev()
                .take(train_max)
                .filter_map(|(_, r)| r.first().cloned())
                .collect();
            dataset.add_batch(&sample, 0);
            let (model, _, _) = bayiri_linkage::train(&mut dataset, &config, &|_| {});
            (model, ModelSource::Trained(sample.len()))
        } else {
            (default_model(), ModelSource::Default)
        };
        let mut index = Self {
            linkage: LinkageIndex::new(model, config).with_population_floor(population_floor),
            persons: HashMap::with_capacity(persons.len()),
            by_record_id: HashMap::with_capacity(persons.len()),
            cursor: None,
            source,
        };
        for (person, records) in persons.iter().zip(records) {
            index.insert(person, &records.1);
        }
        index
    }

    pub fn source(&self) -> ModelSource {
        self.source
    }

    /// How many person records the index holds (merged ones included).
    pub fn person_count(&self) -> usize {
        self.persons.len()
    }

    /// Where to resume reading the store's changes.
    pub fn cursor(&self) -> Option<(OffsetDateTime, PersonId)> {
        self.cursor
    }

    /// Takes in changed persons (any order; versions already seen are skipped).
    pub fn apply(&mut self, persons: &[Person]) {
        for person in persons {
            let known = self.persons.get(&person.id).map(|p| p.version);
            if known.is_none_or(|v| v < person.version) {
                self.insert(person, &person_records(person));
            }
        }
    }

    fn insert(&mut self, person: &Person, records: &[Record]) {
        // A new version whose linkage fields did not change (a merge, a new contact note)
        // keeps its records; otherwise the new records replace the old ones.
        let fingerprint = fingerprint(records);
        let unchanged = self
            .persons
            .get(&person.id)
            .filter(|p| p.fingerprint == fingerprint)
            .map(|p| p.live.clone());
        let live = match unchanged {
            Some(live) => live,
            None => records.iter().map(|r| self.linkage.add(r)).collect(),
        };
        self.by_record_id.insert(person.id.to_string(), person.id);
        self.persons.insert(
            person.id,
            IndexedPerson {
                merged_into: person.merged_into,
                version: person.version,
                fingerprint,
                live,
            },
        );
        let position = (person.updated_at, person.id);
        if self.cursor.is_none_or(|c| c < position) {
            self.cursor = Some(position);
        }
    }

    /// Stored persons who may be the person of `records` (every written form of their name),
    /// most likely first, at most one entry per person. Merged records stand for the record
    /// they were merged into; `exclude` (the person being checked) never appears.
    pub fn matches(&self, records: &[Record], exclude: Option<PersonId>) -> Vec<Match> {
        let mut best: HashMap<PersonId, Candidate> = HashMap::new();
        for record in records {
            for candidate in self.linkage.candidates(record) {
                let Some(&stored) = self.by_record_id.get(&candidate.id) else {
                    continue;
                };
                // Only the records of the stored person's current version count.
                let live = self
                    .persons
                    .get(&stored)
                    .is_some_and(|p| p.live.contains(&candidate.index));
                if !live {
                    continue;
                }
                let person = self.resolve(stored);
                if Some(person) == exclude || exclude.is_some_and(|e| self.resolve(e) == person) {
                    continue;
                }
                let better = best
                    .get(&person)
                    .is_none_or(|b| b.match_weight < candidate.match_weight);
                if better {
                    best.insert(person, candidate);
                }
            }
        }
        let mut out: Vec<Match> = best
            .into_iter()
            .map(|(person, candidate)| Match { person, candidate })
            .collect();
        out.sort_by(|a, b| {
            b.candidate
                .match_weight
                .total_cmp(&a.candidate.match_weight)
                .then(a.person.cmp(&b.person))
        });
        out
    }

    /// The record a merged record stands for (following merges of merges).
    fn resolve(&self, mut person: PersonId) -> PersonId {
        for _ in 0..8 {
            match self.persons.get(&person).and_then(|p| p.merged_into) {
                Some(next) => person = next,
                None => break,
            }
        }
        person
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use bayiri_domain::country::CountryCode;
    use bayiri_domain::ids::OrganisationId;
    use bayiri_domain::person::{PersonInput, Sex};
    use time::macros::datetime;
    use uuid::Uuid;

    fn person(n: u128, given: &str, family: &str, dob: &str, phone: &str) -> Person {
        let details = PersonInput {
            given_names: given.into(),
            family_name: family.into(),
            sex: Some(Sex::Male),
            date_of_birth: Some(dob.into()),
            claimed_nationality: Some("GIN".into()),
            contacts: vec![bayiri_domain::person::ContactInput {
                kind: bayiri_domain::person::ContactKind::Phone,
                value: phone.into(),
                note: None,
            }],
            ..Default::default()
        }
        .validate(datetime!(2026-03-01 10:00 UTC).date(), None)
        .expect("valid");
        Person::new(
            PersonId::from_uuid(Uuid::from_u128(n)),
            OrganisationId::from_uuid(Uuid::from_u128(99)),
            CountryCode::parse("NER").expect("country"),
            details,
            datetime!(2026-03-01 10:00 UTC) + time::Duration::seconds(n as i64),
        )
    }

    #[test]
    fn the_shipped_model_parses() {
        #[derive(serde::Deserialize)]
        struct File {
            #[allow(dead_code)]
            model: Model,
        }
        let file: Result<File, _> = serde_json::from_str(DEFAULT_MODEL);
        assert!(file.is_ok(), "{:?}", file.err());
        assert_eq!(default_model().field_count(), 8);
    }

    #[test]
    fn respellings_are_proposed_and_corrected_names_forgotten() {
        let stored = vec![
            person(1, "Mamadou Saliou", "Diallo", "1994-05-14", "+224622112233"),
            person(2, "Fatoumata", "Camara", "1988-01-02", "+224655443322"),
        ];
        let mut index = DuplicateIndex::build(stored.clone(), 5_000, 100_000, 10_000);
        assert_eq!(index.source(), ModelSource::Default);
        assert_eq!(index.person_count(), 2);
        let query = person(3, "Mamadu Saliou", "Jallow", "1994-05-14", "+224622112233");
        let found = index.matches(&person_records(&query), None);
        assert_eq!(found.first().map(|m| m.person), Some(stored[0].id));

        // The stored person's name is corrected: the old spelling no longer proposes them.
        let mut corrected = stored[0].clone();
        corrected.details = person(1, "Ibrahima", "Sow", "1970-09-09", "+224699887766").details;
        corrected.version += 1;
        corrected.updated_at += time::Duration::minutes(1);
        index.apply(std::slice::from_ref(&corrected));
        assert!(
            index
                .matches(&person_records(&query), None)
                .iter()
                .all(|m| m.person != stored[0].id)
        );
        assert_eq!(index.cursor(), Some((corrected.updated_at, corrected.id)));
    }

    #[test]
    fn merged_records_stand_for_the_record_they_were_merged_into() {
        let kept = person(1, "Ousmane", "Ndiaye", "1990-02-03", "+221771234567");
        let mut merged = person(2, "Usman", "N'Diaye", "1990-02-03", "+221771234567");
        let mut index =
            DuplicateIndex::build(vec![kept.clone(), merged.clone()], 5_000, 100_000, 10_000);
        merged.merged_into = Some(kept.id);
        merged.version += 1;
        index.apply(std::slice::from_ref(&merged));
        let query = person(3, "Ousman", "Ndiaye", "1990-02-03", "+221771234567");
        let found = index.matches(&person_records(&query), None);
        assert_eq!(
            found.iter().map(|m| m.person).collect::<Vec<_>>(),
            vec![kept.id],
            "one entry, for the kept record"
        );
        // Checking the kept record itself never proposes its own merged record.
        assert!(
            index
                .matches(&person_records(&kept), Some(kept.id))
                .is_empty()
        );
    }
}
