//! The case page: who, where the case stands, what can be done now and what blocks it, every
//! record the user may see, the forms their role may use, and the timeline.

use super::cases::Choice;
use super::formstate::FormState;
use super::render::{Chrome, Failure, page};
use super::session::PageUser;
use crate::AppState;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use bayiri_domain::access::Permission;
use bayiri_domain::case::*;
use bayiri_domain::ids::{CaseId, PersonId};
use bayiri_domain::person::{DatePrecision, GuardianKind, Person, Script};
use bayiri_domain::screening::{
    ScreeningAnswers, SpecialNeed, TraffickingIndicator, VulnerabilityCategory,
};
use bayiri_service::views::{CaseView, EventView};
use serde::Deserialize;

/// Languages offered in counselling and consent forms, by their own names.
pub const LANGUAGES: &[(&str, &str)] = &[
    ("fr", "Français"),
    ("en", "English"),
    ("pt", "Português"),
    ("ar", "العربية"),
    ("es", "Español"),
    ("ha", "Hausa"),
    ("ff", "Fulfulde / Pulaar"),
    ("wo", "Wolof"),
    ("bm", "Bamanankan"),
    ("mos", "Mooré"),
    ("dje", "Zarma"),
    ("taq", "Tamasheq"),
    ("snk", "Soninke"),
    ("sus", "Sosoxui"),
    ("man", "Maninka"),
    ("mnk", "Mandinka"),
    ("dyu", "Julakan"),
    ("kri", "Krio"),
    ("tem", "Temne"),
    ("men", "Mende"),
    ("yo", "Yorùbá"),
    ("ig", "Igbo"),
    ("pcm", "Naijá"),
    ("ak", "Akan"),
    ("ee", "Eʋegbe"),
    ("fon", "Fɔngbè"),
    ("pov", "Kriyol"),
    ("kea", "Kabuverdianu"),
    ("ti", "ትግርኛ"),
    ("so", "Soomaali"),
];

pub struct Row2 {
    pub label: String,
    pub value: String,
}

pub struct GuardRow {
    pub explanation: String,
    pub remedy: String,
    /// The section of the page where the user can act on it.
    pub anchor: &'static str,
}

pub struct MoveRow {
    pub to: String,
    pub label: String,
    pub backwards: bool,
    pub guards: Vec<GuardRow>,
}

pub struct RecordRow {
    pub id: String,
    pub title: String,
    pub facts: Vec<Row2>,
    /// Still open (consent not withdrawn, concern not closed).
    pub active: bool,
}

pub struct TimelineRow {
    pub when: String,
    pub who: String,
    pub what: String,
    pub reason: Option<String>,
}

pub struct Perms {
    pub counselling: bool,
    pub consent: bool,
    pub screening: bool,
    pub protection: bool,
    pub referral: bool,
    pub child: bool,
    pub travel: bool,
    pub decision: bool,
    pub sensitive: bool,
    pub close: bool,
}

pub struct Options {
    pub languages: Vec<Choice>,
    pub modes: Vec<Choice>,
    pub topics: Vec<Choice>,
    pub purposes: Vec<Choice>,
    pub methods: Vec<Choice>,
    pub concern_kinds: Vec<Choice>,
    pub services: Vec<Choice>,
    pub guardian_kinds: Vec<Choice>,
    pub outcomes: Vec<Choice>,
    pub document_kinds: Vec<Choice>,
    pub closure_reasons: Vec<Choice>,
    pub withdrawal_outcomes: Vec<Choice>,
}

