//! Arrivals at airports and land border points, and the assistance given to each person on
//! arrival.

use crate::case::records::Recorded;
use crate::country::CountryCode;
use crate::error::{InvalidValue, ValidationErrors};
use crate::ids::{ArrivalId, CaseId, OperationId, OrganisationId, PersonId, PointId, RecordId};
use crate::journey::operation::TravelMode;
use crate::journey::parse_moment;
use crate::money::{Currency, Money};
use crate::person::{NAME_MAX, NOTE_MAX};
use crate::text;
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

/// What a case's history keeps of an arrival (the `arrival_registered` event).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ArrivalFacts {
    pub arrival_id: ArrivalId,
    pub point_id: PointId,
    pub point_code: String,
    pub mode: TravelMode,
    #[serde(with = "time::serde::rfc3339")]
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = DateTime))]
    pub arrived_at: OffsetDateTime,
    /// The operation the people came with; none for a spontaneous return.
    pub operation_id: Option<OperationId>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum ArrivalKind {
    /// Announced by a manifest.
    Expected,
    /// Nobody announced them: registered on the spot.
    Spontaneous,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ArrivingPerson {
    pub person_id: PersonId,
    pub name: String,
}

/// An arrival registration: who came, where, when, how.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Arrival {
    pub id: ArrivalId,
    pub case_id: CaseId,
    pub case_number: String,
    /// The organisation that runs the case.
    pub case_organisation: OrganisationId,
    pub point_id: PointId,
    pub point_name: String,
    pub country: CountryCode,
    pub mode: TravelMode,
    #[serde(with = "time::serde::rfc3339")]
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = DateTime))]
    pub arrived_at: OffsetDateTime,
    pub kind: ArrivalKind,
    pub operation_id: Option<OperationId>,
    pub persons: Vec<ArrivingPerson>,
    pub registered: Recorded,
    /// The organisation of the officer who registered it.
    pub registered_by_organisation: OrganisationId,
}

impl Arrival {
    pub fn facts(&self) -> ArrivalFacts {
        ArrivalFacts {
            arrival_id: self.id,
            point_id: self.point_id,
            point_code: String::new(),
            mode: self.mode,
            arrived_at: self.arrived_at,
            operation_id: self.operation_id,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum AssistanceKind {
    Reception,
    PocketMoney,
    OnwardTransport,
    TemporaryShelter,
    MedicalFirstAid,
    PsychosocialFirstAid,
}

impl AssistanceKind {
    pub const ALL: [AssistanceKind; 6] = [
        AssistanceKind::Reception,
        AssistanceKind::PocketMoney,
        AssistanceKind::OnwardTransport,
        AssistanceKind::TemporaryShelter,
        AssistanceKind::MedicalFirstAid,
        AssistanceKind::PsychosocialFirstAid,
    ];
}

/// Assistance given to one person after arrival: what, who gave it, when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Assistance {
    pub id: RecordId,
    pub arrival_id: ArrivalId,
    pub person_id: PersonId,
    pub kind: AssistanceKind,
    /// Pocket money (always), or the cost of transport or shelter when recorded.
    pub amount: Option<Money>,
    /// The destination of onward transport, the shelter's name, what was given…
    pub detail: Option<String>,
    /// The person or organisation who gave it.
    pub given_by: String,
    #[serde(with = "time::serde::rfc3339")]
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = DateTime))]
    pub given_at: OffsetDateTime,
    pub recorded: Recorded,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AssistanceInput {
    pub person_id: PersonId,
    pub kind: AssistanceKind,
    /// In the currency's major units (`10000`, `25.50`); required for pocket money.
    #[serde(default)]
    pub amount: Option<String>,
    #[serde(default)]
    pub currency: Option<String>,
    #[serde(default)]
    pub detail: Option<String>,
    pub given_by: String,
    /// `YYYY-MM-DDTHH:MM` (UTC) or RFC 3339; defaults to now.
    #[serde(default)]
    pub given_at: Option<String>,
}

