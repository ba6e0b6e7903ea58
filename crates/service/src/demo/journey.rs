//! Demo data of the return journey: border points and consular missions, consular requests in
//! every status, readiness to travel, operations with manifests (planned, departed, arrived),
//! escort officers, monitors and their reports, arrivals expected and spontaneous, and the
//! assistance given on arrival.
//!
//! Cases get ready to travel and arrive through the domain's own commands while their history
//! is built ([`Journey::prepare_departure`], [`Journey::arrive`]); the records around them are
//! written once every case exists ([`Service::load_journey_demo`]).

use super::{Ctx, DemoUser, Journey, country};
use crate::{Result, Service, ServiceError};
use bayiri_domain::access::{Role, User};
use bayiri_domain::case::records::Recorded;
use bayiri_domain::case::*;
use bayiri_domain::country::CountryCode;
use bayiri_domain::ids::*;
use bayiri_domain::journey::arrival::*;
use bayiri_domain::journey::consular::*;
use bayiri_domain::journey::monitoring::*;
use bayiri_domain::journey::operation::*;
use bayiri_domain::journey::points::{PointInput, PointKind};
use bayiri_domain::journey::readiness::*;
use bayiri_domain::language::LanguageCode;
use bayiri_domain::money::{Currency, Money};
use bayiri_domain::organisation::{Organisation, OrganisationKind};
use bayiri_domain::screening::{SpecialNeed, VulnerabilityCategory};
use bayiri_store::{CaseQuery, ScopeFilter, Tx};
use rand::RngExt;
use std::collections::BTreeMap;
use time::{Date, Duration, OffsetDateTime, Time};
use uuid::Uuid;

/// (code, name, kind, country, region, town, latitude, longitude)
type PointSpec = (
    &'static str,
    &'static str,
    PointKind,
    &'static str,
    &'static str,
    &'static str,
    f64,
    f64,
);

const POINTS: &[PointSpec] = &[
    (
        "NIM",
        "Niamey Diori Hamani",
        PointKind::Airport,
        "NER",
        "Niamey",
        "Niamey",
        13.481,
        2.184,
    ),
    (
        "CKY",
        "Conakry Gbessia",
        PointKind::Airport,
        "GIN",
        "Conakry",
        "Conakry",
        9.577,
        -13.612,
    ),
    (
        "BKO",
        "Bamako Modibo Keïta",
        PointKind::Airport,
        "MLI",
        "Bamako",
        "Bamako",
        12.534,
        -7.950,
    ),
    (
        "DSS",
        "Dakar Blaise Diagne",
        PointKind::Airport,
        "SEN",
        "Thiès",
        "Diass",
        14.671,
        -17.073,
    ),
    (
        "ABJ",
        "Abidjan Félix Houphouët-Boigny",
        PointKind::Airport,
        "CIV",
        "Abidjan",
        "Port-Bouët",
        5.261,
        -3.926,
    ),
    (
        "LOS",
        "Lagos Murtala Muhammed",
        PointKind::Airport,
        "NGA",
        "Lagos",
        "Ikeja",
        6.577,
        3.321,
    ),
    (
        "BJL",
        "Banjul Yundum",
        PointKind::Airport,
        "GMB",
        "Western",
        "Yundum",
        13.338,
        -16.652,
    ),
    (
        "OUA",
        "Ouagadougou Thomas Sankara",
        PointKind::Airport,
        "BFA",
        "Centre",
        "Ouagadougou",
        12.353,
        -1.512,
    ),
    (
        "FRA",
        "Frankfurt am Main",
        PointKind::Airport,
        "DEU",
        "Hessen",
        "Frankfurt",
        50.033,
        8.570,
    ),
    (
        "MLI-GOGUI",
        "Gogui (frontière mauritanienne)",
        PointKind::LandBorder,
        "MLI",
        "Kayes",
        "Gogui",
        15.531,
        -9.306,
    ),
    (
        "MLI-INKHALIL",
        "In Khalil (frontière algérienne)",
        PointKind::LandBorder,
        "MLI",
        "Kidal",
        "In Khalil",
        20.133,
        0.750,
    ),
    (
        "MLI-LABBEZ",
        "Labbezanga (frontière nigérienne)",
        PointKind::LandBorder,
        "MLI",
        "Gao",
        "Labbezanga",
        14.956,
        0.694,
    ),
    (
        "NER-ASSAMAKA",
        "Assamaka (frontière algérienne)",
        PointKind::LandBorder,
        "NER",
        "Agadez",
        "Assamaka",
        19.359,
        5.759,
    ),
    (
        "GIN-NONGOA",
        "Nongoa (frontière sierra-léonaise)",
        PointKind::LandBorder,
        "GIN",
        "Kankan",
        "Nongoa",
        8.497,
        -10.302,
    ),
    (
        "SEN-DAKAR",
        "Port autonome de Dakar",
        PointKind::Seaport,
        "SEN",
        "Dakar",
        "Dakar",
        14.680,
        -17.425,
    ),
];

