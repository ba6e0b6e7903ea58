use crate::SqliteTx;
use crate::error::map_err;
use async_trait::async_trait;
use bayiri_domain::access::User;
use bayiri_domain::country::CountryCode;
use bayiri_domain::ids::{OrganisationId, UserId};
use bayiri_store::{Result, StoreError, TokenRecord, Users, decode};
use std::collections::BTreeSet;
use time::OffsetDateTime;
use uuid::Uuid;

struct UserRow {
    id: Uuid,
    username: String,
    display_name: String,
    role: String,
    organisation_id: Uuid,
    countries: String,
    language: String,
    disabled: bool,
    version: i64,
}

impl UserRow {
    fn into_domain(self) -> Result<User> {
        let countries: BTreeSet<CountryCode> = decode::json("user countries", &self.countries)?;
        Ok(User {
            id: UserId::from_uuid(self.id),
            username: self.username,
            display_name: self.display_name,
            role: decode::role(&self.role)?,
            organisation_id: OrganisationId::from_uuid(self.organisation_id),
            countries,
            language: self.language,
            disabled: self.disabled,
            version: self.version,
        })
    }
}

struct TokenRow {
    id: Uuid,
    user_id: Uuid,
    hash: Vec<u8>,
    kind: String,
    label: Option<String>,
    csrf_secret: Option<Vec<u8>>,
    created_at: OffsetDateTime,
    expires_at: OffsetDateTime,
    revoked_at: Option<OffsetDateTime>,
}

impl TokenRow {
    fn into_domain(self) -> Result<TokenRecord> {
        Ok(TokenRecord {
            id: self.id,
            user_id: UserId::from_uuid(self.user_id),
            hash: self.hash,
            kind: decode::token_kind(&self.kind)?,
            label: self.label,
            csrf_secret: self.csrf_secret,
            created_at: self.created_at,
            expires_at: self.expires_at,
            revoked_at: self.revoked_at,
        })
    }
}

#[async_trait]
impl Users for SqliteTx {
    async fn insert_user(&mut self, user: &User, password_hash: &str) -> Result<()> {
        let id = user.id.as_uuid();
        let role = user.role.as_str();
        let organisation_id = user.organisation_id.as_uuid();
        let countries = decode::to_json(&user.countries)?;
        sqlx::query!(
            "INSERT INTO users (id, username, display_name, password_hash, role, organisation_id, countries, language, disabled, version)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
            id,
            user.username,
            user.display_name,
            password_hash,
            role,
            organisation_id,
            countries,
            user.language,
            user.disabled,
            user.version,
        )
        .execute(&mut *self.tx)
        .await
        .map_err(map_err)?;
        Ok(())
    }

    async fn user(&mut self, id: UserId) -> Result<User> {
        let id = id.as_uuid();
        sqlx::query_as!(
            UserRow,
            r#"SELECT id AS "id: Uuid", username, display_name, role, organisation_id AS "organisation_id: Uuid",
                      countries, language, disabled AS "disabled: bool", version
               FROM users WHERE id = $1"#,
            id
        )
        .fetch_one(&mut *self.tx)
        .await
        .map_err(map_err)?
        .into_domain()
    }

    async fn user_credentials(&mut self, username: &str) -> Result<(User, String)> {
        let username = username.trim().to_lowercase();
        let row = sqlx::query!(
            r#"SELECT id AS "id: Uuid", username, display_name, role, organisation_id AS "organisation_id: Uuid",
                      countries, language, disabled AS "disabled: bool", version, password_hash
               FROM users WHERE username = $1"#,
            username
        )
        .fetch_one(&mut *self.tx)
        .await
        .map_err(map_err)?;
        let user = UserRow {
            id: row.id,
            username: row.username,
            display_name: row.display_name,
            role: row.role,
            organisation_id: row.organisation_id,
            countries: row.countries,
            language: row.language,
            disabled: row.disabled,
            version: row.version,
        }
        .into_domain()?;
        Ok((user, row.password_hash))
    }

    async fn update_user(&mut self, user: &User, expected_version: i64) -> Result<()> {
        let id = user.id.as_uuid();
        let role = user.role.as_str();
        let countries = decode::to_json(&user.countries)?;
        let updated = sqlx::query!(
            "UPDATE users SET display_name = $1, role = $2, countries = $3, language = $4, disabled = $5, version = $6
             WHERE id = $7 AND version = $8",
            user.display_name,
            role,
            countries,
            user.language,
            user.disabled,
            user.version,
            id,
            expected_version,
        )
        .execute(&mut *self.tx)
        .await
        .map_err(map_err)?
        .rows_affected();
        if updated == 1 {
            return Ok(());
        }
        let current = sqlx::query_scalar!(
            r#"SELECT version AS "version!: i64" FROM users WHERE id = $1"#,
            id
        )
        .fetch_optional(&mut *self.tx)
        .await
        .map_err(map_err)?;
        Err(
            current.map_or(StoreError::NotFound, |current| StoreError::Conflict {
                current,
            }),
        )
    }

