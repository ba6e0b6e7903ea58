//! Arrivals: pre-arrival notifications for the receiving country's reception staff,
//! confirmation of expected arrivals, on-the-spot registration of spontaneous returnees, and
//! post-arrival assistance.

use super::refused;
use super::views::*;
use crate::cases::{CommunityInput, invalid, validate_case_fields};
use crate::{Actor, OpenCaseInput, PersonRegistration, Result, Service, ServiceError};
use bayiri_domain::access::Permission;
use bayiri_domain::case::records::Recorded;
use bayiri_domain::case::{CaseCommand, ReturnCategory, ReturnCountryRelation};
use bayiri_domain::error::ValidationErrors;
use bayiri_domain::ids::*;
use bayiri_domain::journey::arrival::*;
use bayiri_domain::journey::operation::{EntryStatus, OperationStatus};
use bayiri_domain::journey::parse_moment;
use bayiri_domain::person::{PersonDetails, PersonInput};
use bayiri_store::{ArrivalQuery, OperationQuery, StoreError, Tx};
use serde::Deserialize;
use serde_json::json;
use time::OffsetDateTime;

/// Confirms the arrival of people announced by an operation's manifest.
#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ConfirmArrivalInput {
    pub operation_id: OperationId,
    /// One case of the manifest; every case still expected when absent.
    #[serde(default)]
    pub case_id: Option<CaseId>,
    /// `YYYY-MM-DDTHH:MM` (UTC) or RFC 3339; now when absent.
    #[serde(default)]
    pub arrived_at: Option<String>,
}

/// The short form for a returnee nobody announced, filled in at the border.
#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SpontaneousInput {
    pub point_id: PointId,
    #[serde(default)]
    pub arrived_at: Option<String>,
    /// ISO 3166-1 alpha-3 code of the country the person comes back from.
    pub coming_from: String,
    #[serde(flatten)]
    pub person: PersonInput,
    #[serde(default)]
    pub community_of_return: Option<CommunityInput>,
}

pub type SpontaneousRegistration = SpontaneousArrivalView;

fn moment(field: &str, raw: Option<&str>, now: OffsetDateTime) -> Result<OffsetDateTime> {
    let at = match raw.map(str::trim) {
        None | Some("") => now,
        Some(raw) => parse_moment(raw)
            .map_err(|e| ServiceError::Invalid(ValidationErrors::single(field, e)))?,
    };
    if at > now {
        return Err(invalid(
            field,
            "date_in_future",
            "this date is in the future",
        ));
    }
    Ok(at)
}

impl Service {
    /// Who is coming to the actor's countries, when and where, and what to prepare for.
    pub async fn pre_arrival_notices(&self, actor: &Actor) -> Result<Vec<PreArrivalNotice>> {
        if !actor.can(Permission::ArrivalWrite) {
            return Err(ServiceError::Forbidden);
        }
        let mut tx = self.inner.store.begin_read().await?;
        let operations = tx
            .list_operations(&OperationQuery {
                destination_countries: Some(actor.user.countries.iter().copied().collect()),
                limit: 200,
                ..Default::default()
            })
            .await?;
        let mut notices = Vec::new();
        for op in operations
            .iter()
            .filter(|o| {
                matches!(
                    o.status,
                    OperationStatus::Planned | OperationStatus::Departed
                )
            })
            .filter(|o| o.manifest.iter().any(|e| e.travels()))
        {
            let point = tx.point(op.arrival_point).await?;
            notices.push(PreArrivalNotice::of(op, &point.name, point.code.as_str()));
        }
        tx.commit().await?;
        notices.sort_by_key(|n| n.expected_at);
        Ok(notices)
    }

