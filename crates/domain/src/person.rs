//! The migrant or returnee: names as spoken and written, date of birth with its precision,
//! claimed and verified nationality, languages, documents, contacts, family and guardian.

use crate::country::CountryCode;
use crate::error::{InvalidValue, ValidationErrors};
use crate::ids::{OrganisationId, PersonId, UserId};
use crate::language::LanguageCode;
use crate::names;
use crate::text;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use time::{Date, Month, OffsetDateTime};

pub const NAME_MAX: usize = 100;
pub const NOTE_MAX: usize = 2000;

/// A registered person. Built only through [`PersonInput::validate`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Person {
    pub id: PersonId,
    /// The organisation that registered the person.
    pub organisation_id: OrganisationId,
    /// Country where the person was registered (scopes who may see the record).
    pub registered_in: CountryCode,
    #[serde(flatten)]
    pub details: PersonDetails,
    /// Set when this record was found to be the same person as another and merged into it:
    /// the other record is the one to use. Reverting the merge clears it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merged_into: Option<PersonId>,
    pub version: i64,
    #[serde(with = "time::serde::rfc3339")]
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = DateTime))]
    pub created_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = DateTime))]
    pub updated_at: OffsetDateTime,
}

/// Everything about a person that a registration form or an update can set.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PersonDetails {
    pub names: Names,
    pub sex: Sex,
    pub date_of_birth: Option<DateOfBirth>,
    pub nationality: Nationality,
    pub place_of_birth: Option<Place>,
    pub languages: Vec<LanguageCode>,
    pub identity_documents: Vec<IdentityDocument>,
    pub contacts: Vec<Contact>,
    pub family_links: Vec<FamilyLink>,
    pub guardian: Option<Guardian>,
}

impl Person {
    pub fn new(
        id: PersonId,
        organisation_id: OrganisationId,
        registered_in: CountryCode,
        details: PersonDetails,
        now: OffsetDateTime,
    ) -> Self {
        Self {
            id,
            organisation_id,
            registered_in,
            details,
            merged_into: None,
            version: 1,
            created_at: now,
            updated_at: now,
        }
    }

    /// The folded text that list searches match (every name form and alias).
    pub fn search_text(&self) -> String {
        self.details.names.search_text()
    }

    pub fn display_name(&self) -> String {
        self.details.names.display()
    }

    /// Records the nationality a consulate confirmed. The claim stays as it was told.
    pub fn verify_nationality(&mut self, country: CountryCode, by: UserId, on: Date) {
        self.details.nationality.verified = Some(VerifiedNationality {
            country,
            verified_by: by,
            verified_on: on,
        });
    }
}

/// Names as written in Latin script (what documents and lists show), the original script when
/// the person writes their name in another one, how it sounds when said, and aliases.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Names {
    /// Given names in Latin script, in the order the person uses (`Mamadou Lamine`).
    pub given_names: String,
    /// Family name(s) in Latin script (`Diallo`).
    pub family_name: String,
    /// The name written in its original script, e.g. Arabic, N'Ko, Adlam or Tifinagh.
    pub original_script: Option<ScriptName>,
    /// How the name is said, written as heard (helps interpreters and reception staff).
    pub as_spoken: Option<String>,
    pub aliases: Vec<Alias>,
}

impl Names {
    pub fn display(&self) -> String {
        match (self.given_names.is_empty(), self.family_name.is_empty()) {
            (false, false) => format!("{} {}", self.given_names, self.family_name.to_uppercase()),
            (true, false) => self.family_name.to_uppercase(),
            _ => self.given_names.clone(),
        }
    }

