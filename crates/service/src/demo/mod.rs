//! Demo data: a deterministic, realistic population of cases to try Bayiri with.
//!
//! The same seed and reference date always give the same organisations, users, persons, case
//! numbers and histories. Every case is built by running the domain's own commands, so each
//! history obeys the lifecycle and its rights guards exactly like real work would: cases that
//! a guard blocks stay where the guard stopped them.

mod journey;
mod names;
mod reintegration;

use crate::{Result, Service, ServiceError, passwords};
use bayiri_domain::access::{Role, User};
use bayiri_domain::case::*;
use bayiri_domain::country::CountryCode;
use bayiri_domain::ids::*;
use bayiri_domain::language::LanguageCode;
use bayiri_domain::organisation::{Office, Organisation, OrganisationKind};
use bayiri_domain::person::*;
use bayiri_domain::screening::{Priority, ScreeningAnswers, TraffickingIndicator};
use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;
use serde_json::json;
use std::collections::BTreeSet;
use time::{Date, Duration, OffsetDateTime, Time};
use uuid::Uuid;

#[derive(Debug, Clone)]
pub struct DemoOptions {
    pub cases: u32,
    pub seed: u64,
    /// The day the demo's histories end.
    pub as_of: Date,
    /// Password of every demo user.
    pub password: String,
}

#[derive(Debug, Clone)]
pub struct DemoUser {
    pub username: String,
    pub role: Role,
    pub organisation: String,
    pub countries: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct DemoSummary {
    pub users: Vec<DemoUser>,
    pub cases: u32,
    pub persons: u32,
}

const BATCH: u32 = 100;

struct OrgSpec {
    code: &'static str,
    name: &'static str,
    kind: OrganisationKind,
    country: &'static str,
    offices: &'static [(&'static str, &'static str, &'static str)],
}

const ORGANISATIONS: &[OrgSpec] = &[
    OrgSpec {
        code: "IOM",
        name: "International Organization for Migration",
        kind: OrganisationKind::InternationalOrganisation,
        country: "CHE",
        offices: &[
            ("NER", "Niamey", "NER"),
            ("NERAGZ", "Agadez", "NER"),
            ("LBY", "Tripoli", "LBY"),
            ("MAR", "Rabat", "MAR"),
            ("DZA", "Alger", "DZA"),
            ("MLI", "Bamako", "MLI"),
            ("TUR", "Ankara", "TUR"),
            ("DEU", "Berlin", "DEU"),
        ],
    },
    OrgSpec {
        code: "GOV-DEU",
        name: "Bundesamt für Migration und Flüchtlinge",
        kind: OrganisationKind::Government,
        country: "DEU",
        offices: &[("DEUBAMF", "Nürnberg", "DEU")],
    },
    OrgSpec {
        code: "NGO-MLI",
        name: "Association malienne des expulsés",
        kind: OrganisationKind::Ngo,
        country: "MLI",
        offices: &[("MLIAME", "Bamako", "MLI")],
    },
    OrgSpec {
        code: "CONS-GIN-NER",
        name: "Consulat général de Guinée à Niamey",
        kind: OrganisationKind::Consulate,
        country: "NER",
        offices: &[],
    },
];

const RETURN_COUNTRIES: &[(&str, u32)] = &[
    ("GIN", 16),
    ("MLI", 15),
    ("SEN", 12),
    ("CIV", 10),
    ("NGA", 10),
    ("GMB", 8),
    ("BFA", 6),
    ("CMR", 5),
    ("SLE", 4),
    ("GHA", 4),
    ("LBR", 3),
    ("NER", 3),
    ("GNB", 2),
    ("MRT", 2),
    ("TGO", 1),
    ("BEN", 1),
];

const ALL_RETURN: &[&str] = &[
    "GIN", "MLI", "SEN", "CIV", "NGA", "GMB", "BFA", "CMR", "SLE", "GHA", "LBR", "NER", "GNB",
    "MRT", "TGO", "BEN",
];

