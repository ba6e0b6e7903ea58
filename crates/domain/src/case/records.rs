//! Records kept inside a case: counselling sessions, consents, protection concerns, referrals,
//! best-interests assessments, travel documents and return decisions.
//!
//! Each has an unvalidated `…Input` (what a form or API request sends) whose `validate` turns
//! it into the record, reporting every bad field at once.

use crate::country::CountryCode;
use crate::error::{InvalidValue, ValidationErrors};
use crate::ids::{RecordId, UserId};
use crate::language::LanguageCode;
use crate::person::{NAME_MAX, NOTE_MAX, normalise_document_number, parse_date};
use crate::text;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;
use time::{Date, OffsetDateTime};

/// Who recorded something and when; filled from the event that carried it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Recorded {
    pub by: UserId,
    #[serde(with = "time::serde::rfc3339")]
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = DateTime))]
    pub at: OffsetDateTime,
}

fn parse_past_date(
    field: &str,
    raw: &str,
    today: Date,
    errors: &mut ValidationErrors,
) -> Option<Date> {
    let date = errors.check(field, parse_date(raw))?;
    if date > today {
        errors.add(
            field,
            InvalidValue::new("date_in_future", "this date is in the future"),
        );
        return None;
    }
    Some(date)
}

// ---------------------------------------------------------------------------------------------
// Counselling

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum CounsellingMode {
    InPerson,
    Phone,
    Video,
}

/// Information given during counselling, so that the decision is an informed one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum CounsellingTopic {
    ReturnProcess,
    ReintegrationAssistance,
    RightToSeekAsylum,
    SituationInCountryOfReturn,
    TravelArrangements,
    RightToWithdraw,
    HealthAndSpecialNeeds,
    DataProtection,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CounsellingSession {
    pub id: RecordId,
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = Date))]
    pub held_on: Date,
    pub mode: CounsellingMode,
    pub language: LanguageCode,
    /// The interpreter's name, when one was used.
    pub interpreter: Option<String>,
    pub topics: BTreeSet<CounsellingTopic>,
    pub notes: Option<String>,
    pub recorded: Recorded,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CounsellingInput {
    /// `YYYY-MM-DD`
    pub held_on: String,
    pub mode: CounsellingMode,
    /// ISO 639 code of the language the session was held in.
    pub language: String,
    #[serde(default)]
    pub interpreter: Option<String>,
    #[serde(default)]
    pub topics: BTreeSet<CounsellingTopic>,
    #[serde(default)]
    pub notes: Option<String>,
}

impl CounsellingInput {
    pub fn validate(
        &self,
        id: RecordId,
        recorded: Recorded,
    ) -> Result<CounsellingSession, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let held_on = parse_past_date("held_on", &self.held_on, recorded.at.date(), &mut errors);
        let language = errors.check("language", LanguageCode::parse(&self.language));
        let interpreter = errors.check(
            "interpreter",
            text::optional(self.interpreter.as_deref(), NAME_MAX),
        );
        let notes = errors.check("notes", text::optional(self.notes.as_deref(), NOTE_MAX));
        if self.topics.is_empty() {
            errors.add(
                "topics",
                InvalidValue::new(
                    "required",
                    "record at least one topic the person was informed about",
                ),
            );
        }
        errors.into_result()?;
        match (held_on, language, interpreter, notes) {
            (Some(held_on), Some(language), Some(interpreter), Some(notes)) => {
                Ok(CounsellingSession {
                    id,
                    held_on,
                    mode: self.mode,
                    language,
                    interpreter,
                    topics: self.topics.clone(),
                    notes,
                    recorded,
                })
            }
            _ => Err(ValidationErrors::new()),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Consent

/// What a consent is for; consent is recorded per purpose.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum ConsentPurpose {
    /// The decision to return voluntarily.
    Return,
    /// Processing of personal data by the organisation running the case.
    DataProcessing,
    /// Sharing identity data with authorities of the country of return (consular checks).
    DataSharingWithAuthorities,
    /// Sharing with reintegration service providers.
    DataSharingWithServiceProviders,
    /// Being contacted for follow-up after return.
    FollowUpContact,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum ConsentMethod {
    Signature,
    Thumbprint,
    /// Given orally before a named witness (for people who cannot or will not sign).
    WitnessedOral,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Consent {
    pub id: RecordId,
    pub purpose: ConsentPurpose,
    /// What exactly was agreed to, in the words used with the person.
    pub scope: Option<String>,
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = Date))]
    pub given_on: Date,
    pub method: ConsentMethod,
    pub witness: Option<String>,
    /// The language the information was given and the consent taken in.
    pub language: LanguageCode,
    pub interpreter: Option<String>,
    pub recorded: Recorded,
    pub withdrawal: Option<ConsentWithdrawal>,
}