    pub fn search_text(&self) -> String {
        // Both orders, because given and family names are often recorded the other way round.
        let mut parts: Vec<String> = vec![
            format!("{} {}", self.given_names, self.family_name),
            format!("{} {}", self.family_name, self.given_names),
        ];
        if let Some(original) = &self.original_script {
            parts.push(format!("{} {}", original.given_names, original.family_name));
        }
        if let Some(spoken) = &self.as_spoken {
            parts.push(spoken.clone());
        }
        for alias in &self.aliases {
            parts.push(format!("{} {}", alias.given_names, alias.family_name));
            parts.push(format!("{} {}", alias.family_name, alias.given_names));
        }
        names::search_text(parts.iter().map(String::as_str))
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ScriptName {
    pub script: Script,
    pub given_names: String,
    pub family_name: String,
}

/// ISO 15924 scripts in which names of the region are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Script {
    /// Arabic (`Arab`), incl. Ajami writing of Hausa, Wolof, Fula.
    Arab,
    /// N'Ko (`Nkoo`), used for Manding languages.
    Nkoo,
    /// Adlam (`Adlm`), used for Fula.
    Adlm,
    /// Tifinagh (`Tfng`), used for Tamasheq and Amazigh languages.
    Tfng,
    /// Ge'ez (`Ethi`), used for Amharic and Tigrinya.
    Ethi,
    /// Any other script, recorded as written.
    Other,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Alias {
    pub given_names: String,
    pub family_name: String,
    /// Where the alias comes from (a document, another registration, a nickname…).
    pub note: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Sex {
    Female,
    Male,
    Other,
    Unknown,
}

/// How exactly a date of birth is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum DatePrecision {
    /// Day, month and year are known (from a document or reliable testimony).
    Exact,
    /// Only the year is known; stored as 1 January of that year.
    YearOnly,
    /// The date is an estimate (e.g. from an age assessment).
    Estimated,
}

/// A date of birth with its precision. On the wire: `{"date": "1998", "precision": "year_only"}`
/// or `{"date": "1998-04-02", "precision": "exact"}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DateOfBirth {
    #[cfg_attr(feature = "openapi", schema(value_type = String, example = "1998-04-02"))]
    date: Date,
    precision: DatePrecision,
}

impl DateOfBirth {
    /// Parses `YYYY` (year only) or `YYYY-MM-DD` with the stated precision, refusing dates
    /// after `today` or more than 120 years before it.
    pub fn parse(input: &str, precision: DatePrecision, today: Date) -> Result<Self, InvalidValue> {
        let input = input.trim();
        let invalid = || {
            InvalidValue::new(
                "invalid_date_of_birth",
                format!("`{input}` is not a date (YYYY-MM-DD) or a year (YYYY)"),
            )
        };
        let (date, precision) = if input.len() == 4 {
            let year: i32 = input.parse().map_err(|_| invalid())?;
            let date = Date::from_calendar_date(year, Month::January, 1).map_err(|_| invalid())?;
            (date, DatePrecision::YearOnly)
        } else {
            let date = parse_iso_date(input).ok_or_else(invalid)?;
            if precision == DatePrecision::YearOnly {
                let first = Date::from_calendar_date(date.year(), Month::January, 1)
                    .map_err(|_| invalid())?;
                (first, precision)
            } else {
                (date, precision)
            }
        };
        let latest_year = if precision == DatePrecision::YearOnly {
            today.year()
        } else {
            i32::MAX
        };
        if (precision != DatePrecision::YearOnly && date > today) || date.year() > latest_year {
            return Err(InvalidValue::new(
                "date_of_birth_in_future",
                "the date of birth is in the future",
            ));
        }
        if today.year() - date.year() > 120 {
            return Err(InvalidValue::new(
                "date_of_birth_too_old",
                "the date of birth is more than 120 years ago",
            ));
        }
        Ok(Self { date, precision })
    }

    pub fn date(&self) -> Date {
        self.date
    }

    pub fn precision(&self) -> DatePrecision {
        self.precision
    }

    pub fn year(&self) -> i32 {
        self.date.year()
    }

    /// Youngest and oldest age the person can be on `on`, in whole years. With year-only
    /// precision the birthday may be anywhere in the year, so the two can differ by one.
    pub fn age_range_on(&self, on: Date) -> (i32, i32) {
        match self.precision {
            DatePrecision::YearOnly => {
                let oldest = on.year() - self.date.year();
                (oldest - 1, oldest).max((0, 0))
            }
            _ => {
                let age = full_years_between(self.date, on);
                (age, age)
            }
        }
    }

    /// Whether the person is certainly, possibly or certainly not under 18 on `on`.
    pub fn minor_on(&self, on: Date) -> Tristate {
        let (youngest, oldest) = self.age_range_on(on);
        if oldest < 18 {
            Tristate::Yes
        } else if youngest >= 18 {
            Tristate::No
        } else {
            Tristate::Unknown
        }
    }
}

impl Serialize for DateOfBirth {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut s = serializer.serialize_struct("DateOfBirth", 2)?;
        let text = match self.precision {
            DatePrecision::YearOnly => format!("{:04}", self.date.year()),
            _ => format_iso_date(self.date),
        };
        s.serialize_field("date", &text)?;
        s.serialize_field("precision", &self.precision)?;
        s.end()
    }
}

