//! Case use cases: open, read, list, update, move through the lifecycle, and record what
//! happens on the way (counselling, consent, screening, protection, travel documents).

use crate::views::{CaseView, EventView};
use crate::{Actor, Result, Service, ServiceError};
use bayiri_domain::access::Permission;
use bayiri_domain::case::*;
use bayiri_domain::country::CountryCode;
use bayiri_domain::error::{InvalidValue, ValidationErrors};
use bayiri_domain::ids::*;
use bayiri_domain::names::search_key;
use bayiri_domain::person::{GuardianInput, NOTE_MAX};
use bayiri_domain::screening::{Priority, ScreeningAnswers};
use bayiri_domain::text;
use bayiri_store::{CaseQuery, StoreError, Tx};
use serde::{Deserialize, Deserializer, Serialize};
use serde_json::json;
use std::collections::BTreeSet;

#[derive(Debug, Clone, Default, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CommunityInput {
    #[serde(default)]
    pub admin1_name: Option<String>,
    #[serde(default)]
    pub admin1_pcode: Option<String>,
    #[serde(default)]
    pub admin2_name: Option<String>,
    #[serde(default)]
    pub admin2_pcode: Option<String>,
    #[serde(default)]
    pub locality: Option<String>,
}

impl CommunityInput {
    fn validate(&self, errors: &mut ValidationErrors, field: &str) -> Option<Community> {
        let admin1 = errors.check(
            &format!("{field}.admin1"),
            Community::parse_area(self.admin1_name.as_deref(), self.admin1_pcode.as_deref()),
        )?;
        let admin2 = errors.check(
            &format!("{field}.admin2"),
            Community::parse_area(self.admin2_name.as_deref(), self.admin2_pcode.as_deref()),
        )?;
        let locality = errors.check(
            &format!("{field}.locality"),
            text::optional(self.locality.as_deref(), 100),
        )?;
        Some(Community {
            admin1,
            admin2,
            locality,
        })
    }
}

#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OpenCaseInput {
    pub principal: PersonId,
    #[serde(default)]
    pub family_members: Vec<FamilyMember>,
    pub category: ReturnCategory,
    /// ISO 3166-1 alpha-3.
    pub host_country: String,
    /// ISO 3166-1 alpha-3.
    pub return_country: String,
    pub return_country_relation: ReturnCountryRelation,
    #[serde(default)]
    pub community_of_return: Option<CommunityInput>,
    /// Code of the issuing office; defaults to the organisation's office in the host country.
    #[serde(default)]
    pub office: Option<String>,
    #[serde(default)]
    pub case_worker: Option<UserId>,
    #[serde(default)]
    pub priority: Option<Priority>,
    #[serde(default)]
    pub flags: Vec<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CaseChangesInput {
    #[serde(default)]
    pub category: Option<ReturnCategory>,
    #[serde(default)]
    pub host_country: Option<String>,
    #[serde(default)]
    pub return_country: Option<String>,
    #[serde(default)]
    pub return_country_relation: Option<ReturnCountryRelation>,
    #[serde(default)]
    pub community_of_return: Option<CommunityInput>,
    /// A user id to assign, or `null` to remove the case worker.
    #[serde(default, deserialize_with = "present")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>, format = Uuid))]
    pub case_worker: Option<Option<UserId>>,
    #[serde(default)]
    pub priority: Option<Priority>,
    #[serde(default)]
    pub flags: Option<Vec<String>>,
    #[serde(default)]
    pub family_members: Option<Vec<FamilyMember>>,
    #[serde(default)]
    pub reason: Option<String>,
}

fn present<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> std::result::Result<Option<Option<UserId>>, D::Error> {
    Option::<UserId>::deserialize(deserializer).map(Some)
}

#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TransitionInput {
    pub to: Stage,
    /// Required when `to` is `closed`.
    #[serde(default)]
    pub closure_reason: Option<ClosureReason>,
    /// Why; required for moves back, closures and reopening.
    #[serde(default)]
    pub reason: Option<String>,
    /// The version the user saw; the move is refused with 409 if the case changed since.
    #[serde(default)]
    pub expected_version: Option<i64>,
}

