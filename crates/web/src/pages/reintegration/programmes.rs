//! Programmes: each with its terms and the budget it has consumed, and the form on which an
//! administrator defines a programme or changes it (eligibility, ceilings per person and per
//! item type, the cash share, budgets, follow-up months, the scoring scheme).

use super::money;
use crate::AppState;
use crate::pages::form::FormData;
use crate::pages::formstate::{FormState, error_text};
use crate::pages::i18n::Tr;
use crate::pages::journey::{form_failure, name, options};
use crate::pages::render::{Chrome, Failure, page, see_other};
use crate::pages::session::{PageUser, Posted};
use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use bayiri_domain::access::Permission;
use bayiri_domain::case::ReturnCategory;
use bayiri_domain::error::{InvalidValue, ValidationErrors};
use bayiri_domain::ids::ProgrammeId;
use bayiri_domain::money::Currency;
use bayiri_domain::reintegration::ItemType;
use bayiri_domain::reintegration::programme::{
    BudgetInput, CeilingInput, ItemCeilingInput, Programme, ProgrammeInput,
};
use bayiri_service::ServiceError;
use bayiri_service::reintegration::ProgrammeView;

type Choice = (String, String, bool);

/// Currency rows of the form: a programme pays in one currency per country it serves, and
/// rarely more than three.
pub const CURRENCY_ROWS: usize = 3;
/// Per-item ceiling rows of the form.
pub const ITEM_ROWS: usize = 6;

pub struct BudgetRow {
    pub currency: String,
    pub budget: String,
    pub committed: String,
    pub paid: String,
    pub remaining: String,
    pub submitted: String,
    /// Share of the budget committed, 0–100, for the bar.
    pub used_percent: u32,
}

pub struct ProgrammeRow {
    pub id: String,
    pub code: String,
    pub name: String,
    pub active: bool,
    pub countries: String,
    pub ceilings: Vec<String>,
    pub cash: String,
    pub follow_ups: String,
    pub scheme: String,
    pub plans: String,
    pub budget: Vec<BudgetRow>,
}

/// One currency row of the form: the currency, its ceiling per person, the budget.
pub struct CurrencyRow {
    pub i: usize,
    pub currencies: Vec<Choice>,
    pub per_person: String,
    pub budget: String,
}

/// One per-item ceiling row of the form.
pub struct ItemRow {
    pub i: usize,
    pub currencies: Vec<Choice>,
    pub item_types: Vec<Choice>,
    pub amount: String,
}

/// The programme whose form is shown, and the version the change is based on.
pub struct Editing {
    pub id: String,
    pub code: String,
    pub version: i64,
}

#[derive(Template)]
#[template(path = "reint_programmes.html")]
struct ProgrammesPage {
    c: Chrome,
    rows: Vec<ProgrammeRow>,
    can_manage: bool,
    editing: Option<Editing>,
    categories: Vec<Choice>,
    schemes: Vec<Choice>,
    currency_rows: Vec<CurrencyRow>,
    item_rows: Vec<ItemRow>,
    form: FormState,
}

fn row(tr: &Tr, v: &ProgrammeView) -> ProgrammeRow {
    let p = &v.programme;
    ProgrammeRow {
        id: p.id.to_string(),
        code: p.code.clone(),
        name: p.name.clone(),
        active: p.active,
        countries: p
            .countries
            .iter()
            .map(|c| tr.country(c.as_str()))
            .collect::<Vec<_>>()
            .join(", "),
        ceilings: p
            .ceilings
            .iter()
            .map(|ceiling| {
                let mut text = format!(
                    "{} {}",
                    tr.t("reint-per-person"),
                    money(tr, &ceiling.per_person)
                );
                for item in &ceiling.per_item {
                    text.push_str(&format!(
                        " · {} {}",
                        tr.word("item-type", item.item_type.as_str()),
                        money(tr, &item.per_person)
                    ));
                }
                text
            })
            .collect(),
        cash: format!("{} %", p.max_cash_percent),
        follow_ups: p
            .follow_up_months
            .iter()
            .map(|m| tr.tn("reint-month", i64::from(*m)))
            .collect::<Vec<_>>()
            .join(", "),
        scheme: p.scheme_code.clone(),
        plans: tr.number(v.plans as i64),
        budget: v
            .budget
            .iter()
            .map(|b| {
                let dash = || "—".to_string();
                let used_percent = b
                    .budget
                    .filter(|total| total.minor > 0)
                    .map(|total| {
                        ((b.committed.minor.max(0) as f64 / total.minor as f64) * 100.0)
                            .round()
                            .min(100.0) as u32
                    })
                    .unwrap_or(0);
                BudgetRow {
                    currency: b.currency.as_str().to_string(),
                    budget: b.budget.map(|m| money(tr, &m)).unwrap_or_else(dash),
                    committed: money(tr, &b.committed),
                    paid: money(tr, &b.paid),
                    remaining: b.remaining.map(|m| money(tr, &m)).unwrap_or_else(dash),
                    submitted: money(tr, &b.submitted),
                    used_percent,
                }
            })
            .collect(),
    }
}

