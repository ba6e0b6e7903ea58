//! Reintegration plans: typed, budgeted items checked against the programme's ceilings, the
//! four-eyes approval, milestones, and grants paid in tranches against reached milestones,
//! each with its proof.
//!
//! `draft → submitted → approved → completed`; a submitted plan may be returned to `draft`
//! with a note. Only a draft changes; whoever drafted or changed a plan never approves it.

use super::ItemType;
use super::programme::Programme;
use crate::case::records::Recorded;
use crate::country::CountryCode;
use crate::error::{InvalidValue, ValidationErrors};
use crate::ids::*;
use crate::money::{Currency, Money};
use crate::person::{NAME_MAX, NOTE_MAX, parse_date};
use crate::text;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;
use time::Date;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum PlanKind {
    /// One returnee (and their family on the case).
    Individual,
    /// Several returnees together, e.g. a shared business.
    Collective,
    /// A project for the community of return, benefiting returnees and residents.
    Community,
}

impl PlanKind {
    pub const ALL: [PlanKind; 3] = [
        PlanKind::Individual,
        PlanKind::Collective,
        PlanKind::Community,
    ];
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Modality {
    /// Paid to the returnee.
    Cash,
    /// Goods or services bought for the returnee (paid to a supplier).
    InKind,
}

impl Modality {
    pub const ALL: [Modality; 2] = [Modality::Cash, Modality::InKind];
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum PlanStatus {
    Draft,
    Submitted,
    Approved,
    /// Every milestone paid in full.
    Completed,
}

impl PlanStatus {
    pub fn as_str(&self) -> &'static str {
        match self {
            PlanStatus::Draft => "draft",
            PlanStatus::Submitted => "submitted",
            PlanStatus::Approved => "approved",
            PlanStatus::Completed => "completed",
        }
    }
}

/// A returnee benefiting from a plan, through their case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Beneficiary {
    pub case_id: CaseId,
    pub case_number: String,
    pub person_id: PersonId,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PlanItem {
    pub id: RecordId,
    pub item_type: ItemType,
    pub description: String,
    pub budget: Money,
    pub modality: Modality,
    /// The job, training place or credit scheme the item takes up.
    pub opportunity_id: Option<OpportunityId>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MilestoneReached {
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = Date))]
    #[serde(with = "super::iso_date")]
    pub on: Date,
    pub note: Option<String>,
    pub recorded: Recorded,
}

/// A step of the plan (training enrolled, premises rented, business open) and the tranche of
/// the grant it releases.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Milestone {
    pub id: RecordId,
    pub description: String,
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>, format = Date))]
    #[serde(default, with = "super::iso_date::option")]
    pub due_on: Option<Date>,
    /// The tranche the milestone releases.
    pub amount: Money,
    pub reached: Option<MilestoneReached>,
}

/// A file kept as proof of a payment, stored in the database beside the plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AttachmentMeta {
    pub id: AttachmentId,
    pub file_name: String,
    pub content_type: String,
    pub size: u64,
    /// SHA-256 of the content, hexadecimal.
    pub sha256: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Tranche {
    pub id: RecordId,
    pub milestone_id: RecordId,
    pub amount: Money,
    pub modality: Modality,
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = Date))]
    #[serde(with = "super::iso_date")]
    pub paid_on: Date,
    pub proofs: Vec<AttachmentMeta>,
    pub note: Option<String>,
    pub recorded: Recorded,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReturnedForChanges {
    pub note: String,
    pub recorded: Recorded,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Plan {
    pub id: PlanId,
    pub programme_id: ProgrammeId,
    pub kind: PlanKind,
    pub title: String,
    pub beneficiaries: Vec<Beneficiary>,
    /// The organisation running the beneficiaries' cases.
    pub organisation_id: OrganisationId,
    /// Host and return countries of the beneficiaries' cases (the scope a user needs).
    pub countries: Vec<CountryCode>,
    pub currency: Currency,
    pub items: Vec<PlanItem>,
    pub milestones: Vec<Milestone>,
    pub tranches: Vec<Tranche>,
    pub status: PlanStatus,
    pub drafted: Recorded,
    /// Everyone who drafted or changed the plan: none of them may approve it.
    pub editors: BTreeSet<UserId>,
    pub submitted: Option<Recorded>,
    pub approved: Option<Recorded>,
    pub returned: Vec<ReturnedForChanges>,
    pub version: i64,
}

/// A ceiling of the programme the plan goes over.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CeilingBreach {
    /// `per_person`, `item_type` or `cash_share`.
    pub rule: &'static str,
    pub item_type: Option<ItemType>,
    /// What the plan asks for.
    pub planned: Money,
    /// What the programme allows for this plan (its ceiling × beneficiaries, or the cash share).
    pub allowed: Money,
}