impl<'de> Deserialize<'de> for DateOfBirth {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        struct Raw {
            date: String,
            precision: DatePrecision,
        }
        let raw = Raw::deserialize(deserializer)?;
        let date = if raw.date.len() == 4 {
            raw.date
                .parse::<i32>()
                .ok()
                .and_then(|y| Date::from_calendar_date(y, Month::January, 1).ok())
        } else {
            parse_iso_date(&raw.date)
        }
        .ok_or_else(|| serde::de::Error::custom("invalid date of birth"))?;
        Ok(Self {
            date,
            precision: raw.precision,
        })
    }
}

/// Yes, no, or not known from the data at hand.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Tristate {
    Yes,
    No,
    Unknown,
}

pub fn parse_iso_date(input: &str) -> Option<Date> {
    Date::parse(input, &time::format_description::well_known::Iso8601::DATE).ok()
}

pub fn format_iso_date(date: Date) -> String {
    format!(
        "{:04}-{:02}-{:02}",
        date.year(),
        u8::from(date.month()),
        date.day()
    )
}

fn full_years_between(birth: Date, on: Date) -> i32 {
    let mut years = on.year() - birth.year();
    if (u8::from(on.month()), on.day()) < (u8::from(birth.month()), birth.day()) {
        years -= 1;
    }
    years.max(0)
}

/// Nationality as the person claims it, and as a consulate verified it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Nationality {
    pub claimed: Option<CountryCode>,
    pub verified: Option<VerifiedNationality>,
}

impl Nationality {
    /// The verified nationality when there is one, otherwise the claim.
    pub fn best_known(&self) -> Option<CountryCode> {
        self.verified.as_ref().map(|v| v.country).or(self.claimed)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct VerifiedNationality {
    pub country: CountryCode,
    pub verified_by: UserId,
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = Date))]
    pub verified_on: Date,
}

