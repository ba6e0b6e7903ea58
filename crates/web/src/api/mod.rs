//! The JSON API under `/api/v1`. Every route is registered through utoipa-axum, so the
//! OpenAPI document is generated from the same handlers that serve requests.

mod arrivals;
mod audit;
mod auth;
mod cases;
mod duplicates;
mod journey;
mod operations;
pub use operations::file_stem;
mod persons;
mod records;
pub(crate) mod reintegration;
mod users;

use crate::AppState;
use crate::error::Problem;
use axum::Json;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Bayiri API",
        description = "Return, readmission and reintegration of migrants. Errors are RFC 9457 problem documents (`application/problem+json`) with a stable `code`.",
        version = "1",
        license(name = "AGPL-3.0-or-later", identifier = "AGPL-3.0-or-later")
    ),
    modifiers(&BearerAuth),
    components(schemas(Problem)),
    tags(
        (name = "auth", description = "Log in and out"),
        (name = "persons", description = "Migrants and returnees"),
        (name = "duplicates", description = "The same person registered more than once: the check before registering, decisions, merges"),
        (name = "cases", description = "Return-and-reintegration journeys and their lifecycle"),
        (name = "case records", description = "What is recorded on a case: counselling, consent, screening, protection, documents"),
        (name = "users", description = "User administration"),
        (name = "audit", description = "The audit log"),
        (name = "journey", description = "Border points, consular missions and requests, readiness to travel"),
        (name = "operations", description = "Return operations, manifests, forced-return monitoring"),
        (name = "arrivals", description = "Pre-arrival notifications, arrivals, post-arrival assistance, indicators"),
        (name = "reintegration", description = "Programmes and budgets, needs assessments, plans and tranches, the service directory and referrals, opportunities, follow-ups and sustainability scores")
    )
)]
#[derive(Debug)]
pub struct ApiDoc;

struct BearerAuth;

impl Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .description(Some("A token from POST /api/v1/auth/login"))
                    .build(),
            ),
        );
    }
}

/// Every API route, with its OpenAPI description.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::with_openapi(ApiDoc::openapi())
        .routes(routes!(openapi_json))
        .routes(routes!(auth::login))
        .routes(routes!(auth::logout))
        .routes(routes!(auth::me))
        .routes(routes!(auth::change_password))
        .routes(routes!(persons::list, persons::register))
        .routes(routes!(persons::get, persons::update))
        .routes(routes!(duplicates::check))
        .routes(routes!(duplicates::of_person))
        .routes(routes!(duplicates::decide))
        .routes(routes!(duplicates::merge))
        .routes(routes!(duplicates::revert))
        .routes(routes!(duplicates::queue))
        .routes(routes!(cases::list, cases::open))
        .routes(routes!(cases::get, cases::update))
        .routes(routes!(cases::by_number))
        .routes(routes!(cases::transition))
        .routes(routes!(cases::reopen))
        .routes(routes!(cases::events))
        .routes(routes!(records::counselling))
        .routes(routes!(records::consent))
        .routes(routes!(records::withdraw_consent))
        .routes(routes!(records::screening))
        .routes(routes!(records::raise_concern))
        .routes(routes!(records::close_concern))
        .routes(routes!(records::referral))
        .routes(routes!(records::guardian))
        .routes(routes!(records::best_interests))
        .routes(routes!(records::travel_document))
        .routes(routes!(records::return_decision))
        .routes(routes!(users::list, users::create))
        .routes(routes!(users::disable))
        .routes(routes!(audit::list))
        .merge(journey_routes())
        .merge(reintegration_routes())
}

/// Reintegration and monitoring routes.
fn reintegration_routes() -> OpenApiRouter<AppState> {
    use reintegration as r;
    OpenApiRouter::new()
        .routes(routes!(r::programmes, r::create_programme))
        .routes(routes!(r::programme, r::update_programme))
        .routes(routes!(r::case_reintegration))
        .routes(routes!(r::needs_assessment))
        .routes(routes!(r::draft_plan))
        .routes(routes!(r::refer))
        .routes(routes!(r::re_migration))
        .routes(routes!(r::survey_scheme))
        .routes(routes!(r::plans_to_approve))
        .routes(routes!(r::plan, r::revise_plan))
        .routes(routes!(r::submit_plan))
        .routes(routes!(r::approve_plan))
        .routes(routes!(r::return_plan))
        .routes(routes!(r::reach_milestone))
        // Proofs travel base64-encoded inside the JSON: up to 5 MB each, a few per tranche.
        .merge(
            OpenApiRouter::new()
                .routes(routes!(r::pay_tranche))
                .layer(axum::extract::DefaultBodyLimit::max(24 * 1024 * 1024)),
        )
        .routes(routes!(r::attachment))
        .routes(routes!(r::providers, r::add_provider))
        .routes(routes!(r::provider, r::update_provider))
        .routes(routes!(r::inbox))
        .routes(routes!(r::referral))
        .routes(routes!(r::answer_referral))
        .routes(routes!(r::opportunities, r::add_opportunity))
        .routes(routes!(r::opportunity, r::update_opportunity))
        .routes(routes!(r::overdue))
        .routes(routes!(r::survey))
        .routes(routes!(r::schemes, r::load_scheme))
}

/// The return journey's routes.
fn journey_routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(journey::points, journey::add_point))
        .routes(routes!(journey::update_point))
        .routes(routes!(journey::missions, journey::add_mission))
        .routes(routes!(journey::requests))
        .routes(routes!(journey::create_request))
        .routes(routes!(journey::request))
        .routes(routes!(journey::decide))
        .routes(routes!(journey::fitness))
        .routes(routes!(journey::escort))
        .routes(routes!(journey::remove_escort))
        .routes(routes!(journey::interpreter))
        .routes(routes!(operations::list, operations::create))
        .routes(routes!(operations::get))
        .routes(routes!(operations::add_to_manifest))
        .routes(routes!(operations::remove_from_manifest))
        .routes(routes!(operations::depart))
        .routes(routes!(operations::cancel))
        .routes(routes!(operations::assign_escort))
        .routes(routes!(operations::assign_monitor))
        .routes(routes!(operations::pool))
        .routes(routes!(operations::manifest_csv))
        .routes(routes!(operations::manifest_xlsx))
        .routes(routes!(operations::my_profile, operations::save_profile))
        .routes(routes!(operations::reports, operations::create_report))
        .routes(routes!(operations::report, operations::edit_report))
        .routes(routes!(operations::submit_report))
        .routes(routes!(arrivals::expected))
        .routes(routes!(arrivals::list, arrivals::confirm))
        .routes(routes!(arrivals::spontaneous))
        .routes(routes!(arrivals::get))
        .routes(routes!(arrivals::assistance))
        .routes(routes!(arrivals::indicators))
}

/// The OpenAPI 3.1 document describing this API.
pub fn openapi() -> utoipa::openapi::OpenApi {
    router().into_openapi()
}

#[utoipa::path(get, path = "/api/v1/openapi.json", tag = "auth",
    responses((status = 200, description = "The OpenAPI 3.1 document", content_type = "application/json")))]
async fn openapi_json() -> Json<utoipa::openapi::OpenApi> {
    Json(openapi())
}
