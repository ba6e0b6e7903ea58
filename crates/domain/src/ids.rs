//! Typed identifiers. Ids are UUIDs generated outside the domain and passed in.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;
use uuid::Uuid;

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(value_type = String, format = Uuid))]
        pub struct $name(pub Uuid);

        impl $name {
            pub const fn from_uuid(uuid: Uuid) -> Self {
                Self(uuid)
            }

            pub const fn as_uuid(&self) -> Uuid {
                self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.fmt(f)
            }
        }

        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}({})", stringify!($name), self.0)
            }
        }

        impl FromStr for $name {
            type Err = uuid::Error;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                Uuid::parse_str(s).map(Self)
            }
        }

        impl From<Uuid> for $name {
            fn from(uuid: Uuid) -> Self {
                Self(uuid)
            }
        }
    };
}

id_type!(
    /// A migrant or returnee.
    PersonId
);
id_type!(
    /// One return-and-reintegration journey.
    CaseId
);
id_type!(
    /// A person who works in Bayiri (never a migrant).
    UserId
);
id_type!(
    /// A government body, international organisation, NGO, consulate or service provider.
    OrganisationId
);
id_type!(
    /// An office of an organisation that issues case numbers.
    OfficeId
);
id_type!(
    /// A record inside a case: a counselling session, consent, concern, referral, document…
    RecordId
);
id_type!(
    /// The merge of two person records found to be the same person.
    MergeId
);
id_type!(
    /// An airport, land border crossing point or seaport where returnees arrive.
    PointId
);
id_type!(
    /// A consular mission (an embassy, consulate or remote consular mission).
    MissionId
);
id_type!(
    /// A request to a consular mission to verify nationality and issue a travel document.
    ConsularRequestId
);
id_type!(
    /// A return operation: a charter flight, a convoy, a group on a scheduled flight.
    OperationId
);
id_type!(
    /// A forced-return monitor's report on one phase of an operation.
    ReportId
);
id_type!(
    /// The registration of an arrival at an airport or land border point.
    ArrivalId
);
id_type!(
    /// A reintegration programme: who is eligible, the ceilings, currencies and follow-up.
    ProgrammeId
);
id_type!(
    /// A needs assessment after arrival.
    AssessmentId
);
id_type!(
    /// A reintegration plan (individual, collective or community-level).
    PlanId
);
id_type!(
    /// A file attached as proof of a payment (a receipt, a photo).
    AttachmentId
);
id_type!(
    /// An entry of the service directory: an organisation and the services it offers.
    ProviderId
);
id_type!(
    /// A referral from a case to a provider of the service directory.
    ReferralId
);
id_type!(
    /// A job, training place, credit scheme or value chain open to returnees.
    OpportunityId
);
id_type!(
    /// A follow-up visit or call after return, with its sustainability survey.
    FollowUpId
);
id_type!(
    /// A record that a returnee migrated again (registered again abroad).
    ReMigrationId
);