#[derive(Template)]
#[template(path = "case.html")]
pub struct CasePage {
    pub c: Chrome,
    pub id: String,
    pub number: String,
    pub version: i64,
    pub name: String,
    pub original_name: Option<String>,
    pub badges: Vec<(String, String)>,
    pub summary: Vec<Row2>,
    pub flags: Vec<String>,
    pub closed_as: Option<String>,
    pub special_needs: Vec<String>,
    pub vulnerabilities: Option<Vec<String>>,
    pub urgent: bool,
    pub person: Vec<Row2>,
    pub person_id: String,
    pub family: Vec<(String, String, String)>,
    pub moves: Vec<MoveRow>,
    pub is_closed: bool,
    pub is_forced: bool,
    pub perms: Perms,
    pub options: Options,
    pub sessions: Vec<RecordRow>,
    pub consents: Vec<RecordRow>,
    pub concerns: Vec<RecordRow>,
    pub referrals: Vec<RecordRow>,
    pub assessments: Vec<RecordRow>,
    pub documents: Vec<RecordRow>,
    pub guardian: Option<String>,
    pub decision: Option<String>,
    pub screened_on: Option<String>,
    pub timeline: Vec<TimelineRow>,
    pub form: FormState,
    pub today: String,
    /// The journey section: consular requests, readiness to travel, operations, arrivals.
    pub journey: Option<super::journey::case_section::CaseJourney>,
    /// The reintegration section: needs, plans, referrals, follow-ups.
    pub reintegration: Option<super::reintegration::case_section::ReintegrationSection>,
}

fn list<T: Copy>(c: &Chrome, kind: &str, all: &[T], name: impl Fn(&T) -> String) -> Vec<Choice> {
    all.iter()
        .map(|v| (name(v), c.tr.word(kind, &name(v)), false))
        .collect()
}

fn enum_name<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

fn options(c: &Chrome) -> Options {
    use ConsentPurpose as P;
    use CounsellingTopic as T;
    Options {
        languages: LANGUAGES
            .iter()
            .map(|(code, name)| (code.to_string(), format!("{name} ({code})"), false))
            .collect(),
        modes: list(
            c,
            "mode",
            &[
                CounsellingMode::InPerson,
                CounsellingMode::Phone,
                CounsellingMode::Video,
            ],
            enum_name,
        ),
        topics: list(
            c,
            "topic",
            &[
                T::ReturnProcess,
                T::ReintegrationAssistance,
                T::RightToSeekAsylum,
                T::SituationInCountryOfReturn,
                T::TravelArrangements,
                T::RightToWithdraw,
                T::HealthAndSpecialNeeds,
                T::DataProtection,
            ],
            enum_name,
        ),
        purposes: list(
            c,
            "purpose",
            &[
                P::Return,
                P::DataProcessing,
                P::DataSharingWithAuthorities,
                P::DataSharingWithServiceProviders,
                P::FollowUpContact,
            ],
            enum_name,
        ),
        methods: list(
            c,
            "method",
            &[
                ConsentMethod::Signature,
                ConsentMethod::Thumbprint,
                ConsentMethod::WitnessedOral,
            ],
            enum_name,
        ),
        concern_kinds: list(
            c,
            "concern",
            &[
                ProtectionConcernKind::NonRefoulementRisk,
                ProtectionConcernKind::PendingAsylumClaim,
                ProtectionConcernKind::SuspensiveAppeal,
                ProtectionConcernKind::Other,
            ],
            enum_name,
        ),
        services: list(
            c,
            "service",
            &[
                ReferralService::AntiTrafficking,
                ReferralService::ChildProtection,
                ReferralService::Medical,
                ReferralService::Psychosocial,
                ReferralService::Legal,
                ReferralService::Shelter,
                ReferralService::Asylum,
                ReferralService::Other,
            ],
            enum_name,
        ),
        guardian_kinds: list(
            c,
            "guardian-kind",
            &[
                GuardianKind::Parent,
                GuardianKind::Relative,
                GuardianKind::AppointedLegalGuardian,
                GuardianKind::ChildProtectionAuthority,
            ],
            enum_name,
        ),
        outcomes: list(
            c,
            "bia",
            &[
                BestInterestsOutcome::ReturnInBestInterests,
                BestInterestsOutcome::ReturnNotInBestInterests,
            ],
            enum_name,
        ),
        document_kinds: list(
            c,
            "document",
            &[
                TravelDocumentKind::Passport,
                TravelDocumentKind::EmergencyTravelDocument,
                TravelDocumentKind::LaissezPasser,
            ],
            enum_name,
        ),
        closure_reasons: list(c, "closure", &ClosureReason::ALL, |r| {
            r.as_str().to_string()
        }),
        withdrawal_outcomes: list(
            c,
            "outcome",
            &[
                WithdrawalOutcome::BackToCounselling,
                WithdrawalOutcome::CloseCase,
            ],
            enum_name,
        ),
    }
}

