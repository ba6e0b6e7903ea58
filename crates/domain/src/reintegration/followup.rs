//! Monitoring after return: the follow-up schedule counted from the arrival, the
//! sustainability survey taken at each follow-up, and re-migration, which ends monitoring.

use super::scoring::{ScoringScheme, SustainabilityScore};
use crate::case::records::Recorded;
use crate::country::CountryCode;
use crate::error::{InvalidValue, ValidationErrors};
use crate::ids::{CaseId, FollowUpId, OrganisationId, PersonId, ReMigrationId};
use crate::journey::past_date;
use crate::person::NOTE_MAX;
use crate::text;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use time::{Date, Month};

/// Follow-up months after arrival when the programme says nothing else.
pub const DEFAULT_MONTHS: [u32; 3] = [3, 6, 12];

/// The longest follow-up horizon accepted (five years).
pub const MAX_MONTHS: u32 = 60;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum FollowUpStatus {
    Due,
    Done,
    /// No longer needed: the schedule changed, the person migrated again, the case closed.
    Cancelled,
}

impl FollowUpStatus {
    pub fn as_str(&self) -> &'static str {
        match self {
            FollowUpStatus::Due => "due",
            FollowUpStatus::Done => "done",
            FollowUpStatus::Cancelled => "cancelled",
        }
    }

    pub fn parse(input: &str) -> Option<FollowUpStatus> {
        [
            FollowUpStatus::Due,
            FollowUpStatus::Done,
            FollowUpStatus::Cancelled,
        ]
        .into_iter()
        .find(|s| s.as_str() == input)
    }
}

/// How the survey was taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum SurveyMethod {
    HomeVisit,
    OfficeVisit,
    Phone,
}

impl SurveyMethod {
    pub const ALL: [SurveyMethod; 3] = [
        SurveyMethod::HomeVisit,
        SurveyMethod::OfficeVisit,
        SurveyMethod::Phone,
    ];

    pub fn as_str(&self) -> &'static str {
        match self {
            SurveyMethod::HomeVisit => "home_visit",
            SurveyMethod::OfficeVisit => "office_visit",
            SurveyMethod::Phone => "phone",
        }
    }
}

/// A sustainability survey, with the scores its answers gave.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Survey {
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = Date))]
    #[serde(with = "super::iso_date")]
    pub conducted_on: Date,
    pub method: SurveyMethod,
    /// Question code → answer code (or number), as given; "dont_know" and "refused" kept.
    pub answers: BTreeMap<String, String>,
    pub score: SustainabilityScore,
    pub note: Option<String>,
    pub recorded: Recorded,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FollowUp {
    pub id: FollowUpId,
    pub case_id: CaseId,
    pub organisation_id: OrganisationId,
    /// The case's host country and country of return (scope).
    pub countries: Vec<CountryCode>,
    /// Months after arrival.
    pub month: u32,
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = Date))]
    #[serde(with = "super::iso_date")]
    pub due_on: Date,
    pub status: FollowUpStatus,
    pub survey: Option<Survey>,
    pub cancelled_because: Option<String>,
    pub version: i64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FollowUpError {
    NotDue(FollowUpStatus),
    Invalid(ValidationErrors),
}

impl FollowUpError {
    pub fn code(&self) -> &'static str {
        match self {
            FollowUpError::NotDue(_) => "follow_up_not_due",
            FollowUpError::Invalid(_) => "invalid",
        }
    }
}

/// `months` months after `date`, on the same day or the last day of a shorter month.
pub fn add_months(date: Date, months: u32) -> Date {
    let index = date.year() * 12 + (date.month() as i32 - 1) + months as i32;
    let (year, month) = (index.div_euclid(12), index.rem_euclid(12) as u8 + 1);
    let month = Month::try_from(month).expect("1..=12");
    let day = date.day().min(time::util::days_in_month(month, year));
    Date::from_calendar_date(year, month, day).expect("a valid day")
}

/// What a new schedule changes among existing follow-ups: months to add, and due follow-ups
/// to cancel. Done follow-ups are never touched.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ScheduleChange {
    pub add: Vec<u32>,
    pub cancel: Vec<FollowUpId>,
}

