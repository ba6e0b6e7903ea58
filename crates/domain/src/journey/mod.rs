//! The return journey: what lies between the decision to return and the first day home.
//!
//! - [`readiness`]: fitness to travel, escorts and interpreters, which feed the departure guards.
//! - [`points`]: the maintained list of airports, land border crossing points and seaports.
//! - [`consular`]: consular missions, and requests to verify nationality and issue documents.
//! - [`operation`]: movements (legs by air, land or sea) and return operations with manifests.
//! - [`monitoring`]: forced-return monitors, their pool, and their reports per phase.
//! - [`arrival`]: arrivals at airports and land borders, and post-arrival assistance.
//! - [`indicators`]: the journey's indicators, defined once, computed from events.

pub mod arrival;
pub mod consular;
pub mod indicators;
pub mod monitoring;
pub mod operation;
pub mod points;
pub mod readiness;

use crate::error::{InvalidValue, ValidationErrors};
use crate::person::parse_date;
use time::{Date, OffsetDateTime, PrimitiveDateTime, UtcOffset};

/// A date on or before `today`, or an error under `field`.
pub(crate) fn past_date(
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

/// Parses a moment: RFC 3339 (`2026-03-02T14:05:00Z`, the API) or `YYYY-MM-DDTHH:MM` (a form's
/// `datetime-local`, read as UTC: airports, border posts and carriers schedule in UTC here).
pub fn parse_moment(input: &str) -> Result<OffsetDateTime, InvalidValue> {
    let input = input.trim();
    let invalid = || {
        InvalidValue::new(
            "invalid_datetime",
            format!("`{input}` is not a date and time (YYYY-MM-DDTHH:MM)"),
        )
    };
    if input.is_empty() {
        return Err(InvalidValue::new("required", "this field is required"));
    }
    if let Ok(at) = OffsetDateTime::parse(input, &time::format_description::well_known::Rfc3339) {
        return Ok(at.to_offset(UtcOffset::UTC));
    }
    let format = time::macros::format_description!("[year]-[month]-[day]T[hour]:[minute]");
    let with_seconds =
        time::macros::format_description!("[year]-[month]-[day]T[hour]:[minute]:[second]");
    PrimitiveDateTime::parse(input, &format)
        .or_else(|_| PrimitiveDateTime::parse(input, &with_seconds))
        .map(PrimitiveDateTime::assume_utc)
        .map_err(|_| invalid())
}

/// A moment as a form's `datetime-local` value (`YYYY-MM-DDTHH:MM`, UTC).
pub fn format_moment(at: OffsetDateTime) -> String {
    let at = at.to_offset(UtcOffset::UTC);
    format!(
        "{}T{:02}:{:02}",
        crate::person::format_iso_date(at.date()),
        at.hour(),
        at.minute()
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    #[test]
    fn moments_from_forms_and_the_api() {
        assert_eq!(
            parse_moment("2026-03-02T14:05"),
            Ok(datetime!(2026-03-02 14:05 UTC))
        );
        assert_eq!(
            parse_moment("2026-03-02T15:05:00+01:00"),
            Ok(datetime!(2026-03-02 14:05 UTC))
        );
        assert_eq!(
            parse_moment("tomorrow").map_err(|e| e.code),
            Err("invalid_datetime")
        );
        assert_eq!(parse_moment(" ").map_err(|e| e.code), Err("required"));
        assert_eq!(
            format_moment(datetime!(2026-03-02 14:05 UTC)),
            "2026-03-02T14:05"
        );
    }
}
