//! Demo data of reintegration: a second reintegration officer (plans need four eyes),
//! service providers with their users and directory entries, a programme with ceilings and
//! budgets in the currencies of the region, opportunities, and for the cases that arrived:
//! their follow-up schedule, needs assessments, approved plans with a first tranche paid
//! against a receipt, referrals, and scored surveys for the follow-ups already held.

use super::{Ctx, DemoUser, country};
use crate::{Result, Service, ServiceError};
use bayiri_domain::access::{Role, User};
use bayiri_domain::case::records::Recorded;
use bayiri_domain::case::{Case, ReturnCategory, Stage};
use bayiri_domain::ids::*;
use bayiri_domain::organisation::{Organisation, OrganisationKind};
use bayiri_domain::reintegration::directory::{ProviderInput, ServiceAreaInput};
use bayiri_domain::reintegration::followup::{FollowUp, SurveyInput, SurveyMethod};
use bayiri_domain::reintegration::needs::{NeedAreaInput, NeedLevel, NeedsAssessmentInput};
use bayiri_domain::reintegration::opportunity::{OpportunityInput, OpportunityKind};
use bayiri_domain::reintegration::plan::*;
use bayiri_domain::reintegration::programme::{
    BudgetInput, CeilingInput, ItemCeilingInput, Programme, ProgrammeInput,
};
use bayiri_domain::reintegration::referral::{
    ReferralInput, ReferralStatus, ReferredPerson, ServiceReferral,
};
use bayiri_domain::reintegration::scoring::{AnswerKind, ScoringScheme};
use bayiri_domain::reintegration::{ItemType, ServiceType};
use bayiri_domain::{CountryCode, Money};
use bayiri_store::{CaseQuery, Records, ScopeFilter, Tx};
use rand::RngExt;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use time::{Duration, OffsetDateTime, Time};

/// (code, name, kind, seat, services, areas (country, area name, P-code), capacity)
type ProviderSpec = (
    &'static str,
    &'static str,
    OrganisationKind,
    &'static str,
    &'static [ServiceType],
    &'static [(&'static str, &'static str, &'static str)],
    u32,
);

const PROVIDERS: &[ProviderSpec] = &[
    (
        "CFP-BKO",
        "Centre de formation professionnelle de Bamako",
        OrganisationKind::TrainingCentre,
        "MLI",
        &[
            ServiceType::VocationalTraining,
            ServiceType::BusinessSupport,
        ],
        &[("MLI", "Bamako", "ML09"), ("MLI", "Koulikoro", "ML02")],
        40,
    ),
    (
        "JIGIYA-MF",
        "Jigiya Microfinance",
        OrganisationKind::MicroFinance,
        "MLI",
        &[ServiceType::MicroCredit, ServiceType::BusinessSupport],
        &[
            ("MLI", "Kayes", "ML01"),
            ("MLI", "Bamako", "ML09"),
            ("MLI", "Ségou", "ML04"),
        ],
        60,
    ),
    (
        "ESPOIR-GIN",
        "Espoir Guinée — soutien psychosocial",
        OrganisationKind::Ngo,
        "GIN",
        &[
            ServiceType::Psychosocial,
            ServiceType::FamilyTracing,
            ServiceType::Shelter,
        ],
        &[("GIN", "Conakry", "GN01"), ("GIN", "Kankan", "GN04")],
        25,
    ),
    (
        "AGEPE-SEN",
        "Agence pour l'emploi des jeunes — Dakar",
        OrganisationKind::Government,
        "SEN",
        &[ServiceType::JobPlacement, ServiceType::VocationalTraining],
        &[("SEN", "Dakar", "SN01"), ("SEN", "Thiès", "SN07")],
        80,
    ),
];

/// (kind, title, sector, country, area, offered by, places, days open)
type OpportunitySpec = (
    OpportunityKind,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    u32,
    i64,
);