/// A place, with its humanitarian P-code when known (e.g. `NE003` for Agadez region).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Place {
    pub name: String,
    pub country: Option<CountryCode>,
    pub pcode: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum IdentityDocumentKind {
    Passport,
    NationalIdCard,
    BirthCertificate,
    ConsularCard,
    ResidencePermit,
    EmergencyTravelDocument,
    LaissezPasser,
    Other,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct IdentityDocument {
    pub kind: IdentityDocumentKind,
    /// Upper-case letters and digits only (spaces and dashes removed when recorded).
    pub number: String,
    pub issuing_country: Option<CountryCode>,
    #[cfg_attr(feature = "openapi", schema(value_type = Option<String>, format = Date))]
    pub expires_on: Option<Date>,
    /// The user who saw and checked the document, if anyone did.
    pub verified_by: Option<UserId>,
}

/// Normalises a document number: upper case, letters and digits only.
pub fn normalise_document_number(input: &str) -> Result<String, InvalidValue> {
    let number: String = input
        .chars()
        .filter(|c| !matches!(c, ' ' | '-' | '/' | '.'))
        .flat_map(char::to_uppercase)
        .collect();
    if number.is_empty() {
        return Err(InvalidValue::new(
            "required",
            "the document number is required",
        ));
    }
    if number.len() > 30 || !number.chars().all(|c| c.is_ascii_alphanumeric()) {
        return Err(InvalidValue::new(
            "invalid_document_number",
            "a document number has at most 30 letters and digits",
        ));
    }
    Ok(number)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum ContactKind {
    Phone,
    Email,
    Address,
    /// A messaging account (WhatsApp, Signal, Viber…) given as a phone number or handle.
    Messaging,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Contact {
    pub kind: ContactKind,
    pub value: String,
    /// Whose contact this is if not the person's own (a relative in the home village…).
    pub note: Option<String>,
}

/// Phone numbers are kept in E.164 form: `+` and 8 to 15 digits.
pub fn normalise_phone(input: &str) -> Result<String, InvalidValue> {
    let trimmed = input.trim();
    let digits: String = trimmed.chars().filter(char::is_ascii_digit).collect();
    let only_separators = trimmed
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, '+' | ' ' | '-' | '.' | '(' | ')'));
    let international = trimmed.starts_with('+') || trimmed.starts_with("00");
    let digits = if trimmed.starts_with("00") {
        digits[2..].to_string()
    } else {
        digits
    };
    if !only_separators || !international || !(8..=15).contains(&digits.len()) {
        return Err(InvalidValue::new(
            "invalid_phone",
            "give the phone number in international form, e.g. +227 90 12 34 56",
        ));
    }
    Ok(format!("+{digits}"))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Relationship {
    Spouse,
    Child,
    Parent,
    Sibling,
    OtherRelative,
    /// Not a relative but part of the household (e.g. a child in the person's care).
    HouseholdMember,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FamilyLink {
    pub person_id: PersonId,
    pub relationship: Relationship,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum GuardianKind {
    Parent,
    Relative,
    /// Appointed by a court or competent authority.
    AppointedLegalGuardian,
    /// A child-protection authority or agency acting as guardian.
    ChildProtectionAuthority,
}

/// The guardian of a child. For an unaccompanied or separated child this must be recorded on
/// the case before departure.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Guardian {
    pub name: String,
    pub kind: GuardianKind,
    pub organisation: Option<String>,
    pub contact: Option<String>,
}

impl Guardian {
    pub fn new(
        name: &str,
        kind: GuardianKind,
        organisation: Option<&str>,
        contact: Option<&str>,
    ) -> Result<Self, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let name = errors.check("name", text::required(name, NAME_MAX));
        let organisation = errors.check("organisation", text::optional(organisation, NAME_MAX));
        let contact = errors.check("contact", text::optional(contact, NAME_MAX));
        errors.into_result()?;
        Ok(Self {
            name: name.unwrap_or_default(),
            kind,
            organisation: organisation.flatten(),
            contact: contact.flatten(),
        })
    }
}

/// Unvalidated person details as they come from a form or an API request.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PersonInput {
    pub given_names: String,
    pub family_name: String,
    #[serde(default)]
    pub original_script: Option<ScriptNameInput>,
    #[serde(default)]
    pub as_spoken: Option<String>,
    #[serde(default)]
    pub aliases: Vec<AliasInput>,
    pub sex: Option<Sex>,
    /// `YYYY-MM-DD`, or `YYYY` when only the year is known.
    #[serde(default)]
    pub date_of_birth: Option<String>,
    #[serde(default)]
    pub date_of_birth_precision: Option<DatePrecision>,
    /// ISO 3166-1 alpha-3; the nationality the person states, not yet verified.
    #[serde(default)]
    pub claimed_nationality: Option<String>,
    #[serde(default)]
    pub place_of_birth: Option<PlaceInput>,
    /// ISO 639-1 or 639-3 codes.
    #[serde(default)]
    pub languages: Vec<String>,
    #[serde(default)]
    pub identity_documents: Vec<IdentityDocumentInput>,
    #[serde(default)]
    pub contacts: Vec<ContactInput>,
    #[serde(default)]
    pub family_links: Vec<FamilyLink>,
    #[serde(default)]
    pub guardian: Option<GuardianInput>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ScriptNameInput {
    pub script: Script,
    #[serde(default)]
    pub given_names: String,
    #[serde(default)]
    pub family_name: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AliasInput {
    #[serde(default)]
    pub given_names: String,
    #[serde(default)]
    pub family_name: String,
    #[serde(default)]
    pub note: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PlaceInput {
    pub name: String,
    #[serde(default)]
    pub country: Option<String>,
    #[serde(default)]
    pub pcode: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct IdentityDocumentInput {
    pub kind: IdentityDocumentKind,
    pub number: String,
    #[serde(default)]
    pub issuing_country: Option<String>,
    /// `YYYY-MM-DD`
    #[serde(default)]
    pub expires_on: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ContactInput {
    pub kind: ContactKind,
    pub value: String,
    #[serde(default)]
    pub note: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct GuardianInput {
    pub name: String,
    pub kind: GuardianKind,
    #[serde(default)]
    pub organisation: Option<String>,
    #[serde(default)]
    pub contact: Option<String>,
}

impl GuardianInput {
    pub fn validate(&self) -> Result<Guardian, ValidationErrors> {
        Guardian::new(
            &self.name,
            self.kind,
            self.organisation.as_deref(),
            self.contact.as_deref(),
        )
    }
}

impl PersonInput {
    /// Checks every field and returns all problems at once. Identity documents keep the
    /// `verified_by` of an existing record with the same kind and number (`previous`), so an
    /// update never silently drops a verification.
    pub fn validate(
        &self,
        today: Date,
        previous: Option<&PersonDetails>,
    ) -> Result<PersonDetails, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let given = errors.check(
            "given_names",
            text::optional(Some(&self.given_names), NAME_MAX),
        );
        let family = errors.check(
            "family_name",
            text::optional(Some(&self.family_name), NAME_MAX),
        );
        let given = given.flatten().unwrap_or_default();
        let family = family.flatten().unwrap_or_default();
        if given.is_empty() && family.is_empty() && errors.is_empty() {
            errors.add(
                "given_names",
                InvalidValue::new(
                    "name_required",
                    "give at least a given name or a family name",
                ),
            );
        }

        let original_script = self.original_script.as_ref().and_then(|o| {
            let g = errors.check(
                "original_script.given_names",
                text::optional(Some(&o.given_names), NAME_MAX),
            )?;
            let f = errors.check(
                "original_script.family_name",
                text::optional(Some(&o.family_name), NAME_MAX),
            )?;
            if g.is_none() && f.is_none() {
                return None;
            }
            Some(ScriptName {
                script: o.script,
                given_names: g.unwrap_or_default(),
                family_name: f.unwrap_or_default(),
            })
        });
        let as_spoken = errors
            .check(
                "as_spoken",
                text::optional(self.as_spoken.as_deref(), NAME_MAX),
            )
            .flatten();
        let mut aliases = Vec::new();
        for (i, alias) in self.aliases.iter().enumerate() {
            let g = errors.check(
                &format!("aliases[{i}].given_names"),
                text::optional(Some(&alias.given_names), NAME_MAX),
            );
            let f = errors.check(
                &format!("aliases[{i}].family_name"),
                text::optional(Some(&alias.family_name), NAME_MAX),
            );
            let note = errors.check(
                &format!("aliases[{i}].note"),
                text::optional(alias.note.as_deref(), NAME_MAX),
            );
            if let (Some(g), Some(f), Some(note)) = (g, f, note)
                && (g.is_some() || f.is_some())
            {
                aliases.push(Alias {
                    given_names: g.unwrap_or_default(),
                    family_name: f.unwrap_or_default(),
                    note,
                });
            }
        }

        let sex = match self.sex {
            Some(sex) => sex,
            None => {
                errors.add(
                    "sex",
                    InvalidValue::new("required", "choose female, male, other or unknown"),
                );
                Sex::Unknown
            }
        };
        let date_of_birth = match self.date_of_birth.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(raw) => errors.check(
                "date_of_birth",
                DateOfBirth::parse(
                    raw,
                    self.date_of_birth_precision.unwrap_or(DatePrecision::Exact),
                    today,
                ),
            ),
        };
        let claimed = match self.claimed_nationality.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(raw) => errors.check("claimed_nationality", CountryCode::parse(raw)),
        };
        let place_of_birth = self.place_of_birth.as_ref().and_then(|p| {
            let name = errors.check(
                "place_of_birth.name",
                text::optional(Some(&p.name), NAME_MAX),
            )?;
            let country = match p.country.as_deref().map(str::trim) {
                None | Some("") => None,
                Some(raw) => Some(errors.check("place_of_birth.country", CountryCode::parse(raw))?),
            };
            let pcode = errors.check("place_of_birth.pcode", parse_pcode(p.pcode.as_deref()))?;
            name.map(|name| Place {
                name,
                country,
                pcode,
            })
        });
        let mut languages: Vec<LanguageCode> = Vec::new();
        for (i, raw) in self.languages.iter().enumerate() {
            if let Some(language) =
                errors.check(&format!("languages[{i}]"), LanguageCode::parse(raw))
                && !languages.contains(&language)
            {
                languages.push(language);
            }
        }
        let mut identity_documents = Vec::new();
        for (i, doc) in self.identity_documents.iter().enumerate() {
            let number = errors.check(
                &format!("identity_documents[{i}].number"),
                normalise_document_number(&doc.number),
            );
            let issuing_country = match doc.issuing_country.as_deref().map(str::trim) {
                None | Some("") => Some(None),
                Some(raw) => errors
                    .check(
                        &format!("identity_documents[{i}].issuing_country"),
                        CountryCode::parse(raw),
                    )
                    .map(Some),
            };
            let expires_on = match doc.expires_on.as_deref().map(str::trim) {
                None | Some("") => Some(None),
                Some(raw) => errors
                    .check(
                        &format!("identity_documents[{i}].expires_on"),
                        parse_date(raw),
                    )
                    .map(Some),
            };
            if let (Some(number), Some(issuing_country), Some(expires_on)) =
                (number, issuing_country, expires_on)
            {
                let verified_by = previous.and_then(|p| {
                    p.identity_documents
                        .iter()
                        .find(|d| d.kind == doc.kind && d.number == number)
                        .and_then(|d| d.verified_by)
                });
                identity_documents.push(IdentityDocument {
                    kind: doc.kind,
                    number,
                    issuing_country,
                    expires_on,
                    verified_by,
                });
            }
        }
        let mut contacts = Vec::new();
        for (i, contact) in self.contacts.iter().enumerate() {
            let field = format!("contacts[{i}].value");
            let value = match contact.kind {
                ContactKind::Phone => errors.check(&field, normalise_phone(&contact.value)),
                ContactKind::Email => errors.check(&field, parse_email(&contact.value)),
                ContactKind::Address | ContactKind::Messaging => {
                    errors.check(&field, text::required(&contact.value, 300))
                }
            };
            let note = errors.check(
                &format!("contacts[{i}].note"),
                text::optional(contact.note.as_deref(), NAME_MAX),
            );
            if let (Some(value), Some(note)) = (value, note) {
                contacts.push(Contact {
                    kind: contact.kind,
                    value,
                    note,
                });
            }
        }
        let guardian = match &self.guardian {
            None => None,
            Some(input) => match input.validate() {
                Ok(guardian) => Some(guardian),
                Err(nested) => {
                    for e in nested.0 {
                        errors.0.push(crate::error::FieldError {
                            field: format!("guardian.{}", e.field),
                            ..e
                        });
                    }
                    None
                }
            },
        };
        errors.into_result()?;
        Ok(PersonDetails {
            names: Names {
                given_names: given,
                family_name: family,
                original_script,
                as_spoken,
                aliases,
            },
            sex,
            date_of_birth,
            nationality: Nationality {
                claimed,
                verified: previous.and_then(|p| p.nationality.verified.clone()),
            },
            place_of_birth,
            languages,
            identity_documents,
            contacts,
            family_links: self.family_links.clone(),
            guardian,
        })
    }
}

/// Parses an ISO date `YYYY-MM-DD`.
pub fn parse_date(input: &str) -> Result<Date, InvalidValue> {
    parse_iso_date(input.trim()).ok_or_else(|| {
        InvalidValue::new(
            "invalid_date",
            format!("`{input}` is not a date (YYYY-MM-DD)"),
        )
    })
}

fn parse_email(input: &str) -> Result<String, InvalidValue> {
    let email = input.trim();
    let valid = email.len() <= 254
        && email.split_once('@').is_some_and(|(local, domain)| {
            !local.is_empty() && domain.contains('.') && !domain.starts_with('.')
        })
        && !email.chars().any(char::is_whitespace);
    if valid {
        Ok(email.to_string())
    } else {
        Err(InvalidValue::new(
            "invalid_email",
            "this is not an e-mail address",
        ))
    }
}

/// P-codes are upper-case letters and digits, starting with the country's alpha-2 code
/// (`NE003`, `SN0101`); we check the shape, not membership in a gazetteer.
pub fn parse_pcode(input: Option<&str>) -> Result<Option<String>, InvalidValue> {
    let Some(raw) = input.map(str::trim).filter(|s| !s.is_empty()) else {
        return Ok(None);
    };
    let code = raw.to_ascii_uppercase();
    let valid = (3..=20).contains(&code.len())
        && code.chars().take(2).all(|c| c.is_ascii_alphabetic())
        && code.chars().all(|c| c.is_ascii_alphanumeric());
    if valid {
        Ok(Some(code))
    } else {
        Err(InvalidValue::new(
            "invalid_pcode",
            "a P-code starts with two letters followed by digits, e.g. NE003",
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    const TODAY: Date = date!(2026 - 11 - 22);

    fn input() -> PersonInput {
        PersonInput {
            given_names: "Mamadou Lamine".into(),
            family_name: "Diallo".into(),
            sex: Some(Sex::Male),
            date_of_birth: Some("1998".into()),
            claimed_nationality: Some("gin".into()),
            languages: vec!["ff".into(), "fra".into(), "ff".into()],
            ..Default::default()
        }
    }

    #[test]
    fn valid_input_is_normalised() {
        let details = input().validate(TODAY, None).expect("valid");
        assert_eq!(details.nationality.claimed.map(|c| c.as_str()), Some("GIN"));
        assert_eq!(details.languages.len(), 2, "duplicates removed");
        let dob = details.date_of_birth.expect("dob");
        assert_eq!(dob.precision(), DatePrecision::YearOnly);
        assert_eq!(dob.minor_on(TODAY), Tristate::No);
    }

    #[test]
    fn every_bad_field_is_reported() {
        let mut bad = input();
        bad.given_names = String::new();
        bad.family_name = " ".into();
        bad.sex = None;
        bad.date_of_birth = Some("2030-01-01".into());
        bad.claimed_nationality = Some("GN".into());
        bad.languages = vec!["xx".into()];
        bad.contacts = vec![ContactInput {
            kind: ContactKind::Phone,
            value: "90 12 34 56".into(),
            note: None,
        }];
        let errors = bad.validate(TODAY, None).expect_err("invalid");
        let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(
            fields,
            [
                "given_names",
                "sex",
                "date_of_birth",
                "claimed_nationality",
                "languages[0]",
                "contacts[0].value"
            ]
        );
    }

    #[test]
    fn year_only_birth_is_ambiguous_around_eighteen() {
        let dob = DateOfBirth::parse("2008", DatePrecision::YearOnly, TODAY).expect("valid");
        assert_eq!(dob.age_range_on(TODAY), (17, 18));
        assert_eq!(dob.minor_on(TODAY), Tristate::Unknown);
        let exact = DateOfBirth::parse("2008-12-01", DatePrecision::Exact, TODAY).expect("valid");
        assert_eq!(exact.minor_on(TODAY), Tristate::Yes);
    }

    #[test]
    fn date_of_birth_round_trips_through_json() {
        for (raw, precision) in [
            ("1990", DatePrecision::YearOnly),
            ("1990-02-28", DatePrecision::Estimated),
        ] {
            let dob = DateOfBirth::parse(raw, precision, TODAY).expect("valid");
            let json = serde_json::to_string(&dob).expect("json");
            assert!(json.contains(raw), "{json}");
            assert_eq!(serde_json::from_str::<DateOfBirth>(&json).ok(), Some(dob));
        }
    }

    #[test]
    fn phones_are_e164() {
        assert_eq!(
            normalise_phone("+227 90 12 34 56").as_deref(),
            Ok("+22790123456")
        );
        assert_eq!(
            normalise_phone("00221-77-123-45-67").as_deref(),
            Ok("+221771234567")
        );
        assert!(normalise_phone("90123456").is_err(), "no country code");
        assert!(normalise_phone("+22 7abc").is_err());
    }

    #[test]
    fn document_numbers_are_normalised() {
        assert_eq!(
            normalise_document_number("ab 12-345").as_deref(),
            Ok("AB12345")
        );
        assert!(normalise_document_number("  ").is_err());
        assert!(normalise_document_number("AB#1").is_err());
    }

    #[test]
    fn verification_survives_an_update() {
        let mut first = input();
        first.identity_documents = vec![IdentityDocumentInput {
            kind: IdentityDocumentKind::Passport,
            number: "p 123".into(),
            issuing_country: Some("GIN".into()),
            expires_on: Some("2030-01-01".into()),
        }];
        let mut details = first.validate(TODAY, None).expect("valid");
        let officer = UserId::from_uuid(uuid::Uuid::from_u128(7));
        details.identity_documents[0].verified_by = Some(officer);
        let again = first.validate(TODAY, Some(&details)).expect("valid");
        assert_eq!(again.identity_documents[0].verified_by, Some(officer));
    }
}