/// A stable id from a name, so that histories written before a record exists can refer to it.
fn stable_uuid(name: &str) -> Uuid {
    // FNV-1a, twice with different offsets: 128 bits that depend on every byte.
    let hash = |offset: u64| {
        name.bytes().fold(offset, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
        })
    };
    let high = hash(0xcbf2_9ce4_8422_2325);
    let low = hash(0x8422_2325_cbf2_9ce4);
    uuid::Builder::from_random_bytes(((u128::from(high) << 64) | u128::from(low)).to_be_bytes())
        .into_uuid()
}

fn point_id(code: &str) -> PointId {
    PointId::from_uuid(stable_uuid(code))
}

/// Where a case's people arrive: the airport of the country of return, or for returns by
/// land one of its land border points.
fn arrival_point(case: &Case, roll: usize) -> Option<&'static PointSpec> {
    let destination = case.return_country.as_str();
    let by_land = case.category == ReturnCategory::SpontaneousReturn;
    let candidates: Vec<&PointSpec> = POINTS
        .iter()
        .filter(|p| p.3 == destination && (p.2 == PointKind::LandBorder) == by_land)
        .collect();
    if candidates.is_empty() {
        return None;
    }
    Some(candidates[roll % candidates.len()])
}

/// The operation a case arriving on `day` travelled with: one per organisation, country of
/// return, day and kind of return.
fn operation_id(case: &Case, day: Date) -> OperationId {
    let key = format!(
        "{}-{}-{day}-{}",
        case.organisation_id,
        case.return_country,
        case.category == ReturnCategory::ForcedReturn
    );
    let millis =
        (OffsetDateTime::new_utc(day, Time::MIDNIGHT).unix_timestamp() * 1000).max(0) as u64;
    let random: [u8; 10] = stable_uuid(&key).as_bytes()[..10]
        .try_into()
        .unwrap_or([0; 10]);
    OperationId::from_uuid(uuid::Builder::from_unix_timestamp_millis(millis, &random).into_uuid())
}

fn recorded(by: UserId, at: OffsetDateTime) -> Recorded {
    Recorded { by, at }
}

impl Journey<'_> {
    /// Readiness to travel, as a counsellor records it before departure: fitness to travel and
    /// a medical escort where medical needs exist, a child escort for an unaccompanied child,
    /// an escort officer for a forced return, an interpreter when one is needed. Now and then
    /// something is missing, and the case stays blocked by its guard.
    pub(super) fn prepare_departure(&mut self, counsellor: UserId) {
        let needs = self
            .case
            .screening
            .as_ref()
            .map(|s| s.result.special_needs.clone())
            .unwrap_or_default();
        let medical = needs.contains(&SpecialNeed::MedicalEscort)
            || self
                .case
                .has_vulnerability(VulnerabilityCategory::SeriousMedicalCondition);
        if medical && self.ctx.chance(0.85) {
            let on = self.at.date();
            let fitness = FitnessToTravel {
                id: self.record_id(),
                assessed_on: on,
                assessed_by: "Dr Hadiza Issoufou, Hôpital national de Niamey".into(),
                outcome: FitnessOutcome::FitWithConditions,
                valid_until: on + Duration::days(60),
                conditions: Some("seat near the aisle; medication in cabin baggage".into()),
                recorded: self.recorded(counsellor),
            };
            self.step(
                counsellor,
                3,
                CaseCommand::RecordFitnessToTravel(fitness),
                None,
            );
        }
        let mut escorts = Vec::new();
        if needs.contains(&SpecialNeed::MedicalEscort) {
            escorts.push((
                EscortKind::Medical,
                "Nurse Abdoulaye Garba",
                "Croissant-Rouge",
            ));
        }
        if self
            .case
            .has_vulnerability(VulnerabilityCategory::UnaccompaniedOrSeparatedChild)
        {
            escorts.push((
                EscortKind::ChildEscort,
                "Mariama Bâ",
                "Direction de la protection de l'enfant",
            ));
        }
        if self.case.category == ReturnCategory::ForcedReturn {
            escorts.push((
                EscortKind::EscortOfficer,
                "PHK Jonas Krüger",
                "Bundespolizei",
            ));
        }
        for (kind, name, organisation) in escorts {
            if self.ctx.chance(0.9) {
                let escort = Escort {
                    id: self.record_id(),
                    kind,
                    name: name.into(),
                    organisation: Some(organisation.into()),
                    recorded: self.recorded(counsellor),
                };
                self.step(counsellor, 0, CaseCommand::AssignEscort(escort), None);
            }
        }
        if needs.contains(&SpecialNeed::Interpreter) && self.ctx.chance(0.9) {
            let language = self
                .case
                .counselling_sessions
                .last()
                .map(|s| s.language)
                .or_else(|| LanguageCode::parse("ff").ok());
            if let Some(language) = language {
                let interpreter = Interpreter {
                    id: self.record_id(),
                    language,
                    name: "Interprète de permanence".into(),
                    recorded: self.recorded(counsellor),
                };
                self.step(
                    counsellor,
                    2,
                    CaseCommand::ArrangeInterpreter(interpreter),
                    None,
                );
            }
        }
    }

    /// The arrival, registered at the point where the people came in (the move into `arrived`
    /// goes with it).
    pub(super) fn arrive(
        &mut self,
        reception: UserId,
        max_days: i64,
        reason: Option<&str>,
    ) -> bool {
        let Some(next) = self.next_time(max_days) else {
            return false;
        };
        let roll = self.ctx.rng.random_range(0..100usize);
        let command = match arrival_point(self.case, roll) {
            Some(point) => {
                let spontaneous = self.case.category == ReturnCategory::SpontaneousReturn;
                CaseCommand::RegisterArrival(ArrivalFacts {
                    arrival_id: ArrivalId::from_uuid(self.ctx.id_at(next)),
                    point_id: point_id(point.0),
                    point_code: point.0.into(),
                    mode: point.2.mode(),
                    arrived_at: next,
                    operation_id: (!spontaneous).then(|| operation_id(self.case, next.date())),
                })
            }
            None => CaseCommand::MoveTo(Stage::Arrived),
        };
        self.step_at(reception, next, command, reason)
    }
}

