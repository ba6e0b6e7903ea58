//! Consular verification and travel documents: requests from a case to a mission, and the
//! mission's decisions. A consular officer reaches only requests addressed to a mission of
//! their own consulate; the sending organisation reaches its own requests on cases in scope.

use super::refused;
use super::views::ConsularRequestView;
use crate::cases::invalid;
use crate::{Actor, Result, Service, ServiceError};
use bayiri_domain::access::{Permission, Role};
use bayiri_domain::case::records::Recorded;
use bayiri_domain::case::{CaseCommand, ConsentPurpose, Stage, TravelDocument};
use bayiri_domain::ids::*;
use bayiri_domain::journey::consular::*;
use bayiri_store::{ConsularQuery, Tx};
use serde::Serialize;
use serde_json::json;

#[derive(Debug, Clone, Default)]
pub struct ConsularFilter {
    pub status: Option<ConsularStatus>,
    pub case: Option<CaseId>,
    pub overdue_only: bool,
}

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ConsularPage {
    pub items: Vec<ConsularRequestView>,
    /// Per mission, over the requests the viewer may see.
    pub turnaround: Vec<MissionTurnaround>,
    pub overdue_after_days: i64,
}

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MissionTurnaround {
    pub mission_name: String,
    #[serde(flatten)]
    pub turnaround: Turnaround,
}

impl Service {
    /// Sends a case's request to a consular mission. Identity data goes to the authorities of
    /// the country of return only with the person's consent for it (voluntary returns).
    pub async fn request_consular_verification(
        &self,
        actor: &Actor,
        case_id: CaseId,
        input: RequestInput,
    ) -> Result<ConsularRequestView> {
        if !actor.can(Permission::ConsularRequestWrite) {
            return Err(ServiceError::Forbidden);
        }
        let now = self.now();
        let mut tx = self.inner.store.begin().await?;
        let case = self.visible_case(&mut tx, actor, case_id).await?;
        if case.stage == Stage::Closed || case.stage.is_after_departure() {
            return Err(refused(
                "case_not_preparing_departure",
                "consular requests are for cases preparing their departure",
            ));
        }
        let mission = match tx.mission(input.mission_id).await {
            Ok(m) => m,
            Err(bayiri_store::StoreError::NotFound) => {
                return Err(invalid(
                    "mission_id",
                    "unknown_mission",
                    "no such consular mission",
                ));
            }
            Err(e) => return Err(e.into()),
        };
        let new = input.validate(humanitarian(case.category))?;
        if !mission.serves(case.host_country, case.return_country) {
            return Err(invalid(
                "mission_id",
                "mission_does_not_serve",
                "this mission does not represent the country of return in the host country",
            ));
        }
        let consented = case
            .consents
            .iter()
            .any(|c| c.purpose == ConsentPurpose::DataSharingWithAuthorities && c.is_active());
        if case.category.is_voluntary() && !consented {
            return Err(refused(
                "consent_to_share_missing",
                "record the person's consent to share identity data with the authorities of the country of return first",
            ));
        }
        let request = ConsularRequest {
            id: ConsularRequestId::from_uuid(self.new_id()),
            mission_id: mission.id,
            case_id: case.id,
            organisation_id: case.organisation_id,
            person_id: case.principal,
            document: new.document,
            evidence: new.evidence,
            fee: new.fee,
            status: ConsularStatus::Requested,
            interview_on: None,
            interview_place: None,
            confirmed_nationality: None,
            issued: None,
            outcome_reason: None,
            history: vec![StatusChange {
                status: ConsularStatus::Requested,
                recorded: Recorded {
                    by: actor.id(),
                    at: now,
                },
                note: None,
            }],
            version: 1,
        };
        tx.insert_consular_request(&request).await?;
        self.audit(
            &mut tx,
            actor,
            "consular.request_create",
            "consular_request",
            request.id,
            json!({ "case": case.id, "mission": mission.id }),
        )
        .await?;
        let person = tx.person(request.person_id).await?;
        tx.commit().await?;
        Ok(ConsularRequestView::of(
            &request,
            &mission,
            &person,
            Some(case.number.to_string()),
            now.date(),
            self.config().consular_overdue_days,
        ))
    }

    /// The request if the actor may see it, with the mission, and whether the actor sent it.
    async fn visible_request(
        &self,
        tx: &mut Box<dyn Tx>,
        actor: &Actor,
        id: ConsularRequestId,
    ) -> Result<(ConsularRequest, ConsularMission, Option<String>)> {
        let not_found = || ServiceError::not_found("consular request");
        let request = tx
            .consular_request(id)
            .await
            .map_err(ServiceError::store("consular request"))?;
        let mission = tx.mission(request.mission_id).await?;
        match actor.role() {
            Role::ConsularOfficer if mission.organisation_id == actor.organisation() => {
                Ok((request, mission, None))
            }
            Role::Counsellor if request.organisation_id == actor.organisation() => {
                let case = self
                    .visible_case(tx, actor, request.case_id)
                    .await
                    .map_err(|_| not_found())?;
                Ok((request, mission, Some(case.number.to_string())))
            }
            _ => Err(not_found()),
        }
    }

