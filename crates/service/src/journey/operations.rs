//! Return operations: creating them, building manifests from cases that are ready, assigning
//! escort officers and monitors, departing, and the manifest export.

use super::refused;
use super::views::{OperationView, PoolEntry};
use crate::cases::invalid;
use crate::{Actor, Result, Service, ServiceError};
use bayiri_domain::access::{Permission, Role};
use bayiri_domain::case::records::Recorded;
use bayiri_domain::case::{CaseCommand, Stage, unmet_guards};
use bayiri_domain::ids::*;
use bayiri_domain::journey::operation::*;
use bayiri_store::{OperationQuery, StoreError, Tx};
use serde::Deserialize;
use serde_json::json;

/// A case to put on a manifest, by id or by number.
#[derive(Debug, Clone, Default, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ManifestAddInput {
    #[serde(default)]
    pub case_id: Option<CaseId>,
    #[serde(default)]
    pub case_number: Option<String>,
    #[serde(default)]
    pub expected_version: Option<i64>,
}

fn operation_error(error: OperationError, actor: &Actor) -> ServiceError {
    match error {
        OperationError::GuardsUnmet { guards } => ServiceError::GuardsUnmet {
            to: Stage::Departed,
            guards: guards
                .iter()
                .map(|g| crate::views::GuardView::of(g, actor.can(Permission::SensitiveRead)))
                .collect(),
        },
        other => refused(other.code(), other.to_string()),
    }
}

impl Service {
    pub async fn create_operation(
        &self,
        actor: &Actor,
        input: OperationInput,
    ) -> Result<OperationView> {
        if !actor.can(Permission::OperationManage) {
            return Err(ServiceError::Forbidden);
        }
        let now = self.now();
        let fields = input.validate(now.date())?;
        if !actor.user.countries.contains(&fields.departure_country)
            && !actor.user.countries.contains(&fields.destination_country)
        {
            return Err(invalid(
                "departure_country",
                "outside_your_scope",
                "neither country is one of your countries",
            ));
        }
        let mut tx = self.inner.store.begin().await?;
        let point = match tx.point(input.arrival_point).await {
            Ok(p) if p.active && p.country == fields.destination_country => p,
            Ok(_) | Err(StoreError::NotFound) => {
                return Err(invalid(
                    "arrival_point",
                    "unknown_point",
                    "choose an active point of the country of return",
                ));
            }
            Err(e) => return Err(e.into()),
        };
        let operation = ReturnOperation {
            id: OperationId::from_uuid(self.new_id()),
            reference: fields.reference,
            kind: input.kind,
            forced: input.forced,
            organisation_id: actor.organisation(),
            departure_country: fields.departure_country,
            destination_country: fields.destination_country,
            arrival_point: point.id,
            planned_on: fields.planned_on,
            capacity: input.capacity,
            legs: fields.legs,
            escort_officers: Vec::new(),
            monitors: Vec::new(),
            manifest: Vec::new(),
            status: OperationStatus::Planned,
            notes: fields.notes,
            created: Recorded {
                by: actor.id(),
                at: now,
            },
            version: 1,
        };
        tx.insert_operation(&operation).await?;
        self.audit(
            &mut tx,
            actor,
            "operation.create",
            "operation",
            operation.id,
            json!({ "reference": operation.reference }),
        )
        .await?;
        tx.commit().await?;
        Ok(OperationView {
            seats_taken: 0,
            arrival_point_name: point.name,
            arrival_point_code: point.code.to_string(),
            operation,
            organiser: true,
        })
    }

    /// The operation if the actor organises it, escorts it or monitors it; else "not found".
    pub(crate) async fn visible_operation(
        &self,
        tx: &mut Box<dyn Tx>,
        actor: &Actor,
        id: OperationId,
    ) -> Result<(ReturnOperation, bool)> {
        let operation = tx
            .operation(id)
            .await
            .map_err(ServiceError::store("operation"))?;
        let organiser = actor.can(Permission::OperationManage)
            && actor.covers(
                operation.organisation_id,
                &[operation.departure_country, operation.destination_country],
            );
        let member = match actor.role() {
            Role::EscortOfficer => operation.escort_officers.contains(&actor.id()),
            Role::Monitor => operation.is_monitor(actor.id()),
            _ => false,
        };
        if organiser || member {
            Ok((operation, organiser))
        } else {
            Err(ServiceError::not_found("operation"))
        }
    }