/// Filters of the case list, as the user gives them.
#[derive(Debug, Clone, Default)]
pub struct CaseFilter {
    pub stage: Option<Stage>,
    pub category: Option<ReturnCategory>,
    pub host_country: Option<CountryCode>,
    pub return_country: Option<CountryCode>,
    pub organisation: Option<OrganisationId>,
    pub priority: Option<Priority>,
    pub flag: Option<String>,
    pub case_worker: Option<UserId>,
    pub text: Option<String>,
    /// Only cases longer in their stage than the stage's time limit.
    pub overdue: bool,
    pub sort: bayiri_store::CaseSort,
    pub cursor: Option<String>,
    pub limit: u32,
}

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CasePage {
    pub items: Vec<crate::views::CaseListItem>,
    pub next_cursor: Option<String>,
}

/// The validated case fields of an opening request.
pub(crate) struct CaseFields {
    host: CountryCode,
    destination: CountryCode,
    community: Community,
    flags: BTreeSet<Flag>,
}

pub(crate) fn validate_case_fields(
    actor: &Actor,
    input: &OpenCaseInput,
    errors: &mut ValidationErrors,
) -> Option<CaseFields> {
    let host = errors.check("host_country", CountryCode::parse(&input.host_country));
    let destination = errors.check("return_country", CountryCode::parse(&input.return_country));
    let community = match &input.community_of_return {
        Some(c) => c.validate(errors, "community_of_return"),
        None => Some(Community::default()),
    };
    let flags = parse_flags(&input.flags, errors);
    if let (Some(host), Some(destination)) = (host, destination) {
        if host == destination {
            errors.add(
                "return_country",
                InvalidValue::new(
                    "same_as_host_country",
                    "the country of return must differ from the host country",
                ),
            );
        } else if !actor.user.countries.contains(&host)
            && !actor.user.countries.contains(&destination)
        {
            errors.add(
                "host_country",
                InvalidValue::new(
                    "outside_your_scope",
                    "neither country is one of your countries",
                ),
            );
        }
    }
    Some(CaseFields {
        host: host?,
        destination: destination?,
        community: community?,
        flags,
    })
}

pub(crate) fn invalid(field: &str, code: &'static str, message: impl Into<String>) -> ServiceError {
    ServiceError::Invalid(ValidationErrors::single(
        field,
        InvalidValue::new(code, message),
    ))
}

fn parse_flags(raw: &[String], errors: &mut ValidationErrors) -> BTreeSet<Flag> {
    raw.iter()
        .enumerate()
        .filter_map(|(i, f)| errors.check(&format!("flags[{i}]"), Flag::parse(f)))
        .collect()
}

/// A reason is optional here; the domain says when one is required (going back, closing,
/// reopening).
fn reason_text(reason: Option<&str>) -> Result<Option<String>> {
    text::optional(reason, NOTE_MAX)
        .map_err(|e| ServiceError::Invalid(ValidationErrors::single("reason", e)))
}

impl Service {
    // -----------------------------------------------------------------------------------------
    // Opening, reading, listing

    pub async fn open_case(&self, actor: &Actor, input: OpenCaseInput) -> Result<CaseView> {
        if !actor.can(Permission::CaseCreate) {
            return Err(ServiceError::Forbidden);
        }
        let now = self.now();
        let mut errors = ValidationErrors::new();
        let fields = validate_case_fields(actor, &input, &mut errors);
        errors.clone().into_result()?;
        let fields = fields.ok_or(ServiceError::Invalid(errors))?;
        let mut tx = self.inner.store.begin().await?;
        self.visible_person(&mut tx, actor, input.principal)
            .await
            .map_err(|_| invalid("principal", "unknown_person", "no such person"))?;
        let case = self
            .open_case_in(&mut tx, actor, input, fields, now)
            .await?;
        let persons = self.case_persons(&mut tx, &case).await?;
        tx.commit().await?;
        Ok(CaseView::of(&case, &persons, actor.role(), now.date()))
    }

