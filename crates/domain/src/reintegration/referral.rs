//! Referrals from a case to a provider of the service directory.
//!
//! `sent → accepted | declined`, `accepted → completed`; either side may write to the other at
//! any time (feedback in both directions). The provider sees only what the referral needs:
//! the person's name, languages and phone, the service asked for and why — never the case.

use super::ServiceType;
use crate::case::records::Recorded;
use crate::country::CountryCode;
use crate::error::{InvalidValue, ValidationErrors};
use crate::ids::*;
use crate::person::NOTE_MAX;
use crate::text;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum ReferralStatus {
    Sent,
    Accepted,
    Declined,
    Completed,
}

impl ReferralStatus {
    pub const ALL: [ReferralStatus; 4] = [
        ReferralStatus::Sent,
        ReferralStatus::Accepted,
        ReferralStatus::Declined,
        ReferralStatus::Completed,
    ];

    pub fn as_str(&self) -> &'static str {
        match self {
            ReferralStatus::Sent => "sent",
            ReferralStatus::Accepted => "accepted",
            ReferralStatus::Declined => "declined",
            ReferralStatus::Completed => "completed",
        }
    }

    pub fn parse(input: &str) -> Option<ReferralStatus> {
        ReferralStatus::ALL
            .into_iter()
            .find(|s| s.as_str() == input)
    }
}

/// Which side wrote a message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Side {
    /// The case worker who referred.
    Referrer,
    Provider,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Feedback {
    pub from: Side,
    pub text: String,
    pub recorded: Recorded,
}

/// What the provider needs to know of the person: no more.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReferredPerson {
    pub person_id: PersonId,
    pub name: String,
    pub languages: Vec<String>,
    pub phone: Option<String>,
    /// Town or village of return.
    pub locality: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ServiceReferral {
    pub id: ReferralId,
    pub case_id: CaseId,
    pub case_number: String,
    pub case_organisation: OrganisationId,
    /// Host and return countries of the case (the referrer's scope).
    pub case_countries: Vec<CountryCode>,
    pub provider_id: ProviderId,
    pub provider_organisation: OrganisationId,
    pub provider_name: String,
    pub service: ServiceType,
    /// The plan item the referral delivers, if any.
    pub plan_id: Option<PlanId>,
    pub person: ReferredPerson,
    /// What is asked of the provider.
    pub reason: String,
    pub status: ReferralStatus,
    pub sent: Recorded,
    /// Acceptance or refusal, with the provider's note.
    pub response: Option<Feedback>,
    pub completion: Option<Feedback>,
    pub messages: Vec<Feedback>,
    pub version: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReferralError {
    #[error("invalid input: {0}")]
    Invalid(ValidationErrors),
    #[error("a {from:?} referral cannot become {to:?}")]
    NotAllowed {
        from: ReferralStatus,
        to: ReferralStatus,
    },
}

impl ReferralError {
    pub fn code(&self) -> &'static str {
        match self {
            ReferralError::Invalid(_) => "invalid_input",
            ReferralError::NotAllowed { .. } => "referral_move_not_allowed",
        }
    }
}

fn note(field: &str, raw: &str, required: bool) -> Result<Option<String>, ReferralError> {
    let result = if required {
        text::required(raw, NOTE_MAX).map(Some)
    } else {
        text::optional(Some(raw), NOTE_MAX)
    };
    result.map_err(|e| ReferralError::Invalid(ValidationErrors::single(field, e)))
}

impl ServiceReferral {
    /// The provider's answer: accept or decline (a refusal says why).
    pub fn respond(&mut self, accept: bool, text: &str, by: Recorded) -> Result<(), ReferralError> {
        let to = if accept {
            ReferralStatus::Accepted
        } else {
            ReferralStatus::Declined
        };
        if self.status != ReferralStatus::Sent {
            return Err(ReferralError::NotAllowed {
                from: self.status,
                to,
            });
        }
        let text = note("note", text, !accept)?.unwrap_or_default();
        self.status = to;
        self.response = Some(Feedback {
            from: Side::Provider,
            text,
            recorded: by,
        });
        self.version += 1;
        Ok(())
    }

