//! `bayiri`: the one binary that runs Bayiri.

mod commands;
mod database;
mod linkage_commands;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

#[derive(Debug, Parser)]
#[command(
    name = "bayiri",
    version,
    about = "Return, readmission and reintegration of migrants"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Run the web server (pages and JSON API).
    Serve(commands::serve::ServeArgs),
    /// Apply database migrations and exit.
    Migrate(database::DatabaseArgs),
    /// Manage organisations and their offices.
    #[command(subcommand)]
    Org(commands::org::OrgCommand),
    /// Manage users.
    #[command(subcommand)]
    User(commands::user::UserCommand),
    /// Load and list the versioned schemes that score sustainability surveys.
    #[command(subcommand)]
    ScoringScheme(commands::scheme::SchemeCommand),
    /// Load deterministic, realistic demo data into an empty database.
    Demo(commands::demo::DemoArgs),
    /// Find the same person registered several times in one CSV file.
    Dedupe(linkage_commands::DedupeArgs),
    /// Find the same persons across two CSV files.
    Link(linkage_commands::LinkArgs),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("BAYIRI_LOG").unwrap_or_else(|_| {
                tracing_subscriber::EnvFilter::new("info,sqlx=warn,tower_http=info")
            }),
        )
        .with_writer(std::io::stderr)
        .init();
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(e) => {
            eprintln!("error: cannot start the runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    let result = runtime.block_on(async move {
        match cli.command {
            Command::Serve(args) => commands::serve::run(args).await,
            Command::Migrate(args) => commands::migrate(args).await,
            Command::Org(command) => commands::org::run(command).await,
            Command::User(command) => commands::user::run(command).await,
            Command::ScoringScheme(command) => commands::scheme::run(command).await,
            Command::Demo(args) => commands::demo::run(args).await,
            // CPU-bound work on its own threads, off the async runtime.
            Command::Dedupe(args) => {
                tokio::task::spawn_blocking(move || linkage_commands::run_dedupe(args)).await?
            }
            Command::Link(args) => {
                tokio::task::spawn_blocking(move || linkage_commands::run_link(args)).await?
            }
        }
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}
