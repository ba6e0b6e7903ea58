use bayiri_domain::access::{Permission, Role, User};
use bayiri_domain::country::CountryCode;
use bayiri_domain::ids::{OrganisationId, UserId};
use bayiri_store::ScopeFilter;
use std::net::IpAddr;
use uuid::Uuid;

/// Where a request came from, for rate limiting and the audit log.
#[derive(Debug, Clone, Default)]
pub struct ClientInfo {
    pub address: Option<IpAddr>,
    /// The request's correlation id, written with every audit entry it causes.
    pub correlation_id: Option<String>,
}

/// An authenticated user acting through a session or an API token.
#[derive(Debug, Clone)]
pub struct Actor {
    pub user: User,
    /// The session or token the request came with.
    pub token_id: Uuid,
    /// Session secret for CSRF tokens (browser sessions only).
    pub csrf_secret: Option<Vec<u8>>,
    pub client: ClientInfo,
}

impl Actor {
    pub fn id(&self) -> UserId {
        self.user.id
    }

    pub fn role(&self) -> Role {
        self.user.role
    }

    pub fn organisation(&self) -> OrganisationId {
        self.user.organisation_id
    }

    pub fn can(&self, permission: Permission) -> bool {
        self.user.role.can(permission)
    }

    pub fn scope(&self) -> ScopeFilter {
        ScopeFilter {
            organisation_id: self.user.organisation_id,
            countries: self.user.countries.iter().copied().collect(),
        }
    }

    /// Whether a record of `organisation` touching `countries` is within this user's scope.
    pub fn covers(&self, organisation: OrganisationId, countries: &[CountryCode]) -> bool {
        self.user.scope().covers(organisation, countries)
    }
}