    async fn operation_view(
        &self,
        tx: &mut Box<dyn Tx>,
        operation: ReturnOperation,
        organiser: bool,
    ) -> Result<OperationView> {
        let point = tx.point(operation.arrival_point).await?;
        Ok(OperationView {
            seats_taken: operation.seats_taken(),
            arrival_point_name: point.name,
            arrival_point_code: point.code.to_string(),
            operation,
            organiser,
        })
    }

    pub async fn get_operation(&self, actor: &Actor, id: OperationId) -> Result<OperationView> {
        if !actor.can(Permission::OperationRead) {
            return Err(ServiceError::Forbidden);
        }
        let mut tx = self.inner.store.begin_read().await?;
        let (operation, organiser) = self.visible_operation(&mut tx, actor, id).await?;
        let view = self.operation_view(&mut tx, operation, organiser).await?;
        tx.commit().await?;
        Ok(view)
    }

    /// Operations the actor organises or is assigned to, soonest first.
    pub async fn list_operations(
        &self,
        actor: &Actor,
        case: Option<CaseId>,
    ) -> Result<Vec<OperationView>> {
        if !actor.can(Permission::OperationRead) {
            return Err(ServiceError::Forbidden);
        }
        let mut query = OperationQuery {
            case,
            limit: 200,
            ..Default::default()
        };
        match actor.role() {
            Role::EscortOfficer | Role::Monitor => query.member = Some(actor.id()),
            _ if actor.can(Permission::OperationManage) => {
                query.organisation = Some(actor.organisation())
            }
            _ => return Ok(Vec::new()),
        }
        let mut tx = self.inner.store.begin_read().await?;
        let operations = tx.list_operations(&query).await?;
        let mut views = Vec::new();
        for operation in operations {
            if let Ok((operation, organiser)) =
                self.visible_operation(&mut tx, actor, operation.id).await
            {
                views.push(self.operation_view(&mut tx, operation, organiser).await?);
            }
        }
        tx.commit().await?;
        Ok(views)
    }