    /// Registers a person and opens their case in one transaction: both are saved, or neither.
    /// Every bad field of either part is reported at once.
    pub async fn register_and_open_case(
        &self,
        actor: &Actor,
        registration: crate::PersonRegistration,
        mut input: OpenCaseInput,
    ) -> Result<CaseView> {
        if !actor.can(Permission::CaseCreate) || !actor.can(Permission::PersonWrite) {
            return Err(ServiceError::Forbidden);
        }
        let now = self.now();
        let mut errors = ValidationErrors::new();
        let person = self.validate_registration(actor, &registration, now.date(), &mut errors);
        let fields = validate_case_fields(actor, &input, &mut errors);
        errors.clone().into_result()?;
        let (Some((registered_in, details)), Some(fields)) = (person, fields) else {
            return Err(ServiceError::Invalid(errors));
        };
        let different = self
            .screen_registration(actor, &details, registration.checked_duplicates.as_deref())
            .await?;
        let mut tx = self.inner.store.begin().await?;
        let person = self
            .insert_person_in(&mut tx, actor, registered_in, details, now)
            .await?;
        self.remember_different(&mut tx, actor, person.id, &different)
            .await?;
        input.principal = person.id;
        let case = self
            .open_case_in(&mut tx, actor, input, fields, now)
            .await?;
        let persons = self.case_persons(&mut tx, &case).await?;
        tx.commit().await?;
        Ok(CaseView::of(&case, &persons, actor.role(), now.date()))
    }

    pub(crate) async fn open_case_in(
        &self,
        tx: &mut Box<dyn Tx>,
        actor: &Actor,
        input: OpenCaseInput,
        fields: CaseFields,
        now: time::OffsetDateTime,
    ) -> Result<Case> {
        self.check_members(tx, actor, &input.family_members, input.principal)
            .await?;
        if let Some(worker) = input.case_worker {
            self.check_case_worker(tx, actor, worker).await?;
        }
        let office = self
            .issuing_office(tx, actor, input.office.as_deref(), fields.host)
            .await?;
        let sequence = tx.next_case_sequence(office.id, now.year()).await?;
        let open = OpenCase {
            id: CaseId::from_uuid(self.new_id()),
            number: CaseNumber::new(&office.code, now.year(), sequence),
            principal: input.principal,
            family_members: input.family_members,
            category: input.category,
            host_country: fields.host,
            return_country: fields.destination,
            return_country_relation: input.return_country_relation,
            community_of_return: fields.community,
            organisation_id: actor.organisation(),
            office_id: office.id,
            case_worker: input.case_worker,
            requested_priority: input.priority.unwrap_or_default(),
            flags: fields.flags,
        };
        let (case, event) = Case::open(open, &CommandContext::new(actor.id(), now))?;
        tx.insert_case(&case, std::slice::from_ref(&event))
            .await
            .map_err(|e| match e {
                StoreError::Duplicate { .. } => ServiceError::internal("case number issued twice"),
                other => other.into(),
            })?;
        self.audit(
            tx,
            actor,
            "case.create",
            "case",
            case.id,
            json!({ "number": case.number, "category": case.category }),
        )
        .await?;
        Ok(case)
    }

    /// A case as the actor may see it. Showing sensitive data is audited before it is returned.
    pub async fn get_case(&self, actor: &Actor, id: CaseId) -> Result<CaseView> {
        if !actor.can(Permission::CaseRead) {
            return Err(ServiceError::Forbidden);
        }
        let mut tx = self.inner.store.begin_read().await?;
        let case = self.visible_case(&mut tx, actor, id).await?;
        let persons = self.case_persons(&mut tx, &case).await?;
        tx.commit().await?;
        let view = CaseView::of(&case, &persons, actor.role(), self.now().date());
        if view.shows_sensitive_data() {
            let mut tx = self.inner.store.begin().await?;
            self.audit(
                &mut tx,
                actor,
                "case.read_sensitive",
                "case",
                case.id,
                json!({ "version": case.version }),
            )
            .await?;
            tx.commit().await?;
        }
        Ok(view)
    }

