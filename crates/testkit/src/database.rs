use bayiri_store::Store;
use bayiri_store_postgres::PgStore;
use bayiri_store_sqlite::SqliteStore;
use sqlx::Connection;
use sqlx::postgres::{PgConnectOptions, PgConnection};
use std::str::FromStr;
use std::sync::Arc;

/// `sqlite` or the PostgreSQL URL tests run against.
pub fn engine_name() -> String {
    match std::env::var("BAYIRI_TEST_DATABASE") {
        Ok(url) if url.starts_with("postgres") => url,
        _ => "sqlite".to_string(),
    }
}

/// A fresh, migrated database for one test.
#[derive(Debug)]
pub enum TestDatabase {
    Sqlite {
        store: SqliteStore,
        _dir: tempfile::TempDir,
    },
    Postgres {
        store: PgStore,
        schema: String,
    },
}

impl TestDatabase {
    pub async fn new() -> Self {
        let engine = engine_name();
        let database = if engine == "sqlite" {
            let dir = tempfile::tempdir().expect("temporary directory");
            let url = format!("sqlite://{}", dir.path().join("bayiri.sqlite").display());
            let store = SqliteStore::connect(&url).await.expect("open SQLite");
            TestDatabase::Sqlite { store, _dir: dir }
        } else {
            let schema = format!("t_{}", uuid::Uuid::new_v4().simple());
            let options = PgConnectOptions::from_str(&engine).expect("PostgreSQL URL");
            let mut admin = PgConnection::connect_with(&options)
                .await
                .expect("connect to PostgreSQL");
            sqlx::raw_sql(sqlx::AssertSqlSafe(format!("CREATE SCHEMA {schema}")))
                .execute(&mut admin)
                .await
                .expect("create schema");
            admin.close().await.ok();
            let store = PgStore::connect_with(options.options([("search_path", schema.as_str())]))
                .await
                .expect("connect");
            TestDatabase::Postgres { store, schema }
        };
        database.store().migrate().await.expect("migrations");
        database
    }

    pub fn store(&self) -> Arc<dyn Store> {
        match self {
            TestDatabase::Sqlite { store, .. } => Arc::new(store.clone()),
            TestDatabase::Postgres { store, .. } => Arc::new(store.clone()),
        }
    }

    /// Runs SQL directly, bypassing the store (to test what the database itself refuses).
    pub async fn execute_raw(&self, sql: &str) -> Result<u64, String> {
        let sql = sqlx::AssertSqlSafe(sql.to_string());
        match self {
            TestDatabase::Sqlite { store, .. } => sqlx::raw_sql(sql)
                .execute(store.pool())
                .await
                .map(|r| r.rows_affected()),
            TestDatabase::Postgres { store, .. } => sqlx::raw_sql(sql)
                .execute(store.pool())
                .await
                .map(|r| r.rows_affected()),
        }
        .map_err(|e| e.to_string())
    }

    /// Closes the connection pool, so that the next use fails as an outage would.
    pub async fn close(&self) {
        match self {
            TestDatabase::Sqlite { store, .. } => store.pool().close().await,
            TestDatabase::Postgres { store, .. } => store.pool().close().await,
        }
    }

    pub fn is_postgres(&self) -> bool {
        matches!(self, TestDatabase::Postgres { .. })
    }

    pub fn schema(&self) -> Option<&str> {
        match self {
            TestDatabase::Postgres { schema, .. } => Some(schema),
            TestDatabase::Sqlite { .. } => None,
        }
    }
}