    /// The provider reports the service delivered, with its outcome.
    pub fn complete(&mut self, outcome: &str, by: Recorded) -> Result<(), ReferralError> {
        if self.status != ReferralStatus::Accepted {
            return Err(ReferralError::NotAllowed {
                from: self.status,
                to: ReferralStatus::Completed,
            });
        }
        let text = note("outcome", outcome, true)?.unwrap_or_default();
        self.status = ReferralStatus::Completed;
        self.completion = Some(Feedback {
            from: Side::Provider,
            text,
            recorded: by,
        });
        self.version += 1;
        Ok(())
    }

    /// A message from one side to the other.
    pub fn write(&mut self, from: Side, text: &str, by: Recorded) -> Result<(), ReferralError> {
        let text = note("text", text, true)?.unwrap_or_default();
        self.messages.push(Feedback {
            from,
            text,
            recorded: by,
        });
        self.version += 1;
        Ok(())
    }
}

/// A referral as a case worker sends it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReferralInput {
    pub provider_id: ProviderId,
    pub service: ServiceType,
    pub reason: String,
    #[serde(default)]
    pub plan_id: Option<PlanId>,
}

impl ReferralInput {
    pub fn reason(&self) -> Result<String, ValidationErrors> {
        text::required(&self.reason, NOTE_MAX).map_err(|e| ValidationErrors::single("reason", e))
    }

    /// The provider must offer the service.
    pub fn check_provider(&self, offers: bool) -> Result<(), ValidationErrors> {
        if offers {
            Ok(())
        } else {
            Err(ValidationErrors::single(
                "service",
                InvalidValue::new(
                    "service_not_offered",
                    "this provider does not offer this service",
                ),
            ))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    fn by() -> Recorded {
        Recorded {
            by: UserId::from_uuid(uuid::Uuid::from_u128(1)),
            at: datetime!(2026-04-01 10:00 UTC),
        }
    }

    fn referral() -> ServiceReferral {
        let id = |n| uuid::Uuid::from_u128(n);
        ServiceReferral {
            id: ReferralId::from_uuid(id(1)),
            case_id: CaseId::from_uuid(id(2)),
            case_number: "SEN-2026-000001".into(),
            case_organisation: OrganisationId::from_uuid(id(3)),
            case_countries: vec![],
            provider_id: ProviderId::from_uuid(id(4)),
            provider_organisation: OrganisationId::from_uuid(id(5)),
            provider_name: "Centre de formation".into(),
            service: ServiceType::VocationalTraining,
            plan_id: None,
            person: ReferredPerson {
                person_id: PersonId::from_uuid(id(6)),
                name: "Awa DIOP".into(),
                languages: vec!["wol".into()],
                phone: None,
                locality: None,
            },
            reason: "Six-month tailoring course".into(),
            status: ReferralStatus::Sent,
            sent: by(),
            response: None,
            completion: None,
            messages: vec![],
            version: 1,
        }
    }

    #[test]
    fn sent_accepted_completed() {
        let mut r = referral();
        assert!(r.complete("done", by()).is_err());
        r.respond(true, "", by()).expect("accepted");
        assert!(r.respond(false, "full", by()).is_err());
        r.write(Side::Referrer, "She starts on Monday", by())
            .expect("message");
        r.complete("Course finished, certificate issued", by())
            .expect("completed");
        assert_eq!(r.status, ReferralStatus::Completed);
        assert_eq!(r.version, 4);
    }

    #[test]
    fn a_refusal_says_why() {
        let mut r = referral();
        let Err(ReferralError::Invalid(errors)) = r.respond(false, " ", by()) else {
            panic!("a refusal without reason");
        };
        assert_eq!(errors.0[0].code, "required");
        r.respond(false, "No places before June", by())
            .expect("declined");
        assert_eq!(r.status, ReferralStatus::Declined);
    }
}