#[allow(clippy::type_complexity)]
fn users_spec() -> Vec<(
    &'static str,
    &'static str,
    Role,
    &'static str,
    Vec<&'static str>,
    &'static str,
)> {
    let iom_all: Vec<&str> = ["NER", "LBY", "MAR", "DZA", "MLI", "TUR", "DEU"]
        .iter()
        .chain(ALL_RETURN)
        .copied()
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    vec![
        (
            "admin",
            "Administrator",
            Role::Administrator,
            "IOM",
            iom_all.clone(),
            "en",
        ),
        (
            "counsellor",
            "Awa Maïga",
            Role::Counsellor,
            "IOM",
            vec!["NER", "LBY"],
            "fr",
        ),
        (
            "counsellor.maghreb",
            "Youssef Benali",
            Role::Counsellor,
            "IOM",
            vec!["MAR", "DZA", "TUR"],
            "ar",
        ),
        (
            "reception",
            "Mamadou Sow",
            Role::ReceptionOfficer,
            "IOM",
            vec!["GIN", "SEN", "MLI", "GMB"],
            "fr",
        ),
        (
            "reintegration",
            "Grace Mensah",
            Role::ReintegrationOfficer,
            "IOM",
            vec!["GIN", "SEN", "MLI", "NGA", "GMB", "CIV", "BFA"],
            "en",
        ),
        (
            "monitor",
            "Ibrahima Barry",
            Role::Monitor,
            "IOM",
            vec!["GIN", "SEN", "MLI"],
            "fr",
        ),
        (
            "analyst",
            "Ana Tavares",
            Role::MeAnalyst,
            "IOM",
            iom_all.clone(),
            "pt",
        ),
        (
            "dpo",
            "Claire Dubois",
            Role::DataProtectionOfficer,
            "IOM",
            iom_all,
            "fr",
        ),
        (
            "counsellor.deu",
            "Jonas Weber",
            Role::Counsellor,
            "GOV-DEU",
            vec!["DEU"],
            "en",
        ),
        (
            "reception.mli",
            "Fatoumata Keïta",
            Role::ReceptionOfficer,
            "NGO-MLI",
            vec!["MLI"],
            "fr",
        ),
        (
            "consular",
            "Alpha Condé",
            Role::ConsularOfficer,
            "CONS-GIN-NER",
            vec!["NER"],
            "fr",
        ),
    ]
}

/// Who does what on a demo case.
struct Team {
    counsellor: UserId,
    reception: UserId,
    reintegration: UserId,
}

struct Ctx {
    rng: ChaCha8Rng,
    as_of: OffsetDateTime,
}