fn currency_choices(selected: &str) -> Vec<Choice> {
    std::iter::once((String::new(), "—".to_string(), selected.is_empty()))
        .chain(Currency::all().map(|c| {
            let code = c.as_str().to_string();
            let chosen = code == selected;
            (code.clone(), code, chosen)
        }))
        .collect()
}

async fn programmes_page(
    state: &AppState,
    user: &PageUser,
    form: FormState,
    editing: Option<Editing>,
) -> Result<ProgrammesPage, Failure> {
    let fail = |e| Failure::Service(e, user.lang);
    let views = state.service.programmes(&user.actor).await.map_err(fail)?;
    let can_manage = user.actor.can(Permission::ProgrammeManage);
    let schemes = if can_manage {
        state
            .service
            .scoring_schemes(&user.actor)
            .await
            .map_err(fail)?
    } else {
        Vec::new()
    };
    let c = user.chrome("reint-programmes-title", "programmes");
    let tr = &c.tr;
    let chosen_scheme = match form.value("scheme_code") {
        blank if blank.is_empty() => "default".to_string(),
        code => code,
    };
    let v = |field: &str, i: usize| form.value(&format!("{field}_{i}"));
    Ok(ProgrammesPage {
        rows: views.iter().map(|v| row(tr, v)).collect(),
        can_manage,
        editing,
        categories: ReturnCategory::ALL
            .iter()
            .map(|category| {
                let value = category.as_str().to_string();
                let checked = form.checked("categories", &value);
                (value, tr.word("category", category.as_str()), checked)
            })
            .collect(),
        schemes: schemes
            .iter()
            .map(|s| {
                let label = if s.weighted {
                    format!("{} ({})", s.name, s.code)
                } else {
                    format!("{} ({}) — {}", s.name, s.code, tr.t("reint-unweighted"))
                };
                (s.code.clone(), label, s.code == chosen_scheme)
            })
            .collect(),
        currency_rows: (0..CURRENCY_ROWS)
            .map(|i| CurrencyRow {
                i,
                currencies: currency_choices(&v("currency", i)),
                per_person: v("per_person", i),
                budget: v("budget", i),
            })
            .collect(),
        item_rows: (0..ITEM_ROWS)
            .map(|i| {
                let chosen = v("item_type", i);
                ItemRow {
                    i,
                    currencies: currency_choices(&v("item_currency", i)),
                    item_types: std::iter::once((String::new(), "—".into(), chosen.is_empty()))
                        .chain(options(tr, "item-type", &ItemType::ALL, &chosen))
                        .collect(),
                    amount: v("item_amount", i),
                }
            })
            .collect(),
        form,
        c,
    })
}

pub async fn list(State(state): State<AppState>, user: PageUser) -> Result<Response, Failure> {
    let list = programmes_page(&state, &user, FormState::default(), None).await?;
    Ok(page(StatusCode::OK, &list))
}

/// The form's fields as a stored programme fills them.
fn stored_values(p: &Programme) -> FormData {
    let mut pairs: Vec<(String, String)> = vec![
        ("code".into(), p.code.clone()),
        ("name".into(), p.name.clone()),
        (
            "countries".into(),
            p.countries
                .iter()
                .map(|c| c.as_str())
                .collect::<Vec<_>>()
                .join(" "),
        ),
        ("max_cash_percent".into(), p.max_cash_percent.to_string()),
        (
            "follow_up_months".into(),
            p.follow_up_months
                .iter()
                .map(|m| m.to_string())
                .collect::<Vec<_>>()
                .join(" "),
        ),
        ("scheme_code".into(), p.scheme_code.clone()),
    ];
    pairs.extend(
        p.categories
            .iter()
            .map(|c| ("categories".to_string(), c.as_str().to_string())),
    );
    let mut item = 0;
    for (i, ceiling) in p.ceilings.iter().enumerate() {
        let currency = ceiling.currency.as_str().to_string();
        pairs.push((format!("currency_{i}"), currency.clone()));
        pairs.push((format!("per_person_{i}"), ceiling.per_person.amount_text()));
        if let Some(budget) = p.budgets.iter().find(|b| b.currency == ceiling.currency) {
            pairs.push((format!("budget_{i}"), budget.amount_text()));
        }
        for per_item in &ceiling.per_item {
            pairs.push((format!("item_currency_{item}"), currency.clone()));
            pairs.push((format!("item_type_{item}"), name(&per_item.item_type)));
            pairs.push((
                format!("item_amount_{item}"),
                per_item.per_person.amount_text(),
            ));
            item += 1;
        }
    }
    if p.active {
        pairs.push(("active".into(), "on".into()));
    }
    FormData::from_pairs(pairs)
}

