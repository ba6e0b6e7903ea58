//! `bayiri scoring-scheme`: loads an organisation's official sustainability weights as a new
//! version of a scoring scheme, and lists the schemes in use.

use crate::database::DatabaseArgs;
use anyhow::{Context, Result};
use bayiri_service::Service;
use clap::{Args, Subcommand};
use std::path::PathBuf;

#[derive(Debug, Subcommand)]
pub enum SchemeCommand {
    /// Load a scheme (JSON, see docs/REINTEGRATION.md) as a new version; surveys recorded
    /// from now on are scored with it, earlier scores keep the version they were computed with.
    Load(LoadArgs),
    /// List the scoring schemes and their latest versions.
    List(DatabaseArgs),
}

#[derive(Debug, Args)]
pub struct LoadArgs {
    /// The scheme document.
    pub file: PathBuf,
    #[command(flatten)]
    pub database: DatabaseArgs,
}

pub async fn run(command: SchemeCommand) -> Result<()> {
    match command {
        SchemeCommand::Load(args) => {
            let json = std::fs::read_to_string(&args.file)
                .with_context(|| format!("cannot read {}", args.file.display()))?;
            let service = Service::with_store(args.database.open().await?);
            let loaded = service.load_scoring_scheme_as_system(&json).await?;
            println!(
                "scoring scheme {} version {} loaded: {} questions, {} indicators, {}",
                loaded.code,
                loaded.version,
                loaded.questions,
                loaded.indicators,
                if loaded.weighted {
                    "weighted"
                } else {
                    "unweighted"
                }
            );
        }
        SchemeCommand::List(database) => {
            let service = Service::with_store(database.open().await?);
            for scheme in service.scoring_schemes_as_system().await? {
                println!(
                    "{:<20} v{:<4} {:<10} {}",
                    scheme.code,
                    scheme.version,
                    if scheme.weighted {
                        "weighted"
                    } else {
                        "unweighted"
                    },
                    scheme.name
                );
            }
        }
    }
    Ok(())
}
