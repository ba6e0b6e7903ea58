//! The needs assessment after arrival: where the returnee stands economically, socially and
//! psychologically, what they can do, their family situation, and what they need first.

use super::ItemType;
use crate::case::records::Recorded;
use crate::error::{InvalidValue, ValidationErrors};
use crate::ids::{AssessmentId, CaseId, OrganisationId};
use crate::journey::past_date;
use crate::person::{NAME_MAX, NOTE_MAX};
use crate::text;
use serde::{Deserialize, Serialize};
use time::Date;

/// How pressing a need is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum NeedLevel {
    None,
    Low,
    Medium,
    High,
}

impl NeedLevel {
    pub const ALL: [NeedLevel; 4] = [
        NeedLevel::None,
        NeedLevel::Low,
        NeedLevel::Medium,
        NeedLevel::High,
    ];
}

/// One dimension of the assessment: how pressing, and what the returnee said.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NeedArea {
    pub level: NeedLevel,
    pub note: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NeedsAssessment {
    pub id: AssessmentId,
    pub case_id: CaseId,
    /// The case's organisation.
    pub organisation_id: OrganisationId,
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = Date))]
    #[serde(with = "super::iso_date")]
    pub assessed_on: Date,
    pub economic: NeedArea,
    pub social: NeedArea,
    pub psychosocial: NeedArea,
    /// Trades and skills the returnee has (tailoring, driving, masonry…).
    pub skills: Vec<String>,
    pub education: Option<String>,
    pub family_situation: Option<String>,
    /// What the returnee and the case worker agree comes first.
    pub priorities: Vec<ItemType>,
    pub recorded: Recorded,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NeedAreaInput {
    pub level: NeedLevel,
    #[serde(default)]
    pub note: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NeedsAssessmentInput {
    /// `YYYY-MM-DD`; today when absent.
    #[serde(default)]
    pub assessed_on: Option<String>,
    pub economic: NeedAreaInput,
    pub social: NeedAreaInput,
    pub psychosocial: NeedAreaInput,
    #[serde(default)]
    pub skills: Vec<String>,
    #[serde(default)]
    pub education: Option<String>,
    #[serde(default)]
    pub family_situation: Option<String>,
    #[serde(default)]
    pub priorities: Vec<ItemType>,
}

const MAX_SKILLS: usize = 20;

impl NeedsAssessmentInput {
    /// Checks the input; `arrived_on` is the day the returnee arrived (an assessment comes
    /// after arrival).
    pub fn validate(
        &self,
        id: AssessmentId,
        case_id: CaseId,
        organisation_id: OrganisationId,
        arrived_on: Option<Date>,
        recorded: Recorded,
    ) -> Result<NeedsAssessment, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let today = recorded.at.date();
        let assessed_on = match self.assessed_on.as_deref().map(str::trim) {
            None | Some("") => Some(today),
            Some(raw) => past_date("assessed_on", raw, today, &mut errors),
        };
        match arrived_on {
            None => errors.add(
                "assessed_on",
                InvalidValue::new(
                    "not_arrived",
                    "the needs assessment comes after the returnee's arrival",
                ),
            ),
            Some(arrived) if assessed_on.is_some_and(|d| d < arrived) => errors.add(
                "assessed_on",
                InvalidValue::new("before_arrival", "this date is before the arrival"),
            ),
            _ => {}
        }
        let mut area = |field: &str, input: &NeedAreaInput| NeedArea {
            level: input.level,
            note: errors
                .check(field, text::optional(input.note.as_deref(), NOTE_MAX))
                .flatten(),
        };
        let economic = area("economic.note", &self.economic);
        let social = area("social.note", &self.social);
        let psychosocial = area("psychosocial.note", &self.psychosocial);
        let mut skills = Vec::new();
        for (i, skill) in self.skills.iter().enumerate() {
            if let Some(Some(skill)) = errors.check(
                &format!("skills[{i}]"),
                text::optional(Some(skill), NAME_MAX),
            ) && !skills.contains(&skill)
            {
                skills.push(skill);
            }
        }
        if skills.len() > MAX_SKILLS {
            errors.add(
                "skills",
                InvalidValue::new("too_many", format!("at most {MAX_SKILLS} skills")),
            );
        }
        let education = errors
            .check(
                "education",
                text::optional(self.education.as_deref(), NOTE_MAX),
            )
            .flatten();
        let family_situation = errors
            .check(
                "family_situation",
                text::optional(self.family_situation.as_deref(), NOTE_MAX),
            )
            .flatten();
        let mut priorities = self.priorities.clone();
        priorities.dedup();
        errors.into_result()?;
        Ok(NeedsAssessment {
            id,
            case_id,
            organisation_id,
            assessed_on: assessed_on.unwrap_or(today),
            economic,
            social,
            psychosocial,
            skills,
            education,
            family_situation,
            priorities,
            recorded,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids::UserId;
    use time::macros::{date, datetime};

    fn input() -> NeedsAssessmentInput {
        let area = |level| NeedAreaInput { level, note: None };
        NeedsAssessmentInput {
            assessed_on: Some("2026-03-05".into()),
            economic: area(NeedLevel::High),
            social: area(NeedLevel::Low),
            psychosocial: area(NeedLevel::Medium),
            skills: vec!["tailoring".into(), " tailoring ".into(), "driving".into()],
            education: None,
            family_situation: Some("married, two children".into()),
            priorities: vec![ItemType::BusinessStartUp],
        }
    }

    fn recorded() -> Recorded {
        Recorded {
            by: UserId::from_uuid(uuid::Uuid::from_u128(1)),
            at: datetime!(2026-03-06 09:00 UTC),
        }
    }

    #[test]
    fn an_assessment_follows_the_arrival() {
        let id = AssessmentId::from_uuid(uuid::Uuid::from_u128(2));
        let case = CaseId::from_uuid(uuid::Uuid::from_u128(3));
        let org = OrganisationId::from_uuid(uuid::Uuid::from_u128(4));
        let ok = input()
            .validate(id, case, org, Some(date!(2026 - 03 - 02)), recorded())
            .expect("valid");
        assert_eq!(ok.skills, ["tailoring", "driving"]);
        let early = input()
            .validate(id, case, org, Some(date!(2026 - 03 - 06)), recorded())
            .expect_err("before arrival");
        assert_eq!(early.0[0].code, "before_arrival");
        let never = input()
            .validate(id, case, org, None, recorded())
            .expect_err("not arrived");
        assert_eq!(never.0[0].code, "not_arrived");
    }
}