    pub async fn case_id_by_number(&self, actor: &Actor, number: &str) -> Result<CaseId> {
        if !actor.can(Permission::CaseRead) {
            return Err(ServiceError::Forbidden);
        }
        let mut tx = self.inner.store.begin_read().await?;
        let id = tx
            .case_id_by_number(number)
            .await
            .map_err(ServiceError::store("case"))?;
        self.visible_case(&mut tx, actor, id).await?;
        tx.commit().await?;
        Ok(id)
    }

    pub async fn list_cases(&self, actor: &Actor, filter: CaseFilter) -> Result<CasePage> {
        if !actor.can(Permission::CaseRead) {
            return Err(ServiceError::Forbidden);
        }
        let before = match filter.cursor.as_deref() {
            None | Some("") => None,
            Some(raw) => Some(
                raw.parse::<CaseId>()
                    .map_err(|_| invalid("cursor", "invalid_cursor", "this cursor is not valid"))?,
            ),
        };
        let flag = match filter.flag.as_deref() {
            None | Some("") => None,
            Some(raw) => Some(
                Flag::parse(raw)
                    .map_err(|e| ServiceError::Invalid(ValidationErrors::single("flag", e)))?,
            ),
        };
        let limit = filter.limit.clamp(1, 200);
        let mut query = CaseQuery::new(actor.scope(), limit);
        query.stage = filter.stage;
        query.category = filter.category;
        query.host_country = filter.host_country;
        query.return_country = filter.return_country;
        query.organisation = filter.organisation;
        query.priority = filter.priority;
        query.flag = flag.map(|f| f.as_str().to_string());
        query.case_worker = filter.case_worker;
        query.text = filter
            .text
            .as_deref()
            .map(search_key)
            .filter(|t| !t.is_empty());
        query.before = before;
        query.sort = filter.sort;
        let mut tx = self.inner.store.begin_read().await?;
        let items = if filter.overdue {
            // Each stage has its own limit: ask per stage, then merge.
            let now = self.now();
            let stages: Vec<Stage> = match filter.stage {
                Some(stage) => vec![stage],
                None => Stage::ALL.to_vec(),
            };
            let mut items = Vec::new();
            for stage in stages {
                let Some(days) = stage.time_limit_days() else {
                    continue;
                };
                let mut per_stage = query.clone();
                per_stage.stage = Some(stage);
                per_stage.stage_entered_before = Some(now - time::Duration::days(days));
                items.extend(tx.list_cases(&per_stage).await?);
            }
            items.sort_by_key(|c| std::cmp::Reverse(c.id));
            items.truncate(limit as usize);
            items
        } else {
            tx.list_cases(&query).await?
        };
        tx.commit().await?;
        // Cursors follow the newest-first order; other orders show one page.
        let next_cursor = (items.len() == limit as usize
            && filter.sort == bayiri_store::CaseSort::Newest)
            .then(|| items.last().map(|c| c.id.to_string()))
            .flatten();
        Ok(CasePage {
            items: items.into_iter().map(Into::into).collect(),
            next_cursor,
        })
    }

    /// The history of a case; sensitive events are shown only to roles that may read them, and
    /// showing them is audited.
    pub async fn case_events(&self, actor: &Actor, id: CaseId) -> Result<Vec<EventView>> {
        if !actor.can(Permission::CaseRead) {
            return Err(ServiceError::Forbidden);
        }
        let mut tx = self.inner.store.begin_read().await?;
        self.visible_case(&mut tx, actor, id).await?;
        let events = tx.case_events(id).await?;
        tx.commit().await?;
        let views: Vec<EventView> = events
            .iter()
            .map(|e| EventView::of(e, actor.role()))
            .collect();
        let shows_sensitive = events
            .iter()
            .zip(&views)
            .any(|(e, v)| e.kind.is_sensitive() && !v.restricted);
        if shows_sensitive {
            let mut tx = self.inner.store.begin().await?;
            self.audit(
                &mut tx,
                actor,
                "case.read_sensitive",
                "case",
                id,
                json!({ "what": "events" }),
            )
            .await?;
            tx.commit().await?;
        }
        Ok(views)
    }