impl Ctx {
    /// A UUIDv7 for time `at`, its random part drawn from the seeded generator.
    fn id_at(&mut self, at: OffsetDateTime) -> Uuid {
        let millis = (at.unix_timestamp_nanos() / 1_000_000).max(0) as u64;
        let random: [u8; 10] = self.rng.random();
        uuid::Builder::from_unix_timestamp_millis(millis, &random).into_uuid()
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.rng.random_range(0..items.len())]
    }

    fn chance(&mut self, p: f64) -> bool {
        self.rng.random_bool(p)
    }

    fn weighted(&mut self, items: &[(&'static str, u32)]) -> &'static str {
        let total: u32 = items.iter().map(|(_, w)| w).sum();
        let mut roll = self.rng.random_range(0..total);
        for (item, weight) in items {
            if roll < *weight {
                return item;
            }
            roll -= weight;
        }
        items[0].0
    }
}

fn country(code: &str) -> CountryCode {
    CountryCode::parse(code)
        .unwrap_or_else(|_| CountryCode::all().next().unwrap_or_else(|| unreachable!()))
}

impl Service {
    /// Loads demo data into a database without users. `progress` is told how many cases are done.
    pub async fn load_demo(
        &self,
        options: &DemoOptions,
        progress: &(dyn Fn(u64) + Send + Sync),
    ) -> Result<DemoSummary> {
        if self.count_users().await? > 0 {
            return Err(ServiceError::AlreadyExists {
                what: "data in this database".into(),
            });
        }
        let mut ctx = Ctx {
            rng: ChaCha8Rng::seed_from_u64(options.seed),
            // Histories end at the close of the reference day, or now when that day is today,
            // so that nothing is recorded in the future.
            as_of: OffsetDateTime::new_utc(
                options.as_of,
                Time::from_hms(17, 0, 0).unwrap_or(Time::MIDNIGHT),
            )
            .min(self.now()),
        };
        let created = ctx.as_of - Duration::days(1000);
        let hash = passwords::hash(options.password.clone()).await?;

        let mut tx = self.inner.store.begin().await?;
        let mut organisations = Vec::new();
        let mut offices: Vec<Office> = Vec::new();
        for spec in ORGANISATIONS {
            let organisation = Organisation::new(
                OrganisationId::from_uuid(ctx.id_at(created)),
                spec.code,
                spec.name,
                spec.kind,
                spec.country,
            )?;
            tx.insert_organisation(&organisation).await?;
            for (code, name, office_country) in spec.offices {
                let office = Office::new(
                    OfficeId::from_uuid(ctx.id_at(created)),
                    organisation.id,
                    code,
                    name,
                    office_country,
                )?;
                tx.insert_office(&office).await?;
                offices.push(office);
            }
            organisations.push(organisation);
        }
        let org_id = |code: &str| {
            organisations
                .iter()
                .find(|o| o.code.as_str() == code)
                .map(|o| o.id)
        };
        let mut users = Vec::new();
        let mut summary_users = Vec::new();
        for (username, display_name, role, org, countries, language) in users_spec() {
            let organisation_id =
                org_id(org).ok_or_else(|| ServiceError::internal("demo organisation missing"))?;
            let user = User {
                id: UserId::from_uuid(ctx.id_at(created)),
                username: username.into(),
                display_name: display_name.into(),
                role,
                organisation_id,
                countries: countries.iter().map(|c| country(c)).collect(),
                language: language.into(),
                disabled: false,
                version: 1,
            };
            tx.insert_user(&user, &hash).await?;
            summary_users.push(DemoUser {
                username: username.into(),
                role,
                organisation: org.into(),
                countries: countries.iter().map(|c| c.to_string()).collect(),
            });
            users.push(user);
        }
        let user = |name: &str| {
            users
                .iter()
                .find(|u| u.username == name)
                .map(|u| u.id)
                .unwrap_or(users[0].id)
        };
        let iom_team = Team {
            counsellor: user("counsellor"),
            reception: user("reception"),
            reintegration: user("reintegration"),
        };
        let maghreb_team = Team {
            counsellor: user("counsellor.maghreb"),
            reception: user("reception"),
            reintegration: user("reintegration"),
        };
        let deu_team = Team {
            counsellor: user("counsellor.deu"),
            reception: user("counsellor.deu"),
            reintegration: user("counsellor.deu"),
        };
        let ngo_team = Team {
            counsellor: user("reception.mli"),
            reception: user("reception.mli"),
            reintegration: user("reception.mli"),
        };
        tx.commit().await?;

        let mut persons = 0u32;
        let mut done = 0u32;
        while done < options.cases {
            let mut tx = self.inner.store.begin().await?;
            let end = (done + BATCH).min(options.cases);
            for _ in done..end {
                let roll = ctx.rng.random_range(0..100);
                let (org, team) = match roll {
                    0..=84 => ("IOM", &iom_team),
                    85..=92 => ("GOV-DEU", &deu_team),
                    _ => ("NGO-MLI", &ngo_team),
                };
                let organisation = org_id(org)
                    .ok_or_else(|| ServiceError::internal("demo organisation missing"))?;
                let (category, host) = choose_category(&mut ctx, org);
                let team = if org == "IOM" && matches!(host, "MAR" | "DZA" | "TUR") {
                    &maghreb_team
                } else {
                    team
                };
                let office = offices
                    .iter()
                    .find(|o| o.organisation_id == organisation && o.country.as_str() == host)
                    .or_else(|| offices.iter().find(|o| o.organisation_id == organisation))
                    .ok_or_else(|| ServiceError::internal("demo office missing"))?
                    .clone();
                let destination = if org == "NGO-MLI" {
                    "MLI"
                } else {
                    pick_destination(&mut ctx, host)
                };
                let built = build_case(
                    &mut ctx,
                    &mut tx,
                    organisation,
                    &office,
                    team,
                    category,
                    host,
                    destination,
                )
                .await?;
                persons += built;
            }
            tx.append_audit(&self.system_audit(
                "demo.load",
                "demo",
                format!("{done}-{end}"),
                json!({ "cases": end - done }),
            ))
            .await?;
            tx.commit().await?;
            done = end;
            progress(u64::from(done));
        }
        self.load_journey_demo(
            &mut ctx,
            &hash,
            &mut organisations,
            &mut users,
            &mut summary_users,
        )
        .await?;
        self.load_reintegration_demo(
            &mut ctx,
            &hash,
            &mut organisations,
            &mut users,
            &mut summary_users,
        )
        .await?;
        Ok(DemoSummary {
            users: summary_users,
            cases: options.cases,
            persons,
        })
    }
}

fn choose_category(ctx: &mut Ctx, org: &str) -> (ReturnCategory, &'static str) {
    use ReturnCategory::*;
    match org {
        "GOV-DEU" => (
            if ctx.chance(0.7) {
                ForcedReturn
            } else {
                AssistedVoluntaryReturn
            },
            "DEU",
        ),
        // Returnees arriving by land from where they lived abroad.
        "NGO-MLI" => (
            SpontaneousReturn,
            ctx.weighted(&[("DZA", 5), ("LBY", 3), ("NER", 2), ("MRT", 1)]),
        ),
        _ => {
            let host = ctx.weighted(&[
                ("NER", 38),
                ("LBY", 27),
                ("MAR", 10),
                ("DZA", 8),
                ("MLI", 6),
                ("TUR", 5),
                ("DEU", 6),
            ]);
            let category = match (host, ctx.rng.random_range(0..100)) {
                ("LBY", 0..=54) => VoluntaryHumanitarianReturn,
                (_, 0..=69) => AssistedVoluntaryReturnAndReintegration,
                (_, 70..=84) => AssistedVoluntaryReturn,
                (_, 85..=91) => VoluntaryHumanitarianReturn,
                (_, 92..=95) => EndOfLabourContract,
                _ => RefugeeRepatriation,
            };
            (category, host)
        }
    }
}

fn pick_destination(ctx: &mut Ctx, host: &str) -> &'static str {
    loop {
        let destination = ctx.weighted(RETURN_COUNTRIES);
        if destination != host {
            return destination;
        }
    }
}

/// A spelling a name is often also registered under.
fn variant(name: &str) -> Option<&'static str> {
    Some(match name {
        "Diallo" => "Jallow",
        "Jallow" => "Diallo",
        "Djaló" => "Diallo",
        "Ndiaye" => "N'Diaye",
        "N'Diaye" => "Ndiaye",
        "Mamadou" => "Mamadu",
        "Mohamed" => "Mouhamed",
        "Ousmane" => "Usman",
        "Touré" => "Toure",
        "Keïta" => "Keita",
        "Traoré" => "Traore",
        "Coulibaly" => "Kulibali",
        "Camara" => "Kamara",
        "Barry" => "Bari",
        "Sow" => "Sowe",
        _ => return None,
    })
}