impl CeilingBreach {
    pub fn message(&self) -> String {
        match self.rule {
            "per_person" => format!(
                "the plan's {} is over the programme's ceiling of {} for its beneficiaries",
                self.planned, self.allowed
            ),
            "item_type" => format!(
                "{} for {} is over the programme's ceiling of {}",
                self.planned,
                self.item_type.map(|t| t.as_str()).unwrap_or_default(),
                self.allowed
            ),
            _ => format!(
                "{} in cash is over the programme's cash share of {}",
                self.planned, self.allowed
            ),
        }
    }
}

/// Why a plan change was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PlanError {
    #[error("invalid input: {0}")]
    Invalid(ValidationErrors),
    #[error("the plan goes over the programme's ceilings")]
    OverCeiling(Vec<CeilingBreach>),
    #[error("the programme does not pay in {0}")]
    CurrencyNotAllowed(Currency),
    #[error("the plan is {0:?}; only a draft changes")]
    NotDraft(PlanStatus),
    #[error("only a submitted plan is approved or returned")]
    NotSubmitted,
    #[error("tranches are paid on approved plans only")]
    NotApproved,
    #[error("whoever drafted or changed a plan does not approve it (four-eyes rule)")]
    FourEyes,
    #[error("the milestones add up to {milestones}, not the plan's budget of {budget}")]
    MilestonesDoNotCoverBudget { milestones: Money, budget: Money },
    #[error("the programme's remaining budget ({remaining}) does not cover the plan ({planned})")]
    BudgetExhausted { remaining: Money, planned: Money },
    #[error("no such milestone on this plan")]
    UnknownMilestone,
    #[error("the milestone is not reached yet")]
    MilestoneNotReached,
    #[error("the milestone was already reached")]
    MilestoneAlreadyReached,
    #[error("{requested} is more than the {left} left to pay for this milestone")]
    OverMilestone { requested: Money, left: Money },
    #[error("a payment needs its proof: attach a receipt or a photo")]
    ProofMissing,
}

impl PlanError {
    pub fn code(&self) -> &'static str {
        match self {
            PlanError::Invalid(_) => "invalid_input",
            PlanError::OverCeiling(_) => "over_ceiling",
            PlanError::CurrencyNotAllowed(_) => "currency_not_allowed",
            PlanError::NotDraft(_) => "plan_not_draft",
            PlanError::NotSubmitted => "plan_not_submitted",
            PlanError::NotApproved => "plan_not_approved",
            PlanError::FourEyes => "four_eyes",
            PlanError::MilestonesDoNotCoverBudget { .. } => "milestones_do_not_cover_budget",
            PlanError::BudgetExhausted { .. } => "budget_exhausted",
            PlanError::UnknownMilestone => "unknown_milestone",
            PlanError::MilestoneNotReached => "milestone_not_reached",
            PlanError::MilestoneAlreadyReached => "milestone_already_reached",
            PlanError::OverMilestone { .. } => "over_milestone",
            PlanError::ProofMissing => "proof_missing",
        }
    }
}