    // -----------------------------------------------------------------------------------------
    // Changing a case

    pub async fn update_case(
        &self,
        actor: &Actor,
        id: CaseId,
        expected_version: i64,
        input: CaseChangesInput,
    ) -> Result<CaseView> {
        if !actor.can(Permission::CaseUpdate) {
            return Err(ServiceError::Forbidden);
        }
        let mut errors = ValidationErrors::new();
        let mut changes = CaseChanges {
            category: input.category,
            return_country_relation: input.return_country_relation,
            case_worker: input.case_worker,
            requested_priority: input.priority,
            family_members: input.family_members.clone(),
            ..CaseChanges::default()
        };
        if let Some(raw) = &input.host_country {
            changes.host_country = errors.check("host_country", CountryCode::parse(raw));
        }
        if let Some(raw) = &input.return_country {
            changes.return_country = errors.check("return_country", CountryCode::parse(raw));
        }
        if let Some(community) = &input.community_of_return {
            changes.community_of_return = community.validate(&mut errors, "community_of_return");
        }
        if let Some(flags) = &input.flags {
            changes.flags = Some(parse_flags(flags, &mut errors));
        }
        errors.into_result()?;
        let reason = reason_text(input.reason.as_deref())?;
        self.change_case(
            actor,
            id,
            Some(expected_version),
            reason,
            "case.update",
            |service, actor, tx, case| {
                Box::pin(async move {
                    if let Some(members) = &changes.family_members {
                        service
                            .check_members(tx, actor, members, case.principal)
                            .await?;
                    }
                    if let Some(Some(worker)) = changes.case_worker {
                        service.check_case_worker(tx, actor, worker).await?;
                    }
                    // A change of countries must keep the case within the actor's scope.
                    let host = changes.host_country.unwrap_or(case.host_country);
                    let destination = changes.return_country.unwrap_or(case.return_country);
                    if !actor.covers(case.organisation_id, &[host, destination]) {
                        return Err(invalid(
                            "return_country",
                            "outside_your_scope",
                            "the case would leave your countries",
                        ));
                    }
                    Ok(CaseCommand::Update(changes))
                })
            },
        )
        .await
    }

    /// Moves a case to another stage (closing it when `to` is `closed`).
    pub async fn transition_case(
        &self,
        actor: &Actor,
        id: CaseId,
        input: TransitionInput,
    ) -> Result<CaseView> {
        if !actor.role().can_move_to(input.to) {
            return Err(ServiceError::Forbidden);
        }
        let command = match (input.to, input.closure_reason) {
            (Stage::Closed, Some(reason)) => CaseCommand::Close(reason),
            (Stage::Closed, None) => {
                return Err(invalid(
                    "closure_reason",
                    "required",
                    "give the reason for closing",
                ));
            }
            (to, _) => CaseCommand::MoveTo(to),
        };
        let reason = reason_text(input.reason.as_deref())?;
        self.change_case(
            actor,
            id,
            input.expected_version,
            reason,
            "case.transition",
            move |_, _, _, _| Box::pin(async move { Ok(command) }),
        )
        .await
    }

    pub async fn reopen_case(
        &self,
        actor: &Actor,
        id: CaseId,
        reason: Option<&str>,
        expected_version: Option<i64>,
    ) -> Result<CaseView> {
        if !actor.role().can_move_to(Stage::Closed) {
            return Err(ServiceError::Forbidden);
        }
        let reason = reason_text(reason)?;
        self.change_case(
            actor,
            id,
            expected_version,
            reason,
            "case.reopen",
            |_, _, _, _| Box::pin(async { Ok(CaseCommand::Reopen) }),
        )
        .await
    }

    pub async fn record_counselling(
        &self,
        actor: &Actor,
        id: CaseId,
        input: CounsellingInput,
    ) -> Result<CaseView> {
        self.record(
            actor,
            id,
            Permission::CounsellingWrite,
            "case.counselling_record",
            |record, recorded| {
                Ok(CaseCommand::RecordCounselling(
                    input.validate(record, recorded)?,
                ))
            },
        )
        .await
    }