    /// Confirms expected arrivals: each case moves into `arrived` through its lifecycle, with
    /// an arrival registration at the operation's arrival point.
    pub async fn confirm_arrivals(
        &self,
        actor: &Actor,
        input: ConfirmArrivalInput,
    ) -> Result<Vec<ArrivalView>> {
        if !actor.can(Permission::ArrivalWrite) {
            return Err(ServiceError::Forbidden);
        }
        let now = self.now();
        let at = moment("arrived_at", input.arrived_at.as_deref(), now)?;
        let mut tx = self.inner.store.begin().await?;
        let mut operation = tx
            .operation(input.operation_id)
            .await
            .map_err(ServiceError::store("operation"))?;
        if !actor
            .user
            .countries
            .contains(&operation.destination_country)
        {
            return Err(ServiceError::not_found("operation"));
        }
        if let Some(departed) = operation.legs.first().and_then(|l| l.departed_at)
            && at < departed - time::Duration::seconds(59)
        {
            return Err(invalid(
                "arrived_at",
                "before_departure",
                "the arrival is before the departure",
            ));
        }
        let stored = operation.version;
        let point = tx.point(operation.arrival_point).await?;
        let expected: Vec<_> = operation
            .manifest
            .iter()
            .filter(|e| e.status == EntryStatus::Departed)
            .filter(|e| input.case_id.is_none_or(|c| c == e.case_id))
            .cloned()
            .collect();
        if expected.is_empty() {
            return Err(refused(
                "nobody_expected",
                "nobody of this operation is expected any more",
            ));
        }
        let mut arrivals = Vec::new();
        for entry in expected {
            let facts = ArrivalFacts {
                arrival_id: ArrivalId::from_uuid(self.new_id()),
                point_id: point.id,
                point_code: point.code.to_string(),
                mode: point.kind.mode(),
                arrived_at: at,
                operation_id: Some(operation.id),
            };
            let case = self
                .command_case_in(
                    &mut tx,
                    actor,
                    entry.case_id,
                    CaseCommand::RegisterArrival(facts.clone()),
                    "case.arrival_register",
                )
                .await?;
            operation
                .confirm_arrival(entry.case_id, at)
                .map_err(|e| refused(e.code(), e.to_string()))?;
            let arrival = Arrival {
                id: facts.arrival_id,
                case_id: case.id,
                case_number: case.number.to_string(),
                case_organisation: case.organisation_id,
                point_id: point.id,
                point_name: point.name.clone(),
                country: point.country,
                mode: facts.mode,
                arrived_at: at,
                kind: ArrivalKind::Expected,
                operation_id: Some(operation.id),
                persons: entry
                    .persons
                    .iter()
                    .map(|p| ArrivingPerson {
                        person_id: p.person_id,
                        name: format!("{} {}", p.given_names, p.family_name.to_uppercase()),
                    })
                    .collect(),
                registered: Recorded {
                    by: actor.id(),
                    at: now,
                },
                registered_by_organisation: actor.organisation(),
            };
            tx.insert_arrival(&arrival).await?;
            arrivals.push(ArrivalView::of(arrival, Vec::new()));
        }
        tx.save_operation(&operation, stored).await?;
        self.audit(
            &mut tx,
            actor,
            "arrival.confirm",
            "operation",
            operation.id,
            json!({ "arrivals": arrivals.len() }),
        )
        .await?;
        tx.commit().await?;
        Ok(arrivals)
    }

