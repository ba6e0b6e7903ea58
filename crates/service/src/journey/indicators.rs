//! The journey's indicators for the actor's organisation and countries, computed from events
//! by the definitions in `bayiri_domain::journey::indicators`.

use crate::{Actor, Result, Service, ServiceError};
use bayiri_domain::access::Permission;
use bayiri_domain::case::CaseEvent;
use bayiri_domain::journey::indicators::*;
use bayiri_store::{ArrivalQuery, ConsularQuery};
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct JourneyIndicators {
    /// Indicator 1: returns by mode × country of return × month.
    pub returns_by_mode: Vec<ReturnsRow>,
    /// Indicator 2: median days from travel-document request to issue, per consulate.
    pub document_turnaround: Vec<MissionDocumentTurnaround>,
    /// Indicator 3: share of arrivals assisted within 72 hours.
    pub assistance_within_72_hours: AssistanceShare,
}

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MissionDocumentTurnaround {
    pub mission_name: String,
    #[serde(flatten)]
    pub turnaround: DocumentTurnaround,
}

impl Service {
    pub async fn journey_indicators(&self, actor: &Actor) -> Result<JourneyIndicators> {
        if !actor.can(Permission::IndicatorRead) {
            return Err(ServiceError::Forbidden);
        }
        let scope = actor.scope();
        let mut tx = self.inner.store.begin_read().await?;

        let events = tx.return_events(&scope).await?;
        let mut facts = Vec::new();
        let mut start = 0;
        while start < events.len() {
            let case = events[start].0.case_id;
            let end = events[start..]
                .iter()
                .position(|(e, _)| e.case_id != case)
                .map_or(events.len(), |n| start + n);
            let history: Vec<CaseEvent> =
                events[start..end].iter().map(|(e, _)| e.clone()).collect();
            if let Some(fact) = return_fact(events[start].1, &history) {
                facts.push(fact);
            }
            start = end;
        }

        let missions = tx.missions().await?;
        let requests = tx
            .list_consular_requests(&ConsularQuery {
                organisation: Some(actor.organisation()),
                limit: 100_000,
                ..Default::default()
            })
            .await?;
        let mut documents = Vec::new();
        for r in &requests {
            if self.visible_case(&mut tx, actor, r.case_id).await.is_ok() {
                documents.push(DocumentFact {
                    mission_id: r.mission_id,
                    requested_on: r.requested_at().date(),
                    issued_on: r.issued_at().map(|at| at.date()),
                });
            }
        }

        let query = ArrivalQuery {
            countries: Some(scope.countries.clone()),
            case_organisation: Some(actor.organisation()),
            limit: 100_000,
            ..Default::default()
        };
        let arrivals = tx.list_arrivals(&query).await?;
        let assistance = tx.list_assistance(&query).await?;
        tx.commit().await?;
        let people: Vec<PersonArrival> = arrivals
            .iter()
            .flat_map(|a| {
                a.persons.iter().map(|p| PersonArrival {
                    arrival_id: a.id,
                    person_id: p.person_id,
                    arrived_at: a.arrived_at,
                })
            })
            .collect();
        let given: Vec<AssistanceFact> = assistance
            .iter()
            .map(|g| AssistanceFact {
                arrival_id: g.arrival_id,
                person_id: g.person_id,
                given_at: g.given_at,
            })
            .collect();
        Ok(JourneyIndicators {
            returns_by_mode: returns_by_mode(&facts),
            document_turnaround: document_turnaround(&documents)
                .into_iter()
                .map(|t| MissionDocumentTurnaround {
                    mission_name: missions
                        .iter()
                        .find(|m| m.id == t.mission_id)
                        .map(|m| m.name.clone())
                        .unwrap_or_default(),
                    turnaround: t,
                })
                .collect(),
            assistance_within_72_hours: assisted_within_72_hours(&people, &given),
        })
    }
}