impl From<ValidationErrors> for PlanError {
    fn from(errors: ValidationErrors) -> Self {
        PlanError::Invalid(errors)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PlanItemInput {
    pub item_type: ItemType,
    pub description: String,
    /// In the plan currency's major units (`250000`, `1 500.50`).
    pub budget: String,
    pub modality: Modality,
    #[serde(default)]
    pub opportunity_id: Option<OpportunityId>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MilestoneInput {
    pub description: String,
    /// `YYYY-MM-DD`
    #[serde(default)]
    pub due_on: Option<String>,
    pub amount: String,
}

/// The content of a plan, as drafted or revised.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PlanContentInput {
    pub title: String,
    pub currency: String,
    pub items: Vec<PlanItemInput>,
    #[serde(default)]
    pub milestones: Vec<MilestoneInput>,
}

/// The checked content of a plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanContent {
    pub title: String,
    pub currency: Currency,
    pub items: Vec<PlanItem>,
    pub milestones: Vec<Milestone>,
}

const MAX_ITEMS: usize = 30;

impl PlanContentInput {
    /// Checks the content; `new_id` gives ids to items and milestones.
    pub fn validate(
        &self,
        mut new_id: impl FnMut() -> RecordId,
    ) -> Result<PlanContent, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let title = errors.check("title", text::required(&self.title, NAME_MAX));
        let currency = errors.check("currency", Currency::parse(&self.currency));
        if self.items.is_empty() {
            errors.add(
                "items",
                InvalidValue::new("required", "a plan has at least one item"),
            );
        }
        if self.items.len() > MAX_ITEMS || self.milestones.len() > MAX_ITEMS {
            errors.add(
                "items",
                InvalidValue::new(
                    "too_many",
                    format!("at most {MAX_ITEMS} items and milestones"),
                ),
            );
        }
        let mut items = Vec::new();
        let mut milestones = Vec::new();
        if let Some(currency) = currency {
            for (i, item) in self.items.iter().enumerate() {
                let description = errors.check(
                    &format!("items[{i}].description"),
                    text::required(&item.description, NOTE_MAX),
                );
                let budget = errors.check(
                    &format!("items[{i}].budget"),
                    Money::parse_positive(&item.budget, currency),
                );
                if let (Some(description), Some(budget)) = (description, budget) {
                    items.push(PlanItem {
                        id: new_id(),
                        item_type: item.item_type,
                        description,
                        budget,
                        modality: item.modality,
                        opportunity_id: item.opportunity_id,
                    });
                }
            }
            for (i, m) in self.milestones.iter().enumerate() {
                let description = errors.check(
                    &format!("milestones[{i}].description"),
                    text::required(&m.description, NOTE_MAX),
                );
                let due_on = match m.due_on.as_deref().map(str::trim) {
                    None | Some("") => Some(None),
                    Some(raw) => errors
                        .check(&format!("milestones[{i}].due_on"), parse_date(raw))
                        .map(Some),
                };
                let amount = errors.check(
                    &format!("milestones[{i}].amount"),
                    Money::parse_positive(&m.amount, currency),
                );
                if let (Some(description), Some(due_on), Some(amount)) =
                    (description, due_on, amount)
                {
                    milestones.push(Milestone {
                        id: new_id(),
                        description,
                        due_on,
                        amount,
                        reached: None,
                    });
                }
            }
        }
        errors.into_result()?;
        match (title, currency) {
            (Some(title), Some(currency)) => Ok(PlanContent {
                title,
                currency,
                items,
                milestones,
            }),
            _ => Err(ValidationErrors::new()),
        }
    }
}

impl PlanContent {
    pub fn total(&self) -> Money {
        total_of(self.currency, &self.items)
    }

