//! A person as the record-linkage engine sees it.
//!
//! One person gives one linkage record per way their name is written: the Latin-script name,
//! the name in its original script (the engine compares Arabic script through its Latin form),
//! and each alias. All carry the same id, so a match on any of them proposes the person.

use bayiri_domain::person::{ContactKind, DatePrecision, Person, PersonDetails, Sex};
use bayiri_linkage::Record;

/// The linkage records of a person's details, all with the id `id`.
pub fn linkage_records(id: &str, details: &PersonDetails) -> Vec<Record> {
    let base = Record {
        id: id.to_string(),
        given_names: None,
        family_name: None,
        sex: match details.sex {
            Sex::Female => Some("f".to_string()),
            Sex::Male => Some("m".to_string()),
            Sex::Other | Sex::Unknown => None,
        },
        date_of_birth: details.date_of_birth.map(|dob| match dob.precision() {
            DatePrecision::Exact => bayiri_domain::person::format_iso_date(dob.date()),
            // An estimate is worth what its year is worth.
            DatePrecision::YearOnly | DatePrecision::Estimated => dob.year().to_string(),
        }),
        nationality: details
            .nationality
            .best_known()
            .map(|c| c.as_str().to_string()),
        place_of_birth: details.place_of_birth.as_ref().map(|p| p.name.clone()),
        phone: details
            .contacts
            .iter()
            .find(|c| matches!(c.kind, ContactKind::Phone | ContactKind::Messaging))
            .map(|c| c.value.clone()),
        document_number: details.identity_documents.first().map(|d| d.number.clone()),
        extra: Vec::new(),
    };
    let names = &details.names;
    let mut out = vec![Record {
        given_names: non_empty(&names.given_names),
        family_name: non_empty(&names.family_name),
        ..base.clone()
    }];
    if let Some(original) = &names.original_script {
        out.push(Record {
            given_names: non_empty(&original.given_names),
            family_name: non_empty(&original.family_name),
            ..base.clone()
        });
    }
    for alias in &names.aliases {
        out.push(Record {
            given_names: non_empty(&alias.given_names),
            family_name: non_empty(&alias.family_name),
            ..base.clone()
        });
    }
    out
}

pub fn person_records(person: &Person) -> Vec<Record> {
    linkage_records(&person.id.to_string(), &person.details)
}

fn non_empty(value: &str) -> Option<String> {
    let value = value.trim();
    (!value.is_empty()).then(|| value.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use bayiri_domain::person::{PersonInput, ScriptNameInput};
    use time::macros::date;

    #[test]
    fn every_written_form_of_the_name_is_a_record() {
        let input = PersonInput {
            given_names: "Mohamed Lemine".into(),
            family_name: "Ould Ahmed".into(),
            original_script: Some(ScriptNameInput {
                script: bayiri_domain::person::Script::Arab,
                given_names: "محمد الأمين".into(),
                family_name: "ولد أحمد".into(),
            }),
            sex: Some(Sex::Male),
            date_of_birth: Some("1994".into()),
            date_of_birth_precision: Some(DatePrecision::YearOnly),
            claimed_nationality: Some("MRT".into()),
            ..Default::default()
        };
        let details = input.validate(date!(2026 - 03 - 01), None).expect("valid");
        let records = linkage_records("p1", &details);
        assert_eq!(records.len(), 2);
        assert_eq!(records[0].family_name.as_deref(), Some("Ould Ahmed"));
        assert_eq!(records[1].given_names.as_deref(), Some("محمد الأمين"));
        for r in &records {
            assert_eq!(r.id, "p1");
            assert_eq!(r.date_of_birth.as_deref(), Some("1994"));
            assert_eq!(r.nationality.as_deref(), Some("MRT"));
            assert_eq!(r.sex.as_deref(), Some("m"));
        }
    }
}
