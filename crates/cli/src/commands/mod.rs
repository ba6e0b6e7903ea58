pub mod demo;
pub mod org;
pub mod scheme;
pub mod serve;
pub mod user;

use crate::database::{DatabaseArgs, redact};
use anyhow::Result;

/// `bayiri migrate`: brings the schema up to date and reports the versions applied.
pub async fn migrate(args: DatabaseArgs) -> Result<()> {
    let store = args.open().await?;
    let applied = store.applied_migrations().await?;
    println!(
        "{}: schema up to date ({} migration(s), latest {})",
        redact(&args.url()),
        applied.len(),
        applied.last().map_or("none".to_string(), |v| v.to_string())
    );
    Ok(())
}

/// Builds a progress bar for long work, drawn on stderr only when it is a terminal.
pub fn progress_bar(length: u64, message: &'static str) -> indicatif::ProgressBar {
    let bar = indicatif::ProgressBar::new(length);
    bar.set_style(
        indicatif::ProgressStyle::with_template("{msg:<18} [{bar:40}] {pos}/{len} ({eta})")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar())
            .progress_chars("=> "),
    );
    bar.set_message(message);
    bar
}