struct Profile {
    female: bool,
    age: i32,
    uasc: bool,
    trafficked: bool,
    medical: bool,
    pregnant: bool,
    single_woman: bool,
    survivor: bool,
}

fn profile(ctx: &mut Ctx, category: ReturnCategory, destination: &str) -> Profile {
    let female_share = if destination == "NGA" || destination == "CIV" {
        0.35
    } else {
        0.18
    };
    let female = ctx.chance(female_share);
    let uasc = category != ReturnCategory::ForcedReturn && ctx.chance(0.05);
    let age = if uasc {
        ctx.rng.random_range(14..18)
    } else if ctx.chance(0.01) {
        ctx.rng.random_range(60..72)
    } else {
        ctx.rng.random_range(18..46)
    };
    let trafficked = ctx.chance(if female && destination == "NGA" {
        0.25
    } else {
        0.03
    });
    Profile {
        female,
        age,
        uasc,
        trafficked,
        medical: ctx.chance(0.04),
        pregnant: female && age < 40 && ctx.chance(0.08),
        single_woman: female && !uasc && ctx.chance(0.35),
        survivor: ctx.chance(0.05),
    }
}

#[allow(clippy::too_many_arguments)]
fn make_person(
    ctx: &mut Ctx,
    organisation: OrganisationId,
    registered_in: &str,
    destination: &str,
    female: bool,
    age: i32,
    family: Option<&str>,
    at: OffsetDateTime,
) -> Person {
    let given = *ctx.pick(names::given_names(destination, female));
    let family_name = family
        .map(str::to_string)
        .unwrap_or_else(|| ctx.pick(names::family_names(destination)).to_string());
    let birth_year = ctx.as_of.year() - age;
    let precision = match ctx.rng.random_range(0..10) {
        0..=5 => DatePrecision::Exact,
        6..=8 => DatePrecision::YearOnly,
        _ => DatePrecision::Estimated,
    };
    let month = ctx.rng.random_range(1..=12u8);
    let day = ctx.rng.random_range(1..=28u8);
    let raw_dob = if precision == DatePrecision::YearOnly {
        format!("{birth_year:04}")
    } else {
        format!("{birth_year:04}-{month:02}-{day:02}")
    };
    let date_of_birth = DateOfBirth::parse(&raw_dob, precision, ctx.as_of.date()).ok();
    let mut aliases = Vec::new();
    if ctx.chance(0.1)
        && let Some(v) = variant(&family_name).or_else(|| variant(given))
    {
        let (g, f) = if variant(&family_name).is_some() {
            (given.to_string(), v.to_string())
        } else {
            (v.to_string(), family_name.clone())
        };
        aliases.push(Alias {
            given_names: g,
            family_name: f,
            note: Some("spelling on an earlier registration".into()),
        });
    }
    let original_script = match (names::arabic_form(given), names::arabic_form(&family_name)) {
        (Some(g), f) if destination == "MRT" || destination == "NER" || ctx.chance(0.3) => {
            Some(ScriptName {
                script: Script::Arab,
                given_names: g.to_string(),
                family_name: f.unwrap_or_default().to_string(),
            })
        }
        _ => None,
    };
    let languages: Vec<LanguageCode> = names::languages(destination)
        .iter()
        .take(ctx.rng.random_range(1..3))
        .filter_map(|l| LanguageCode::parse(l).ok())
        .collect();
    let mut contacts = Vec::new();
    if age >= 16 && ctx.chance(0.7) {
        let number = format!(
            "+{}{}",
            names::dialling_code(destination),
            ctx.rng.random_range(60_000_000u32..99_999_999)
        );
        contacts.push(Contact {
            kind: ContactKind::Phone,
            value: number,
            note: None,
        });
    }
    let mut identity_documents = Vec::new();
    if age >= 16 && ctx.chance(0.4) {
        identity_documents.push(IdentityDocument {
            kind: IdentityDocumentKind::NationalIdCard,
            number: format!(
                "{}{}",
                &destination[..2],
                ctx.rng.random_range(1_000_000u32..9_999_999)
            ),
            issuing_country: Some(country(destination)),
            expires_on: Some(ctx.as_of.date() + Duration::days(ctx.rng.random_range(-400..2000))),
            verified_by: None,
        });
    }
    let (admin1, pcode, town) = *ctx.pick(names::regions(destination));
    let _ = admin1;
    let details = PersonDetails {
        names: Names {
            given_names: given.to_string(),
            family_name,
            original_script,
            as_spoken: None,
            aliases,
        },
        sex: if female { Sex::Female } else { Sex::Male },
        date_of_birth,
        nationality: Nationality {
            claimed: Some(country(destination)),
            verified: None,
        },
        place_of_birth: Some(Place {
            name: town.to_string(),
            country: Some(country(destination)),
            pcode: Some(pcode.to_string()),
        }),
        languages,
        identity_documents,
        contacts,
        family_links: Vec::new(),
        guardian: None,
    };
    Person::new(
        PersonId::from_uuid(ctx.id_at(at)),
        organisation,
        country(registered_in),
        details,
        at,
    )
}

