//! The journey's indicators, defined here and nowhere else (`docs/INDICATORS.md` explains
//! them to people). Each is a pure function of facts read from events.
//!
//! 1. **Returns by mode × country of return × month.** A return is a case's first move into
//!    `arrived` (a `stage_changed` event to `arrived`), counted in the calendar month (UTC) of
//!    that event, for the case's country of return. Its mode is the mode of the
//!    `arrival_registered` event recorded with it (air, land, sea); a case moved to `arrived`
//!    without an arrival registration counts as mode `unknown`.
//! 2. **Median days from travel-document request to issue, per consulate.** For each consular
//!    request whose history has a `document_issued` change, the whole days between the date it
//!    was requested and the date the document was issued; the median over the requests to one
//!    mission (the mean of the two middle values for an even count).
//! 3. **Share of arrivals assisted within 72 hours.** Each person on an arrival registration is
//!    an arrival. They count as assisted when any post-arrival assistance to them was given at
//!    or after the arrival and at most 72 hours after it. The share is assisted ÷ arrivals.

use crate::case::{CaseEvent, EventKind, Stage};
use crate::country::CountryCode;
use crate::ids::{ArrivalId, CaseId, MissionId, PersonId};
use crate::journey::operation::TravelMode;
use serde::Serialize;
use std::collections::BTreeMap;
use time::{Date, Duration, OffsetDateTime};

/// The window of indicator 3.
pub const ASSISTANCE_WINDOW: Duration = Duration::hours(72);

/// The median of whole-day counts; `None` for none.
pub fn median(values: &[i64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    let mut sorted = values.to_vec();
    sorted.sort_unstable();
    let mid = sorted.len() / 2;
    Some(if sorted.len().is_multiple_of(2) {
        (sorted[mid - 1] + sorted[mid]) as f64 / 2.0
    } else {
        sorted[mid] as f64
    })
}

/// One return: a case's first arrival.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReturnFact {
    pub case_id: CaseId,
    pub return_country: CountryCode,
    pub mode: Option<TravelMode>,
    pub arrived_on: Date,
}

/// The returns in one case's history (at most one), read from its `stage_changed` and
/// `arrival_registered` events.
pub fn return_fact(return_country: CountryCode, events: &[CaseEvent]) -> Option<ReturnFact> {
    let arrival = events.iter().find(|e| {
        matches!(
            e.kind,
            EventKind::StageChanged {
                to: Stage::Arrived,
                ..
            }
        )
    })?;
    let mode = events.iter().find_map(|e| match &e.kind {
        EventKind::ArrivalRegistered(facts) if e.at == arrival.at => Some(facts.mode),
        _ => None,
    });
    Some(ReturnFact {
        case_id: arrival.case_id,
        return_country,
        mode,
        arrived_on: arrival.at.date(),
    })
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReturnsRow {
    /// `YYYY-MM`
    pub month: String,
    #[cfg_attr(feature = "openapi", schema(value_type = String))]
    pub country: CountryCode,
    /// `air`, `land`, `sea` or `unknown`.
    pub mode: String,
    pub returns: u32,
}

/// Indicator 1, rows ordered by month, country and mode.
pub fn returns_by_mode(facts: &[ReturnFact]) -> Vec<ReturnsRow> {
    let mut counts: BTreeMap<(String, &'static str, &'static str), u32> = BTreeMap::new();
    for f in facts {
        let month = format!(
            "{:04}-{:02}",
            f.arrived_on.year(),
            u8::from(f.arrived_on.month())
        );
        let mode = f.mode.map_or("unknown", |m| m.as_str());
        *counts
            .entry((month, f.return_country.as_str(), mode))
            .or_default() += 1;
    }
    counts
        .into_iter()
        .filter_map(|((month, country, mode), returns)| {
            Some(ReturnsRow {
                month,
                country: CountryCode::parse(country).ok()?,
                mode: mode.to_string(),
                returns,
            })
        })
        .collect()
}

/// One consular request, as indicator 2 reads it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DocumentFact {
    pub mission_id: MissionId,
    pub requested_on: Date,
    pub issued_on: Option<Date>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DocumentTurnaround {
    pub mission_id: MissionId,
    pub issued: u32,
    pub median_days: Option<f64>,
}

/// Indicator 2, per mission in order of first appearance.
pub fn document_turnaround(facts: &[DocumentFact]) -> Vec<DocumentTurnaround> {
    let mut missions: Vec<MissionId> = Vec::new();
    for f in facts {
        if !missions.contains(&f.mission_id) {
            missions.push(f.mission_id);
        }
    }
    missions
        .into_iter()
        .map(|mission| {
            let days: Vec<i64> = facts
                .iter()
                .filter(|f| f.mission_id == mission)
                .filter_map(|f| f.issued_on.map(|i| (i - f.requested_on).whole_days()))
                .collect();
            DocumentTurnaround {
                mission_id: mission,
                issued: days.len() as u32,
                median_days: median(&days),
            }
        })
        .collect()
}

/// One person arriving.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PersonArrival {
    pub arrival_id: ArrivalId,
    pub person_id: PersonId,
    pub arrived_at: OffsetDateTime,
}

