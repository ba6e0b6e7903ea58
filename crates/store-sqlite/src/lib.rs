//! SQLite engine for Bayiri: one database file in WAL mode, zero setup. The default engine.

mod audit;
mod cases;
mod duplicates;
mod error;
mod journey;
mod organisations;
mod persons;
mod reintegration;
mod users;

use async_trait::async_trait;
use bayiri_store::{Engine, Result, Store, StoreError, Tx};
use error::map_err;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{Sqlite, SqlitePool, Transaction};
use std::str::FromStr;
use std::time::Duration;

pub static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations");

#[derive(Debug, Clone)]
pub struct SqliteStore {
    pool: SqlitePool,
}

impl SqliteStore {
    /// Opens (creating if needed) the database at `url` (`sqlite://path/to/file.sqlite`).
    pub async fn connect(url: &str) -> Result<Self> {
        let options = SqliteConnectOptions::from_str(url)
            .map_err(|e| StoreError::Unavailable(Box::new(e)))?
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            // NORMAL is durable in WAL mode except for the last transactions on power loss.
            .synchronous(SqliteSynchronous::Normal)
            .foreign_keys(true)
            .busy_timeout(Duration::from_secs(10));
        let pool = SqlitePoolOptions::new()
            .max_connections(8)
            .connect_with(options)
            .await
            .map_err(map_err)?;
        Ok(Self { pool })
    }

    pub fn pool(&self) -> &SqlitePool {
        &self.pool
    }
}

#[async_trait]
impl Store for SqliteStore {
    fn engine(&self) -> Engine {
        Engine::Sqlite
    }

    async fn begin(&self) -> Result<Box<dyn Tx>> {
        let tx = self
            .pool
            .begin_with("BEGIN IMMEDIATE")
            .await
            .map_err(map_err)?;
        Ok(Box::new(SqliteTx { tx }))
    }

    async fn begin_read(&self) -> Result<Box<dyn Tx>> {
        let tx = self.pool.begin().await.map_err(map_err)?;
        Ok(Box::new(SqliteTx { tx }))
    }

    async fn migrate(&self) -> Result<()> {
        MIGRATOR
            .run(&self.pool)
            .await
            .map_err(|e| StoreError::Database(Box::new(e)))
    }

    fn migration_versions(&self) -> Vec<i64> {
        MIGRATOR.iter().map(|m| m.version).collect()
    }

    async fn applied_migrations(&self) -> Result<Vec<i64>> {
        sqlx::query_scalar!(r#"SELECT version AS "version!: i64" FROM _sqlx_migrations WHERE success ORDER BY version"#)
            .fetch_all(&self.pool)
            .await
            .map_err(map_err)
    }

    async fn ping(&self) -> Result<()> {
        sqlx::query_scalar!(r#"SELECT 1 AS "one!: i64""#)
            .fetch_one(&self.pool)
            .await
            .map(|_| ())
            .map_err(map_err)
    }
}

pub struct SqliteTx {
    tx: Transaction<'static, Sqlite>,
}

impl std::fmt::Debug for SqliteTx {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SqliteTx")
    }
}

#[async_trait]
impl Tx for SqliteTx {
    async fn commit(self: Box<Self>) -> Result<()> {
        self.tx.commit().await.map_err(map_err)
    }
}