    /// Every ceiling of `programme` the content goes over, for `beneficiaries` people.
    pub fn ceiling_breaches(
        &self,
        programme: &Programme,
        beneficiaries: usize,
    ) -> Result<Vec<CeilingBreach>, PlanError> {
        let ceiling = programme
            .ceiling(self.currency)
            .ok_or(PlanError::CurrencyNotAllowed(self.currency))?;
        let people = i64::try_from(beneficiaries.max(1)).unwrap_or(i64::MAX);
        let scaled = |m: Money| Money::new(m.minor.saturating_mul(people), m.currency);
        let mut breaches = Vec::new();
        let total = self.total();
        if total.minor > scaled(ceiling.per_person).minor {
            breaches.push(CeilingBreach {
                rule: "per_person",
                item_type: None,
                planned: total,
                allowed: scaled(ceiling.per_person),
            });
        }
        for item_ceiling in &ceiling.per_item {
            let planned = total_of(
                self.currency,
                self.items
                    .iter()
                    .filter(|i| i.item_type == item_ceiling.item_type),
            );
            if planned.minor > scaled(item_ceiling.per_person).minor {
                breaches.push(CeilingBreach {
                    rule: "item_type",
                    item_type: Some(item_ceiling.item_type),
                    planned,
                    allowed: scaled(item_ceiling.per_person),
                });
            }
        }
        let cash = total_of(
            self.currency,
            self.items.iter().filter(|i| i.modality == Modality::Cash),
        );
        // cash / total ≤ max%, in integers: cash × 100 ≤ max × total.
        let allowed_cash = total
            .minor
            .saturating_mul(i64::from(programme.max_cash_percent))
            / 100;
        if cash.minor > allowed_cash {
            breaches.push(CeilingBreach {
                rule: "cash_share",
                item_type: None,
                planned: cash,
                allowed: Money::new(allowed_cash, self.currency),
            });
        }
        Ok(breaches)
    }

    fn check(&self, programme: &Programme, beneficiaries: usize) -> Result<(), PlanError> {
        let breaches = self.ceiling_breaches(programme, beneficiaries)?;
        if !breaches.is_empty() {
            return Err(PlanError::OverCeiling(breaches));
        }
        let milestones = total_of(self.currency, self.milestones.iter().map(|m| &m.amount));
        if milestones.minor > self.total().minor {
            return Err(PlanError::MilestonesDoNotCoverBudget {
                milestones,
                budget: self.total(),
            });
        }
        Ok(())
    }
}

/// Sums amounts that are all in `currency` by construction (checked on input).
fn total_of<'a, T: AmountOf + 'a>(
    currency: Currency,
    things: impl IntoIterator<Item = &'a T>,
) -> Money {
    Money::new(
        things
            .into_iter()
            .map(|t| t.amount().minor)
            .fold(0_i64, i64::saturating_add),
        currency,
    )
}

trait AmountOf {
    fn amount(&self) -> Money;
}

impl AmountOf for PlanItem {
    fn amount(&self) -> Money {
        self.budget
    }
}

impl AmountOf for Money {
    fn amount(&self) -> Money {
        *self
    }
}

impl AmountOf for Tranche {
    fn amount(&self) -> Money {
        self.amount
    }
}

impl Plan {
    /// Drafts a plan for `beneficiaries` under `programme`; refused with every breach when it
    /// goes over a ceiling.
    #[allow(clippy::too_many_arguments)]
    pub fn draft(
        id: PlanId,
        programme: &Programme,
        kind: PlanKind,
        beneficiaries: Vec<Beneficiary>,
        organisation_id: OrganisationId,
        countries: Vec<CountryCode>,
        content: PlanContent,
        drafted: Recorded,
    ) -> Result<Plan, PlanError> {
        content.check(programme, beneficiaries.len())?;
        Ok(Plan {
            id,
            programme_id: programme.id,
            kind,
            title: content.title,
            beneficiaries,
            organisation_id,
            countries,
            currency: content.currency,
            items: content.items,
            milestones: content.milestones,
            tranches: Vec::new(),
            status: PlanStatus::Draft,
            editors: [drafted.by].into(),
            drafted,
            submitted: None,
            approved: None,
            returned: Vec::new(),
            version: 1,
        })
    }

    pub fn total(&self) -> Money {
        total_of(self.currency, &self.items)
    }

    pub fn paid(&self) -> Money {
        total_of(self.currency, &self.tranches)
    }

    pub fn content(&self) -> PlanContent {
        PlanContent {
            title: self.title.clone(),
            currency: self.currency,
            items: self.items.clone(),
            milestones: self.milestones.clone(),
        }
    }

