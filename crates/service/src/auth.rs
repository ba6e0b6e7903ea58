//! Logging in and out, sessions and API tokens.
//!
//! A token is 32 random bytes shown to the client once; the store keeps only its SHA-256
//! hash, so a copy of the database does not let anyone log in. Browser sessions and API
//! tokens are the same mechanism with different lifetimes; both are revocable.

use crate::passwords;
use crate::{Actor, ClientInfo, Result, Service, ServiceError};
use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use bayiri_domain::access::User;
use bayiri_store::{AuditEntry, StoreError, TokenKind, TokenRecord};
use serde_json::json;
use sha2::{Digest, Sha256};
use time::{Duration, OffsetDateTime};
use uuid::Uuid;

/// How long a browser keeps its session cookie (the session itself may be revoked earlier).
pub const SESSION_COOKIE_LIFETIME: Duration = Duration::hours(12);

const TOKEN_PREFIX: &str = "bay_";

/// A freshly issued token; `secret` is shown once and never stored.
#[derive(Debug, Clone)]
pub struct IssuedToken {
    pub secret: String,
    pub token_id: Uuid,
    pub expires_at: OffsetDateTime,
    pub user: User,
}

pub(crate) fn random_bytes<const N: usize>() -> Result<[u8; N]> {
    let mut bytes = [0u8; N];
    getrandom::fill(&mut bytes).map_err(|e| ServiceError::internal(e.to_string()))?;
    Ok(bytes)
}

pub(crate) fn token_hash(secret: &str) -> Vec<u8> {
    Sha256::digest(secret.as_bytes()).to_vec()
}

impl Service {
    /// Checks a user name and password and issues a session or API token. Failed attempts are
    /// throttled per user name and per client address, and audited.
    pub async fn login(
        &self,
        username: &str,
        password: &str,
        kind: TokenKind,
        label: Option<String>,
        client: &ClientInfo,
    ) -> Result<IssuedToken> {
        let username = username.trim().to_lowercase();
        let now = self.now();
        if let Err(seconds) = self
            .inner
            .login_limiter
            .check(&username, client.address, now)
        {
            return Err(ServiceError::RateLimited {
                retry_after_seconds: seconds,
            });
        }
        let mut tx = self.inner.store.begin().await?;
        let credentials = match tx.user_credentials(&username).await {
            Ok(found) => Some(found),
            Err(StoreError::NotFound) => None,
            Err(e) => return Err(e.into()),
        };
        let (verified, user) = match credentials {
            Some((user, hash)) => (
                passwords::verify(password.to_string(), hash).await?,
                Some(user),
            ),
            None => {
                // Same work as a real check, so timing does not tell which user names exist.
                let dummy = passwords::dummy_hash().await?;
                passwords::verify(password.to_string(), dummy).await?;
                (false, None)
            }
        };
        let user = match user {
            Some(user) if verified && !user.disabled => user,
            other => {
                self.inner
                    .login_limiter
                    .record_failure(&username, client.address, now);
                tx.append_audit(&AuditEntry {
                    id: self.new_id(),
                    at: now,
                    actor: other.as_ref().map(|u| u.id),
                    organisation_id: other.as_ref().map(|u| u.organisation_id),
                    action: "auth.login_failed".into(),
                    target_kind: "user".into(),
                    target_id: Some(username.clone()),
                    detail: json!({ "address": client.address.map(|a| a.to_string()) }),
                    correlation_id: client.correlation_id.clone(),
                })
                .await?;
                tx.commit().await?;
                return Err(ServiceError::InvalidCredentials);
            }
        };
        self.inner.login_limiter.record_success(&username);
        let lifetime = match kind {
            TokenKind::Session => self.inner.config.session_lifetime,
            TokenKind::Api => self.inner.config.api_token_lifetime,
        };
        let secret = format!(
            "{TOKEN_PREFIX}{}",
            URL_SAFE_NO_PAD.encode(random_bytes::<32>()?)
        );
        let record = TokenRecord {
            id: self.new_id(),
            user_id: user.id,
            hash: token_hash(&secret),
            kind,
            label,
            csrf_secret: match kind {
                TokenKind::Session => Some(random_bytes::<32>()?.to_vec()),
                TokenKind::Api => None,
            },
            created_at: now,
            expires_at: now + lifetime,
            revoked_at: None,
        };
        tx.insert_token(&record).await?;
        tx.append_audit(&AuditEntry {
            id: self.new_id(),
            at: now,
            actor: Some(user.id),
            organisation_id: Some(user.organisation_id),
            action: "auth.login".into(),
            target_kind: "token".into(),
            target_id: Some(record.id.to_string()),
            detail: json!({ "kind": kind.as_str(), "address": client.address.map(|a| a.to_string()) }),
            correlation_id: client.correlation_id.clone(),
        })
        .await?;
        tx.commit().await?;
        Ok(IssuedToken {
            secret,
            token_id: record.id,
            expires_at: record.expires_at,
            user,
        })
    }