    /// Loads an operation the actor organises, checks the version they saw, lets `change`
    /// decide, saves and audits, all in one transaction.
    async fn change_operation<F>(
        &self,
        actor: &Actor,
        id: OperationId,
        expected_version: Option<i64>,
        action: &'static str,
        change: F,
    ) -> Result<OperationView>
    where
        F: for<'a> FnOnce(
                &'a Service,
                &'a Actor,
                &'a mut Box<dyn Tx>,
                &'a mut ReturnOperation,
            ) -> std::pin::Pin<
                Box<dyn std::future::Future<Output = Result<serde_json::Value>> + Send + 'a>,
            > + Send,
    {
        if !actor.can(Permission::OperationManage) {
            return Err(ServiceError::Forbidden);
        }
        let mut tx = self.inner.store.begin().await?;
        let (mut operation, organiser) = self.visible_operation(&mut tx, actor, id).await?;
        if !organiser {
            return Err(ServiceError::Forbidden);
        }
        let stored = operation.version;
        if let Some(expected) = expected_version
            && expected != stored
        {
            return Err(ServiceError::VersionConflict { current: stored });
        }
        let detail = change(self, actor, &mut tx, &mut operation).await?;
        tx.save_operation(&operation, stored).await?;
        self.audit(&mut tx, actor, action, "operation", operation.id, detail)
            .await?;
        let view = self.operation_view(&mut tx, operation, true).await?;
        tx.commit().await?;
        Ok(view)
    }

    /// Puts a case that is ready on the manifest. A case whose departure guards do not hold on
    /// the operation's date is refused, and the refusal names each guard.
    pub async fn add_to_manifest(
        &self,
        actor: &Actor,
        id: OperationId,
        input: ManifestAddInput,
    ) -> Result<OperationView> {
        let now = self.now();
        self.change_operation(
            actor,
            id,
            input.expected_version,
            "operation.manifest_add",
            move |service, actor_ref, tx, operation| {
                Box::pin(async move {
                    let case_id = match (input.case_id, input.case_number.as_deref()) {
                        (Some(id), _) => id,
                        (None, Some(number)) if !number.trim().is_empty() => tx
                            .case_id_by_number(number)
                            .await
                            .map_err(|_| invalid("case_number", "unknown_case", "no such case"))?,
                        _ => {
                            return Err(invalid("case_number", "required", "give the case number"));
                        }
                    };
                    let case = service
                        .visible_case(tx, actor_ref, case_id)
                        .await
                        .map_err(|_| invalid("case_number", "unknown_case", "no such case"))?;
                    let mut persons = Vec::new();
                    for person_id in case.persons() {
                        let p = tx.person(person_id).await?;
                        persons.push(ManifestPerson {
                            person_id,
                            given_names: p.details.names.given_names.clone(),
                            family_name: p.details.names.family_name.clone(),
                            sex: p.details.sex,
                            date_of_birth: p.details.date_of_birth,
                            nationality: p.details.nationality.best_known(),
                            languages: p
                                .details
                                .languages
                                .iter()
                                .map(|l| l.as_str().to_string())
                                .collect(),
                        });
                    }
                    let entry = ManifestEntry::of(
                        &case,
                        persons,
                        operation.planned_on,
                        Recorded {
                            by: actor_ref.id(),
                            at: now,
                        },
                    );
                    operation
                        .add(&case, entry)
                        .map_err(|e| operation_error(e, actor_ref))?;
                    Ok(json!({ "case": case.id, "version": operation.version }))
                })
            },
        )
        .await
    }

    pub async fn remove_from_manifest(
        &self,
        actor: &Actor,
        id: OperationId,
        case: CaseId,
        no_show: bool,
    ) -> Result<OperationView> {
        let action = if no_show {
            "operation.manifest_no_show"
        } else {
            "operation.manifest_remove"
        };
        self.change_operation(actor, id, None, action, move |_, _, _, operation| {
            Box::pin(async move {
                let result = if no_show {
                    operation.mark_no_show(case)
                } else {
                    operation.remove(case)
                };
                result.map_err(|e| refused(e.code(), e.to_string()))?;
                Ok(json!({ "case": case }))
            })
        })
        .await
    }

    pub async fn cancel_operation(&self, actor: &Actor, id: OperationId) -> Result<OperationView> {
        self.change_operation(actor, id, None, "operation.cancel", |_, _, _, operation| {
            Box::pin(async move {
                operation
                    .cancel()
                    .map_err(|e| refused(e.code(), e.to_string()))?;
                Ok(json!({}))
            })
        })
        .await
    }

    /// Assigns an escort officer (a user with that role in the organiser's organisation).
    pub async fn assign_escort_officer(
        &self,
        actor: &Actor,
        id: OperationId,
        user: UserId,
    ) -> Result<OperationView> {
        let organisation = actor.organisation();
        self.change_operation(
            actor,
            id,
            None,
            "operation.escort_assign",
            move |_, _, tx, operation| {
                Box::pin(async move {
                    match tx.user(user).await {
                        Ok(u)
                            if u.role == Role::EscortOfficer
                                && u.organisation_id == organisation
                                && !u.disabled => {}
                        Ok(_) | Err(StoreError::NotFound) => {
                            return Err(invalid(
                                "user_id",
                                "not_an_escort_officer",
                                "no such escort officer in your organisation",
                            ));
                        }
                        Err(e) => return Err(e.into()),
                    }
                    operation
                        .assign_escort_officer(user)
                        .map_err(|e| refused(e.code(), e.to_string()))?;
                    Ok(json!({ "user": user }))
                })
            },
        )
        .await
    }

    /// Assigns a monitor from the pool: independent of the organiser and available that day.
    pub async fn assign_monitor(
        &self,
        actor: &Actor,
        id: OperationId,
        monitor: UserId,
    ) -> Result<OperationView> {
        let now = self.now();
        let by = actor.id();
        self.change_operation(
            actor,
            id,
            None,
            "operation.monitor_assign",
            move |_, _, tx, operation| {
                Box::pin(async move {
                    let profile = tx.monitor_profile(monitor).await.map_err(|e| match e {
                        StoreError::NotFound => invalid(
                            "user_id",
                            "not_in_pool",
                            "this person is not in the monitor pool",
                        ),
                        other => other.into(),
                    })?;
                    operation
                        .assign_monitor(&profile, Recorded { by, at: now })
                        .map_err(|e| refused(e.code(), e.to_string()))?;
                    Ok(json!({ "monitor": monitor }))
                })
            },
        )
        .await
    }

    /// The operation leaves: every case still listed moves to `departed`, or none does. The
    /// guards are checked again on the day; a refusal names each case and guard.
    pub async fn depart_operation(
        &self,
        actor: &Actor,
        id: OperationId,
        expected_version: Option<i64>,
    ) -> Result<OperationView> {
        let now = self.now();
        self.change_operation(actor, id, expected_version, "operation.depart", move |service, actor_ref, tx, operation| {
            Box::pin(async move {
                let mut blocked = Vec::new();
                for entry in operation.manifest.iter().filter(|e| e.status == EntryStatus::Listed) {
                    let case = tx.case(entry.case_id).await?;
                    let guards = unmet_guards(&case, Stage::Departed, now.date());
                    if case.stage != Stage::PreDeparture {
                        blocked.push(format!("{}: case_not_ready", case.number));
                    } else if !guards.is_empty() {
                        let codes: Vec<&str> = guards.iter().map(|g| g.code.as_str()).collect();
                        blocked.push(format!("{}: {}", case.number, codes.join(", ")));
                    }
                }
                if !blocked.is_empty() {
                    return Err(refused(
                        "departure_blocked",
                        format!("these cases cannot depart (remove them or mark them as no-shows): {}", blocked.join("; ")),
                    ));
                }
                let departing = operation.depart(now).map_err(|e| refused(e.code(), e.to_string()))?;
                for case in &departing {
                    service
                        .command_case_in(tx, actor_ref, *case, CaseCommand::MoveTo(Stage::Departed), "case.transition")
                        .await?;
                }
                Ok(json!({ "departed": departing }))
            })
        })
        .await
    }

    /// The monitor pool, for an organiser choosing monitors for `operation`.
    pub async fn monitor_pool(
        &self,
        actor: &Actor,
        operation: OperationId,
    ) -> Result<Vec<PoolEntry>> {
        if !actor.can(Permission::OperationManage) {
            return Err(ServiceError::Forbidden);
        }
        let mut tx = self.inner.store.begin_read().await?;
        let (operation, _) = self.visible_operation(&mut tx, actor, operation).await?;
        let profiles = tx.monitor_profiles().await?;
        tx.commit().await?;
        Ok(profiles
            .into_iter()
            .map(|p| PoolEntry {
                available: p.is_available_on(operation.planned_on),
                independent: p.organisation_id != operation.organisation_id,
                user_id: p.user_id,
                name: p.display_name,
                nationality: p.nationality,
                languages: p.languages.iter().map(|l| l.as_str().to_string()).collect(),
            })
            .collect())
    }

    /// The manifest rows carriers and border posts need, for the organiser and escorts.
    pub async fn manifest_rows(
        &self,
        actor: &Actor,
        id: OperationId,
    ) -> Result<(String, Vec<super::export::ManifestRow>)> {
        if !actor.can(Permission::OperationRead) {
            return Err(ServiceError::Forbidden);
        }
        let mut tx = self.inner.store.begin().await?;
        let (operation, organiser) = self.visible_operation(&mut tx, actor, id).await?;
        if !organiser && actor.role() != Role::EscortOfficer {
            return Err(ServiceError::Forbidden);
        }
        self.audit(
            &mut tx,
            actor,
            "operation.manifest_export",
            "operation",
            operation.id,
            json!({}),
        )
        .await?;
        tx.commit().await?;
        Ok((operation.reference.clone(), super::export::rows(&operation)))
    }
}