    /// Replaces the content of a draft (or of a submitted plan, which goes back to draft).
    pub fn revise(
        &mut self,
        programme: &Programme,
        content: PlanContent,
        by: Recorded,
    ) -> Result<(), PlanError> {
        if !matches!(self.status, PlanStatus::Draft | PlanStatus::Submitted) {
            return Err(PlanError::NotDraft(self.status));
        }
        content.check(programme, self.beneficiaries.len())?;
        self.title = content.title;
        self.currency = content.currency;
        self.items = content.items;
        self.milestones = content.milestones;
        self.status = PlanStatus::Draft;
        self.submitted = None;
        self.editors.insert(by.by);
        self.version += 1;
        Ok(())
    }

    /// Submits a draft for approval: within the ceilings, its milestones covering its budget.
    pub fn submit(&mut self, programme: &Programme, by: Recorded) -> Result<(), PlanError> {
        if self.status != PlanStatus::Draft {
            return Err(PlanError::NotDraft(self.status));
        }
        let content = self.content();
        content.check(programme, self.beneficiaries.len())?;
        let milestones = total_of(self.currency, self.milestones.iter().map(|m| &m.amount));
        if milestones != self.total() {
            return Err(PlanError::MilestonesDoNotCoverBudget {
                milestones,
                budget: self.total(),
            });
        }
        self.status = PlanStatus::Submitted;
        self.submitted = Some(by);
        self.version += 1;
        Ok(())
    }

    /// Approves a submitted plan. `committed` is what the programme has already committed in
    /// the plan's currency (approved plans' budgets).
    pub fn approve(
        &mut self,
        programme: &Programme,
        committed: Money,
        by: Recorded,
    ) -> Result<(), PlanError> {
        if self.status != PlanStatus::Submitted {
            return Err(PlanError::NotSubmitted);
        }
        if self.editors.contains(&by.by) {
            return Err(PlanError::FourEyes);
        }
        self.content().check(programme, self.beneficiaries.len())?;
        if let Some(budget) = programme.budget(self.currency) {
            let remaining = Money::new(budget.minor - committed.minor, self.currency);
            if self.total().minor > remaining.minor {
                return Err(PlanError::BudgetExhausted {
                    remaining,
                    planned: self.total(),
                });
            }
        }
        self.status = PlanStatus::Approved;
        self.approved = Some(by);
        self.version += 1;
        Ok(())
    }

    /// Sends a submitted plan back to its drafter with what to change.
    pub fn return_for_changes(&mut self, note: &str, by: Recorded) -> Result<(), PlanError> {
        if self.status != PlanStatus::Submitted {
            return Err(PlanError::NotSubmitted);
        }
        let note = text::required(note, NOTE_MAX)
            .map_err(|e| PlanError::Invalid(ValidationErrors::single("note", e)))?;
        self.status = PlanStatus::Draft;
        self.submitted = None;
        self.returned
            .push(ReturnedForChanges { note, recorded: by });
        self.version += 1;
        Ok(())
    }

    pub fn reach_milestone(
        &mut self,
        milestone: RecordId,
        on: Date,
        note: Option<String>,
        by: Recorded,
    ) -> Result<(), PlanError> {
        if self.status != PlanStatus::Approved {
            return Err(PlanError::NotApproved);
        }
        if on > by.at.date() {
            return Err(PlanError::Invalid(ValidationErrors::single(
                "on",
                InvalidValue::new("date_in_future", "this date is in the future"),
            )));
        }
        let note = text::optional(note.as_deref(), NOTE_MAX)
            .map_err(|e| PlanError::Invalid(ValidationErrors::single("note", e)))?;
        let m = self
            .milestones
            .iter_mut()
            .find(|m| m.id == milestone)
            .ok_or(PlanError::UnknownMilestone)?;
        if m.reached.is_some() {
            return Err(PlanError::MilestoneAlreadyReached);
        }
        m.reached = Some(MilestoneReached {
            on,
            note,
            recorded: by,
        });
        self.version += 1;
        Ok(())
    }