/// Where each part of the input came from on the form, to put its errors beside it.
#[derive(Default)]
struct Origins {
    /// Currency row of each ceiling.
    ceilings: Vec<usize>,
    /// Currency row of each budget.
    budgets: Vec<usize>,
    /// Per ceiling, the item row of each of its per-item ceilings.
    items: Vec<Vec<usize>>,
}

/// What the form asks for, with the rows each part came from, and the errors of the form's
/// own shape (a per-item ceiling in a currency no row names). `None` when a closed-list value
/// was tampered with.
fn input(f: &FormData, active: bool) -> Option<(ProgrammeInput, Origins, ValidationErrors)> {
    let mut origins = Origins::default();
    let mut ceilings: Vec<CeilingInput> = Vec::new();
    let mut budgets = Vec::new();
    for i in 0..CURRENCY_ROWS {
        let field = |name: &str| f.opt(&format!("{name}_{i}"));
        let Some(currency) = field("currency") else {
            continue;
        };
        ceilings.push(CeilingInput {
            currency: currency.clone(),
            per_person: field("per_person").unwrap_or_default(),
            per_item: Vec::new(),
        });
        origins.ceilings.push(i);
        origins.items.push(Vec::new());
        if let Some(amount) = field("budget") {
            budgets.push(BudgetInput { currency, amount });
            origins.budgets.push(i);
        }
    }
    let mut shape_errors = ValidationErrors::new();
    for j in 0..ITEM_ROWS {
        let field = |name: &str| f.opt(&format!("{name}_{j}"));
        // A row is taken when its item type is chosen; a tampered type is a bad request.
        if field("item_type").is_none() {
            continue;
        }
        let item_type: ItemType = f.choice(&format!("item_type_{j}"))?;
        let amount = field("item_amount");
        let currency = field("item_currency").unwrap_or_default();
        match ceilings.iter().position(|c| c.currency == currency) {
            Some(k) => {
                ceilings[k].per_item.push(ItemCeilingInput {
                    item_type,
                    per_person: amount.unwrap_or_default(),
                });
                origins.items[k].push(j);
            }
            None => shape_errors.add(
                format!("item_currency_{j}"),
                InvalidValue::new(
                    "currency_not_allowed",
                    "the programme does not pay in this currency",
                ),
            ),
        }
    }
    let categories = f
        .all("categories")
        .iter()
        .map(|c| ReturnCategory::parse(c))
        .collect::<Option<Vec<_>>>()?;
    let months = f.text("follow_up_months");
    let follow_up_months = if months.is_empty() {
        None
    } else {
        // A month that is not a number is sent as 0, which the programme refuses by name.
        Some(
            months
                .split([' ', ',', ';'])
                .filter(|m| !m.is_empty())
                .map(|m| m.parse().unwrap_or(0))
                .collect(),
        )
    };
    let input = ProgrammeInput {
        code: f.text("code"),
        name: f.text("name"),
        countries: f
            .text("countries")
            .split([' ', ',', ';'])
            .filter(|c| !c.is_empty())
            .map(str::to_string)
            .collect(),
        categories,
        ceilings,
        max_cash_percent: f
            // Not a number: sent out of range, which the programme refuses by name.
            .get("max_cash_percent")
            .and_then(|p| p.parse().ok())
            .unwrap_or(u8::MAX),
        budgets,
        follow_up_months,
        scheme_code: f.opt("scheme_code"),
        active,
    };
    Some((input, origins, shape_errors))
}

/// `ceilings[1].per_item[0]` → the form field it came from (`item_amount_3`).
fn field_of(path: &str, origins: &Origins) -> Option<String> {
    let index = |s: &str| s.parse::<usize>().ok();
    if let Some(rest) = path.strip_prefix("ceilings[") {
        let (k, rest) = rest.split_once(']')?;
        let k = index(k)?;
        if let Some(m) = rest.strip_prefix(".per_item[") {
            let m = index(m.trim_end_matches(']'))?;
            return Some(format!("item_amount_{}", origins.items.get(k)?.get(m)?));
        }
        let row = origins.ceilings.get(k)?;
        return Some(format!("{}_{row}", rest.trim_start_matches('.')));
    }
    if let Some(k) = path.strip_prefix("budgets[") {
        let row = origins.budgets.get(index(k.trim_end_matches(']'))?)?;
        return Some(format!("budget_{row}"));
    }
    None
}