/// One piece of assistance.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AssistanceFact {
    pub arrival_id: ArrivalId,
    pub person_id: PersonId,
    pub given_at: OffsetDateTime,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AssistanceShare {
    pub arrivals: u32,
    pub assisted_within_72_hours: u32,
    /// Between 0 and 1; `None` without arrivals.
    pub share: Option<f64>,
}

/// Indicator 3.
pub fn assisted_within_72_hours(
    arrivals: &[PersonArrival],
    assistance: &[AssistanceFact],
) -> AssistanceShare {
    let assisted = arrivals
        .iter()
        .filter(|a| {
            assistance.iter().any(|g| {
                g.arrival_id == a.arrival_id
                    && g.person_id == a.person_id
                    && g.given_at >= a.arrived_at
                    && g.given_at - a.arrived_at <= ASSISTANCE_WINDOW
            })
        })
        .count() as u32;
    let total = arrivals.len() as u32;
    AssistanceShare {
        arrivals: total,
        assisted_within_72_hours: assisted,
        share: (total > 0).then(|| f64::from(assisted) / f64::from(total)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::{date, datetime};

    fn uuid(n: u128) -> uuid::Uuid {
        uuid::Uuid::from_u128(n)
    }

    #[test]
    fn median_of_odd_and_even_counts() {
        assert_eq!(median(&[]), None);
        assert_eq!(median(&[9, 1, 5]), Some(5.0));
        assert_eq!(median(&[10, 2, 4, 30]), Some(7.0));
    }

    #[test]
    fn returns_are_counted_by_month_country_and_mode() {
        let gin = CountryCode::parse("GIN").expect("GIN");
        let mli = CountryCode::parse("MLI").expect("MLI");
        let fact = |n, country, mode, on| ReturnFact {
            case_id: CaseId::from_uuid(uuid(n)),
            return_country: country,
            mode,
            arrived_on: on,
        };
        let rows = returns_by_mode(&[
            fact(1, gin, Some(TravelMode::Air), date!(2026 - 03 - 02)),
            fact(2, gin, Some(TravelMode::Air), date!(2026 - 03 - 30)),
            fact(3, mli, Some(TravelMode::Land), date!(2026 - 03 - 05)),
            fact(4, mli, None, date!(2026 - 04 - 01)),
        ]);
        let flat: Vec<(String, &str, String, u32)> = rows
            .iter()
            .map(|r| {
                (
                    r.month.clone(),
                    r.country.as_str(),
                    r.mode.clone(),
                    r.returns,
                )
            })
            .collect();
        assert_eq!(
            flat,
            [
                ("2026-03".into(), "GIN", "air".into(), 2),
                ("2026-03".into(), "MLI", "land".into(), 1),
                ("2026-04".into(), "MLI", "unknown".into(), 1),
            ]
        );
    }

    #[test]
    fn assistance_counts_only_inside_the_window() {
        let arrival = ArrivalId::from_uuid(uuid(1));
        let person = |n| PersonId::from_uuid(uuid(n));
        let at = datetime!(2026-03-02 08:00 UTC);
        let arrivals: Vec<PersonArrival> = (10..14)
            .map(|n| PersonArrival {
                arrival_id: arrival,
                person_id: person(n),
                arrived_at: at,
            })
            .collect();
        let given = |n, hours| AssistanceFact {
            arrival_id: arrival,
            person_id: person(n),
            given_at: at + Duration::hours(hours),
        };
        let share = assisted_within_72_hours(
            &arrivals,
            &[given(10, 1), given(11, 72), given(12, 73), given(12, 80)],
        );
        assert_eq!(share.arrivals, 4);
        assert_eq!(share.assisted_within_72_hours, 2);
        assert_eq!(share.share, Some(0.5));
    }

    #[test]
    fn document_turnaround_counts_issued_requests_only() {
        let a = MissionId::from_uuid(uuid(1));
        let t = document_turnaround(&[
            DocumentFact {
                mission_id: a,
                requested_on: date!(2026 - 01 - 01),
                issued_on: Some(date!(2026 - 01 - 11)),
            },
            DocumentFact {
                mission_id: a,
                requested_on: date!(2026 - 01 - 01),
                issued_on: None,
            },
        ]);
        assert_eq!(t[0].issued, 1);
        assert_eq!(t[0].median_days, Some(10.0));
    }
}