/// The same person registered again elsewhere, weeks later, by a clerk who spells the names
/// otherwise, knows only the year of birth, and may not have the phone number.
fn registration_again(ctx: &mut Ctx, first: &Person) -> Option<Person> {
    let names = &first.details.names;
    let family = variant(&names.family_name);
    let given = names
        .given_names
        .split_whitespace()
        .next()
        .and_then(variant);
    if family.is_none() && given.is_none() {
        return None;
    }
    let mut details = first.details.clone();
    details.names = Names {
        given_names: given.map_or_else(|| names.given_names.clone(), str::to_string),
        family_name: family.map_or_else(|| names.family_name.clone(), str::to_string),
        original_script: None,
        as_spoken: None,
        aliases: Vec::new(),
    };
    if ctx.chance(0.5)
        && let Some(dob) = details.date_of_birth
    {
        details.date_of_birth = DateOfBirth::parse(
            &dob.year().to_string(),
            DatePrecision::YearOnly,
            ctx.as_of.date(),
        )
        .ok();
    }
    if ctx.chance(0.4) {
        details.contacts.clear();
    }
    details.identity_documents.clear();
    details.family_links.clear();
    let latest = ctx.as_of - Duration::minutes(ctx.rng.random_range(10..20 * 24 * 60));
    let at = latest
        .max(first.created_at + Duration::hours(1))
        .min(ctx.as_of);
    Some(Person::new(
        PersonId::from_uuid(ctx.id_at(at)),
        first.organisation_id,
        first.registered_in,
        details,
        at,
    ))
}