pub fn reschedule(existing: &[FollowUp], months: &[u32]) -> ScheduleChange {
    let live = |f: &&FollowUp| f.status != FollowUpStatus::Cancelled;
    let add = months
        .iter()
        .copied()
        .filter(|m| !existing.iter().filter(live).any(|f| f.month == *m))
        .collect();
    let cancel = existing
        .iter()
        .filter(|f| f.status == FollowUpStatus::Due && !months.contains(&f.month))
        .map(|f| f.id)
        .collect();
    ScheduleChange { add, cancel }
}

impl FollowUp {
    pub fn scheduled(
        id: FollowUpId,
        case_id: CaseId,
        organisation_id: OrganisationId,
        countries: Vec<CountryCode>,
        arrived_on: Date,
        month: u32,
    ) -> FollowUp {
        FollowUp {
            id,
            case_id,
            organisation_id,
            countries,
            month,
            due_on: add_months(arrived_on, month),
            status: FollowUpStatus::Due,
            survey: None,
            cancelled_because: None,
            version: 1,
        }
    }

    pub fn is_overdue(&self, today: Date) -> bool {
        self.status == FollowUpStatus::Due && self.due_on < today
    }

    pub fn record_survey(&mut self, survey: Survey) -> Result<(), FollowUpError> {
        if self.status != FollowUpStatus::Due {
            return Err(FollowUpError::NotDue(self.status));
        }
        self.survey = Some(survey);
        self.status = FollowUpStatus::Done;
        self.version += 1;
        Ok(())
    }

    pub fn cancel(&mut self, because: &str) -> Result<(), FollowUpError> {
        if self.status != FollowUpStatus::Due {
            return Err(FollowUpError::NotDue(self.status));
        }
        self.status = FollowUpStatus::Cancelled;
        self.cancelled_because = Some(because.to_string());
        self.version += 1;
        Ok(())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SurveyInput {
    /// `YYYY-MM-DD`; today when absent.
    #[serde(default)]
    pub conducted_on: Option<String>,
    pub method: SurveyMethod,
    #[serde(default)]
    pub answers: BTreeMap<String, String>,
    #[serde(default)]
    pub note: Option<String>,
}

impl SurveyInput {
    /// Checks the answers against the scheme and scores them. A survey comes on or after the
    /// arrival.
    pub fn validate(
        &self,
        scheme: &ScoringScheme,
        arrived_on: Date,
        recorded: Recorded,
    ) -> Result<Survey, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let today = recorded.at.date();
        let conducted_on = match self.conducted_on.as_deref().map(str::trim) {
            None | Some("") => Some(today),
            Some(raw) => past_date("conducted_on", raw, today, &mut errors),
        };
        if conducted_on.is_some_and(|d| d < arrived_on) {
            errors.add(
                "conducted_on",
                InvalidValue::new("before_arrival", "this date is before the arrival"),
            );
        }
        let note = errors
            .check("note", text::optional(self.note.as_deref(), NOTE_MAX))
            .flatten();
        let answers = match scheme.check_answers(&self.answers) {
            Ok(answers) => Some(answers),
            Err(e) => {
                errors.0.extend(e.0);
                None
            }
        };
        if answers.as_ref().is_some_and(BTreeMap::is_empty) {
            errors.add(
                "answers",
                InvalidValue::new("no_answers", "answer at least one question"),
            );
        }
        errors.into_result()?;
        let answers = answers.unwrap_or_default();
        Ok(Survey {
            conducted_on: conducted_on.unwrap_or(today),
            method: self.method,
            score: scheme.score(&answers),
            answers,
            note,
            recorded,
        })
    }
}

/// The person was registered again abroad after return: monitoring ends with this outcome.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReMigration {
    pub id: ReMigrationId,
    pub case_id: CaseId,
    pub person_id: PersonId,
    /// The case's organisation.
    pub organisation_id: OrganisationId,
    /// Where the person was registered again.
    pub country: CountryCode,
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = Date))]
    #[serde(with = "super::iso_date")]
    pub learned_on: Date,
    /// Who reported it (a partner organisation, a consulate, the family…).
    pub source: String,
    pub note: Option<String>,
    pub recorded: Recorded,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReMigrationInput {
    pub country: String,
    /// `YYYY-MM-DD`; today when absent.
    #[serde(default)]
    pub learned_on: Option<String>,
    pub source: String,
    #[serde(default)]
    pub note: Option<String>,
}