    async fn set_password_hash(&mut self, id: UserId, password_hash: &str) -> Result<()> {
        let id = id.as_uuid();
        let updated = sqlx::query!(
            "UPDATE users SET password_hash = $1, version = version + 1 WHERE id = $2",
            password_hash,
            id
        )
        .execute(&mut *self.tx)
        .await
        .map_err(map_err)?
        .rows_affected();
        if updated == 1 {
            Ok(())
        } else {
            Err(StoreError::NotFound)
        }
    }

    async fn users(&mut self, organisation: Option<OrganisationId>) -> Result<Vec<User>> {
        let organisation = organisation.map(|o| o.as_uuid());
        sqlx::query_as!(
            UserRow,
            r#"SELECT id AS "id: Uuid", username, display_name, role, organisation_id AS "organisation_id: Uuid",
                      countries, language, disabled AS "disabled: bool", version
               FROM users WHERE ($1 IS NULL OR organisation_id = $1) ORDER BY username"#,
            organisation
        )
        .fetch_all(&mut *self.tx)
        .await
        .map_err(map_err)?
        .into_iter()
        .map(UserRow::into_domain)
        .collect()
    }

    async fn count_users(&mut self) -> Result<i64> {
        sqlx::query_scalar!(r#"SELECT COUNT(*) AS "count!: i64" FROM users"#)
            .fetch_one(&mut *self.tx)
            .await
            .map_err(map_err)
    }

    async fn insert_token(&mut self, token: &TokenRecord) -> Result<()> {
        let user_id = token.user_id.as_uuid();
        let kind = token.kind.as_str();
        sqlx::query!(
            "INSERT INTO auth_tokens (id, user_id, hash, kind, label, csrf_secret, created_at, expires_at, revoked_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
            token.id,
            user_id,
            token.hash,
            kind,
            token.label,
            token.csrf_secret,
            token.created_at,
            token.expires_at,
            token.revoked_at,
        )
        .execute(&mut *self.tx)
        .await
        .map_err(map_err)?;
        Ok(())
    }

    async fn live_token(
        &mut self,
        hash: &[u8],
        now: OffsetDateTime,
    ) -> Result<(TokenRecord, User)> {
        let row = sqlx::query!(
            r#"SELECT t.id AS "id: Uuid", t.user_id AS "user_id: Uuid", t.hash, t.kind, t.label, t.csrf_secret,
                      t.created_at AS "created_at: OffsetDateTime", t.expires_at AS "expires_at: OffsetDateTime",
                      t.revoked_at AS "revoked_at: OffsetDateTime",
                      u.username, u.display_name, u.role, u.organisation_id AS "organisation_id: Uuid",
                      u.countries, u.language, u.disabled AS "disabled: bool", u.version
               FROM auth_tokens t JOIN users u ON u.id = t.user_id
               WHERE t.hash = $1 AND t.revoked_at IS NULL AND julianday(t.expires_at) > julianday($2)"#,
            hash,
            now
        )
        .fetch_one(&mut *self.tx)
        .await
        .map_err(map_err)?;
        let user = UserRow {
            id: row.user_id,
            username: row.username,
            display_name: row.display_name,
            role: row.role,
            organisation_id: row.organisation_id,
            countries: row.countries,
            language: row.language,
            disabled: row.disabled,
            version: row.version,
        }
        .into_domain()?;
        let token = TokenRow {
            id: row.id,
            user_id: row.user_id,
            hash: row.hash,
            kind: row.kind,
            label: row.label,
            csrf_secret: row.csrf_secret,
            created_at: row.created_at,
            expires_at: row.expires_at,
            revoked_at: row.revoked_at,
        }
        .into_domain()?;
        Ok((token, user))
    }

    async fn revoke_token(&mut self, id: Uuid, at: OffsetDateTime) -> Result<()> {
        let updated = sqlx::query!(
            "UPDATE auth_tokens SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL",
            at,
            id
        )
        .execute(&mut *self.tx)
        .await
        .map_err(map_err)?
        .rows_affected();
        if updated == 1 {
            Ok(())
        } else {
            Err(StoreError::NotFound)
        }
    }

    async fn revoke_user_tokens(
        &mut self,
        user: UserId,
        at: OffsetDateTime,
        except: Option<Uuid>,
    ) -> Result<u64> {
        let user = user.as_uuid();
        Ok(sqlx::query!(
            "UPDATE auth_tokens SET revoked_at = $1
             WHERE user_id = $2 AND revoked_at IS NULL AND ($3 IS NULL OR id <> $3)",
            at,
            user,
            except
        )
        .execute(&mut *self.tx)
        .await
        .map_err(map_err)?
        .rows_affected())
    }

    async fn tokens_of(&mut self, user: UserId) -> Result<Vec<TokenRecord>> {
        let user = user.as_uuid();
        sqlx::query_as!(
            TokenRow,
            r#"SELECT id AS "id: Uuid", user_id AS "user_id: Uuid", hash, kind, label, csrf_secret,
                      created_at AS "created_at: OffsetDateTime", expires_at AS "expires_at: OffsetDateTime",
                      revoked_at AS "revoked_at: OffsetDateTime"
               FROM auth_tokens WHERE user_id = $1 ORDER BY created_at"#,
            user
        )
        .fetch_all(&mut *self.tx)
        .await
        .map_err(map_err)?
        .into_iter()
        .map(TokenRow::into_domain)
        .collect()
    }
}