/// Builds one case, its persons and its history, and writes them. Returns the number of persons.
#[allow(clippy::too_many_arguments)]
async fn build_case(
    ctx: &mut Ctx,
    tx: &mut Box<dyn bayiri_store::Tx>,
    organisation: OrganisationId,
    office: &Office,
    team: &Team,
    category: ReturnCategory,
    host: &str,
    destination: &str,
) -> Result<u32> {
    use Stage::*;
    let target = match ctx.rng.random_range(0..100) {
        0..=5 => Registered,
        6..=15 => Counselling,
        16..=21 => Decided,
        22..=31 => PreDeparture,
        32..=34 => Departed,
        35..=44 => Arrived,
        45..=69 => Reintegration,
        70..=87 => Monitoring,
        _ => Closed,
    };
    let span = match target {
        Registered | Counselling => 60,
        Decided | PreDeparture => 150,
        Departed | Arrived => 250,
        _ => 950,
    };
    let mut at = ctx.as_of
        - Duration::days(ctx.rng.random_range(1..span))
        - Duration::minutes(ctx.rng.random_range(0..600));
    let profile = profile(ctx, category, destination);
    let registered_in = if category == ReturnCategory::SpontaneousReturn {
        destination
    } else {
        host
    };
    let mut principal = make_person(
        ctx,
        organisation,
        registered_in,
        destination,
        profile.female,
        profile.age,
        None,
        at,
    );
    let mut members = Vec::new();
    let mut people = Vec::new();
    if !profile.uasc && profile.age >= 22 && ctx.chance(0.12) {
        let spouse_age = profile.age + ctx.rng.random_range(-6..4);
        let spouse = make_person(
            ctx,
            organisation,
            registered_in,
            destination,
            !profile.female,
            spouse_age,
            None,
            at,
        );
        members.push(FamilyMember {
            person_id: spouse.id,
            relationship: Relationship::Spouse,
        });
        people.push(spouse);
        let family_name = principal.details.names.family_name.clone();
        for _ in 0..ctx.rng.random_range(1..4) {
            let child_age = ctx.rng.random_range(1..(profile.age - 17).clamp(2, 15));
            let female = ctx.chance(0.5);
            let child = make_person(
                ctx,
                organisation,
                registered_in,
                destination,
                female,
                child_age,
                Some(&family_name),
                at,
            );
            members.push(FamilyMember {
                person_id: child.id,
                relationship: Relationship::Child,
            });
            people.push(child);
        }
        principal.details.family_links = members
            .iter()
            .map(|m| FamilyLink {
                person_id: m.person_id,
                relationship: m.relationship,
            })
            .collect();
    }
    tx.insert_person(&principal).await?;
    for person in &people {
        tx.insert_person(person).await?;
    }
    // Some migrants are registered again, by a clerk who spells them otherwise: the pairs the
    // duplicate check proposes and reviewers decide about.
    let mut registered_again = 0;
    if ctx.chance(0.03)
        && let Some(again) = registration_again(ctx, &principal)
    {
        tx.insert_person(&again).await?;
        registered_again = 1;
    }

    let sequence = tx.next_case_sequence(office.id, at.year()).await?;
    let (admin1, pcode, town) = *ctx.pick(names::regions(destination));
    let mut flags = BTreeSet::new();
    for (flag, p) in [
        ("document_lost", 0.05),
        ("family_tracing", 0.04),
        ("media_attention", 0.02),
    ] {
        if ctx.chance(p)
            && let Ok(flag) = Flag::parse(flag)
        {
            flags.insert(flag);
        }
    }
    let open = OpenCase {
        id: CaseId::from_uuid(ctx.id_at(at)),
        number: CaseNumber::new(&office.code, at.year(), sequence),
        principal: principal.id,
        family_members: members,
        category,
        host_country: country(host),
        return_country: country(destination),
        return_country_relation: if principal.details.nationality.claimed
            == Some(country(destination))
        {
            ReturnCountryRelation::Origin
        } else {
            ReturnCountryRelation::ThirdCountry
        },
        community_of_return: Community {
            admin1: Some(Area {
                name: admin1.to_string(),
                pcode: Some(pcode.to_string()),
            }),
            admin2: None,
            locality: Some(town.to_string()),
        },
        organisation_id: organisation,
        office_id: office.id,
        case_worker: Some(team.counsellor),
        requested_priority: Priority::Normal,
        flags,
    };
    let (mut case, first) = Case::open(open, &CommandContext::new(team.counsellor, at))?;
    let mut events = vec![first];
    let mut journey = Journey {
        ctx,
        case: &mut case,
        events: &mut events,
        at: &mut at,
    };
    journey.run(team, target, &profile, &principal);
    tx.insert_case(&case, &events).await?;
    Ok(1 + people.len() as u32 + registered_again)
}

struct Journey<'a> {
    ctx: &'a mut Ctx,
    case: &'a mut Case,
    events: &'a mut Vec<CaseEvent>,
    at: &'a mut OffsetDateTime,
}