const OPPORTUNITIES: &[OpportunitySpec] = &[
    (
        OpportunityKind::Training,
        "Soudure et menuiserie métallique (6 mois)",
        "construction",
        "MLI",
        "Bamako",
        "Centre de formation professionnelle de Bamako",
        20,
        90,
    ),
    (
        OpportunityKind::Credit,
        "Crédit groupé pour petits commerces",
        "commerce",
        "MLI",
        "Kayes",
        "Jigiya Microfinance",
        50,
        180,
    ),
    (
        OpportunityKind::ValueChain,
        "Chaîne de valeur karité — coopératives de femmes",
        "agriculture",
        "MLI",
        "Ségou",
        "Union des coopératives de Ségou",
        30,
        120,
    ),
    (
        OpportunityKind::Job,
        "Chauffeurs-livreurs",
        "transport",
        "SEN",
        "Dakar",
        "Agence pour l'emploi des jeunes — Dakar",
        12,
        45,
    ),
    (
        OpportunityKind::Training,
        "Aviculture moderne",
        "agriculture",
        "GIN",
        "Kankan",
        "Espoir Guinée",
        15,
        60,
    ),
    (
        OpportunityKind::Job,
        "Ouvriers agricoles — maraîchage",
        "agriculture",
        "SEN",
        "Thiès",
        "Agence pour l'emploi des jeunes — Dakar",
        25,
        75,
    ),
];

/// A receipt as a small, valid PDF: what a paying officer would scan.
fn receipt_pdf(plan: &str, amount: &str) -> Vec<u8> {
    let text = format!("Recu de paiement - plan {plan} - {amount}");
    let stream = format!("BT /F1 12 Tf 40 60 Td ({text}) Tj ET");
    let objects = [
        "<< /Type /Catalog /Pages 2 0 R >>".to_string(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_string(),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 420 120] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>".to_string(),
        format!("<< /Length {} >>\nstream\n{stream}\nendstream", stream.len()),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".to_string(),
    ];
    let mut pdf = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (i, object) in objects.iter().enumerate() {
        offsets.push(pdf.len());
        pdf.extend_from_slice(format!("{} 0 obj\n{object}\nendobj\n", i + 1).as_bytes());
    }
    let xref = pdf.len();
    pdf.extend_from_slice(
        format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes(),
    );
    for offset in offsets {
        pdf.extend_from_slice(format!("{offset:010} 00000 n \n").as_bytes());
    }
    pdf.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    pdf
}

fn recorded(by: UserId, at: OffsetDateTime) -> Recorded {
    Recorded { by, at }
}

/// Answers a returnee might give, better the longer they have been back.
fn answers(ctx: &mut Ctx, scheme: &ScoringScheme, month: u32) -> BTreeMap<String, String> {
    let mut answers = BTreeMap::new();
    for question in &scheme.questions {
        let AnswerKind::Choice { options } = &question.answer else {
            continue;
        };
        if ctx.chance(0.06) {
            answers.insert(question.code.clone(), "dont_know".into());
            continue;
        }
        // Options run from best to worst; later follow-ups lean to the better ones.
        let lean = if month >= 12 { 0.55 } else { 0.35 };
        let index = (0..options.len())
            .find(|_| ctx.chance(lean))
            .unwrap_or(options.len() - 1);
        answers.insert(question.code.clone(), options[index].code.clone());
    }
    answers
}

