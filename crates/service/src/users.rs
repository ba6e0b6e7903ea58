//! User administration: administrators manage the users of their own organisation, within
//! their own countries; the command line manages any.

use crate::passwords;
use crate::{Actor, Result, Service, ServiceError};
use bayiri_domain::access::{INTERFACE_LANGUAGES, Permission, Role, User, parse_username};
use bayiri_domain::country::CountryCode;
use bayiri_domain::error::{InvalidValue, ValidationErrors};
use bayiri_domain::ids::{OrganisationId, UserId};
use bayiri_domain::text;
use serde::Deserialize;
use serde_json::json;
use std::collections::BTreeSet;

#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NewUser {
    pub username: String,
    pub display_name: String,
    pub password: String,
    pub role: Role,
    /// ISO 3166-1 alpha-3 codes of the countries the user works on.
    pub countries: Vec<String>,
    /// Interface language: `en`, `fr`, `pt`, `es` or `ar`.
    #[serde(default)]
    pub language: Option<String>,
}

impl NewUser {
    fn validate(
        &self,
        organisation_id: OrganisationId,
        id: UserId,
    ) -> std::result::Result<User, ValidationErrors> {
        let mut errors = ValidationErrors::new();
        let username = errors.check("username", parse_username(&self.username));
        let display_name = errors.check("display_name", text::required(&self.display_name, 100));
        let mut countries = BTreeSet::new();
        for (i, raw) in self.countries.iter().enumerate() {
            if let Some(country) = errors.check(&format!("countries[{i}]"), CountryCode::parse(raw))
            {
                countries.insert(country);
            }
        }
        if self.countries.is_empty() {
            errors.add(
                "countries",
                InvalidValue::new("required", "give at least one country"),
            );
        }
        // No language means "follow the browser" (its Accept-Language header).
        let language = self.language.clone().unwrap_or_default();
        if !language.is_empty() && !INTERFACE_LANGUAGES.contains(&language.as_str()) {
            errors.add(
                "language",
                InvalidValue::new("invalid_language", "choose en, fr, pt, es or ar"),
            );
        }
        if let Some(username) = &username
            && let Err(e) = passwords::check_strength(&self.password, username)
        {
            errors.0.extend(e.0);
        }
        errors.into_result()?;
        Ok(User {
            id,
            username: username.unwrap_or_default(),
            display_name: display_name.unwrap_or_default(),
            role: self.role,
            organisation_id,
            countries,
            language,
            disabled: false,
            version: 1,
        })
    }
}

impl Service {
    /// Creates a user in the administrator's organisation, on countries the administrator
    /// covers (an administrator cannot hand out more than they have).
    pub async fn create_user(&self, actor: &Actor, input: NewUser) -> Result<User> {
        if !actor.can(Permission::UserAdmin) {
            return Err(ServiceError::Forbidden);
        }
        let user = input.validate(actor.organisation(), UserId::from_uuid(self.new_id()))?;
        if let Some(outside) = user
            .countries
            .iter()
            .find(|c| !actor.user.countries.contains(c))
        {
            return Err(ServiceError::Invalid(ValidationErrors::single(
                "countries",
                InvalidValue::new(
                    "outside_your_scope",
                    format!("{outside} is not one of your countries"),
                ),
            )));
        }
        let hash = passwords::hash(input.password.clone()).await?;
        let mut tx = self.inner.store.begin().await?;
        tx.insert_user(&user, &hash).await.map_err(|e| match e {
            bayiri_store::StoreError::Duplicate { .. } => ServiceError::AlreadyExists {
                what: format!("user {}", user.username),
            },
            other => other.into(),
        })?;
        self.audit(
            &mut tx,
            actor,
            "user.create",
            "user",
            user.id,
            json!({ "username": user.username, "role": user.role }),
        )
        .await?;
        tx.commit().await?;
        Ok(user)
    }

