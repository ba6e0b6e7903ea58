//! PostgreSQL engine for Bayiri: the production engine, and the route to scale-out on
//! PostgreSQL-compatible distributed databases.

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
use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::{PgPool, Postgres, Transaction};
use std::str::FromStr;
use std::time::Duration;

pub static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations");

#[derive(Debug, Clone)]
pub struct PgStore {
    pool: PgPool,
}

impl PgStore {
    /// Connects to `url` (`postgres://user@host:5432/db`).
    pub async fn connect(url: &str) -> Result<Self> {
        let options =
            PgConnectOptions::from_str(url).map_err(|e| StoreError::Unavailable(Box::new(e)))?;
        Self::connect_with(options).await
    }

    /// Connects with explicit options (tests use this to work in a schema of their own).
    pub async fn connect_with(options: PgConnectOptions) -> Result<Self> {
        let pool = PgPoolOptions::new()
            .max_connections(16)
            .acquire_timeout(Duration::from_secs(10))
            .connect_with(options)
            .await
            .map_err(map_err)?;
        Ok(Self { pool })
    }

    pub fn pool(&self) -> &PgPool {
        &self.pool
    }
}

#[async_trait]
impl Store for PgStore {
    fn engine(&self) -> Engine {
        Engine::Postgres
    }

    async fn begin(&self) -> Result<Box<dyn Tx>> {
        let tx = self.pool.begin().await.map_err(map_err)?;
        Ok(Box::new(PgTx { tx }))
    }

    async fn begin_read(&self) -> Result<Box<dyn Tx>> {
        let tx = self
            .pool
            .begin_with("BEGIN READ ONLY")
            .await
            .map_err(map_err)?;
        Ok(Box::new(PgTx { tx }))
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
        sqlx::query_scalar!(
            r#"SELECT version AS "version!" FROM _sqlx_migrations WHERE success ORDER BY version"#
        )
        .fetch_all(&self.pool)
        .await
        .map_err(map_err)
    }

    async fn ping(&self) -> Result<()> {
        sqlx::query_scalar!(r#"SELECT 1 AS "one!""#)
            .fetch_one(&self.pool)
            .await
            .map(|_| ())
            .map_err(map_err)
    }
}

pub struct PgTx {
    tx: Transaction<'static, Postgres>,
}

impl std::fmt::Debug for PgTx {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("PgTx")
    }
}

#[async_trait]
impl Tx for PgTx {
    async fn commit(self: Box<Self>) -> Result<()> {
        self.tx.commit().await.map_err(map_err)
    }
}