impl Service {
    pub(super) async fn load_reintegration_demo(
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
        let org = |organisations: &Vec<Organisation>, code: &str| {
            organisations
                .iter()
                .find(|o| o.code.as_str() == code)
                .cloned()
        };

        // Providers of the directory, each an organisation of its own.
        for (code, name, kind, seat, ..) in PROVIDERS {
            let organisation = Organisation::new(
                OrganisationId::from_uuid(ctx.id_at(created)),
                code,
                name,
                *kind,
                seat,
            )?;
            tx.insert_organisation(&organisation).await?;
            organisations.push(organisation);
        }
        let reintegration_countries = ["GIN", "SEN", "MLI", "NGA", "GMB", "CIV", "BFA"];
        for (username, name, role, organisation, countries, language) in [
            (
                "reintegration.approver",
                "Kwame Boateng",
                Role::ReintegrationOfficer,
                "IOM",
                reintegration_countries.to_vec(),
                "en",
            ),
            (
                "provider",
                "Aminata Traoré",
                Role::ServiceProvider,
                "CFP-BKO",
                vec!["MLI"],
                "fr",
            ),
            (
                "provider.gin",
                "Mariama Bah",
                Role::ServiceProvider,
                "ESPOIR-GIN",
                vec!["GIN"],
                "fr",
            ),
        ] {
            let Some(organisation) = org(organisations, organisation) else {
                continue;
            };
            let user = User {
                id: UserId::from_uuid(ctx.id_at(created)),
                username: username.into(),
                display_name: name.into(),
                role,
                organisation_id: organisation.id,
                countries: countries.iter().map(|c| country(c)).collect(),
                language: language.into(),
                disabled: false,
                version: 1,
            };
            tx.insert_user(&user, password_hash).await?;
            summary.push(DemoUser {
                username: username.into(),
                role,
                organisation: organisation.code.as_str().to_string(),
                countries: countries.iter().map(|c| c.to_string()).collect(),
            });
            users.push(user);
        }
        let user = |name: &str| users.iter().find(|u| u.username == name).map(|u| u.id);
        let (Some(officer), Some(approver), Some(admin), Some(monitor)) = (
            user("reintegration"),
            user("reintegration.approver"),
            user("admin"),
            user("monitor"),
        ) else {
            return Err(ServiceError::internal("demo users missing"));
        };
        let iom = org(organisations, "IOM").ok_or_else(|| ServiceError::internal("IOM missing"))?;

        let mut providers = Vec::new();
        for (code, _, _, _, services, areas, capacity) in PROVIDERS {
            let Some(organisation) = org(organisations, code) else {
                continue;
            };
            let input = ProviderInput {
                organisation_id: organisation.id,
                services: services.to_vec(),
                description: None,
                areas: areas
                    .iter()
                    .map(|(c, name, pcode)| ServiceAreaInput {
                        country: (*c).into(),
                        name: Some((*name).into()),
                        pcode: Some((*pcode).into()),
                    })
                    .collect(),
                capacity_per_month: Some(*capacity),
                contact_person: None,
                phone: None,
                email: Some(format!("contact@{}.example", code.to_lowercase())),
            };
            let provider = input.validate(
                ProviderId::from_uuid(ctx.id_at(created)),
                organisation.name.clone(),
                organisation.kind,
                recorded(admin, created),
            )?;
            tx.insert_new(&provider).await?;
            providers.push(provider);
        }

        for (kind, title, sector, country_code, area, offered_by, places, days) in OPPORTUNITIES {
            let input = OpportunityInput {
                kind: *kind,
                title: (*title).into(),
                sector: (*sector).into(),
                country: (*country_code).into(),
                area_name: Some((*area).into()),
                pcode: None,
                offered_by: (*offered_by).into(),
                provider_id: None,
                places: Some(*places),
                closes_on: Some(bayiri_domain::person::format_iso_date(
                    (as_of + Duration::days(*days)).date(),
                )),
                description: None,
            };
            let opportunity = input.validate(
                OpportunityId::from_uuid(ctx.id_at(created)),
                iom.id,
                recorded(officer, as_of - Duration::days(20)),
            )?;
            tx.insert_new(&opportunity).await?;
        }

        // One programme for West Africa; forced returns are not eligible for its grants.
        let ceiling = |currency: &str, per_person: &str, business: &str| CeilingInput {
            currency: currency.into(),
            per_person: per_person.into(),
            per_item: vec![ItemCeilingInput {
                item_type: ItemType::BusinessStartUp,
                per_person: business.into(),
            }],
        };
        let programme = ProgrammeInput {
            code: "IOM-WA-REINT-2026".into(),
            name: "Réintégration durable en Afrique de l'Ouest 2026".into(),
            countries: reintegration_countries
                .iter()
                .map(|c| c.to_string())
                .collect(),
            categories: vec![
                ReturnCategory::AssistedVoluntaryReturnAndReintegration,
                ReturnCategory::AssistedVoluntaryReturn,
                ReturnCategory::SpontaneousReturn,
                ReturnCategory::VoluntaryHumanitarianReturn,
            ],
            ceilings: vec![
                ceiling("XOF", "1000000", "700000"),
                ceiling("GNF", "15000000", "10000000"),
                ceiling("GMD", "90000", "60000"),
                ceiling("NGN", "1800000", "1200000"),
            ],
            max_cash_percent: 40,
            budgets: vec![
                BudgetInput {
                    currency: "XOF".into(),
                    amount: "120000000".into(),
                },
                BudgetInput {
                    currency: "GNF".into(),
                    amount: "900000000".into(),
                },
                BudgetInput {
                    currency: "GMD".into(),
                    amount: "4000000".into(),
                },
                BudgetInput {
                    currency: "NGN".into(),
                    amount: "90000000".into(),
                },
            ],
            follow_up_months: None,
            scheme_code: None,
            active: true,
        }
        .validate(
            ProgrammeId::from_uuid(ctx.id_at(created)),
            iom.id,
            recorded(admin, created),
        )?;
        tx.insert_new(&programme).await?;

        // The arrived cases of the IOM: their follow-ups, and reintegration for some.
        let all: Vec<CountryCode> = CountryCode::all().collect();
        let cases = tx
            .list_cases(&CaseQuery::new(
                ScopeFilter {
                    organisation_id: iom.id,
                    countries: all,
                },
                5000,
            ))
            .await?;
        let scheme = ScoringScheme::default_scheme();
        let mut planned = 0;
        for item in cases {
            let case = tx.case(item.id).await?;
            let Some(arrived_at) = case.arrived_at else {
                continue;
            };
            let arrived_on = arrived_at.date();
            let countries = vec![case.host_country, case.return_country];
            for month in bayiri_domain::reintegration::followup::DEFAULT_MONTHS {
                let mut follow_up = FollowUp::scheduled(
                    FollowUpId::from_uuid(ctx.id_at(arrived_at)),
                    case.id,
                    case.organisation_id,
                    countries.clone(),
                    arrived_on,
                    month,
                );
                let held = OffsetDateTime::new_utc(
                    follow_up.due_on + Duration::days(ctx.rng.random_range(0..10)),
                    Time::from_hms(11, 0, 0).unwrap_or(Time::MIDNIGHT),
                );
                // Most follow-ups whose date has passed were held; the rest are overdue.
                if held < as_of && case.stage != Stage::Closed && ctx.chance(0.8) {
                    let input = SurveyInput {
                        conducted_on: Some(bayiri_domain::person::format_iso_date(held.date())),
                        method: *ctx.pick(&SurveyMethod::ALL),
                        answers: answers(ctx, &scheme, month),
                        note: None,
                    };
                    let by = if ctx.chance(0.5) { monitor } else { officer };
                    let survey = input.validate(&scheme, arrived_on, recorded(by, held))?;
                    follow_up
                        .record_survey(survey)
                        .map_err(|e| ServiceError::internal(e.code()))?;
                }
                tx.insert_new(&follow_up).await?;
            }
            let in_reintegration = matches!(case.stage, Stage::Reintegration | Stage::Monitoring);
            let eligible = programme.ineligibility(&case).is_empty();
            if !in_reintegration || !eligible || planned >= 24 {
                continue;
            }
            let Some(currency) = programme.currencies().find(|c| {
                c.as_str() == crate::demo::journey::currency_of(case.return_country).as_str()
            }) else {
                continue;
            };
            planned += 1;
            self.demo_plan(
                ctx,
                &mut tx,
                &case,
                &programme,
                currency,
                (officer, approver),
            )
            .await?;
            if let Some(provider) = providers
                .iter()
                .find(|p| p.areas.iter().any(|a| a.country == case.return_country))
                && ctx.chance(0.7)
            {
                self.demo_referral(ctx, &mut tx, &case, provider, officer)
                    .await?;
            }
        }
        tx.commit().await?;
        Ok(())
    }

