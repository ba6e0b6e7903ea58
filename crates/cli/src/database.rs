//! Choosing and opening the database from the command line or the environment.

use anyhow::{Context, Result};
use bayiri_store::Store;
use bayiri_store_postgres::PgStore;
use bayiri_store_sqlite::SqliteStore;
use clap::Args;
use std::path::PathBuf;
use std::sync::Arc;

#[derive(Debug, Clone, Args)]
pub struct DatabaseArgs {
    /// Database URL: `postgres://…` for PostgreSQL, `sqlite://path` (or a file path) for SQLite.
    /// Default: a SQLite file in the data directory.
    #[arg(long, env = "BAYIRI_DATABASE", hide_env_values = true)]
    pub database: Option<String>,
    /// Where Bayiri keeps its files (the SQLite database by default).
    #[arg(long, env = "BAYIRI_DATA_DIR", default_value = "data")]
    pub data_dir: PathBuf,
}

impl DatabaseArgs {
    pub fn url(&self) -> String {
        // An empty BAYIRI_DATABASE means "not set", never an in-memory database.
        match self
            .database
            .as_deref()
            .map(str::trim)
            .filter(|u| !u.is_empty())
        {
            Some(url) => url.to_string(),
            None => format!("sqlite://{}", self.data_dir.join("bayiri.sqlite").display()),
        }
    }

    /// Opens the database and brings its schema up to date.
    pub async fn open(&self) -> Result<Arc<dyn Store>> {
        let url = self.url();
        let store: Arc<dyn Store> =
            if url.starts_with("postgres://") || url.starts_with("postgresql://") {
                Arc::new(
                    PgStore::connect(&url)
                        .await
                        .with_context(|| format!("cannot connect to {}", redact(&url)))?,
                )
            } else {
                let url = if url.starts_with("sqlite:") {
                    url
                } else {
                    format!("sqlite://{url}")
                };
                if self.database.as_deref().is_none_or(|u| u.trim().is_empty()) {
                    std::fs::create_dir_all(&self.data_dir).with_context(|| {
                        format!(
                            "cannot create the data directory {}",
                            self.data_dir.display()
                        )
                    })?;
                }
                Arc::new(
                    SqliteStore::connect(&url)
                        .await
                        .with_context(|| format!("cannot open {url}"))?,
                )
            };
        store
            .migrate()
            .await
            .context("cannot apply the database migrations")?;
        Ok(store)
    }
}

/// The URL without its password, for messages and logs.
pub fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme), Some(at)) if at > scheme => {
            let credentials = &url[scheme + 3..at];
            match credentials.split_once(':') {
                Some((user, _)) => format!("{}{user}:***{}", &url[..scheme + 3], &url[at..]),
                None => url.to_string(),
            }
        }
        _ => url.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::redact;

    #[test]
    fn passwords_are_redacted() {
        assert_eq!(
            redact("postgres://bayiri:s3cret@db:5432/bayiri"),
            "postgres://bayiri:***@db:5432/bayiri"
        );
        assert_eq!(
            redact("postgres://postgres@127.0.0.1/test"),
            "postgres://postgres@127.0.0.1/test"
        );
        assert_eq!(
            redact("sqlite://data/bayiri.sqlite"),
            "sqlite://data/bayiri.sqlite"
        );
    }
}
