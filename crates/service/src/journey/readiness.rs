//! Ready to travel: fitness to travel, escorts and interpreters, recorded on the case where
//! the departure guards read them.

use crate::views::CaseView;
use crate::{Actor, Result, Service, ServiceError};
use bayiri_domain::access::Permission;
use bayiri_domain::case::CaseCommand;
use bayiri_domain::ids::{CaseId, RecordId};
use bayiri_domain::journey::readiness::{EscortInput, FitnessInput, InterpreterInput};

impl Service {
    pub async fn record_fitness_to_travel(
        &self,
        actor: &Actor,
        id: CaseId,
        input: FitnessInput,
    ) -> Result<CaseView> {
        self.record(
            actor,
            id,
            Permission::ReadinessWrite,
            "case.fitness_to_travel_record",
            |record, recorded| {
                Ok(CaseCommand::RecordFitnessToTravel(
                    input.validate(record, recorded)?,
                ))
            },
        )
        .await
    }

    pub async fn assign_escort(
        &self,
        actor: &Actor,
        id: CaseId,
        input: EscortInput,
    ) -> Result<CaseView> {
        self.record(
            actor,
            id,
            Permission::ReadinessWrite,
            "case.escort_assign",
            |record, recorded| Ok(CaseCommand::AssignEscort(input.validate(record, recorded)?)),
        )
        .await
    }

    pub async fn remove_escort(
        &self,
        actor: &Actor,
        id: CaseId,
        escort_id: RecordId,
    ) -> Result<CaseView> {
        if !actor.can(Permission::ReadinessWrite) {
            return Err(ServiceError::Forbidden);
        }
        self.change_case(
            actor,
            id,
            None,
            None,
            "case.escort_remove",
            move |_, _, _, _| Box::pin(async move { Ok(CaseCommand::RemoveEscort { escort_id }) }),
        )
        .await
    }

    pub async fn arrange_interpreter(
        &self,
        actor: &Actor,
        id: CaseId,
        input: InterpreterInput,
    ) -> Result<CaseView> {
        self.record(
            actor,
            id,
            Permission::ReadinessWrite,
            "case.interpreter_arrange",
            |record, recorded| {
                Ok(CaseCommand::ArrangeInterpreter(
                    input.validate(record, recorded)?,
                ))
            },
        )
        .await
    }
}