    /// A needs assessment and an approved plan with its first tranche paid.
    async fn demo_plan(
        &self,
        ctx: &mut Ctx,
        tx: &mut Box<dyn Tx>,
        case: &Case,
        programme: &Programme,
        currency: bayiri_domain::money::Currency,
        (officer, approver): (UserId, UserId),
    ) -> Result<()> {
        let Some(arrived_at) = case.arrived_at else {
            return Ok(());
        };
        let assessed = arrived_at + Duration::days(ctx.rng.random_range(3..15));
        // Nothing is recorded in the future: assessment, draft and approval take up to 20 days.
        if assessed + Duration::days(6) > ctx.as_of {
            return Ok(());
        }
        let level =
            |ctx: &mut Ctx| *ctx.pick(&[NeedLevel::Low, NeedLevel::Medium, NeedLevel::High]);
        let assessment = NeedsAssessmentInput {
            assessed_on: Some(bayiri_domain::person::format_iso_date(assessed.date())),
            economic: NeedAreaInput {
                level: NeedLevel::High,
                note: None,
            },
            social: NeedAreaInput {
                level: level(ctx),
                note: None,
            },
            psychosocial: NeedAreaInput {
                level: level(ctx),
                note: None,
            },
            skills: vec![
                ctx.pick(&[
                    "commerce",
                    "agriculture",
                    "couture",
                    "mécanique",
                    "maçonnerie",
                ])
                .to_string(),
            ],
            education: None,
            family_situation: None,
            priorities: vec![ItemType::BusinessStartUp, ItemType::VocationalTraining],
        }
        .validate(
            AssessmentId::from_uuid(ctx.id_at(assessed)),
            case.id,
            case.organisation_id,
            Some(arrived_at.date()),
            recorded(officer, assessed),
        )?;
        tx.insert_new(&assessment).await?;

        // Amounts scaled from the programme's business ceiling in the plan's currency.
        let ceiling = programme
            .ceilings
            .iter()
            .find(|c| c.currency == currency)
            .ok_or_else(|| ServiceError::internal("demo ceiling missing"))?;
        let business_cap = ceiling
            .per_item
            .first()
            .map(|i| i.per_person.minor)
            .unwrap_or(ceiling.per_person.minor);
        let unit = 10_i64.pow(u32::from(currency.decimals()));
        let round = |minor: i64| (minor / (1000 * unit)).max(1) * 1000 * unit;
        let business = round(business_cap * ctx.rng.random_range(60..95) / 100);
        let training = round(ceiling.per_person.minor / 10);
        let text = |minor: i64| Money::new(minor, currency).amount_text();
        let first = round(business / 2);
        let content = PlanContentInput {
            title: (*ctx.pick(&[
                "Boutique de céréales",
                "Atelier de couture",
                "Élevage de petits ruminants",
                "Moto-taxi",
                "Maraîchage",
            ]))
            .to_string(),
            currency: currency.as_str().into(),
            items: vec![
                PlanItemInput {
                    item_type: ItemType::BusinessStartUp,
                    description: "Stock, tools and premises".into(),
                    budget: text(business),
                    modality: Modality::InKind,
                    opportunity_id: None,
                },
                PlanItemInput {
                    item_type: ItemType::VocationalTraining,
                    description: "Book-keeping and management course".into(),
                    budget: text(training),
                    modality: Modality::Cash,
                    opportunity_id: None,
                },
            ],
            milestones: vec![
                MilestoneInput {
                    description: "Premises rented and first stock bought".into(),
                    due_on: None,
                    amount: text(first + training),
                },
                MilestoneInput {
                    description: "Business running for three months".into(),
                    due_on: None,
                    amount: text(business - first),
                },
            ],
        }
        .validate(|| RecordId::from_uuid(ctx.id_at(assessed)))?;
        let person = tx.person(case.principal).await?;
        let drafted = assessed + Duration::days(2);
        let mut plan = Plan::draft(
            PlanId::from_uuid(ctx.id_at(drafted)),
            programme,
            PlanKind::Individual,
            vec![Beneficiary {
                case_id: case.id,
                case_number: case.number.to_string(),
                person_id: person.id,
                name: person.display_name(),
            }],
            case.organisation_id,
            vec![case.return_country, case.host_country],
            content,
            recorded(officer, drafted),
        )
        .map_err(|e| ServiceError::internal(e.to_string()))?;
        let approved = drafted + Duration::days(3);
        plan.submit(programme, recorded(officer, drafted + Duration::hours(1)))
            .and_then(|_| {
                plan.approve(
                    programme,
                    Money::zero(currency),
                    recorded(approver, approved),
                )
            })
            .map_err(|e| ServiceError::internal(e.to_string()))?;
        let paid_at = approved + Duration::days(7);
        if paid_at < ctx.as_of {
            let milestone = plan.milestones[0].id;
            let amount = plan.milestones[0].amount;
            plan.reach_milestone(milestone, paid_at.date(), None, recorded(officer, paid_at))
                .map_err(|e| ServiceError::internal(e.to_string()))?;
            let bytes = receipt_pdf(&case.number.to_string(), &amount.to_string());
            let meta = AttachmentMeta {
                id: AttachmentId::from_uuid(ctx.id_at(paid_at)),
                file_name: format!("recu-{}.pdf", case.number),
                content_type: "application/pdf".into(),
                size: bytes.len() as u64,
                sha256: Sha256::digest(&bytes)
                    .iter()
                    .map(|b| format!("{b:02x}"))
                    .collect(),
            };
            plan.pay_tranche(Tranche {
                id: RecordId::from_uuid(ctx.id_at(paid_at)),
                milestone_id: milestone,
                amount,
                modality: Modality::InKind,
                paid_on: paid_at.date(),
                proofs: vec![meta.clone()],
                note: None,
                recorded: recorded(officer, paid_at),
            })
            .map_err(|e| ServiceError::internal(e.to_string()))?;
            tx.insert_new(&plan).await?;
            tx.insert_attachment(&meta, plan.id, &bytes).await?;
        } else {
            tx.insert_new(&plan).await?;
        }
        Ok(())
    }