    pub async fn record_consent(
        &self,
        actor: &Actor,
        id: CaseId,
        input: ConsentInput,
    ) -> Result<CaseView> {
        self.record(
            actor,
            id,
            Permission::ConsentWrite,
            "case.consent_record",
            |record, recorded| {
                Ok(CaseCommand::RecordConsent(
                    input.validate(record, recorded)?,
                ))
            },
        )
        .await
    }

    pub async fn withdraw_consent(
        &self,
        actor: &Actor,
        id: CaseId,
        consent_id: RecordId,
        outcome: WithdrawalOutcome,
        reason: Option<&str>,
    ) -> Result<CaseView> {
        if !actor.can(Permission::ConsentWrite) {
            return Err(ServiceError::Forbidden);
        }
        let reason = reason_text(reason)?;
        let today = self.now().date();
        self.change_case(
            actor,
            id,
            None,
            reason,
            "case.consent_withdraw",
            move |_, _, _, _| {
                Box::pin(async move {
                    Ok(CaseCommand::WithdrawConsent {
                        consent_id,
                        withdrawn_on: today,
                        outcome,
                    })
                })
            },
        )
        .await
    }

    pub async fn record_screening(
        &self,
        actor: &Actor,
        id: CaseId,
        answers: ScreeningAnswers,
    ) -> Result<CaseView> {
        if !actor.can(Permission::ScreeningWrite) {
            return Err(ServiceError::Forbidden);
        }
        let record = RecordId::from_uuid(self.new_id());
        let today = self.now().date();
        self.change_case(
            actor,
            id,
            None,
            None,
            "case.screening_record",
            move |_, _, tx, case| {
                Box::pin(async move {
                    let principal = tx.person(case.principal).await?;
                    Ok(CaseCommand::RecordScreening {
                        id: record,
                        screened_on: today,
                        answers,
                        date_of_birth: principal.details.date_of_birth,
                    })
                })
            },
        )
        .await
    }

    pub async fn raise_protection_concern(
        &self,
        actor: &Actor,
        id: CaseId,
        input: ProtectionConcernInput,
    ) -> Result<CaseView> {
        self.record(
            actor,
            id,
            Permission::ProtectionWrite,
            "case.protection_concern_raise",
            |record, recorded| {
                Ok(CaseCommand::RaiseProtectionConcern(
                    input.validate(record, recorded)?,
                ))
            },
        )
        .await
    }

    pub async fn close_protection_concern(
        &self,
        actor: &Actor,
        id: CaseId,
        concern_id: RecordId,
        resolution: String,
    ) -> Result<CaseView> {
        if !actor.can(Permission::ProtectionWrite) {
            return Err(ServiceError::Forbidden);
        }
        self.change_case(
            actor,
            id,
            None,
            None,
            "case.protection_concern_close",
            move |_, _, _, _| {
                Box::pin(async move {
                    Ok(CaseCommand::CloseProtectionConcern {
                        concern_id,
                        resolution,
                    })
                })
            },
        )
        .await
    }

    pub async fn record_referral(
        &self,
        actor: &Actor,
        id: CaseId,
        input: ReferralInput,
    ) -> Result<CaseView> {
        self.record(
            actor,
            id,
            Permission::ReferralWrite,
            "case.referral_record",
            |record, recorded| {
                Ok(CaseCommand::RecordReferral(
                    input.validate(record, recorded)?,
                ))
            },
        )
        .await
    }