    /// The actor behind a session or API token secret.
    pub async fn authenticate(&self, secret: &str, client: ClientInfo) -> Result<Actor> {
        if !secret.starts_with(TOKEN_PREFIX) || secret.len() > 100 {
            return Err(ServiceError::Unauthenticated);
        }
        let mut tx = self.inner.store.begin_read().await?;
        let found = tx.live_token(&token_hash(secret), self.now()).await;
        tx.commit().await?;
        match found {
            Ok((token, user)) if !user.disabled => Ok(Actor {
                user,
                token_id: token.id,
                csrf_secret: token.csrf_secret,
                client,
            }),
            Ok(_) | Err(StoreError::NotFound) => Err(ServiceError::Unauthenticated),
            Err(e) => Err(e.into()),
        }
    }

    /// Revokes the session or token the actor is using.
    pub async fn logout(&self, actor: &Actor) -> Result<()> {
        let mut tx = self.inner.store.begin().await?;
        match tx.revoke_token(actor.token_id, self.now()).await {
            Ok(()) | Err(StoreError::NotFound) => {}
            Err(e) => return Err(e.into()),
        }
        self.audit(
            &mut tx,
            actor,
            "auth.logout",
            "token",
            actor.token_id,
            json!({}),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Ends every session and API token of the actor, on every device.
    pub async fn logout_everywhere(&self, actor: &Actor) -> Result<u64> {
        let mut tx = self.inner.store.begin().await?;
        let revoked = tx.revoke_user_tokens(actor.id(), self.now(), None).await?;
        self.audit(
            &mut tx,
            actor,
            "auth.logout_everywhere",
            "user",
            actor.id(),
            json!({ "tokens_revoked": revoked }),
        )
        .await?;
        tx.commit().await?;
        Ok(revoked)
    }

    /// Changes the actor's password and ends every other session and token of theirs.
    pub async fn change_password(&self, actor: &Actor, current: &str, new: &str) -> Result<()> {
        passwords::check_strength(new, &actor.user.username)?;
        let mut tx = self.inner.store.begin().await?;
        let (_, hash) = tx.user_credentials(&actor.user.username).await?;
        if !passwords::verify(current.to_string(), hash).await? {
            return Err(ServiceError::Invalid(
                bayiri_domain::ValidationErrors::single(
                    "current_password",
                    bayiri_domain::InvalidValue::new(
                        "wrong_password",
                        "the current password is wrong",
                    ),
                ),
            ));
        }
        let new_hash = passwords::hash(new.to_string()).await?;
        tx.set_password_hash(actor.id(), &new_hash).await?;
        let now = self.now();
        // Every other session and token ends; the one the change was made from stays.
        let revoked = tx
            .revoke_user_tokens(actor.id(), now, Some(actor.token_id))
            .await?;
        self.audit(
            &mut tx,
            actor,
            "auth.password_changed",
            "user",
            actor.id(),
            json!({ "tokens_revoked": revoked }),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }
}