impl Journey<'_> {
    /// Runs `command` a few days after the previous step; false if time ran out or it was refused.
    fn step(
        &mut self,
        actor: UserId,
        max_days: i64,
        command: CaseCommand,
        reason: Option<&str>,
    ) -> bool {
        match self.next_time(max_days) {
            Some(next) => self.step_at(actor, next, command, reason),
            None => false,
        }
    }

    /// A moment up to `max_days` after the previous step, if still before the reference day.
    fn next_time(&mut self, max_days: i64) -> Option<OffsetDateTime> {
        let next = *self.at
            + Duration::days(self.ctx.rng.random_range(0..=max_days))
            + Duration::minutes(self.ctx.rng.random_range(5..300));
        (next <= self.ctx.as_of).then_some(next)
    }

    fn step_at(
        &mut self,
        actor: UserId,
        next: OffsetDateTime,
        command: CaseCommand,
        reason: Option<&str>,
    ) -> bool {
        let mut context = CommandContext::new(actor, next);
        context.reason = reason.map(str::to_string);
        match self.case.execute(command, &context) {
            Ok(events) => {
                *self.at = next;
                self.events.extend(events);
                true
            }
            Err(_) => false,
        }
    }

    fn record_id(&mut self) -> RecordId {
        let at = *self.at;
        RecordId::from_uuid(self.ctx.id_at(at))
    }

    fn recorded(&self, by: UserId) -> records::Recorded {
        records::Recorded { by, at: *self.at }
    }

    fn run(&mut self, team: &Team, target: Stage, profile: &Profile, principal: &Person) {
        use Stage::*;
        let voluntary = self.case.category.is_voluntary();
        let counsellor = team.counsellor;
        if self.case.category == ReturnCategory::SpontaneousReturn {
            if target >= Arrived
                && self.arrive(
                    team.reception,
                    0,
                    Some("registered on arrival at the border post"),
                )
            {
                self.after_arrival(team, target);
            }
            return;
        }
        if target == Registered {
            return;
        }
        if !self.step(counsellor, 5, CaseCommand::MoveTo(Counselling), None) {
            return;
        }
        let language = principal
            .details
            .languages
            .first()
            .map(|l| l.as_str().to_string())
            .unwrap_or_else(|| "fr".into());
        let session = CounsellingSession {
            id: self.record_id(),
            held_on: self.at.date(),
            mode: CounsellingMode::InPerson,
            language: LanguageCode::parse(&language)
                .unwrap_or_else(|_| principal.details.languages[0]),
            interpreter: (language != "fr" && language != "en")
                .then(|| "interpreter on call".to_string()),
            topics: [
                CounsellingTopic::ReturnProcess,
                CounsellingTopic::ReintegrationAssistance,
                CounsellingTopic::RightToSeekAsylum,
                CounsellingTopic::RightToWithdraw,
            ]
            .into(),
            notes: None,
            recorded: self.recorded(counsellor),
        };
        if (voluntary || self.ctx.chance(0.5))
            && !self.step(
                counsellor,
                10,
                CaseCommand::RecordCounselling(session),
                None,
            )
        {
            return;
        }
        if self.ctx.chance(0.85) {
            let answers = ScreeningAnswers {
                under_18: None,
                with_parent_or_usual_caregiver: profile.uasc.then_some(false),
                trafficking_indicators: if profile.trafficked {
                    [
                        TraffickingIndicator::DeceivedAboutWorkOrConditions,
                        TraffickingIndicator::SexualExploitation,
                        TraffickingIndicator::DebtBondage,
                    ]
                    .into()
                } else {
                    BTreeSet::new()
                },
                identified_victim_of_trafficking: false,
                disability: false,
                uses_wheelchair: false,
                serious_medical_condition: profile.medical,
                needs_medical_escort: profile.medical && self.ctx.chance(0.5),
                pregnant: profile.pregnant,
                single_woman_or_female_head_of_household: profile.single_woman,
                survivor_of_violence_or_torture: profile.survivor,
                needs_interpreter: language != "fr" && language != "en",
                accommodation_on_arrival: Some(!profile.uasc && self.ctx.chance(0.8)),
            };
            let id = self.record_id();
            let on = self.at.date();
            self.step(
                counsellor,
                3,
                CaseCommand::RecordScreening {
                    id,
                    screened_on: on,
                    answers,
                    date_of_birth: principal.details.date_of_birth,
                },
                None,
            );
        }
        if profile.trafficked && self.ctx.chance(0.9) {
            let referral = Referral {
                id: self.record_id(),
                service: ReferralService::AntiTrafficking,
                provider: "Anti-trafficking assistance centre".into(),
                sent_on: self.at.date(),
                status: ReferralStatus::Sent,
                note: None,
                recorded: self.recorded(counsellor),
            };
            self.step(counsellor, 2, CaseCommand::RecordReferral(referral), None);
        }
        if target == Counselling {
            return;
        }
        if voluntary {
            let consent = Consent {
                id: self.record_id(),
                purpose: ConsentPurpose::Return,
                scope: None,
                given_on: self.at.date(),
                method: if self.ctx.chance(0.7) {
                    ConsentMethod::Signature
                } else {
                    ConsentMethod::Thumbprint
                },
                witness: None,
                language: principal
                    .details
                    .languages
                    .first()
                    .copied()
                    .unwrap_or_else(|| {
                        LanguageCode::parse("fr").unwrap_or_else(|_| unreachable!())
                    }),
                interpreter: None,
                recorded: self.recorded(counsellor),
                withdrawal: None,
            };
            if !self.step(counsellor, 20, CaseCommand::RecordConsent(consent), None) {
                return;
            }
        } else {
            let decision = ReturnDecision {
                reference: format!(
                    "RD-{}-{:05}",
                    self.at.year(),
                    self.ctx.rng.random_range(1..99_999)
                ),
                authority: "Ausländerbehörde".into(),
                decided_on: self.at.date(),
                recorded: self.recorded(counsellor),
            };
            self.step(
                counsellor,
                10,
                CaseCommand::RecordReturnDecision(decision),
                None,
            );
            if self.ctx.chance(0.2) {
                let concern = ProtectionConcern {
                    id: self.record_id(),
                    kind: if self.ctx.chance(0.6) {
                        ProtectionConcernKind::PendingAsylumClaim
                    } else {
                        ProtectionConcernKind::SuspensiveAppeal
                    },
                    description: "subsequent application lodged".into(),
                    recorded: self.recorded(counsellor),
                    closure: None,
                };
                let concern_id = concern.id;
                self.step(
                    counsellor,
                    10,
                    CaseCommand::RaiseProtectionConcern(concern),
                    None,
                );
                if self.ctx.chance(0.6) {
                    self.step(
                        counsellor,
                        60,
                        CaseCommand::CloseProtectionConcern {
                            concern_id,
                            resolution: "claim rejected as unfounded; no appeal pending".into(),
                        },
                        None,
                    );
                }
            }
        }
        if !self.step(counsellor, 10, CaseCommand::MoveTo(Decided), None) || target == Decided {
            return;
        }
        if voluntary && self.ctx.chance(0.04) {
            let consent_id = self
                .case
                .consents
                .iter()
                .find(|c| c.purpose == ConsentPurpose::Return)
                .map(|c| c.id);
            if let Some(consent_id) = consent_id {
                let outcome = if self.ctx.chance(0.5) {
                    WithdrawalOutcome::CloseCase
                } else {
                    WithdrawalOutcome::BackToCounselling
                };
                let on = self.at.date();
                self.step(
                    counsellor,
                    15,
                    CaseCommand::WithdrawConsent {
                        consent_id,
                        withdrawn_on: on,
                        outcome,
                    },
                    Some("decided to stay and look for work"),
                );
                return;
            }
        }
        if !self.step(counsellor, 10, CaseCommand::MoveTo(PreDeparture), None) {
            return;
        }
        // The travel document is recorded the day it is issued.
        let issued_at = self.next_time(40);
        if let (true, Some(issued_at)) = (self.ctx.chance(0.92), issued_at) {
            let issued = issued_at.date();
            let kind = match self.ctx.rng.random_range(0..10) {
                0..=5 => TravelDocumentKind::EmergencyTravelDocument,
                6..=8 => TravelDocumentKind::Passport,
                _ => TravelDocumentKind::LaissezPasser,
            };
            let document = TravelDocument {
                id: self.record_id(),
                kind,
                number: format!(
                    "{}{:07}",
                    &self.case.return_country.as_str()[..2],
                    self.ctx.rng.random_range(1..9_999_999)
                ),
                issuing_country: self.case.return_country,
                issued_on: issued,
                expires_on: issued
                    + Duration::days(if kind == TravelDocumentKind::Passport {
                        1800
                    } else {
                        90
                    }),
                recorded: self.recorded(counsellor),
            };
            self.step_at(
                counsellor,
                issued_at,
                CaseCommand::RecordTravelDocument(document),
                None,
            );
        }
        if profile.uasc {
            if self.ctx.chance(0.85)
                && let Ok(guardian) = Guardian::new(
                    "Direction de la protection de l'enfant",
                    GuardianKind::ChildProtectionAuthority,
                    None,
                    None,
                )
            {
                self.step(counsellor, 10, CaseCommand::AppointGuardian(guardian), None);
            }
            if self.ctx.chance(0.85) {
                let assessment = BestInterestsAssessment {
                    id: self.record_id(),
                    assessed_on: self.at.date(),
                    assessed_by: "Child protection officer".into(),
                    outcome: if self.ctx.chance(0.95) {
                        BestInterestsOutcome::ReturnInBestInterests
                    } else {
                        BestInterestsOutcome::ReturnNotInBestInterests
                    },
                    summary: Some("family traced and willing to receive the child".into()),
                    recorded: self.recorded(counsellor),
                };
                self.step(
                    counsellor,
                    20,
                    CaseCommand::RecordBestInterests(assessment),
                    None,
                );
            }
        }
        self.prepare_departure(counsellor);
        if target == PreDeparture
            || !self.step(counsellor, 10, CaseCommand::MoveTo(Departed), None)
            || target == Departed
        {
            return;
        }
        if self.arrive(team.reception, 1, None) {
            self.after_arrival(team, target);
        }
    }

    fn after_arrival(&mut self, team: &Team, target: Stage) {
        use Stage::*;
        if target == Arrived {
            return;
        }
        let with_reintegration = self.case.category != ReturnCategory::AssistedVoluntaryReturn;
        if with_reintegration
            && (!self.step(
                team.reintegration,
                30,
                CaseCommand::MoveTo(Reintegration),
                None,
            ) || target == Reintegration)
        {
            return;
        }
        if !self.step(
            team.reintegration,
            120,
            CaseCommand::MoveTo(Monitoring),
            None,
        ) || target == Monitoring
        {
            return;
        }
        let reason = match self.ctx.rng.random_range(0..10) {
            0..=5 => ClosureReason::Completed,
            6..=8 => ClosureReason::LostContact,
            _ => ClosureReason::ReMigrated,
        };
        self.step(
            team.reintegration,
            300,
            CaseCommand::Close(reason),
            Some("follow-up period over"),
        );
    }
}

/// A random password for a new administrator: 20 characters from an unambiguous alphabet.
pub fn generate_password() -> Result<String> {
    const ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    let bytes: [u8; 20] = crate::auth::random_bytes()?;
    Ok(bytes
        .iter()
        .map(|b| ALPHABET[*b as usize % ALPHABET.len()] as char)
        .collect())
}