    async fn demo_referral(
        &self,
        ctx: &mut Ctx,
        tx: &mut Box<dyn Tx>,
        case: &Case,
        provider: &bayiri_domain::reintegration::directory::Provider,
        officer: UserId,
    ) -> Result<()> {
        let Some(arrived_at) = case.arrived_at else {
            return Ok(());
        };
        let person = tx.person(case.principal).await?;
        let service = provider.services[0];
        let input = ReferralInput {
            provider_id: provider.id,
            service,
            reason: "Needs support to start the activity of the plan.".into(),
            plan_id: None,
        };
        let sent = arrived_at + Duration::days(ctx.rng.random_range(10..30));
        if sent > ctx.as_of {
            return Ok(());
        }
        let referral = ServiceReferral {
            id: ReferralId::from_uuid(ctx.id_at(sent)),
            case_id: case.id,
            case_number: case.number.to_string(),
            case_organisation: case.organisation_id,
            case_countries: vec![case.host_country, case.return_country],
            provider_id: provider.id,
            provider_organisation: provider.organisation_id,
            provider_name: provider.name.clone(),
            service: input.service,
            plan_id: None,
            person: ReferredPerson {
                person_id: person.id,
                name: person.display_name(),
                languages: person
                    .details
                    .languages
                    .iter()
                    .map(|l| l.as_str().to_string())
                    .collect(),
                phone: None,
                locality: case.community_of_return.locality.clone(),
            },
            reason: input.reason()?,
            status: ReferralStatus::Sent,
            sent: recorded(officer, sent),
            response: None,
            completion: None,
            messages: Vec::new(),
            version: 1,
        };
        tx.insert_new(&referral).await?;
        Ok(())
    }
}
