//! Return categories and their mapping to Eurostat's type-of-return codes.

use serde::{Deserialize, Serialize};

/// The kind of return a case is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum ReturnCategory {
    /// Assisted voluntary return and reintegration (AVRR).
    AssistedVoluntaryReturnAndReintegration,
    /// Voluntary humanitarian return (VHR), typically from transit countries in crisis.
    VoluntaryHumanitarianReturn,
    /// Assisted voluntary return without reintegration assistance.
    AssistedVoluntaryReturn,
    /// Forced return (removal) under an enforceable return decision.
    ForcedReturn,
    /// A returnee nobody announced, registered on arrival.
    SpontaneousReturn,
    /// Return at the end of a labour contract.
    EndOfLabourContract,
    /// Voluntary repatriation of refugees.
    RefugeeRepatriation,
}

/// Eurostat's type-of-return breakdown (enforcement of immigration legislation statistics).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum EurostatReturnType {
    #[serde(rename = "ASSI_VOLU")]
    AssistedVoluntary,
    #[serde(rename = "NASSI_VOLU")]
    NonAssistedVoluntary,
    #[serde(rename = "ASSI_FORC")]
    AssistedForced,
    #[serde(rename = "FORC")]
    Forced,
}

impl EurostatReturnType {
    pub fn code(&self) -> &'static str {
        match self {
            EurostatReturnType::AssistedVoluntary => "ASSI_VOLU",
            EurostatReturnType::NonAssistedVoluntary => "NASSI_VOLU",
            EurostatReturnType::AssistedForced => "ASSI_FORC",
            EurostatReturnType::Forced => "FORC",
        }
    }

    /// The top-level Eurostat category: `VOLU` or `FORC`.
    pub fn top_level(&self) -> &'static str {
        match self {
            EurostatReturnType::AssistedVoluntary | EurostatReturnType::NonAssistedVoluntary => {
                "VOLU"
            }
            EurostatReturnType::AssistedForced | EurostatReturnType::Forced => "FORC",
        }
    }
}

impl ReturnCategory {
    pub const ALL: [ReturnCategory; 7] = [
        ReturnCategory::AssistedVoluntaryReturnAndReintegration,
        ReturnCategory::VoluntaryHumanitarianReturn,
        ReturnCategory::AssistedVoluntaryReturn,
        ReturnCategory::ForcedReturn,
        ReturnCategory::SpontaneousReturn,
        ReturnCategory::EndOfLabourContract,
        ReturnCategory::RefugeeRepatriation,
    ];

    pub fn as_str(&self) -> &'static str {
        match self {
            ReturnCategory::AssistedVoluntaryReturnAndReintegration => {
                "assisted_voluntary_return_and_reintegration"
            }
            ReturnCategory::VoluntaryHumanitarianReturn => "voluntary_humanitarian_return",
            ReturnCategory::AssistedVoluntaryReturn => "assisted_voluntary_return",
            ReturnCategory::ForcedReturn => "forced_return",
            ReturnCategory::SpontaneousReturn => "spontaneous_return",
            ReturnCategory::EndOfLabourContract => "end_of_labour_contract",
            ReturnCategory::RefugeeRepatriation => "refugee_repatriation",
        }
    }

    pub fn parse(input: &str) -> Option<ReturnCategory> {
        ReturnCategory::ALL
            .into_iter()
            .find(|c| c.as_str() == input)
    }

    /// Voluntary returns need the migrant's recorded, unwithdrawn consent to go ahead.
    pub fn is_voluntary(&self) -> bool {
        !matches!(self, ReturnCategory::ForcedReturn)
    }

    /// Whether the departure is organised through Bayiri (a spontaneous return is registered
    /// only once the person is back).
    pub fn departs_through_bayiri(&self) -> bool {
        !matches!(self, ReturnCategory::SpontaneousReturn)
    }

    /// Whether return assistance is part of the category itself.
    pub fn is_assisted(&self) -> bool {
        matches!(
            self,
            ReturnCategory::AssistedVoluntaryReturnAndReintegration
                | ReturnCategory::VoluntaryHumanitarianReturn
                | ReturnCategory::AssistedVoluntaryReturn
                | ReturnCategory::RefugeeRepatriation
        )
    }

    /// Eurostat type of return. `assistance_received` covers returns that received return or
    /// reintegration assistance although their category does not include it (a forced
    /// returnee given reintegration support counts as `ASSI_FORC`).
    pub fn eurostat(&self, assistance_received: bool) -> EurostatReturnType {
        let assisted = self.is_assisted() || assistance_received;
        match (self.is_voluntary(), assisted) {
            (true, true) => EurostatReturnType::AssistedVoluntary,
            (true, false) => EurostatReturnType::NonAssistedVoluntary,
            (false, true) => EurostatReturnType::AssistedForced,
            (false, false) => EurostatReturnType::Forced,
        }
    }
}

/// How the country of return relates to the person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum ReturnCountryRelation {
    Origin,
    Transit,
    ThirdCountry,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn eurostat_mapping() {
        use EurostatReturnType::*;
        use ReturnCategory::*;
        assert_eq!(
            AssistedVoluntaryReturnAndReintegration.eurostat(false),
            AssistedVoluntary
        );
        assert_eq!(SpontaneousReturn.eurostat(false), NonAssistedVoluntary);
        assert_eq!(SpontaneousReturn.eurostat(true), AssistedVoluntary);
        assert_eq!(EndOfLabourContract.eurostat(false).code(), "NASSI_VOLU");
        assert_eq!(ForcedReturn.eurostat(false).code(), "FORC");
        assert_eq!(ForcedReturn.eurostat(true).code(), "ASSI_FORC");
        assert_eq!(ForcedReturn.eurostat(true).top_level(), "FORC");
        assert_eq!(
            VoluntaryHumanitarianReturn.eurostat(false).top_level(),
            "VOLU"
        );
    }

    #[test]
    fn names_round_trip() {
        for c in ReturnCategory::ALL {
            assert_eq!(ReturnCategory::parse(c.as_str()), Some(c));
        }
    }
}