pub(super) fn currency_of(country: CountryCode) -> Currency {
    let code = match country.as_str() {
        "GIN" => "GNF",
        "NGA" => "NGN",
        "GMB" => "GMD",
        "GHA" => "GHS",
        "SLE" => "SLE",
        "LBR" => "LRD",
        "MRT" => "MRU",
        "CMR" => "XAF",
        _ => "XOF",
    };
    Currency::parse(code)
        .unwrap_or_else(|_| Currency::all().next().unwrap_or_else(|| unreachable!()))
}

/// Pocket money on arrival, in minor units of the local currency (about 50 euros).
fn pocket_money(currency: Currency) -> i64 {
    match currency.as_str() {
        "GNF" => 500_000,
        "NGN" => 7_500_000,
        "GMD" => 350_000,
        _ => 30_000,
    }
}

impl Service {
    /// Writes the journey's records around the demo cases.
    pub(super) async fn load_journey_demo(
        &self,
        ctx: &mut Ctx,
        password_hash: &str,
        organisations: &mut Vec<Organisation>,
        users: &mut Vec<User>,
        summary: &mut Vec<DemoUser>,
    ) -> Result<()> {
        let as_of = ctx.as_of;
        let created = as_of - Duration::days(1000);
        let mut tx = self.inner.store.begin().await?;

        // Organisations and people of the journey: a Malian consulate with a remote mission, a
        // national monitoring body, an escort officer.
        for (code, name, kind, seat) in [
            (
                "CONS-MLI-DZA",
                "Consulat général du Mali à Alger",
                OrganisationKind::Consulate,
                "DZA",
            ),
            (
                "NPM-DEU",
                "Nationale Stelle zur Verhütung von Folter",
                OrganisationKind::Government,
                "DEU",
            ),
        ] {
            let organisation = Organisation::new(
                OrganisationId::from_uuid(ctx.id_at(created)),
                code,
                name,
                kind,
                seat,
            )?;
            tx.insert_organisation(&organisation).await?;
            organisations.push(organisation);
        }
        let org = |code: &str| {
            organisations
                .iter()
                .find(|o| o.code.as_str() == code)
                .map(|o| o.id)
        };
        for (username, name, role, organisation, countries) in [
            (
                "escort",
                "Jonas Krüger",
                Role::EscortOfficer,
                "GOV-DEU",
                vec!["DEU"],
            ),
            (
                "monitor.npm",
                "Lena Hoffmann",
                Role::Monitor,
                "NPM-DEU",
                vec!["DEU"],
            ),
            (
                "consular.mli",
                "Moussa Coulibaly",
                Role::ConsularOfficer,
                "CONS-MLI-DZA",
                vec!["DZA", "LBY"],
            ),
        ] {
            let Some(organisation_id) = org(organisation) else {
                continue;
            };
            let user = User {
                id: UserId::from_uuid(ctx.id_at(created)),
                username: username.into(),
                display_name: name.into(),
                role,
                organisation_id,
                countries: countries.iter().map(|c| country(c)).collect(),
                language: if role == Role::EscortOfficer {
                    "en"
                } else {
                    "fr"
                }
                .into(),
                disabled: false,
                version: 1,
            };
            tx.insert_user(&user, password_hash).await?;
            summary.push(DemoUser {
                username: username.into(),
                role,
                organisation: organisation.into(),
                countries: countries.iter().map(|c| c.to_string()).collect(),
            });
            users.push(user);
        }
        let user = |name: &str| users.iter().find(|u| u.username == name).map(|u| u.id);
        let (
            Some(counsellor),
            Some(reception),
            Some(consular),
            Some(consular_mli),
            Some(deu),
            Some(escort),
            Some(npm),
            Some(monitor),
        ) = (
            user("counsellor"),
            user("reception"),
            user("consular"),
            user("consular.mli"),
            user("counsellor.deu"),
            user("escort"),
            user("monitor.npm"),
            user("monitor"),
        )
        else {
            return Err(ServiceError::internal("demo users missing"));
        };

        for (code, name, kind, country_code, admin1, locality, latitude, longitude) in POINTS {
            let point = PointInput {
                code: (*code).into(),
                name: (*name).into(),
                kind: *kind,
                country: (*country_code).into(),
                admin1: Some((*admin1).into()),
                locality: Some((*locality).into()),
                latitude: Some(*latitude),
                longitude: Some(*longitude),
                active: true,
            }
            .validate(point_id(code), 1)?;
            tx.insert_point(&point).await?;
        }

        let mut missions = Vec::new();
        for (organisation, name, represents, located_in, covers) in [
            (
                "CONS-GIN-NER",
                "Consulat général de Guinée à Niamey",
                "GIN",
                "NER",
                vec!["BFA".to_string()],
            ),
            (
                "CONS-MLI-DZA",
                "Consulat général du Mali à Alger (missions itinérantes Libye et Niger)",
                "MLI",
                "DZA",
                vec!["LBY".to_string(), "NER".to_string()],
            ),
        ] {
            let Some(organisation_id) = org(organisation) else {
                continue;
            };
            let mission = MissionInput {
                name: name.into(),
                represents: represents.into(),
                located_in: located_in.into(),
                covers,
            }
            .validate(MissionId::from_uuid(ctx.id_at(created)), organisation_id)?;
            tx.insert_mission(&mission).await?;
            missions.push(mission);
        }

        // The monitor pool.
        for (user_id, organisation, name, nationality, languages) in [
            (
                npm,
                "NPM-DEU",
                "Lena Hoffmann",
                "DEU",
                vec!["de", "en", "fr"],
            ),
            (
                monitor,
                "IOM",
                "Ibrahima Barry",
                "GIN",
                vec!["fr", "ff", "en"],
            ),
        ] {
            let Some(organisation_id) = org(organisation) else {
                continue;
            };
            let profile = MonitorProfile {
                user_id,
                organisation_id,
                display_name: name.into(),
                nationality: country(nationality),
                languages: languages
                    .iter()
                    .filter_map(|l| LanguageCode::parse(l).ok())
                    .collect(),
                availability: vec![Availability {
                    from: as_of.date() - Duration::days(400),
                    to: as_of.date() + Duration::days(120),
                }],
                version: 1,
            };
            tx.save_monitor_profile(&profile, None).await?;
        }
        tx.commit().await?;

        let mut tx = self.inner.store.begin().await?;
        let all: Vec<CountryCode> = CountryCode::all().collect();
        let iom = org("IOM").ok_or_else(|| ServiceError::internal("IOM missing"))?;
        let gov = org("GOV-DEU").ok_or_else(|| ServiceError::internal("GOV-DEU missing"))?;
        let ngo = org("NGO-MLI").ok_or_else(|| ServiceError::internal("NGO-MLI missing"))?;
        let cases_of = |organisation: OrganisationId| {
            CaseQuery::new(
                ScopeFilter {
                    organisation_id: organisation,
                    countries: all.clone(),
                },
                5000,
            )
        };
        let iom_cases = tx.list_cases(&cases_of(iom)).await?;

        // Consular requests: Guinea's consulate in Niamey, Mali's remote mission for Libya.
        for mission in &missions {
            let officer = if mission.represents.as_str() == "GIN" {
                consular
            } else {
                consular_mli
            };
            let candidates: Vec<_> = iom_cases
                .iter()
                .filter(|c| {
                    c.return_country == mission.represents
                        && mission.covers.contains(&c.host_country)
                })
                .filter(|c| c.stage >= Stage::PreDeparture && c.stage != Stage::Closed)
                .take(45)
                .collect();
            for summary in candidates {
                let case = tx.case(summary.id).await?;
                if let Some(request) = consular_request(ctx, &case, mission, counsellor, officer) {
                    tx.insert_consular_request(&request).await?;
                }
            }
        }

        // Operations the demo's arrivals travelled with, and their arrival registrations.
        for organisation in [iom, gov, ngo] {
            self.demo_arrivals(ctx, &mut tx, organisation, reception, escort, npm)
                .await?;
        }

        // A charter being prepared for next week, on the route with the most cases ready to
        // travel; cases a guard still blocks stay off its manifest.
        let planned_on = as_of.date() + Duration::days(6);
        if let Some(((host, destination), ready)) =
            ready_routes(&mut tx, &iom_cases, false, planned_on).await?
            && let (Some(from), Some(to)) = (airport(host), airport(destination))
        {
            let mut charter = demo_operation(
                ctx,
                iom,
                &format!("{}-{}-CHARTER", from.0, to.0),
                OperationKind::CharterFlight,
                false,
                (host.as_str(), from.0),
                (destination.as_str(), to.0),
                planned_on,
                60,
                counsellor,
            );
            for case in ready.iter().take(14) {
                let entry =
                    manifest_entry(&mut tx, case, planned_on, recorded(counsellor, as_of)).await?;
                charter
                    .add(case, entry)
                    .map_err(|e| ServiceError::internal(e.to_string()))?;
            }
            tx.insert_operation(&charter).await?;
        }

        // People on their way: the cases that departed for Guinea and have not arrived yet.
        let departed: Vec<_> = iom_cases
            .iter()
            .filter(|c| c.stage == Stage::Departed && c.return_country.as_str() == "GIN")
            .collect();
        if !departed.is_empty() {
            let left = departed
                .iter()
                .map(|c| c.stage_entered_at)
                .min()
                .unwrap_or(as_of);
            let mut flight = demo_operation(
                ctx,
                iom,
                "NIM-CKY-AT563",
                OperationKind::ScheduledFlight,
                false,
                ("NER", "NIM"),
                ("GIN", "CKY"),
                left.date(),
                40,
                counsellor,
            );
            for summary in departed {
                let case = tx.case(summary.id).await?;
                let mut entry =
                    manifest_entry(&mut tx, &case, left.date(), recorded(counsellor, left)).await?;
                entry.status = EntryStatus::Departed;
                flight.manifest.push(entry);
            }
            flight.status = OperationStatus::Departed;
            if let Some(leg) = flight.legs.first_mut() {
                leg.departed_at = Some(left);
            }
            tx.insert_operation(&flight).await?;
        }

        // A forced-return charter being prepared, with an escort officer and a monitor.
        let gov_cases = tx.list_cases(&cases_of(gov)).await?;
        let on = as_of.date() + Duration::days(9);
        if let Some(((host, destination), ready)) =
            ready_routes(&mut tx, &gov_cases, true, on).await?
            && let (Some(from), Some(to)) = (airport(host), airport(destination))
        {
            let mut forced = demo_operation(
                ctx,
                gov,
                &format!("{}-{}-JRO", from.0, to.0),
                OperationKind::CharterFlight,
                true,
                (host.as_str(), from.0),
                (destination.as_str(), to.0),
                on,
                30,
                deu,
            );
            forced.escort_officers.push(escort);
            if let Ok(profile) = tx.monitor_profile(npm).await {
                forced
                    .assign_monitor(&profile, recorded(deu, as_of))
                    .map_err(|e| ServiceError::internal(e.to_string()))?;
            }
            for case in &ready {
                let entry = manifest_entry(&mut tx, case, on, recorded(deu, as_of)).await?;
                forced
                    .add(case, entry)
                    .map_err(|e| ServiceError::internal(e.to_string()))?;
            }
            tx.insert_operation(&forced).await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// Arrival registrations, past operations and assistance for one organisation's arrivals.
    async fn demo_arrivals(
        &self,
        ctx: &mut Ctx,
        tx: &mut Box<dyn Tx>,
        organisation: OrganisationId,
        reception: UserId,
        escort: UserId,
        monitor: UserId,
    ) -> Result<()> {
        let scope = ScopeFilter {
            organisation_id: organisation,
            countries: CountryCode::all().collect(),
        };
        let events = tx.return_events(&scope).await?;
        let mut operations: BTreeMap<OperationId, ReturnOperation> = BTreeMap::new();
        for (event, _) in &events {
            let EventKind::ArrivalRegistered(facts) = &event.kind else {
                continue;
            };
            let case = tx.case(event.case_id).await?;
            let mut persons = Vec::new();
            for id in case.persons() {
                let p = tx.person(id).await?;
                persons.push(ArrivingPerson {
                    person_id: id,
                    name: p.display_name(),
                });
            }
            let point = POINTS.iter().find(|p| p.0 == facts.point_code);
            let arrival = Arrival {
                id: facts.arrival_id,
                case_id: case.id,
                case_number: case.number.to_string(),
                case_organisation: case.organisation_id,
                point_id: facts.point_id,
                point_name: point.map(|p| p.1.to_string()).unwrap_or_default(),
                country: case.return_country,
                mode: facts.mode,
                arrived_at: facts.arrived_at,
                kind: if facts.operation_id.is_some() {
                    ArrivalKind::Expected
                } else {
                    ArrivalKind::Spontaneous
                },
                operation_id: facts.operation_id,
                persons: persons.clone(),
                registered: recorded(event.actor, event.at),
                registered_by_organisation: organisation,
            };
            tx.insert_arrival(&arrival).await?;
            self.demo_assistance(ctx, tx, &arrival, reception).await?;

            if let Some(operation_id) = facts.operation_id {
                let day = facts.arrived_at.date();
                let departure_point = POINTS
                    .iter()
                    .find(|p| p.3 == case.host_country.as_str() && p.2 == PointKind::Airport);
                let operation = operations.entry(operation_id).or_insert_with(|| {
                    let forced = case.category == ReturnCategory::ForcedReturn;
                    let mut op = demo_operation(
                        ctx,
                        organisation,
                        &format!(
                            "{}-{}-{day}",
                            departure_point.map_or("TRANSIT", |p| p.0),
                            facts.point_code
                        ),
                        if forced {
                            OperationKind::CharterFlight
                        } else {
                            OperationKind::ScheduledFlight
                        },
                        forced,
                        (
                            case.host_country.as_str(),
                            departure_point.map_or("NIM", |p| p.0),
                        ),
                        (case.return_country.as_str(), &facts.point_code),
                        day,
                        150,
                        event.actor,
                    );
                    op.id = operation_id;
                    op.arrival_point = facts.point_id;
                    op.status = OperationStatus::Arrived;
                    if let Some(leg) = op.legs.first_mut() {
                        leg.departed_at = Some(facts.arrived_at - Duration::hours(5));
                        leg.arrived_at = Some(facts.arrived_at);
                    }
                    if forced {
                        op.escort_officers.push(escort);
                    }
                    op
                });
                let mut entry =
                    manifest_entry(tx, &case, day, recorded(event.actor, facts.arrived_at)).await?;
                entry.status = EntryStatus::Arrived;
                operation.manifest.push(entry);
            }
        }
        for operation in operations.values_mut() {
            operation.capacity = operation.capacity.max(operation.seats_taken());
            tx.insert_operation(operation).await?;
            if operation.forced {
                // Forced-return operations are monitored: one report per phase, submitted.
                operation.monitors.push(MonitorAssignment {
                    monitor,
                    name: "Lena Hoffmann".into(),
                    assigned: operation.created,
                });
                operation.version += 1;
                tx.save_operation(operation, operation.version - 1).await?;
                let at = operation
                    .legs
                    .first()
                    .and_then(|l| l.arrived_at)
                    .unwrap_or(ctx.as_of);
                for (phase, summary, incident) in [
                    (
                        Phase::PreDeparture,
                        "Collection from detention at 03:00; information on the procedure given in French and English.",
                        Some((
                            IncidentKind::MeansOfRestraint,
                            "Velcro restraints applied to one returnee who resisted boarding, removed after take-off.",
                        )),
                    ),
                    (
                        Phase::InFlight,
                        "Calm flight; meals and water offered; medical escort on board.",
                        None,
                    ),
                    (
                        Phase::HandOver,
                        "Hand-over to the border police; reception organisation present with pocket money and transport.",
                        Some((
                            IncidentKind::Complaint,
                            "One returnee complained that personal belongings were left behind; noted for follow-up.",
                        )),
                    ),
                ] {
                    let report = MonitorReport {
                        id: ReportId::from_uuid(ctx.id_at(at)),
                        operation_id: operation.id,
                        author: monitor,
                        author_organisation: operation.organisation_id,
                        phase,
                        status: ReportStatus::Submitted,
                        summary: summary.into(),
                        incidents: incident
                            .map(|(kind, description)| {
                                vec![Incident {
                                    kind,
                                    occurred_at: Some(at - Duration::hours(6)),
                                    description: description.into(),
                                }]
                            })
                            .unwrap_or_default(),
                        observations: vec![Observation {
                            topic: RightsTopic::DignityAndRespect,
                            finding: "Escorts addressed returnees respectfully throughout.".into(),
                        }],
                        corrects: None,
                        created: recorded(monitor, at),
                        submitted: Some(recorded(monitor, at + Duration::hours(20))),
                        version: 2,
                    };
                    tx.insert_report(&report).await?;
                }
            }
        }
        Ok(())
    }

    async fn demo_assistance(
        &self,
        ctx: &mut Ctx,
        tx: &mut Box<dyn Tx>,
        arrival: &Arrival,
        reception: UserId,
    ) -> Result<()> {
        let currency = currency_of(arrival.country);
        for person in &arrival.persons {
            // Most people are received at once; some only days later, some not yet.
            let delay = match ctx.rng.random_range(0..100) {
                0..=79 => Duration::minutes(ctx.rng.random_range(10..240)),
                80..=91 => Duration::hours(ctx.rng.random_range(80..200)),
                _ => continue,
            };
            let given_at = arrival.arrived_at + delay;
            if given_at > ctx.as_of {
                continue;
            }
            let mut kinds = vec![(
                AssistanceKind::Reception,
                None,
                Some("welcome, water and a meal"),
            )];
            kinds.push((
                AssistanceKind::PocketMoney,
                Some(Money::new(pocket_money(currency), currency)),
                None,
            ));
            if ctx.chance(0.6) {
                kinds.push((
                    AssistanceKind::OnwardTransport,
                    None,
                    Some("bus ticket to the community of return"),
                ));
            }
            if ctx.chance(0.15) {
                kinds.push((
                    AssistanceKind::TemporaryShelter,
                    None,
                    Some("transit centre, two nights"),
                ));
            }
            if ctx.chance(0.1) {
                kinds.push((AssistanceKind::PsychosocialFirstAid, None, None));
            }
            for (kind, amount, detail) in kinds {
                tx.insert_assistance(&Assistance {
                    id: RecordId::from_uuid(ctx.id_at(given_at)),
                    arrival_id: arrival.id,
                    person_id: person.person_id,
                    kind,
                    amount,
                    detail: detail.map(str::to_string),
                    given_by: if arrival.mode == TravelMode::Land {
                        "Association malienne des expulsés"
                    } else {
                        "OIM, bureau d'accueil"
                    }
                    .into(),
                    given_at,
                    recorded: recorded(reception, given_at),
                })
                .await?;
            }
        }
        Ok(())
    }
}

fn airport(country: CountryCode) -> Option<&'static PointSpec> {
    POINTS
        .iter()
        .find(|p| p.3 == country.as_str() && p.2 == PointKind::Airport)
}

/// The (host, destination) route with the most cases in pre-departure that pass every
/// departure guard on `on`, with those cases.
async fn ready_routes(
    tx: &mut Box<dyn Tx>,
    cases: &[bayiri_store::CaseSummary],
    forced: bool,
    on: Date,
) -> Result<Option<((CountryCode, CountryCode), Vec<Case>)>> {
    let mut routes: BTreeMap<(CountryCode, CountryCode), Vec<Case>> = BTreeMap::new();
    for summary in cases.iter().filter(|c| {
        c.stage == Stage::PreDeparture && (c.category == ReturnCategory::ForcedReturn) == forced
    }) {
        let case = tx.case(summary.id).await?;
        if unmet_guards(&case, Stage::Departed, on).is_empty()
            && airport(case.host_country).is_some()
            && airport(case.return_country).is_some()
        {
            routes
                .entry((case.host_country, case.return_country))
                .or_default()
                .push(case);
        }
    }
    Ok(routes.into_iter().max_by_key(|(_, cases)| cases.len()))
}

#[allow(clippy::too_many_arguments)]
fn demo_operation(
    ctx: &mut Ctx,
    organisation: OrganisationId,
    reference: &str,
    kind: OperationKind,
    forced: bool,
    (from_country, from): (&str, &str),
    (to_country, to): (&str, &str),
    on: Date,
    capacity: u32,
    by: UserId,
) -> ReturnOperation {
    let departs = OffsetDateTime::new_utc(on, Time::from_hms(7, 30, 0).unwrap_or(Time::MIDNIGHT));
    let air = from.len() == 3 && to.len() == 3;
    ReturnOperation {
        id: OperationId::from_uuid(ctx.id_at(departs - Duration::days(20))),
        reference: reference.chars().take(40).collect(),
        kind,
        forced,
        organisation_id: organisation,
        departure_country: country(from_country),
        destination_country: country(to_country),
        arrival_point: point_id(to),
        planned_on: on,
        capacity,
        legs: vec![Leg {
            mode: if air {
                TravelMode::Air
            } else {
                TravelMode::Land
            },
            carrier: if forced {
                "Privileged Style"
            } else {
                "Air Côte d'Ivoire"
            }
            .into(),
            number: Some(if forced { "PHW 7012" } else { "HF 565" }.into()),
            from: from.into(),
            to: to.into(),
            departs_at: departs,
            arrives_at: departs + Duration::hours(4),
            departed_at: None,
            arrived_at: None,
        }],
        escort_officers: Vec::new(),
        monitors: Vec::new(),
        manifest: Vec::new(),
        status: OperationStatus::Planned,
        notes: None,
        created: recorded(by, departs - Duration::days(20)),
        version: 1,
    }
}

async fn manifest_entry(
    tx: &mut Box<dyn Tx>,
    case: &Case,
    on: Date,
    added: Recorded,
) -> Result<ManifestEntry> {
    let mut persons = Vec::new();
    for id in case.persons() {
        let p = tx.person(id).await?;
        persons.push(ManifestPerson {
            person_id: id,
            given_names: p.details.names.given_names.clone(),
            family_name: p.details.names.family_name.clone(),
            sex: p.details.sex,
            date_of_birth: p.details.date_of_birth,
            nationality: p.details.nationality.best_known(),
            languages: p
                .details
                .languages
                .iter()
                .map(|l| l.as_str().to_string())
                .collect(),
        });
    }
    Ok(ManifestEntry::of(case, persons, on, added))
}

/// A request whose history fits the case: an issued document for cases that have one, an
/// open request (some overdue) for cases still waiting.
fn consular_request(
    ctx: &mut Ctx,
    case: &Case,
    mission: &ConsularMission,
    counsellor: UserId,
    officer: UserId,
) -> Option<ConsularRequest> {
    let at = |date: Date| {
        OffsetDateTime::new_utc(date, Time::from_hms(10, 0, 0).unwrap_or(Time::MIDNIGHT))
    };
    let document = case.travel_documents.last();
    let mut history = Vec::new();
    let (status, issued, interview_on) = match document {
        Some(d) => {
            let days = ctx.rng.random_range(4..45);
            let requested = d.issued_on - Duration::days(days);
            if at(requested) < case.opened_at {
                return None;
            }
            let interview = requested + Duration::days(days / 3);
            history.push(StatusChange {
                status: ConsularStatus::Requested,
                recorded: recorded(counsellor, at(requested)),
                note: None,
            });
            history.push(StatusChange {
                status: ConsularStatus::InterviewScheduled,
                recorded: recorded(officer, at(requested) + Duration::days(1)),
                note: None,
            });
            history.push(StatusChange {
                status: ConsularStatus::NationalityConfirmed,
                recorded: recorded(officer, at(interview)),
                note: None,
            });
            history.push(StatusChange {
                status: ConsularStatus::DocumentIssued,
                recorded: recorded(officer, at(d.issued_on)),
                note: None,
            });
            (
                ConsularStatus::DocumentIssued,
                Some(IssuedDocument {
                    kind: d.kind,
                    number: d.number.clone(),
                    issued_on: d.issued_on,
                    expires_on: d.expires_on,
                }),
                Some(interview),
            )
        }
        None if case.stage == Stage::PreDeparture => {
            let requested = case.stage_entered_at.date() + Duration::days(1);
            if at(requested) > ctx.as_of {
                return None;
            }
            history.push(StatusChange {
                status: ConsularStatus::Requested,
                recorded: recorded(counsellor, at(requested)),
                note: None,
            });
            let waited = (ctx.as_of.date() - requested).whole_days();
            let status = match ctx.rng.random_range(0..10) {
                0..=3 => ConsularStatus::Requested,
                4..=6 if waited > 2 => {
                    history.push(StatusChange {
                        status: ConsularStatus::InterviewScheduled,
                        recorded: recorded(officer, at(requested) + Duration::days(2)),
                        note: None,
                    });
                    ConsularStatus::InterviewScheduled
                }
                7 if waited > 10 => {
                    history.push(StatusChange {
                        status: ConsularStatus::NationalityNotConfirmed,
                        recorded: recorded(officer, at(requested) + Duration::days(10)),
                        note: Some(
                            "not known in the civil registers of the stated place of birth".into(),
                        ),
                    });
                    ConsularStatus::NationalityNotConfirmed
                }
                _ if waited > 5 => {
                    history.push(StatusChange {
                        status: ConsularStatus::NationalityConfirmed,
                        recorded: recorded(officer, at(requested) + Duration::days(5)),
                        note: None,
                    });
                    ConsularStatus::NationalityConfirmed
                }
                _ => ConsularStatus::Requested,
            };
            let interview = (status == ConsularStatus::InterviewScheduled)
                .then(|| ctx.as_of.date() + Duration::days(3));
            (status, None, interview)
        }
        None => return None,
    };
    let humanitarian = humanitarian(case.category);
    Some(ConsularRequest {
        id: ConsularRequestId::from_uuid(ctx.id_at(history[0].recorded.at)),
        mission_id: mission.id,
        case_id: case.id,
        organisation_id: case.organisation_id,
        person_id: case.principal,
        document: issued
            .as_ref()
            .map_or(TravelDocumentKind::EmergencyTravelDocument, |d| d.kind),
        evidence: vec![
            Evidence {
                kind: EvidenceKind::BirthCertificate,
                reference: None,
                note: Some("copy sent by the family".into()),
            },
            Evidence {
                kind: EvidenceKind::Photograph,
                reference: None,
                note: None,
            },
        ],
        fee: if humanitarian {
            Fee::Exempt {
                exemption: FeeExemption::HumanitarianReturn,
            }
        } else {
            Fee::Payable {
                amount: Money::new(
                    15_000,
                    Currency::parse("XOF").unwrap_or_else(|_| currency_of(case.host_country)),
                ),
            }
        },
        status,
        interview_on,
        interview_place: interview_on.map(|_| mission.name.clone()),
        confirmed_nationality: matches!(
            status,
            ConsularStatus::NationalityConfirmed | ConsularStatus::DocumentIssued
        )
        .then_some(mission.represents),
        issued,
        outcome_reason: history.last().and_then(|c| c.note.clone()),
        version: history.len() as i64,
        history,
    })
}