    /// Registers on the spot a returnee nobody announced: a person, a case of category
    /// spontaneous return, and its arrival, in one transaction.
    pub async fn register_spontaneous_arrival(
        &self,
        actor: &Actor,
        input: SpontaneousInput,
    ) -> Result<SpontaneousArrivalView> {
        if !actor.can(Permission::ArrivalWrite)
            || !actor.can(Permission::CaseCreate)
            || !actor.can(Permission::PersonWrite)
        {
            return Err(ServiceError::Forbidden);
        }
        let now = self.now();
        let mut tx = self.inner.store.begin().await?;
        let point = match tx.point(input.point_id).await {
            Ok(p) if p.active && actor.user.countries.contains(&p.country) => p,
            Ok(_) | Err(StoreError::NotFound) => {
                return Err(invalid(
                    "point_id",
                    "unknown_point",
                    "choose an active point in one of your countries",
                ));
            }
            Err(e) => return Err(e.into()),
        };
        let mut errors = ValidationErrors::new();
        let arrived_at = match moment("arrived_at", input.arrived_at.as_deref(), now) {
            Ok(at) => Some(at),
            Err(ServiceError::Invalid(e)) => {
                errors.0.extend(e.0);
                None
            }
            Err(other) => return Err(other),
        };
        let registration = PersonRegistration {
            registered_in: point.country.as_str().to_string(),
            person: input.person.clone(),
            // Checked below, without holding anyone back at the border.
            checked_duplicates: None,
        };
        let person = self.validate_registration(actor, &registration, now.date(), &mut errors);
        // Number the case at the actor's office in the country of return when there is one.
        let office = tx
            .offices_of(actor.organisation())
            .await?
            .into_iter()
            .find(|o| o.country == point.country)
            .map(|o| o.code.as_str().to_string());
        let mut open = OpenCaseInput {
            principal: PersonId::from_uuid(uuid::Uuid::nil()),
            family_members: Vec::new(),
            category: ReturnCategory::SpontaneousReturn,
            host_country: input.coming_from.clone(),
            return_country: point.country.as_str().to_string(),
            return_country_relation: ReturnCountryRelation::Origin,
            community_of_return: input.community_of_return.clone(),
            office,
            case_worker: None,
            priority: None,
            flags: Vec::new(),
        };
        let fields = validate_case_fields(actor, &open, &mut errors);
        // The host country is where the person comes from: name the field the form shows.
        for e in errors.0.iter_mut() {
            if e.field == "host_country" {
                e.field = "coming_from".into();
            }
        }
        errors.clone().into_result()?;
        let (Some((registered_in, details)), Some(fields), Some(arrived_at)) =
            (person, fields, arrived_at)
        else {
            return Err(ServiceError::Invalid(errors));
        };
        let possible_duplicates = self.spontaneous_duplicate_check(actor, &details).await?;
        let person = self
            .insert_person_in(&mut tx, actor, registered_in, details, now)
            .await?;
        open.principal = person.id;
        let case = self.open_case_in(&mut tx, actor, open, fields, now).await?;
        let facts = ArrivalFacts {
            arrival_id: ArrivalId::from_uuid(self.new_id()),
            point_id: point.id,
            point_code: point.code.to_string(),
            mode: point.kind.mode(),
            arrived_at,
            operation_id: None,
        };
        let case = self
            .command_case_in(
                &mut tx,
                actor,
                case.id,
                CaseCommand::RegisterArrival(facts.clone()),
                "case.arrival_register",
            )
            .await?;
        let arrival = Arrival {
            id: facts.arrival_id,
            case_id: case.id,
            case_number: case.number.to_string(),
            case_organisation: case.organisation_id,
            point_id: point.id,
            point_name: point.name.clone(),
            country: point.country,
            mode: facts.mode,
            arrived_at,
            kind: ArrivalKind::Spontaneous,
            operation_id: None,
            persons: vec![ArrivingPerson {
                person_id: person.id,
                name: person.display_name(),
            }],
            registered: Recorded {
                by: actor.id(),
                at: now,
            },
            registered_by_organisation: actor.organisation(),
        };
        tx.insert_arrival(&arrival).await?;
        self.audit(
            &mut tx,
            actor,
            "arrival.register_spontaneous",
            "arrival",
            arrival.id,
            json!({ "case": case.id, "possible_duplicates": possible_duplicates.len() }),
        )
        .await?;
        tx.commit().await?;
        Ok(SpontaneousArrivalView {
            arrival: ArrivalView::of(arrival, Vec::new()),
            case_number: case.number.to_string(),
            category: case.category,
            possible_duplicates,
        })
    }