    /// Creates a user from the command line, in the organisation with code `organisation`.
    pub async fn create_user_as_system(&self, organisation: &str, input: NewUser) -> Result<User> {
        let mut tx = self.inner.store.begin().await?;
        let organisation = tx
            .organisation_by_code(organisation)
            .await
            .map_err(ServiceError::store("organisation"))?;
        let user = input.validate(organisation.id, UserId::from_uuid(self.new_id()))?;
        let hash = passwords::hash(input.password.clone()).await?;
        tx.insert_user(&user, &hash).await.map_err(|e| match e {
            bayiri_store::StoreError::Duplicate { .. } => ServiceError::AlreadyExists {
                what: format!("user {}", user.username),
            },
            other => other.into(),
        })?;
        let mut entry = self.system_audit(
            "user.create",
            "user",
            user.id.to_string(),
            json!({ "username": user.username, "role": user.role }),
        );
        entry.organisation_id = Some(organisation.id);
        tx.append_audit(&entry).await?;
        tx.commit().await?;
        Ok(user)
    }

    /// Users of the administrator's organisation.
    pub async fn list_users(&self, actor: &Actor) -> Result<Vec<User>> {
        if !actor.can(Permission::UserAdmin) {
            return Err(ServiceError::Forbidden);
        }
        let mut tx = self.inner.store.begin_read().await?;
        let users = tx.users(Some(actor.organisation())).await?;
        tx.commit().await?;
        Ok(users)
    }

    /// Every user (command line only).
    pub async fn list_all_users(&self) -> Result<Vec<User>> {
        let mut tx = self.inner.store.begin_read().await?;
        let users = tx.users(None).await?;
        tx.commit().await?;
        Ok(users)
    }

    pub async fn count_users(&self) -> Result<i64> {
        let mut tx = self.inner.store.begin_read().await?;
        let count = tx.count_users().await?;
        tx.commit().await?;
        Ok(count)
    }

    /// Disables a user of the administrator's organisation and ends all their sessions.
    pub async fn disable_user(&self, actor: &Actor, id: UserId) -> Result<User> {
        if !actor.can(Permission::UserAdmin) {
            return Err(ServiceError::Forbidden);
        }
        if id == actor.id() {
            return Err(ServiceError::Invalid(ValidationErrors::single(
                "user",
                InvalidValue::new("cannot_disable_self", "you cannot disable your own account"),
            )));
        }
        let mut tx = self.inner.store.begin().await?;
        let mut user = tx.user(id).await.map_err(ServiceError::store("user"))?;
        if user.organisation_id != actor.organisation() {
            return Err(ServiceError::not_found("user"));
        }
        let revoked = self.disable_in(&mut tx, &mut user).await?;
        self.audit(
            &mut tx,
            actor,
            "user.disable",
            "user",
            user.id,
            json!({ "tokens_revoked": revoked }),
        )
        .await?;
        tx.commit().await?;
        Ok(user)
    }

    /// Disables a user by login name (command line only).
    pub async fn disable_user_as_system(&self, username: &str) -> Result<User> {
        let mut tx = self.inner.store.begin().await?;
        let (mut user, _) = tx
            .user_credentials(username)
            .await
            .map_err(ServiceError::store("user"))?;
        let revoked = self.disable_in(&mut tx, &mut user).await?;
        let mut entry = self.system_audit(
            "user.disable",
            "user",
            user.id.to_string(),
            json!({ "tokens_revoked": revoked }),
        );
        entry.organisation_id = Some(user.organisation_id);
        tx.append_audit(&entry).await?;
        tx.commit().await?;
        Ok(user)
    }

    async fn disable_in(&self, tx: &mut Box<dyn bayiri_store::Tx>, user: &mut User) -> Result<u64> {
        let expected = user.version;
        user.disabled = true;
        user.version += 1;
        tx.update_user(user, expected).await?;
        Ok(tx.revoke_user_tokens(user.id, self.now(), None).await?)
    }

    /// Sets the actor's interface language.
    pub async fn set_language(&self, actor: &Actor, language: &str) -> Result<User> {
        if !INTERFACE_LANGUAGES.contains(&language) {
            return Err(ServiceError::Invalid(ValidationErrors::single(
                "language",
                InvalidValue::new("invalid_language", "choose en, fr, pt, es or ar"),
            )));
        }
        let mut tx = self.inner.store.begin().await?;
        let mut user = tx.user(actor.id()).await?;
        let expected = user.version;
        user.language = language.to_string();
        user.version += 1;
        tx.update_user(&user, expected).await?;
        self.audit(
            &mut tx,
            actor,
            "user.set_language",
            "user",
            user.id,
            json!({ "language": language }),
        )
        .await?;
        tx.commit().await?;
        Ok(user)
    }
}