    /// What is left to pay for a milestone.
    pub fn left_for(&self, milestone: &Milestone) -> Money {
        let paid = total_of(
            self.currency,
            self.tranches
                .iter()
                .filter(|t| t.milestone_id == milestone.id),
        );
        Money::new(milestone.amount.minor - paid.minor, self.currency)
    }

    /// Pays a tranche against a reached milestone, with its proof.
    pub fn pay_tranche(&mut self, tranche: Tranche) -> Result<(), PlanError> {
        if self.status != PlanStatus::Approved {
            return Err(PlanError::NotApproved);
        }
        let milestone = self
            .milestones
            .iter()
            .find(|m| m.id == tranche.milestone_id)
            .ok_or(PlanError::UnknownMilestone)?;
        if milestone.reached.is_none() {
            return Err(PlanError::MilestoneNotReached);
        }
        if tranche.proofs.is_empty() {
            return Err(PlanError::ProofMissing);
        }
        if tranche.amount.currency != self.currency {
            return Err(PlanError::CurrencyNotAllowed(tranche.amount.currency));
        }
        let left = self.left_for(milestone);
        if tranche.amount.minor <= 0 || tranche.amount.minor > left.minor {
            return Err(PlanError::OverMilestone {
                requested: tranche.amount,
                left,
            });
        }
        if tranche.paid_on > tranche.recorded.at.date() {
            return Err(PlanError::Invalid(ValidationErrors::single(
                "paid_on",
                InvalidValue::new("date_in_future", "this date is in the future"),
            )));
        }
        self.tranches.push(tranche);
        if self.milestones.iter().all(|m| self.left_for(m).minor == 0) {
            self.status = PlanStatus::Completed;
        }
        self.version += 1;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reintegration::programme::{CeilingInput, ItemCeilingInput, ProgrammeInput};
    use time::macros::{date, datetime};

    fn uuid(n: u128) -> uuid::Uuid {
        uuid::Uuid::from_u128(n)
    }

    fn by(n: u128) -> Recorded {
        Recorded {
            by: UserId::from_uuid(uuid(n)),
            at: datetime!(2026-04-01 10:00 UTC),
        }
    }

    fn programme() -> Programme {
        ProgrammeInput {
            code: "RISE-SEN".into(),
            name: "Reintegration in Senegal".into(),
            countries: vec!["SEN".into()],
            categories: vec![],
            ceilings: vec![CeilingInput {
                currency: "XOF".into(),
                per_person: "1000000".into(),
                per_item: vec![ItemCeilingInput {
                    item_type: ItemType::BusinessStartUp,
                    per_person: "600000".into(),
                }],
            }],
            max_cash_percent: 40,
            budgets: vec![crate::reintegration::programme::BudgetInput {
                currency: "XOF".into(),
                amount: "2000000".into(),
            }],
            follow_up_months: None,
            scheme_code: None,
            active: true,
        }
        .validate(
            ProgrammeId::from_uuid(uuid(1)),
            OrganisationId::from_uuid(uuid(2)),
            by(9),
        )
        .expect("valid programme")
    }

    fn content(business: &str, cash: &str) -> PlanContent {
        let mut n = 100;
        PlanContentInput {
            title: "Tailoring workshop".into(),
            currency: "XOF".into(),
            items: vec![
                PlanItemInput {
                    item_type: ItemType::BusinessStartUp,
                    description: "Sewing machines and fabric".into(),
                    budget: business.into(),
                    modality: Modality::InKind,
                    opportunity_id: None,
                },
                PlanItemInput {
                    item_type: ItemType::Housing,
                    description: "Three months' rent".into(),
                    budget: cash.into(),
                    modality: Modality::Cash,
                    opportunity_id: None,
                },
            ],
            milestones: vec![MilestoneInput {
                description: "Workshop rented".into(),
                due_on: Some("2026-05-01".into()),
                amount: "500000".into(),
            }],
        }
        .validate(|| {
            n += 1;
            RecordId::from_uuid(uuid(n))
        })
        .expect("valid content")
    }

    fn beneficiary() -> Vec<Beneficiary> {
        vec![Beneficiary {
            case_id: CaseId::from_uuid(uuid(3)),
            case_number: "SEN-2026-000001".into(),
            person_id: PersonId::from_uuid(uuid(4)),
            name: "Awa DIOP".into(),
        }]
    }

    fn draft(c: PlanContent) -> Result<Plan, PlanError> {
        Plan::draft(
            PlanId::from_uuid(uuid(5)),
            &programme(),
            PlanKind::Individual,
            beneficiary(),
            OrganisationId::from_uuid(uuid(2)),
            vec![],
            c,
            by(10),
        )
    }

    #[test]
    fn over_a_ceiling_is_refused_with_every_reason() {
        let Err(PlanError::OverCeiling(breaches)) = draft(content("700000", "500000")) else {
            panic!("expected a refusal");
        };
        let rules: Vec<&str> = breaches.iter().map(|b| b.rule).collect();
        assert_eq!(rules, ["per_person", "item_type", "cash_share"]);
        assert_eq!(breaches[1].allowed.minor, 600_000);
        // 500 000 of 1 200 000 in cash is more than 40 % (480 000).
        assert_eq!(breaches[2].allowed.minor, 480_000);
    }

    #[test]
    fn approval_follows_the_four_eyes_rule_and_tranches_need_proof() {
        let mut plan = draft(content("300000", "200000")).expect("within ceilings");
        plan.submit(&programme(), by(10)).expect("submitted");
        let committed = Money::zero(plan.currency);
        assert_eq!(
            plan.approve(&programme(), committed, by(10)),
            Err(PlanError::FourEyes)
        );
        plan.approve(&programme(), committed, by(11))
            .expect("approved");
        let milestone = plan.milestones[0].id;
        let currency = plan.currency;
        let tranche = |amount: i64, proofs: Vec<AttachmentMeta>| Tranche {
            id: RecordId::from_uuid(uuid(50)),
            milestone_id: milestone,
            amount: Money::new(amount, currency),
            modality: Modality::InKind,
            paid_on: date!(2026 - 04 - 01),
            proofs,
            note: None,
            recorded: by(10),
        };
        assert_eq!(
            plan.clone().pay_tranche(tranche(100_000, vec![])),
            Err(PlanError::MilestoneNotReached)
        );
        plan.reach_milestone(milestone, date!(2026 - 03 - 30), None, by(10))
            .expect("reached");
        assert_eq!(
            plan.clone().pay_tranche(tranche(100_000, vec![])),
            Err(PlanError::ProofMissing)
        );
        let receipt = AttachmentMeta {
            id: AttachmentId::from_uuid(uuid(60)),
            file_name: "receipt.jpg".into(),
            content_type: "image/jpeg".into(),
            size: 1000,
            sha256: "00".into(),
        };
        assert!(matches!(
            plan.clone()
                .pay_tranche(tranche(600_000, vec![receipt.clone()])),
            Err(PlanError::OverMilestone { .. })
        ));
        plan.pay_tranche(tranche(500_000, vec![receipt]))
            .expect("paid");
        assert_eq!(plan.paid().minor, 500_000);
        assert_eq!(plan.status, PlanStatus::Completed);
    }

    #[test]
    fn a_programme_budget_bounds_approvals() {
        let mut plan = draft(content("300000", "200000")).expect("valid");
        plan.submit(&programme(), by(10)).expect("submitted");
        let committed = Money::new(1_800_000, plan.currency);
        assert!(matches!(
            plan.approve(&programme(), committed, by(11)),
            Err(PlanError::BudgetExhausted { .. })
        ));
    }

    #[test]
    fn collective_plans_scale_ceilings_by_beneficiaries() {
        let c = content("1000000", "200000");
        assert_eq!(c.ceiling_breaches(&programme(), 1).map(|b| b.len()), Ok(2));
        assert_eq!(c.ceiling_breaches(&programme(), 2).map(|b| b.len()), Ok(0));
    }
}