    /// The duplicate check of the on-the-spot registration of spontaneous returnees: the
    /// record-linkage engine's candidates among the persons in the actor's scope (see
    /// `crate::duplicates`). The registration goes ahead either way — turning someone away at
    /// a border for a possible duplicate would be wrong; the candidates are returned with it,
    /// and the new person appears in the review queue until a reviewer decides.
    pub(crate) async fn spontaneous_duplicate_check(
        &self,
        actor: &Actor,
        details: &PersonDetails,
    ) -> Result<Vec<PossibleDuplicate>> {
        Ok(self
            .candidates_for(actor, details, None)
            .await?
            .into_iter()
            .map(|c| PossibleDuplicate {
                person_id: c.person.id,
                name: c.person.display_name,
                birth_year: c.person.date_of_birth.map(|d| d.year()),
            })
            .collect())
    }

    /// An arrival the actor may see: reception staff of its country, or the organisation that
    /// runs the case in its countries.
    async fn visible_arrival(
        &self,
        tx: &mut Box<dyn Tx>,
        actor: &Actor,
        id: ArrivalId,
    ) -> Result<Arrival> {
        let arrival = tx
            .arrival(id)
            .await
            .map_err(ServiceError::store("arrival"))?;
        let in_country = actor.user.countries.contains(&arrival.country);
        let reception = actor.can(Permission::ArrivalWrite) && in_country;
        let own = actor.can(Permission::CaseRead)
            && arrival.case_organisation == actor.organisation()
            && in_country;
        if reception || own {
            Ok(arrival)
        } else {
            Err(ServiceError::not_found("arrival"))
        }
    }

    pub async fn get_arrival(&self, actor: &Actor, id: ArrivalId) -> Result<ArrivalView> {
        if !actor.can(Permission::ArrivalWrite) && !actor.can(Permission::CaseRead) {
            return Err(ServiceError::Forbidden);
        }
        let mut tx = self.inner.store.begin_read().await?;
        let arrival = self.visible_arrival(&mut tx, actor, id).await?;
        let assistance = tx.assistance_of(arrival.id).await?;
        tx.commit().await?;
        Ok(ArrivalView::of(arrival, assistance))
    }

    /// Recent arrivals the actor may see, latest first; `case` narrows to one case.
    pub async fn list_arrivals(
        &self,
        actor: &Actor,
        case: Option<CaseId>,
        since: Option<OffsetDateTime>,
    ) -> Result<Vec<ArrivalView>> {
        let mut query = ArrivalQuery {
            countries: Some(actor.user.countries.iter().copied().collect()),
            case,
            since,
            limit: 200,
            ..Default::default()
        };
        if !actor.can(Permission::ArrivalWrite) {
            if !actor.can(Permission::CaseRead) {
                return Err(ServiceError::Forbidden);
            }
            query.case_organisation = Some(actor.organisation());
        }
        let mut tx = self.inner.store.begin_read().await?;
        let arrivals = tx.list_arrivals(&query).await?;
        let assistance = tx.list_assistance(&query).await?;
        tx.commit().await?;
        Ok(arrivals
            .into_iter()
            .map(|a| {
                let given = assistance
                    .iter()
                    .filter(|g| g.arrival_id == a.id)
                    .cloned()
                    .collect();
                ArrivalView::of(a, given)
            })
            .collect())
    }

    /// Records assistance given to one person of an arrival.
    pub async fn record_assistance(
        &self,
        actor: &Actor,
        id: ArrivalId,
        input: AssistanceInput,
    ) -> Result<ArrivalView> {
        if !actor.can(Permission::AssistanceWrite) {
            return Err(ServiceError::Forbidden);
        }
        let now = self.now();
        let mut tx = self.inner.store.begin().await?;
        let arrival = self.visible_arrival(&mut tx, actor, id).await?;
        let assistance = input.validate(
            RecordId::from_uuid(self.new_id()),
            &arrival,
            Recorded {
                by: actor.id(),
                at: now,
            },
        )?;
        tx.insert_assistance(&assistance).await?;
        self.audit(
            &mut tx,
            actor,
            "arrival.assistance_record",
            "arrival",
            arrival.id,
            json!({ "kind": assistance.kind, "person": assistance.person_id }),
        )
        .await?;
        let all = tx.assistance_of(arrival.id).await?;
        tx.commit().await?;
        Ok(ArrivalView::of(arrival, all))
    }
}
