//! Registering and updating persons.

use crate::{Actor, Result, Service, ServiceError};
use bayiri_domain::access::Permission;
use bayiri_domain::country::CountryCode;
use bayiri_domain::error::{InvalidValue, ValidationErrors};
use bayiri_domain::ids::PersonId;
use bayiri_domain::names::search_key;
use bayiri_domain::person::{Person, PersonInput};
use bayiri_store::{PersonQuery, Tx};
use serde::{Deserialize, Serialize};
use serde_json::json;

#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PersonRegistration {
    /// ISO 3166-1 alpha-3 code of the country where the person is registered; one of the
    /// registering user's countries.
    pub registered_in: String,
    #[serde(flatten)]
    pub person: PersonInput,
    /// The stored persons the registering user was shown as possible duplicates and found to
    /// be other persons. Without it, a registration that may be a stored person is refused
    /// (409, `possible_duplicates`) with the candidates and the reasons, so that the user
    /// looks first; with it, the new person is saved and the decisions are remembered.
    #[serde(default)]
    pub checked_duplicates: Option<Vec<PersonId>>,
}

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PersonPage {
    pub items: Vec<Person>,
    /// Pass as `cursor` to get the next page; absent on the last page.
    pub next_cursor: Option<String>,
}

impl Service {
    pub async fn register_person(
        &self,
        actor: &Actor,
        input: PersonRegistration,
    ) -> Result<Person> {
        if !actor.can(Permission::PersonWrite) {
            return Err(ServiceError::Forbidden);
        }
        let now = self.now();
        let mut errors = ValidationErrors::new();
        let valid = self.validate_registration(actor, &input, now.date(), &mut errors);
        errors.clone().into_result()?;
        let (registered_in, details) = valid.ok_or(ServiceError::Invalid(errors))?;
        let different = self
            .screen_registration(actor, &details, input.checked_duplicates.as_deref())
            .await?;
        let mut tx = self.inner.store.begin().await?;
        let person = self
            .insert_person_in(&mut tx, actor, registered_in, details, now)
            .await?;
        self.remember_different(&mut tx, actor, person.id, &different)
            .await?;
        tx.commit().await?;
        Ok(person)
    }

    /// Checks a registration, adding every problem to `errors`.
    pub(crate) fn validate_registration(
        &self,
        actor: &Actor,
        input: &PersonRegistration,
        today: time::Date,
        errors: &mut ValidationErrors,
    ) -> Option<(CountryCode, bayiri_domain::person::PersonDetails)> {
        let registered_in = errors.check("registered_in", CountryCode::parse(&input.registered_in));
        if let Some(country) = registered_in
            && !actor.user.countries.contains(&country)
        {
            errors.add(
                "registered_in",
                InvalidValue::new(
                    "outside_your_scope",
                    format!("{country} is not one of your countries"),
                ),
            );
        }
        let details = match input.person.validate(today, None) {
            Ok(details) => Some(details),
            Err(more) => {
                errors.0.extend(more.0);
                None
            }
        };
        Some((registered_in?, details?))
    }

    pub(crate) async fn insert_person_in(
        &self,
        tx: &mut Box<dyn Tx>,
        actor: &Actor,
        registered_in: CountryCode,
        details: bayiri_domain::person::PersonDetails,
        now: time::OffsetDateTime,
    ) -> Result<Person> {
        self.check_family_links(tx, actor, &details.family_links)
            .await?;
        let person = Person::new(
            PersonId::from_uuid(self.new_id()),
            actor.organisation(),
            registered_in,
            details,
            now,
        );
        tx.insert_person(&person).await?;
        self.audit(
            tx,
            actor,
            "person.create",
            "person",
            person.id,
            json!({ "registered_in": registered_in }),
        )
        .await?;
        Ok(person)
    }

    pub async fn get_person(&self, actor: &Actor, id: PersonId) -> Result<Person> {
        if !actor.can(Permission::PersonRead) {
            return Err(ServiceError::Forbidden);
        }
        let mut tx = self.inner.store.begin_read().await?;
        let person = self.visible_person(&mut tx, actor, id).await?;
        tx.commit().await?;
        Ok(person)
    }