/// Where on the page the user acts on a guard.
fn anchor(code: &str) -> &'static str {
    match code {
        "counselling_missing" => "counselling",
        "consent_missing" => "consents",
        "return_decision_missing" => "decision",
        "protection_concern_open" => "concerns",
        "trafficking_referral_missing" => "referrals",
        "guardian_missing"
        | "best_interests_assessment_missing"
        | "best_interests_against_return" => "child",
        "travel_document_missing" | "travel_document_not_valid" => "documents",
        "fitness_to_travel_missing"
        | "unfit_to_travel"
        | "medical_escort_missing"
        | "child_escort_missing"
        | "escort_officer_missing"
        | "interpreter_missing" => "journey",
        _ => "moves",
    }
}

fn dob_text(c: &Chrome, person: &bayiri_service::views::PersonSummary) -> String {
    match person.date_of_birth {
        None => c.t("unknown"),
        Some(dob) => match dob.precision() {
            DatePrecision::YearOnly => format!("{} ({})", dob.year(), c.t("precision-year-only")),
            DatePrecision::Estimated => format!(
                "{} ({})",
                c.tr.date(&dob.date()),
                c.t("precision-estimated")
            ),
            DatePrecision::Exact => c.tr.date(&dob.date()),
        },
    }
}

/// Builds the page for a case view, its history and the form being redisplayed.
pub fn build(
    user: &PageUser,
    view: &CaseView,
    person: Option<&Person>,
    events: &[EventView],
    names: &std::collections::HashMap<bayiri_domain::ids::UserId, String>,
    form: FormState,
    today: time::Date,
) -> CasePage {
    let c = user
        .chrome("case-title", "cases")
        .with_title(format!("{} — {}", view.number, view.principal.display_name));
    let tr = &c.tr;
    let actor = &user.actor;
    let name_of =
        |id: &bayiri_domain::ids::UserId| names.get(id).cloned().unwrap_or_else(|| tr.t("someone"));
    let sensitive = view.sensitive.as_ref();

    let mut badges = vec![
        ("stage".to_string(), tr.word("stage", view.stage.as_str())),
        (
            view.priority.as_str().to_string(),
            tr.word("priority", view.priority.as_str()),
        ),
    ];
    badges.push(("".into(), view.eurostat_return_type.code().to_string()));
    let community = [
        view.community_of_return.locality.clone(),
        view.community_of_return
            .admin2
            .as_ref()
            .map(|a| a.name.clone()),
        view.community_of_return
            .admin1
            .as_ref()
            .map(|a| match &a.pcode {
                Some(p) => format!("{} ({p})", a.name),
                None => a.name.clone(),
            }),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(", ");
    let summary = vec![
        Row2 {
            label: tr.t("field-category"),
            value: tr.word("category", view.category.as_str()),
        },
        Row2 {
            label: tr.t("field-host-country"),
            value: tr.country(view.host_country.as_str()),
        },
        Row2 {
            label: tr.t("field-return-country"),
            value: format!(
                "{} ({})",
                tr.country(view.return_country.as_str()),
                tr.word("relation", &enum_name(&view.return_country_relation))
            ),
        },
        Row2 {
            label: tr.t("field-community"),
            value: if community.is_empty() {
                tr.t("unknown")
            } else {
                community
            },
        },
        Row2 {
            label: tr.t("field-opened"),
            value: tr.date(&view.opened_at.date()),
        },
        Row2 {
            label: tr.t("field-in-stage-since"),
            value: tr.date(&view.stage_entered_at.date()),
        },
        Row2 {
            label: tr.t("field-case-worker"),
            value: view
                .case_worker
                .as_ref()
                .map(name_of)
                .unwrap_or_else(|| tr.t("nobody")),
        },
    ];

    let p = &view.principal;
    let mut person_rows = vec![
        Row2 {
            label: tr.t("field-sex"),
            value: tr.word("sex", &enum_name(&p.sex)),
        },
        Row2 {
            label: tr.t("field-date-of-birth"),
            value: dob_text(&c, p),
        },
        Row2 {
            label: tr.t("field-nationality"),
            value: match (&p.nationality.verified, p.nationality.claimed) {
                (Some(v), _) => format!(
                    "{} ({})",
                    tr.country(v.country.as_str()),
                    tr.t("nationality-verified")
                ),
                (None, Some(claimed)) => format!(
                    "{} ({})",
                    tr.country(claimed.as_str()),
                    tr.t("nationality-claimed")
                ),
                (None, None) => tr.t("unknown"),
            },
        },
    ];
    if let Some(person) = person {
        let languages: Vec<String> = person
            .details
            .languages
            .iter()
            .map(|l| {
                LANGUAGES
                    .iter()
                    .find(|(code, _)| *code == l.as_str())
                    .map(|(_, n)| n.to_string())
                    .unwrap_or_else(|| l.english_name().to_string())
            })
            .collect();
        person_rows.push(Row2 {
            label: tr.t("field-languages"),
            value: if languages.is_empty() {
                tr.t("unknown")
            } else {
                languages.join(", ")
            },
        });
        for alias in &person.details.names.aliases {
            person_rows.push(Row2 {
                label: tr.t("field-alias"),
                value: format!("{} {}", alias.given_names, alias.family_name),
            });
        }
        for contact in &person.details.contacts {
            person_rows.push(Row2 {
                label: tr.word("contact", &enum_name(&contact.kind)),
                value: contact.value.clone(),
            });
        }
        for document in &person.details.identity_documents {
            person_rows.push(Row2 {
                label: tr.word("id-document", &enum_name(&document.kind)),
                value: document.number.clone(),
            });
        }
    }
    let family = view
        .family_members
        .iter()
        .map(|m| {
            (
                m.person_id.to_string(),
                m.person
                    .as_ref()
                    .map(|p| p.display_name.clone())
                    .unwrap_or_default(),
                tr.word("relationship", &enum_name(&m.relationship)),
            )
        })
        .collect();

    let moves = view
        .next_moves
        .iter()
        .filter(|m| m.allowed_for_role)
        .map(|m| MoveRow {
            to: m.to.as_str().to_string(),
            label: if m.to < view.stage {
                tr.word("move-back", m.to.as_str())
            } else {
                tr.word("move-to", m.to.as_str())
            },
            backwards: m.to < view.stage,
            guards: m
                .unmet_guards
                .iter()
                .map(|g| GuardRow {
                    explanation: tr.word("guard", &g.code),
                    remedy: tr.t(&format!("guard-{}-remedy", g.code.replace('_', "-"))),
                    anchor: anchor(&g.code),
                })
                .collect(),
        })
        .collect();

    let recorded = |r: &Recorded| format!("{} — {}", name_of(&r.by), tr.datetime(&r.at));
    let sessions = view
        .counselling_sessions
        .iter()
        .map(|s| RecordRow {
            id: s.id.to_string(),
            title: format!(
                "{} — {}",
                tr.date(&s.held_on),
                tr.word("mode", &enum_name(&s.mode))
            ),
            facts: vec![
                Row2 {
                    label: tr.t("field-language"),
                    value: s.language.as_str().to_string(),
                },
                Row2 {
                    label: tr.t("field-interpreter"),
                    value: s.interpreter.clone().unwrap_or_else(|| tr.t("none")),
                },
                Row2 {
                    label: tr.t("field-topics"),
                    value: s
                        .topics
                        .iter()
                        .map(|t| tr.word("topic", &enum_name(t)))
                        .collect::<Vec<_>>()
                        .join(", "),
                },
                Row2 {
                    label: tr.t("field-notes"),
                    value: s.notes.clone().unwrap_or_default(),
                },
                Row2 {
                    label: tr.t("field-recorded"),
                    value: recorded(&s.recorded),
                },
            ],
            active: true,
        })
        .collect();
    let consents = view
        .consents
        .iter()
        .map(|k| {
            let mut facts = vec![
                Row2 {
                    label: tr.t("field-given-on"),
                    value: tr.date(&k.given_on),
                },
                Row2 {
                    label: tr.t("field-method"),
                    value: tr.word("method", &enum_name(&k.method)),
                },
                Row2 {
                    label: tr.t("field-language"),
                    value: k.language.as_str().to_string(),
                },
            ];
            if let Some(w) = &k.witness {
                facts.push(Row2 {
                    label: tr.t("field-witness"),
                    value: w.clone(),
                });
            }
            if let Some(i) = &k.interpreter {
                facts.push(Row2 {
                    label: tr.t("field-interpreter"),
                    value: i.clone(),
                });
            }
            if let Some(w) = &k.withdrawal {
                facts.push(Row2 {
                    label: tr.t("consent-withdrawn-on"),
                    value: format!(
                        "{} {}",
                        tr.date(&w.withdrawn_on),
                        w.reason.clone().unwrap_or_default()
                    ),
                });
            }
            RecordRow {
                id: k.id.to_string(),
                title: tr.word("purpose", &enum_name(&k.purpose)),
                facts,
                active: k.is_active(),
            }
        })
        .collect();
    let concerns = sensitive
        .map(|s| {
            s.protection_concerns
                .iter()
                .map(|k| {
                    let mut facts = vec![
                        Row2 {
                            label: tr.t("field-description"),
                            value: k.description.clone(),
                        },
                        Row2 {
                            label: tr.t("field-recorded"),
                            value: recorded(&k.recorded),
                        },
                    ];
                    if let Some(closure) = &k.closure {
                        facts.push(Row2 {
                            label: tr.t("field-resolution"),
                            value: format!(
                                "{} ({})",
                                closure.resolution,
                                recorded(&closure.recorded)
                            ),
                        });
                    }
                    RecordRow {
                        id: k.id.to_string(),
                        title: tr.word("concern", &enum_name(&k.kind)),
                        facts,
                        active: k.is_open(),
                    }
                })
                .collect()
        })
        .unwrap_or_default();
    let referrals = sensitive
        .map(|s| {
            s.referrals
                .iter()
                .map(|r| RecordRow {
                    id: r.id.to_string(),
                    title: format!(
                        "{} — {}",
                        tr.word("service", &enum_name(&r.service)),
                        r.provider
                    ),
                    facts: vec![
                        Row2 {
                            label: tr.t("field-sent-on"),
                            value: tr.date(&r.sent_on),
                        },
                        Row2 {
                            label: tr.t("field-status"),
                            value: tr.word("referral-status", &enum_name(&r.status)),
                        },
                        Row2 {
                            label: tr.t("field-note"),
                            value: r.note.clone().unwrap_or_default(),
                        },
                    ],
                    active: true,
                })
                .collect()
        })
        .unwrap_or_default();
    let assessments = sensitive
        .map(|s| {
            s.best_interests_assessments
                .iter()
                .map(|a| RecordRow {
                    id: a.id.to_string(),
                    title: format!(
                        "{} — {}",
                        tr.date(&a.assessed_on),
                        tr.word("bia", &enum_name(&a.outcome))
                    ),
                    facts: vec![
                        Row2 {
                            label: tr.t("field-assessed-by"),
                            value: a.assessed_by.clone(),
                        },
                        Row2 {
                            label: tr.t("field-summary"),
                            value: a.summary.clone().unwrap_or_default(),
                        },
                    ],
                    active: true,
                })
                .collect()
        })
        .unwrap_or_default();
    let documents = view
        .travel_documents
        .iter()
        .map(|d| RecordRow {
            id: d.id.to_string(),
            title: format!("{} {}", tr.word("document", &enum_name(&d.kind)), d.number),
            facts: vec![
                Row2 {
                    label: tr.t("field-issuing-country"),
                    value: tr.country(d.issuing_country.as_str()),
                },
                Row2 {
                    label: tr.t("field-issued-on"),
                    value: tr.date(&d.issued_on),
                },
                Row2 {
                    label: tr.t("field-expires-on"),
                    value: tr.date(&d.expires_on),
                },
            ],
            active: d.is_valid_on(today),
        })
        .collect();

    let timeline = events
        .iter()
        .rev()
        .map(|e| TimelineRow {
            when: tr.datetime(&e.at),
            who: name_of(&e.actor),
            what: event_text(&c, e),
            reason: e.reason.clone(),
        })
        .collect();

    let can = |p: Permission| actor.can(p);
    let perms = Perms {
        counselling: can(Permission::CounsellingWrite),
        consent: can(Permission::ConsentWrite),
        screening: can(Permission::ScreeningWrite),
        protection: can(Permission::ProtectionWrite) && sensitive.is_some(),
        referral: can(Permission::ReferralWrite) && sensitive.is_some(),
        child: can(Permission::ChildProtectionWrite),
        travel: can(Permission::TravelDocumentWrite),
        decision: can(Permission::ReturnDecisionWrite),
        sensitive: sensitive.is_some(),
        close: actor.role().can_move_to(Stage::Closed),
    };
    let options = options(&c);
    CasePage {
        id: view.id.to_string(),
        number: view.number.to_string(),
        version: view.version,
        name: p.display_name.clone(),
        original_name: p.original_script_name.clone().filter(|n| !n.is_empty()),
        badges,
        summary,
        flags: view
            .flags
            .iter()
            .map(|f| f.as_str().replace('_', " "))
            .collect(),
        closed_as: view
            .closure
            .as_ref()
            .map(|cl| tr.word("closure", cl.reason.as_str())),
        special_needs: view
            .special_needs
            .iter()
            .map(|n| tr.word("need", &enum_name(n)))
            .collect(),
        urgent: view.special_needs.contains(&SpecialNeed::Guardian)
            || view.priority == bayiri_domain::screening::Priority::Urgent,
        vulnerabilities: sensitive.map(|s| {
            s.screening
                .as_ref()
                .map(|sc| {
                    sc.result
                        .categories
                        .iter()
                        .map(|v| tr.word("vulnerability", &enum_name(v)))
                        .collect()
                })
                .unwrap_or_default()
        }),
        screened_on: sensitive
            .and_then(|s| s.screening.as_ref())
            .map(|s| tr.date(&s.screened_on)),
        person: person_rows,
        person_id: p.id.to_string(),
        family,
        moves,
        is_closed: view.stage == Stage::Closed,
        is_forced: !view.category.is_voluntary(),
        perms,
        options,
        sessions,
        consents,
        concerns,
        referrals,
        assessments,
        documents,
        guardian: view.guardian.as_ref().map(|g| {
            let mut text = format!(
                "{} ({})",
                g.name,
                tr.word("guardian-kind", &enum_name(&g.kind))
            );
            if let Some(org) = &g.organisation {
                text.push_str(&format!(" — {org}"));
            }
            text
        }),
        decision: view.return_decision.as_ref().map(|d| {
            format!(
                "{} — {} — {}",
                d.reference,
                d.authority,
                tr.date(&d.decided_on)
            )
        }),
        timeline,
        form,
        today: bayiri_domain::person::format_iso_date(today),
        journey: None,
        reintegration: None,
        c,
    }
}

/// One line of the timeline in the user's language.
fn event_text(c: &Chrome, event: &EventView) -> String {
    let tr = &c.tr;
    let label = tr.word("event", &event.kind);
    if event.restricted {
        return format!("{label} ({})", tr.t("restricted"));
    }
    let data = event.data.as_ref();
    let field = |name: &str| {
        data.and_then(|d| d.get(name))
            .and_then(|v| v.as_str())
            .unwrap_or_default()
            .to_string()
    };
    match event.kind.as_str() {
        "stage_changed" => format!(
            "{label}: {} → {}",
            tr.word("stage", &field("from")),
            tr.word("stage", &field("to"))
        ),
        "case_closed" => format!("{label}: {}", tr.word("closure", &field("closure_reason"))),
        "case_reopened" => format!("{label}: {}", tr.word("stage", &field("to"))),
        "consent_recorded" => format!("{label}: {}", tr.word("purpose", &field("purpose"))),
        "protection_concern_raised" => format!("{label}: {}", tr.word("concern", &field("kind"))),
        "referral_recorded" => format!("{label}: {}", tr.word("service", &field("service"))),
        "travel_document_recorded" => format!("{label}: {}", tr.word("document", &field("kind"))),
        _ => label,
    }
}

#[derive(Debug, Deserialize)]
pub struct CaseQuery {
    done: Option<String>,
}

/// Loads everything the case page shows and renders it, possibly redisplaying a form.
pub async fn render(
    state: &AppState,
    user: &PageUser,
    id: CaseId,
    form: FormState,
    status: StatusCode,
    notice: Option<String>,
) -> Result<Response, Failure> {
    let lang = user.lang;
    let fail = |e| Failure::Service(e, lang);
    let view = state
        .service
        .get_case(&user.actor, id)
        .await
        .map_err(fail)?;
    let events = state
        .service
        .case_events(&user.actor, id)
        .await
        .map_err(fail)?;
    let person = state
        .service
        .get_person(&user.actor, view.principal.id)
        .await
        .ok();
    let names = state.service.user_names(&user.actor).await.map_err(fail)?;
    let reintegration = super::reintegration::case_section::build(state, user, &view, &form).await;
    let mut case_page = build(
        user,
        &view,
        person.as_ref(),
        &events,
        &names,
        form,
        state.service.today(),
    );
    case_page.journey = Some(super::journey::case_section::build(state, user, &view).await);
    case_page.reintegration = reintegration;
    case_page.c.notice = notice;
    Ok(page(status, &case_page))
}

pub async fn page_handler(
    State(state): State<AppState>,
    user: PageUser,
    Path(id): Path<String>,
    Query(query): Query<CaseQuery>,
) -> Result<Response, Failure> {
    let id: CaseId = id.parse().map_err(|_| Failure::NotFound(user.lang))?;
    let notice = query.done.map(|key| {
        Chrome::anonymous(user.lang, "case-title").t(&format!("done-{}", key.replace('_', "-")))
    });
    render(
        &state,
        &user,
        id,
        FormState::default(),
        StatusCode::OK,
        notice,
    )
    .await
}

// ---------------------------------------------------------------------------------------------
// Screening form

pub struct Question {
    pub name: String,
    pub label: String,
    pub checked: bool,
}

#[derive(Template)]
#[template(path = "screening.html")]
pub struct ScreeningPage {
    pub c: Chrome,
    pub id: String,
    pub number: String,
    pub name: String,
    pub under_18: String,
    pub with_parent: String,
    pub accommodation: String,
    pub questions: Vec<Question>,
    pub indicators: Vec<Question>,
    pub current: Option<Vec<String>>,
}

pub fn screening_page(
    user: &PageUser,
    view: &CaseView,
    answers: &ScreeningAnswers,
) -> ScreeningPage {
    let c = user.chrome("screening-title", "cases");
    let tr = &c.tr;
    let question = |name: &str, checked: bool| Question {
        name: name.to_string(),
        label: tr.t(&format!("q-{}", name.replace('_', "-"))),
        checked,
    };
    let indicators = [
        TraffickingIndicator::DeceivedAboutWorkOrConditions,
        TraffickingIndicator::DocumentsConfiscated,
        TraffickingIndicator::DebtBondage,
        TraffickingIndicator::RestrictedMovement,
        TraffickingIndicator::ThreatsOrViolence,
        TraffickingIndicator::NoControlOverEarnings,
        TraffickingIndicator::ForcedLabour,
        TraffickingIndicator::SexualExploitation,
    ]
    .iter()
    .map(|i| {
        let name = enum_name(i);
        Question {
            label: tr.word("indicator", &name),
            checked: answers.trafficking_indicators.contains(i),
            name,
        }
    })
    .collect();
    let tri = |v: Option<bool>| {
        match v {
            Some(true) => "yes",
            Some(false) => "no",
            None => "",
        }
        .to_string()
    };
    ScreeningPage {
        id: view.id.to_string(),
        number: view.number.to_string(),
        name: view.principal.display_name.clone(),
        under_18: tri(answers.under_18),
        with_parent: tri(answers.with_parent_or_usual_caregiver),
        accommodation: tri(answers.accommodation_on_arrival),
        questions: vec![
            question(
                "identified_victim_of_trafficking",
                answers.identified_victim_of_trafficking,
            ),
            question("disability", answers.disability),
            question("uses_wheelchair", answers.uses_wheelchair),
            question(
                "serious_medical_condition",
                answers.serious_medical_condition,
            ),
            question("needs_medical_escort", answers.needs_medical_escort),
            question("pregnant", answers.pregnant),
            question(
                "single_woman_or_female_head_of_household",
                answers.single_woman_or_female_head_of_household,
            ),
            question(
                "survivor_of_violence_or_torture",
                answers.survivor_of_violence_or_torture,
            ),
            question("needs_interpreter", answers.needs_interpreter),
        ],
        indicators,
        current: view
            .sensitive
            .as_ref()
            .and_then(|s| s.screening.as_ref())
            .map(|s| {
                s.result
                    .categories
                    .iter()
                    .map(|v: &VulnerabilityCategory| tr.word("vulnerability", &enum_name(v)))
                    .collect()
            }),
        c,
    }
}

pub async fn screening_form(
    State(state): State<AppState>,
    user: PageUser,
    Path(id): Path<String>,
) -> Result<Response, Failure> {
    let id: CaseId = id.parse().map_err(|_| Failure::NotFound(user.lang))?;
    if !user.actor.can(Permission::ScreeningWrite) {
        return Err(Failure::Service(
            bayiri_service::ServiceError::Forbidden,
            user.lang,
        ));
    }
    let view = state
        .service
        .get_case(&user.actor, id)
        .await
        .map_err(|e| Failure::Service(e, user.lang))?;
    let answers = view
        .sensitive
        .as_ref()
        .and_then(|s| s.screening.as_ref())
        .map(|s| s.answers.clone())
        .unwrap_or_default();
    Ok(super::render::ok(&screening_page(&user, &view, &answers)))
}

// ---------------------------------------------------------------------------------------------
// Person page

#[derive(Template)]
#[template(path = "person.html")]
struct PersonPage {
    c: Chrome,
    id: String,
    name: String,
    merged_into: Option<String>,
    original: Option<String>,
    original_rtl: bool,
    facts: Vec<Row2>,
}

pub async fn person(
    State(state): State<AppState>,
    user: PageUser,
    Path(id): Path<String>,
) -> Result<Response, Failure> {
    let id: PersonId = id.parse().map_err(|_| Failure::NotFound(user.lang))?;
    let person = state
        .service
        .get_person(&user.actor, id)
        .await
        .map_err(|e| Failure::Service(e, user.lang))?;
    let c = user
        .chrome("person-title", "cases")
        .with_title(person.display_name());
    let tr = &c.tr;
    let summary = bayiri_service::views::PersonSummary::of(&person);
    let names = &person.details.names;
    let mut facts = vec![
        Row2 {
            label: tr.t("field-given-names"),
            value: names.given_names.clone(),
        },
        Row2 {
            label: tr.t("field-family-name"),
            value: names.family_name.clone(),
        },
        Row2 {
            label: tr.t("field-sex"),
            value: tr.word("sex", &enum_name(&person.details.sex)),
        },
        Row2 {
            label: tr.t("field-date-of-birth"),
            value: dob_text(&c, &summary),
        },
        Row2 {
            label: tr.t("field-registered-in"),
            value: tr.country(person.registered_in.as_str()),
        },
    ];
    if let Some(spoken) = &names.as_spoken {
        facts.push(Row2 {
            label: tr.t("field-as-spoken"),
            value: spoken.clone(),
        });
    }
    if let Some(place) = &person.details.place_of_birth {
        facts.push(Row2 {
            label: tr.t("field-place-of-birth"),
            value: place.name.clone(),
        });
    }
    if let Some(guardian) = &person.details.guardian {
        facts.push(Row2 {
            label: tr.t("field-guardian"),
            value: guardian.name.clone(),
        });
    }
    let original = names.original_script.as_ref().map(|o| {
        format!("{} {}", o.given_names, o.family_name)
            .trim()
            .to_string()
    });
    let original_rtl = names
        .original_script
        .as_ref()
        .is_some_and(|o| o.script == Script::Arab);
    Ok(super::render::ok(&PersonPage {
        id: person.id.to_string(),
        name: person.display_name(),
        merged_into: person.merged_into.map(|p| p.to_string()),
        original,
        original_rtl,
        facts,
        c,
    }))
}