impl ReMigrationInput {
    pub fn validate(
        &self,
        id: ReMigrationId,
        case_id: CaseId,
        person_id: PersonId,
        organisation_id: OrganisationId,
        return_country: CountryCode,
        recorded: Recorded,
    ) -> Result<ReMigration, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let today = recorded.at.date();
        let country = errors.check("country", CountryCode::parse(&self.country));
        if country == Some(return_country) {
            errors.add(
                "country",
                InvalidValue::new(
                    "same_as_return_country",
                    "re-migration is a registration outside the country of return",
                ),
            );
        }
        let learned_on = match self.learned_on.as_deref().map(str::trim) {
            None | Some("") => Some(today),
            Some(raw) => past_date("learned_on", raw, today, &mut errors),
        };
        let source = errors.check("source", text::required(&self.source, 200));
        let note = errors
            .check("note", text::optional(self.note.as_deref(), NOTE_MAX))
            .flatten();
        errors.into_result()?;
        Ok(ReMigration {
            id,
            case_id,
            person_id,
            organisation_id,
            country: country.expect("checked"),
            learned_on: learned_on.unwrap_or(today),
            source: source.expect("checked"),
            note,
            recorded,
        })
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)] // a failed unwrap is the test failing
mod tests {
    use super::*;
    use crate::ids::UserId;
    use time::macros::{date, datetime};
    use uuid::Uuid;

    fn follow_up(month: u32, status: FollowUpStatus) -> FollowUp {
        let mut f = FollowUp::scheduled(
            FollowUpId::from_uuid(Uuid::from_u128(month as u128)),
            CaseId::from_uuid(Uuid::from_u128(100)),
            OrganisationId::from_uuid(Uuid::from_u128(200)),
            vec![],
            date!(2026 - 01 - 31),
            month,
        );
        f.status = status;
        f
    }

    #[test]
    fn follow_ups_fall_months_after_the_arrival() {
        assert_eq!(add_months(date!(2026 - 01 - 31), 1), date!(2026 - 02 - 28));
        assert_eq!(add_months(date!(2026 - 11 - 15), 3), date!(2027 - 02 - 15));
        assert_eq!(add_months(date!(2026 - 03 - 10), 12), date!(2027 - 03 - 10));
        assert_eq!(
            follow_up(6, FollowUpStatus::Due).due_on,
            date!(2026 - 07 - 31)
        );
    }

    #[test]
    fn a_new_schedule_adds_months_and_cancels_only_due_ones() {
        let existing = [
            follow_up(3, FollowUpStatus::Done),
            follow_up(6, FollowUpStatus::Due),
            follow_up(12, FollowUpStatus::Due),
        ];
        let change = reschedule(&existing, &[3, 9, 12, 24]);
        assert_eq!(change.add, [9, 24]);
        assert_eq!(change.cancel, [existing[1].id]);
        let none = reschedule(&existing, &[3, 6, 12]);
        assert_eq!(none, ScheduleChange::default());
    }

    #[test]
    fn a_survey_is_taken_once_and_scored_with_its_scheme() {
        let scheme = ScoringScheme::default_scheme();
        let recorded = Recorded {
            by: UserId::from_uuid(Uuid::from_u128(1)),
            at: datetime!(2026-05-02 10:00 UTC),
        };
        let input = SurveyInput {
            conducted_on: None,
            method: SurveyMethod::HomeVisit,
            answers: [("work_status".to_string(), "regular".to_string())].into(),
            note: None,
        };
        let survey = input
            .validate(&scheme, date!(2026 - 01 - 31), recorded)
            .expect("valid");
        assert_eq!(survey.score.scheme_version, scheme.version);
        let mut f = follow_up(3, FollowUpStatus::Due);
        f.record_survey(survey.clone()).expect("due");
        assert_eq!(f.status, FollowUpStatus::Done);
        assert_eq!(
            f.record_survey(survey).unwrap_err(),
            FollowUpError::NotDue(FollowUpStatus::Done)
        );
        let early = input
            .validate(&scheme, date!(2026 - 06 - 01), recorded)
            .unwrap_err();
        assert_eq!(early.0[0].code, "before_arrival");
    }
}