impl Consent {
    pub fn is_active(&self) -> bool {
        self.withdrawal.is_none()
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ConsentWithdrawal {
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = Date))]
    pub withdrawn_on: Date,
    pub reason: Option<String>,
    pub recorded: Recorded,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ConsentInput {
    pub purpose: ConsentPurpose,
    #[serde(default)]
    pub scope: Option<String>,
    /// `YYYY-MM-DD`
    pub given_on: String,
    pub method: ConsentMethod,
    /// Required when the method is `witnessed_oral`.
    #[serde(default)]
    pub witness: Option<String>,
    pub language: String,
    #[serde(default)]
    pub interpreter: Option<String>,
}

impl ConsentInput {
    pub fn validate(&self, id: RecordId, recorded: Recorded) -> Result<Consent, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let given_on = parse_past_date("given_on", &self.given_on, recorded.at.date(), &mut errors);
        let language = errors.check("language", LanguageCode::parse(&self.language));
        let scope = errors.check("scope", text::optional(self.scope.as_deref(), NOTE_MAX));
        let witness = errors.check("witness", text::optional(self.witness.as_deref(), NAME_MAX));
        let interpreter = errors.check(
            "interpreter",
            text::optional(self.interpreter.as_deref(), NAME_MAX),
        );
        if self.method == ConsentMethod::WitnessedOral && matches!(witness, Some(None)) {
            errors.add(
                "witness",
                InvalidValue::new(
                    "witness_required",
                    "oral consent needs the name of a witness",
                ),
            );
        }
        errors.into_result()?;
        match (given_on, language, scope, witness, interpreter) {
            (Some(given_on), Some(language), Some(scope), Some(witness), Some(interpreter)) => {
                Ok(Consent {
                    id,
                    purpose: self.purpose,
                    scope,
                    given_on,
                    method: self.method,
                    witness,
                    language,
                    interpreter,
                    recorded,
                    withdrawal: None,
                })
            }
            _ => Err(ValidationErrors::new()),
        }
    }
}

/// What happens to a case when the migrant withdraws consent to return before departure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum WithdrawalOutcome {
    /// Counselling continues; the case goes back to `counselling` if it had moved past it.
    BackToCounselling,
    /// The migrant leaves the programme: the case closes with reason `withdrew`.
    CloseCase,
}

// ---------------------------------------------------------------------------------------------
// Protection concerns

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum ProtectionConcernKind {
    /// Risk of persecution, torture or serious harm on return (non-refoulement).
    NonRefoulementRisk,
    PendingAsylumClaim,
    /// An appeal against the return decision that suspends its enforcement.
    SuspensiveAppeal,
    /// Any other protection concern; recorded and followed, but it does not block departure.
    Other,
}