    /// Replaces a person's details, if the stored version is still `expected_version`.
    pub async fn update_person(
        &self,
        actor: &Actor,
        id: PersonId,
        expected_version: i64,
        input: PersonInput,
    ) -> Result<Person> {
        if !actor.can(Permission::PersonWrite) {
            return Err(ServiceError::Forbidden);
        }
        let now = self.now();
        let mut tx = self.inner.store.begin().await?;
        let mut person = self.visible_person(&mut tx, actor, id).await?;
        if person.version != expected_version {
            return Err(ServiceError::VersionConflict {
                current: person.version,
            });
        }
        let details = input.validate(now.date(), Some(&person.details))?;
        self.check_family_links(&mut tx, actor, &details.family_links)
            .await?;
        let changed = changed_fields(&person.details, &details);
        person.details = details;
        person.version += 1;
        person.updated_at = now;
        tx.update_person(&person, expected_version).await?;
        self.audit(
            &mut tx,
            actor,
            "person.update",
            "person",
            person.id,
            json!({ "fields": changed }),
        )
        .await?;
        tx.commit().await?;
        Ok(person)
    }

    pub async fn list_persons(
        &self,
        actor: &Actor,
        text: Option<&str>,
        cursor: Option<&str>,
        limit: u32,
    ) -> Result<PersonPage> {
        if !actor.can(Permission::PersonRead) {
            return Err(ServiceError::Forbidden);
        }
        let before = match cursor {
            None | Some("") => None,
            Some(raw) => Some(raw.parse::<PersonId>().map_err(|_| {
                ServiceError::Invalid(ValidationErrors::single(
                    "cursor",
                    InvalidValue::new("invalid_cursor", "this cursor is not valid"),
                ))
            })?),
        };
        let limit = limit.clamp(1, 200);
        let mut tx = self.inner.store.begin_read().await?;
        let items = tx
            .list_persons(&PersonQuery {
                scope: actor.scope(),
                text: text.map(search_key).filter(|t| !t.is_empty()),
                before,
                limit,
            })
            .await?;
        tx.commit().await?;
        let next_cursor = (items.len() == limit as usize)
            .then(|| items.last().map(|p| p.id.to_string()))
            .flatten();
        Ok(PersonPage { items, next_cursor })
    }

    /// A person the actor may see: registered in their organisation and countries, or on one of
    /// their cases. Anything else is "not found".
    pub(crate) async fn visible_person(
        &self,
        tx: &mut Box<dyn Tx>,
        actor: &Actor,
        id: PersonId,
    ) -> Result<Person> {
        let person = tx.person(id).await.map_err(ServiceError::store("person"))?;
        if actor.covers(person.organisation_id, &[person.registered_in])
            || tx.person_on_case_in_scope(id, &actor.scope()).await?
        {
            Ok(person)
        } else {
            Err(ServiceError::not_found("person"))
        }
    }

    async fn check_family_links(
        &self,
        tx: &mut Box<dyn Tx>,
        actor: &Actor,
        links: &[bayiri_domain::person::FamilyLink],
    ) -> Result<()> {
        for (i, link) in links.iter().enumerate() {
            if let Err(ServiceError::NotFound { .. }) =
                self.visible_person(tx, actor, link.person_id).await
            {
                return Err(ServiceError::Invalid(ValidationErrors::single(
                    format!("family_links[{i}].person_id"),
                    InvalidValue::new("unknown_person", "no such person"),
                )));
            }
        }
        Ok(())
    }
}

/// Names of the top-level fields that differ, for the audit log (values are not logged).
fn changed_fields(
    before: &bayiri_domain::person::PersonDetails,
    after: &bayiri_domain::person::PersonDetails,
) -> Vec<String> {
    let (Ok(serde_json::Value::Object(a)), Ok(serde_json::Value::Object(b))) =
        (serde_json::to_value(before), serde_json::to_value(after))
    else {
        return Vec::new();
    };
    a.keys()
        .chain(b.keys())
        .filter(|k| a.get(*k) != b.get(*k))
        .cloned()
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect()
}