    pub async fn consular_request(
        &self,
        actor: &Actor,
        id: ConsularRequestId,
    ) -> Result<ConsularRequestView> {
        if !actor.can(Permission::ConsularRead) {
            return Err(ServiceError::Forbidden);
        }
        let mut tx = self.inner.store.begin_read().await?;
        let (request, mission, number) = self.visible_request(&mut tx, actor, id).await?;
        let person = tx.person(request.person_id).await?;
        tx.commit().await?;
        Ok(ConsularRequestView::of(
            &request,
            &mission,
            &person,
            number,
            self.today(),
            self.config().consular_overdue_days,
        ))
    }

    /// Records a mission's decision. A confirmed nationality is written on the person as
    /// verified (by whom, when); an issued document is recorded on the case, where the
    /// departure guard reads it.
    pub async fn decide_consular_request(
        &self,
        actor: &Actor,
        id: ConsularRequestId,
        expected_version: i64,
        input: DecisionInput,
    ) -> Result<ConsularRequestView> {
        if !actor.can(Permission::ConsularDecision) {
            return Err(ServiceError::Forbidden);
        }
        let now = self.now();
        let mut tx = self.inner.store.begin().await?;
        let (mut request, mission, number) = self.visible_request(&mut tx, actor, id).await?;
        if request.version != expected_version {
            return Err(ServiceError::VersionConflict {
                current: request.version,
            });
        }
        let decision = input.validate(mission.represents, request.document, now.date())?;
        let recorded = Recorded {
            by: actor.id(),
            at: now,
        };
        request
            .decide(decision.clone(), recorded)
            .map_err(|e| refused(e.code(), e.to_string()))?;
        tx.save_consular_request(&request, expected_version).await?;
        match &decision {
            ConsularDecision::ConfirmNationality { country } => {
                let mut person = tx.person(request.person_id).await?;
                let expected = person.version;
                person.verify_nationality(*country, actor.id(), now.date());
                person.version += 1;
                person.updated_at = now;
                tx.update_person(&person, expected).await?;
                self.audit(
                    &mut tx,
                    actor,
                    "person.update",
                    "person",
                    person.id,
                    json!({ "fields": ["nationality"] }),
                )
                .await?;
            }
            ConsularDecision::IssueDocument(document) => {
                let case = tx.case(request.case_id).await?;
                if case.stage < Stage::Departed {
                    let record = TravelDocument {
                        id: RecordId::from_uuid(self.new_id()),
                        kind: document.kind,
                        number: document.number.clone(),
                        issuing_country: mission.represents,
                        issued_on: document.issued_on,
                        expires_on: document.expires_on,
                        recorded,
                    };
                    self.command_case_in(
                        &mut tx,
                        actor,
                        request.case_id,
                        CaseCommand::RecordTravelDocument(record),
                        "case.travel_document_record",
                    )
                    .await?;
                }
            }
            _ => {}
        }
        self.audit(
            &mut tx,
            actor,
            "consular.request_decide",
            "consular_request",
            request.id,
            json!({ "status": request.status, "version": request.version }),
        )
        .await?;
        let person = tx.person(request.person_id).await?;
        tx.commit().await?;
        Ok(ConsularRequestView::of(
            &request,
            &mission,
            &person,
            number,
            now.date(),
            self.config().consular_overdue_days,
        ))
    }

    /// Requests the actor may see, oldest first, with each mission's turnaround.
    pub async fn list_consular_requests(
        &self,
        actor: &Actor,
        filter: ConsularFilter,
    ) -> Result<ConsularPage> {
        if !actor.can(Permission::ConsularRead) {
            return Err(ServiceError::Forbidden);
        }
        let today = self.today();
        let limit_days = self.config().consular_overdue_days;
        let mut tx = self.inner.store.begin_read().await?;
        let missions = tx.missions().await?;
        let mut query = ConsularQuery {
            case: filter.case,
            limit: 1000,
            ..Default::default()
        };
        let counsellor = actor.role() == Role::Counsellor;
        if counsellor {
            query.organisation = Some(actor.organisation());
        } else {
            query.missions = Some(
                missions
                    .iter()
                    .filter(|m| m.organisation_id == actor.organisation())
                    .map(|m| m.id)
                    .collect(),
            );
        }
        let mut requests = tx.list_consular_requests(&query).await?;
        let mut numbers = std::collections::HashMap::new();
        if counsellor {
            // Only requests on cases the counsellor's countries cover.
            let mut kept = Vec::new();
            for r in requests {
                if let Ok(case) = self.visible_case(&mut tx, actor, r.case_id).await {
                    numbers.insert(r.id, case.number.to_string());
                    kept.push(r);
                }
            }
            requests = kept;
        }
        let turnaround = turnaround(&requests, today, limit_days)
            .into_iter()
            .map(|t| MissionTurnaround {
                mission_name: missions
                    .iter()
                    .find(|m| m.id == t.mission_id)
                    .map(|m| m.name.clone())
                    .unwrap_or_default(),
                turnaround: t,
            })
            .collect();
        let mut items = Vec::new();
        for r in requests.iter().filter(|r| {
            filter.status.is_none_or(|s| r.status == s)
                && (!filter.overdue_only || r.is_overdue(today, limit_days))
        }) {
            let Some(mission) = missions.iter().find(|m| m.id == r.mission_id) else {
                continue;
            };
            let person = tx.person(r.person_id).await?;
            items.push(ConsularRequestView::of(
                r,
                mission,
                &person,
                numbers.get(&r.id).cloned(),
                today,
                limit_days,
            ));
        }
        tx.commit().await?;
        Ok(ConsularPage {
            items,
            turnaround,
            overdue_after_days: limit_days,
        })
    }
}