impl AssistanceInput {
    /// Checks the input against the arrival it follows: given to someone who arrived, not
    /// before the arrival, not in the future.
    pub fn validate(
        &self,
        id: RecordId,
        arrival: &Arrival,
        recorded: Recorded,
    ) -> Result<Assistance, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        if !arrival
            .persons
            .iter()
            .any(|p| p.person_id == self.person_id)
        {
            errors.add(
                "person_id",
                InvalidValue::new("not_on_arrival", "this person is not on the arrival"),
            );
        }
        let given_by = errors.check("given_by", text::required(&self.given_by, NAME_MAX));
        let detail = errors.check("detail", text::optional(self.detail.as_deref(), NOTE_MAX));
        let given_at = match self.given_at.as_deref().map(str::trim) {
            None | Some("") => Some(recorded.at),
            Some(raw) => errors.check("given_at", parse_moment(raw)),
        };
        if let Some(at) = given_at {
            if at > recorded.at {
                errors.add(
                    "given_at",
                    InvalidValue::new("date_in_future", "this date is in the future"),
                );
            } else if at < floor_to_minute(arrival.arrived_at) {
                errors.add(
                    "given_at",
                    InvalidValue::new(
                        "before_arrival",
                        "assistance on arrival cannot come before the arrival",
                    ),
                );
            }
        }
        let amount_given = self.amount.as_deref().is_some_and(|a| !a.trim().is_empty());
        let amount = if amount_given {
            let currency = errors.check(
                "currency",
                Currency::parse(self.currency.as_deref().unwrap_or_default()),
            );
            currency.and_then(|currency| {
                errors.check(
                    "amount",
                    Money::parse_positive(self.amount.as_deref().unwrap_or_default(), currency),
                )
            })
        } else {
            if self.kind == AssistanceKind::PocketMoney {
                errors.add(
                    "amount",
                    InvalidValue::new("amount_required", "give the amount of pocket money"),
                );
            }
            None
        };
        errors.into_result()?;
        match (given_by, detail, given_at) {
            (Some(given_by), Some(detail), Some(given_at)) => Ok(Assistance {
                id,
                arrival_id: arrival.id,
                person_id: self.person_id,
                kind: self.kind,
                amount,
                detail,
                given_by,
                given_at,
                recorded,
            }),
            _ => Err(ValidationErrors::new()),
        }
    }
}

/// Forms give moments to the minute: an arrival at 10:42:31 and assistance "at 10:42" are the
/// same minute, not assistance before the arrival.
fn floor_to_minute(at: OffsetDateTime) -> OffsetDateTime {
    at.replace_second(0)
        .and_then(|t| t.replace_nanosecond(0))
        .unwrap_or(at)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids::UserId;
    use time::macros::datetime;

    fn uuid(n: u128) -> uuid::Uuid {
        uuid::Uuid::from_u128(n)
    }

    fn arrival() -> Arrival {
        Arrival {
            id: ArrivalId::from_uuid(uuid(1)),
            case_id: CaseId::from_uuid(uuid(2)),
            case_number: "NER-2026-000001".into(),
            case_organisation: OrganisationId::from_uuid(uuid(3)),
            point_id: PointId::from_uuid(uuid(4)),
            point_name: "Gogui".into(),
            country: CountryCode::parse("MLI").expect("MLI"),
            mode: TravelMode::Land,
            arrived_at: datetime!(2026-03-02 08:00 UTC),
            kind: ArrivalKind::Spontaneous,
            operation_id: None,
            persons: vec![ArrivingPerson {
                person_id: PersonId::from_uuid(uuid(5)),
                name: "Seydou TRAORÉ".into(),
            }],
            registered: recorded(),
            registered_by_organisation: OrganisationId::from_uuid(uuid(3)),
        }
    }

    fn recorded() -> Recorded {
        Recorded {
            by: UserId::from_uuid(uuid(6)),
            at: datetime!(2026-03-02 10:00 UTC),
        }
    }

    #[test]
    fn pocket_money_needs_an_amount_in_a_known_currency() {
        let input = AssistanceInput {
            person_id: PersonId::from_uuid(uuid(5)),
            kind: AssistanceKind::PocketMoney,
            amount: None,
            currency: None,
            detail: None,
            given_by: "OIM Mali".into(),
            given_at: None,
        };
        let errors = input
            .validate(RecordId::from_uuid(uuid(7)), &arrival(), recorded())
            .expect_err("no amount");
        assert_eq!(errors.0[0].code, "amount_required");
        let with_amount = AssistanceInput {
            amount: Some("10 000".into()),
            currency: Some("XOF".into()),
            ..input
        };
        let given = with_amount
            .validate(RecordId::from_uuid(uuid(7)), &arrival(), recorded())
            .expect("valid");
        assert_eq!(given.amount.map(|m| m.minor), Some(10_000));
        assert_eq!(given.given_at, recorded().at);
    }

    #[test]
    fn assistance_follows_the_arrival_of_someone_on_it() {
        let input = AssistanceInput {
            person_id: PersonId::from_uuid(uuid(99)),
            kind: AssistanceKind::Reception,
            amount: None,
            currency: None,
            detail: None,
            given_by: "".into(),
            given_at: Some("2026-03-01T12:00".into()),
        };
        let codes: Vec<&str> = input
            .validate(RecordId::from_uuid(uuid(7)), &arrival(), recorded())
            .expect_err("invalid")
            .iter()
            .map(|e| e.code)
            .collect();
        assert_eq!(codes, ["not_on_arrival", "required", "before_arrival"]);
    }
}