impl ProtectionConcernKind {
    /// The concerns that legally bar enforcing a return while they are open.
    pub fn bars_forced_departure(&self) -> bool {
        !matches!(self, ProtectionConcernKind::Other)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ProtectionConcern {
    pub id: RecordId,
    pub kind: ProtectionConcernKind,
    pub description: String,
    pub recorded: Recorded,
    pub closure: Option<ConcernClosure>,
}

impl ProtectionConcern {
    pub fn is_open(&self) -> bool {
        self.closure.is_none()
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ConcernClosure {
    /// How the concern was resolved (claim decided, appeal rejected, risk assessed as low…).
    pub resolution: String,
    pub recorded: Recorded,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ProtectionConcernInput {
    pub kind: ProtectionConcernKind,
    pub description: String,
}

impl ProtectionConcernInput {
    pub fn validate(
        &self,
        id: RecordId,
        recorded: Recorded,
    ) -> Result<ProtectionConcern, ValidationErrors> {
        let description = text::required(&self.description, NOTE_MAX)
            .map_err(|e| ValidationErrors::single("description", e))?;
        Ok(ProtectionConcern {
            id,
            kind: self.kind,
            description,
            recorded,
            closure: None,
        })
    }
}

// ---------------------------------------------------------------------------------------------
// Referrals

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum ReferralService {
    /// Specialised assistance for (presumed) victims of trafficking.
    AntiTrafficking,
    ChildProtection,
    Medical,
    Psychosocial,
    Legal,
    Shelter,
    /// Asylum procedure or refugee-status determination.
    Asylum,
    Other,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum ReferralStatus {
    Sent,
    Accepted,
    Declined,
    Completed,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Referral {
    pub id: RecordId,
    pub service: ReferralService,
    /// The organisation or service the person was referred to.
    pub provider: String,
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = Date))]
    pub sent_on: Date,
    pub status: ReferralStatus,
    pub note: Option<String>,
    pub recorded: Recorded,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReferralInput {
    pub service: ReferralService,
    pub provider: String,
    /// `YYYY-MM-DD`
    pub sent_on: String,
    #[serde(default)]
    pub note: Option<String>,
}

impl ReferralInput {
    pub fn validate(&self, id: RecordId, recorded: Recorded) -> Result<Referral, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let provider = errors.check("provider", text::required(&self.provider, NAME_MAX));
        let sent_on = parse_past_date("sent_on", &self.sent_on, recorded.at.date(), &mut errors);
        let note = errors.check("note", text::optional(self.note.as_deref(), NOTE_MAX));
        errors.into_result()?;
        match (provider, sent_on, note) {
            (Some(provider), Some(sent_on), Some(note)) => Ok(Referral {
                id,
                service: self.service,
                provider,
                sent_on,
                status: ReferralStatus::Sent,
                note,
                recorded,
            }),
            _ => Err(ValidationErrors::new()),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Best-interests assessment (children)

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum BestInterestsOutcome {
    /// Return is in the child's best interests.
    ReturnInBestInterests,
    /// Return is not in the child's best interests: the child must not be returned.
    ReturnNotInBestInterests,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BestInterestsAssessment {
    pub id: RecordId,
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = Date))]
    pub assessed_on: Date,
    /// Who conducted it (a child-protection officer, an authority).
    pub assessed_by: String,
    pub outcome: BestInterestsOutcome,
    pub summary: Option<String>,
    pub recorded: Recorded,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BestInterestsInput {
    /// `YYYY-MM-DD`
    pub assessed_on: String,
    pub assessed_by: String,
    pub outcome: BestInterestsOutcome,
    #[serde(default)]
    pub summary: Option<String>,
}

impl BestInterestsInput {
    pub fn validate(
        &self,
        id: RecordId,
        recorded: Recorded,
    ) -> Result<BestInterestsAssessment, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let assessed_on = parse_past_date(
            "assessed_on",
            &self.assessed_on,
            recorded.at.date(),
            &mut errors,
        );
        let assessed_by = errors.check("assessed_by", text::required(&self.assessed_by, NAME_MAX));
        let summary = errors.check("summary", text::optional(self.summary.as_deref(), NOTE_MAX));
        errors.into_result()?;
        match (assessed_on, assessed_by, summary) {
            (Some(assessed_on), Some(assessed_by), Some(summary)) => Ok(BestInterestsAssessment {
                id,
                assessed_on,
                assessed_by,
                outcome: self.outcome,
                summary,
                recorded,
            }),
            _ => Err(ValidationErrors::new()),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Travel documents

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum TravelDocumentKind {
    Passport,
    EmergencyTravelDocument,
    LaissezPasser,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TravelDocument {
    pub id: RecordId,
    pub kind: TravelDocumentKind,
    pub number: String,
    pub issuing_country: CountryCode,
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = Date))]
    pub issued_on: Date,
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = Date))]
    pub expires_on: Date,
    pub recorded: Recorded,
}

impl TravelDocument {
    /// Valid for travel on `date`: issued on or before it and not yet expired.
    pub fn is_valid_on(&self, date: Date) -> bool {
        self.issued_on <= date && date <= self.expires_on
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TravelDocumentInput {
    pub kind: TravelDocumentKind,
    pub number: String,
    pub issuing_country: String,
    /// `YYYY-MM-DD`
    pub issued_on: String,
    /// `YYYY-MM-DD`
    pub expires_on: String,
}

impl TravelDocumentInput {
    pub fn validate(
        &self,
        id: RecordId,
        recorded: Recorded,
    ) -> Result<TravelDocument, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let number = errors.check("number", normalise_document_number(&self.number));
        let issuing_country =
            errors.check("issuing_country", CountryCode::parse(&self.issuing_country));
        let issued_on = parse_past_date(
            "issued_on",
            &self.issued_on,
            recorded.at.date(),
            &mut errors,
        );
        let expires_on = errors.check("expires_on", parse_date(&self.expires_on));
        if let (Some(issued), Some(expires)) = (issued_on, expires_on)
            && expires < issued
        {
            errors.add(
                "expires_on",
                InvalidValue::new(
                    "expires_before_issue",
                    "the document expires before it was issued",
                ),
            );
        }
        errors.into_result()?;
        match (number, issuing_country, issued_on, expires_on) {
            (Some(number), Some(issuing_country), Some(issued_on), Some(expires_on)) => {
                Ok(TravelDocument {
                    id,
                    kind: self.kind,
                    number,
                    issuing_country,
                    issued_on,
                    expires_on,
                    recorded,
                })
            }
            _ => Err(ValidationErrors::new()),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Return decision (forced returns)

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReturnDecision {
    /// The decision's reference number at the issuing authority.
    pub reference: String,
    pub authority: String,
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = Date))]
    pub decided_on: Date,
    pub recorded: Recorded,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReturnDecisionInput {
    pub reference: String,
    pub authority: String,
    /// `YYYY-MM-DD`
    pub decided_on: String,
}

impl ReturnDecisionInput {
    pub fn validate(&self, recorded: Recorded) -> Result<ReturnDecision, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let reference = errors.check("reference", text::required(&self.reference, NAME_MAX));
        let authority = errors.check("authority", text::required(&self.authority, NAME_MAX));
        let decided_on = parse_past_date(
            "decided_on",
            &self.decided_on,
            recorded.at.date(),
            &mut errors,
        );
        errors.into_result()?;
        match (reference, authority, decided_on) {
            (Some(reference), Some(authority), Some(decided_on)) => Ok(ReturnDecision {
                reference,
                authority,
                decided_on,
                recorded,
            }),
            _ => Err(ValidationErrors::new()),
        }
    }
}