    /// Records the guardian of the child on the case, and on the person record too.
    pub async fn appoint_guardian(
        &self,
        actor: &Actor,
        id: CaseId,
        input: GuardianInput,
    ) -> Result<CaseView> {
        if !actor.can(Permission::ChildProtectionWrite) {
            return Err(ServiceError::Forbidden);
        }
        let guardian = input.validate()?;
        let now = self.now();
        let view = self
            .change_case(
                actor,
                id,
                None,
                None,
                "case.guardian_appoint",
                move |service, actor, tx, case| {
                    Box::pin(async move {
                        let mut person = tx.person(case.principal).await?;
                        let expected = person.version;
                        person.details.guardian = Some(guardian.clone());
                        person.version += 1;
                        person.updated_at = now;
                        tx.update_person(&person, expected).await?;
                        service
                            .audit(
                                tx,
                                actor,
                                "person.update",
                                "person",
                                person.id,
                                json!({ "fields": ["guardian"] }),
                            )
                            .await?;
                        Ok(CaseCommand::AppointGuardian(guardian))
                    })
                },
            )
            .await?;
        Ok(view)
    }

    pub async fn record_best_interests(
        &self,
        actor: &Actor,
        id: CaseId,
        input: BestInterestsInput,
    ) -> Result<CaseView> {
        self.record(
            actor,
            id,
            Permission::ChildProtectionWrite,
            "case.best_interests_record",
            |record, recorded| {
                Ok(CaseCommand::RecordBestInterests(
                    input.validate(record, recorded)?,
                ))
            },
        )
        .await
    }

    pub async fn record_travel_document(
        &self,
        actor: &Actor,
        id: CaseId,
        input: TravelDocumentInput,
    ) -> Result<CaseView> {
        self.record(
            actor,
            id,
            Permission::TravelDocumentWrite,
            "case.travel_document_record",
            |record, recorded| {
                Ok(CaseCommand::RecordTravelDocument(
                    input.validate(record, recorded)?,
                ))
            },
        )
        .await
    }

    pub async fn record_return_decision(
        &self,
        actor: &Actor,
        id: CaseId,
        input: ReturnDecisionInput,
    ) -> Result<CaseView> {
        self.record(
            actor,
            id,
            Permission::ReturnDecisionWrite,
            "case.return_decision_record",
            |_, recorded| Ok(CaseCommand::RecordReturnDecision(input.validate(recorded)?)),
        )
        .await
    }

    // -----------------------------------------------------------------------------------------
    // The one path every change takes

    /// Records something new on a case: validates the input into a command with a fresh record
    /// id, then runs it.
    pub(crate) async fn record(
        &self,
        actor: &Actor,
        id: CaseId,
        permission: Permission,
        action: &'static str,
        build: impl FnOnce(
            RecordId,
            records::Recorded,
        ) -> std::result::Result<CaseCommand, ValidationErrors>
        + Send,
    ) -> Result<CaseView> {
        if !actor.can(permission) {
            return Err(ServiceError::Forbidden);
        }
        let recorded = records::Recorded {
            by: actor.id(),
            at: self.now(),
        };
        let command = build(RecordId::from_uuid(self.new_id()), recorded)?;
        self.change_case(actor, id, None, None, action, move |_, _, _, _| {
            Box::pin(async move { Ok(command) })
        })
        .await
    }

