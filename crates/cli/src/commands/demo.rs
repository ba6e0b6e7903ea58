use super::progress_bar;
use crate::database::DatabaseArgs;
use anyhow::{Context, Result};
use bayiri_service::Service;
use bayiri_service::demo::{DemoOptions, DemoSummary};
use clap::Args;

#[derive(Debug, Args)]
pub struct DemoArgs {
    /// How many cases to create.
    #[arg(long, default_value_t = 5000)]
    pub cases: u32,
    /// Same seed, same data.
    #[arg(long, default_value_t = 2026)]
    pub seed: u64,
    /// The day the demo histories end (YYYY-MM-DD); default today.
    #[arg(long)]
    pub as_of: Option<String>,
    #[command(flatten)]
    pub database: DatabaseArgs,
}

/// The administrator's password: `BAYIRI_ADMIN_PASSWORD` when set, random otherwise.
pub fn admin_password() -> Result<String> {
    match std::env::var("BAYIRI_ADMIN_PASSWORD") {
        Ok(password) if !password.is_empty() => Ok(password),
        _ => Ok(bayiri_service::generate_password()?),
    }
}

pub async fn load(service: &Service, args: &DemoArgs, password: &str) -> Result<DemoSummary> {
    let as_of = match &args.as_of {
        Some(raw) => bayiri_domain::person::parse_date(raw)
            .map_err(|e| anyhow::anyhow!("--as-of: {}", e.message))?,
        #[allow(clippy::disallowed_methods)] // the demo's default reference day is today
        None => time::OffsetDateTime::now_utc().date(),
    };
    let bar = progress_bar(u64::from(args.cases), "demo cases");
    let options = DemoOptions {
        cases: args.cases,
        seed: args.seed,
        as_of,
        password: password.to_string(),
    };
    let progress_bar = bar.clone();
    let summary = service
        .load_demo(&options, &move |done| progress_bar.set_position(done))
        .await
        .context("cannot load the demo data")?;
    bar.finish_and_clear();
    Ok(summary)
}

pub fn print_logins(summary: &DemoSummary, password: &str) {
    println!(
        "Demo data loaded: {} cases, {} persons.",
        summary.cases, summary.persons
    );
    println!("Log in as `admin` with password: {password}");
    println!("Other demo users (same password):");
    for user in &summary.users {
        println!(
            "  {:<20} {:<24} {:<14} {}",
            user.username,
            user.role.as_str(),
            user.organisation,
            user.countries.join(",")
        );
    }
}

pub async fn run(args: DemoArgs) -> Result<()> {
    let service = Service::with_store(args.database.open().await?);
    let password = admin_password()?;
    let summary = load(&service, &args, &password).await?;
    print_logins(&summary, &password);
    Ok(())
}