pub async fn create(State(state): State<AppState>, posted: Posted) -> Result<Response, Failure> {
    let lang = posted.user.lang;
    let (input, origins, shape) = input(&posted.form, true).ok_or(Failure::BadRequest(lang))?;
    // A form whose shape is wrong goes back with its errors like any other invalid input.
    let result = if shape.is_empty() {
        state
            .service
            .create_programme(&posted.user.actor, input)
            .await
            .map(|_| ())
    } else {
        Err(ServiceError::Invalid(shape))
    };
    finish(&state, posted, result, origins, None).await
}

pub async fn edit(
    State(state): State<AppState>,
    user: PageUser,
    Path(id): Path<String>,
) -> Result<Response, Failure> {
    if !user.actor.can(Permission::ProgrammeManage) {
        return Err(Failure::NotFound(user.lang));
    }
    let id: ProgrammeId = id.parse().map_err(|_| Failure::NotFound(user.lang))?;
    stored_form(&state, &user, id, None, StatusCode::OK).await
}

pub async fn update(
    State(state): State<AppState>,
    Path(id): Path<String>,
    posted: Posted,
) -> Result<Response, Failure> {
    let lang = posted.user.lang;
    let id: ProgrammeId = id.parse().map_err(|_| Failure::NotFound(lang))?;
    let f = &posted.form;
    let version = f
        .get("version")
        .and_then(|v| v.parse::<i64>().ok())
        .ok_or(Failure::BadRequest(lang))?;
    let (input, origins, shape) = input(f, f.checked("active")).ok_or(Failure::BadRequest(lang))?;
    let editing = Editing {
        id: id.to_string(),
        code: input.code.clone(),
        version,
    };
    let result = if shape.is_empty() {
        state
            .service
            .update_programme(&posted.user.actor, id, version, input)
            .await
            .map(|_| ())
    } else {
        Err(ServiceError::Invalid(shape))
    };
    if let Err(ServiceError::VersionConflict { .. }) = result {
        // Changed meanwhile: show what is stored now, so the change is made on top of it.
        let message = Tr::new(lang).t("error-version-conflict");
        return stored_form(
            &state,
            &posted.user,
            id,
            Some(message),
            StatusCode::CONFLICT,
        )
        .await;
    }
    finish(&state, posted, result, origins, Some(editing)).await
}

/// The list with the stored programme in the form, at its current version.
async fn stored_form(
    state: &AppState,
    user: &PageUser,
    id: ProgrammeId,
    message: Option<String>,
    status: StatusCode,
) -> Result<Response, Failure> {
    let programme = state
        .service
        .programme_terms(&user.actor, id)
        .await
        .map_err(|e| Failure::Service(e, user.lang))?;
    let form = FormState {
        name: "programme".into(),
        values: stored_values(&programme),
        general: message,
        ..Default::default()
    };
    let editing = Editing {
        id: programme.id.to_string(),
        code: programme.code.clone(),
        version: programme.version,
    };
    let list = programmes_page(state, user, form, Some(editing)).await?;
    Ok(page(status, &list))
}

/// Back to the list on success; the form with each error beside its field otherwise.
async fn finish(
    state: &AppState,
    posted: Posted,
    result: Result<(), ServiceError>,
    origins: Origins,
    editing: Option<Editing>,
) -> Result<Response, Failure> {
    let lang = posted.user.lang;
    let tr = Tr::new(lang);
    let error = match result {
        Ok(()) => return Ok(see_other("/programmes")),
        Err(error) => error,
    };
    let (mut form, status) = match &error {
        ServiceError::AlreadyExists { .. } => {
            let mut form = FormState {
                name: "programme".into(),
                values: posted.form.clone(),
                ..Default::default()
            };
            form.errors
                .insert("code".into(), tr.t("invalid-programme-code-taken"));
            (form, StatusCode::CONFLICT)
        }
        _ => match form_failure("programme", posted.form.clone(), &error, &tr) {
            Some(failed) => failed,
            None => return Err(Failure::Service(error, lang)),
        },
    };
    if let ServiceError::Invalid(errors) = &error {
        for e in errors.iter() {
            if let Some(field) = field_of(&e.field, &origins) {
                form.errors
                    .entry(field)
                    .or_insert_with(|| error_text(&tr, e.code, &e.message));
            }
        }
        // An error put beside its row is not repeated over the whole list.
        for list in ["ceilings", "budgets"] {
            if !errors.iter().any(|e| e.field == list) {
                form.errors.remove(list);
            }
        }
    }
    let list = programmes_page(state, &posted.user, form, editing).await?;
    Ok(page(status, &list))
}
