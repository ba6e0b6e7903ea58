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