    /// Loads a case in scope, checks the version the user saw, lets the domain decide, saves
    /// the events with the new state, writes the audit entry, and commits — or changes nothing.
    pub(crate) async fn change_case<F>(
        &self,
        actor: &Actor,
        id: CaseId,
        expected_version: Option<i64>,
        reason: Option<String>,
        action: &'static str,
        build: F,
    ) -> Result<CaseView>
    where
        F: for<'a> FnOnce(
                &'a Service,
                &'a Actor,
                &'a mut Box<dyn Tx>,
                &'a Case,
            ) -> std::pin::Pin<
                Box<dyn std::future::Future<Output = Result<CaseCommand>> + Send + 'a>,
            > + Send,
    {
        let now = self.now();
        let mut tx = self.inner.store.begin().await?;
        let mut case = self.visible_case(&mut tx, actor, id).await?;
        if let Some(expected) = expected_version
            && expected != case.version
        {
            return Err(ServiceError::VersionConflict {
                current: case.version,
            });
        }
        let stored_version = case.version;
        let snapshot = case.clone();
        let command = build(self, actor, &mut tx, &snapshot).await?;
        let mut ctx = CommandContext::new(actor.id(), now);
        ctx.reason = reason;
        let sensitive = actor.can(Permission::SensitiveRead);
        let events = case.execute(command, &ctx).map_err(|e| match e {
            CaseError::GuardsUnmet { to, guards } => ServiceError::GuardsUnmet {
                to,
                guards: guards
                    .iter()
                    .map(|g| crate::views::GuardView::of(g, sensitive))
                    .collect(),
            },
            other => other.into(),
        })?;
        tx.save_case(&case, stored_version, &events).await?;
        self.after_case_change(&mut tx, actor, &snapshot, &case)
            .await?;
        let kinds: Vec<&str> = events.iter().map(|e| e.kind.name()).collect();
        self.audit(
            &mut tx,
            actor,
            action,
            "case",
            case.id,
            json!({ "events": kinds, "version": case.version, "stage": case.stage }),
        )
        .await?;
        let persons = self.case_persons(&mut tx, &case).await?;
        tx.commit().await?;
        Ok(CaseView::of(&case, &persons, actor.role(), now.date()))
    }

    /// The principal and family members of a case, for its view.
    pub(crate) async fn case_persons(
        &self,
        tx: &mut Box<dyn Tx>,
        case: &Case,
    ) -> Result<Vec<bayiri_domain::person::Person>> {
        let mut persons = Vec::new();
        for id in case.persons() {
            match tx.person(id).await {
                Ok(person) => persons.push(person),
                Err(StoreError::NotFound) => {}
                Err(e) => return Err(e.into()),
            }
        }
        Ok(persons)
    }

    /// A case in the actor's organisation and countries; anything else is "not found".
    pub(crate) async fn visible_case(
        &self,
        tx: &mut Box<dyn Tx>,
        actor: &Actor,
        id: CaseId,
    ) -> Result<Case> {
        let case = tx.case(id).await.map_err(ServiceError::store("case"))?;
        if actor.covers(
            case.organisation_id,
            &[case.host_country, case.return_country],
        ) {
            Ok(case)
        } else {
            Err(ServiceError::not_found("case"))
        }
    }

    async fn check_members(
        &self,
        tx: &mut Box<dyn Tx>,
        actor: &Actor,
        members: &[FamilyMember],
        principal: PersonId,
    ) -> Result<()> {
        let mut seen = BTreeSet::new();
        for (i, member) in members.iter().enumerate() {
            let field = format!("family_members[{i}].person_id");
            if member.person_id == principal || !seen.insert(member.person_id) {
                return Err(invalid(
                    &field,
                    "duplicate_person",
                    "a person can be on a case only once",
                ));
            }
            if self
                .visible_person(tx, actor, member.person_id)
                .await
                .is_err()
            {
                return Err(invalid(&field, "unknown_person", "no such person"));
            }
        }
        Ok(())
    }

    async fn check_case_worker(
        &self,
        tx: &mut Box<dyn Tx>,
        actor: &Actor,
        worker: UserId,
    ) -> Result<()> {
        match tx.user(worker).await {
            Ok(user) if user.organisation_id == actor.organisation() && !user.disabled => Ok(()),
            Ok(_) | Err(StoreError::NotFound) => Err(invalid(
                "case_worker",
                "unknown_user",
                "no such user in your organisation",
            )),
            Err(e) => Err(e.into()),
        }
    }

    async fn issuing_office(
        &self,
        tx: &mut Box<dyn Tx>,
        actor: &Actor,
        code: Option<&str>,
        host: CountryCode,
    ) -> Result<bayiri_domain::organisation::Office> {
        let offices = tx.offices_of(actor.organisation()).await?;
        let chosen = match code {
            Some(code) => offices
                .into_iter()
                .find(|o| o.code.as_str().eq_ignore_ascii_case(code.trim())),
            None => {
                let in_host = offices.iter().position(|o| o.country == host);
                match in_host {
                    Some(i) => offices.into_iter().nth(i),
                    None => offices.into_iter().next(),
                }
            }
        };
        chosen.ok_or_else(|| {
            invalid(
                "office",
                "no_issuing_office",
                "your organisation has no such office to issue the case number",
            )
        })
    }
}
