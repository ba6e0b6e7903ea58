//! The service directory, referrals to its providers, and opportunities.

use super::refused;
use crate::{Actor, Result, Service, ServiceError};
use bayiri_domain::CountryCode;
use bayiri_domain::access::{Permission, Role};
use bayiri_domain::ids::*;
use bayiri_domain::person::ContactKind;
use bayiri_domain::reintegration::ServiceType;
use bayiri_domain::reintegration::directory::{Provider, ProviderInput};
use bayiri_domain::reintegration::opportunity::{Opportunity, OpportunityInput, OpportunitySearch};
use bayiri_domain::reintegration::referral::*;
use bayiri_store::{RecordFilter, Records, Tx};
use serde::Deserialize;
use serde_json::json;

/// A provider's answer to a referral, or a message on it.
#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReferralAnswer {
    pub expected_version: i64,
    /// `accept`, `decline`, `complete` or `message`.
    pub action: String,
    #[serde(default)]
    pub text: String,
}

const DIRECTORY_LIMIT: u32 = 5_000;

fn referral_error(error: ReferralError) -> ServiceError {
    match error {
        ReferralError::Invalid(errors) => ServiceError::Invalid(errors),
        other => refused(other.code(), other.to_string()),
    }
}

impl Service {
    /// Adds an organisation to the directory, or changes its entry (`expected_version` of the
    /// entry read).
    pub async fn save_provider(
        &self,
        actor: &Actor,
        id: Option<(ProviderId, i64)>,
        input: ProviderInput,
    ) -> Result<Provider> {
        if !actor.can(Permission::DirectoryWrite) {
            return Err(ServiceError::Forbidden);
        }
        let mut tx = self.inner.store.begin().await?;
        let organisation = tx.organisation(input.organisation_id).await.map_err(|_| {
            crate::cases::invalid("organisation_id", "unknown", "choose an organisation")
        })?;
        let recorded = self.recorded(actor);
        let provider = match id {
            None => {
                let provider = input.validate(
                    ProviderId::from_uuid(self.new_id()),
                    organisation.name.clone(),
                    organisation.kind,
                    recorded,
                )?;
                tx.insert_new(&provider).await?;
                provider
            }
            Some((id, expected)) => {
                let stored: Provider = tx
                    .get(id.as_uuid())
                    .await
                    .map_err(ServiceError::store("provider"))?;
                if stored.version != expected {
                    return Err(ServiceError::VersionConflict {
                        current: stored.version,
                    });
                }
                let mut provider =
                    input.validate(id, organisation.name.clone(), organisation.kind, recorded)?;
                provider.version = stored.version + 1;
                tx.save(&provider, expected).await?;
                provider
            }
        };
        self.audit(
            &mut tx,
            actor,
            "provider.save",
            "provider",
            provider.id,
            json!({ "organisation": organisation.code, "version": provider.version }),
        )
        .await?;
        tx.commit().await?;
        Ok(provider)
    }

    /// Active providers offering `service` (any when absent) in `country` and the area of
    /// `pcode` (anywhere when absent), by name.
    pub async fn providers(
        &self,
        actor: &Actor,
        service: Option<ServiceType>,
        country: Option<CountryCode>,
        pcode: Option<&str>,
    ) -> Result<Vec<Provider>> {
        if !actor.can(Permission::DirectoryRead) {
            return Err(ServiceError::Forbidden);
        }
        let mut tx = self.inner.store.begin_read().await?;
        let all: Vec<Provider> = tx.find(&RecordFilter::limit(DIRECTORY_LIMIT)).await?;
        tx.commit().await?;
        let pcode = pcode.map(str::trim).filter(|p| !p.is_empty());
        Ok(all
            .into_iter()
            .filter(|p| service.is_none_or(|s| p.offers(s)))
            .filter(|p| match country {
                Some(c) => p.serves(c, pcode),
                None => true,
            })
            .collect())
    }

    /// Organisations that may be listed in the directory (consulates are not providers), for
    /// those who maintain it.
    pub async fn directory_candidates(
        &self,
        actor: &Actor,
    ) -> Result<Vec<bayiri_domain::organisation::Organisation>> {
        if !actor.can(Permission::DirectoryWrite) {
            return Err(ServiceError::Forbidden);
        }
        let mut tx = self.inner.store.begin_read().await?;
        let all = tx.organisations().await?;
        tx.commit().await?;
        Ok(all
            .into_iter()
            .filter(|o| o.kind != bayiri_domain::organisation::OrganisationKind::Consulate)
            .collect())
    }

    pub async fn provider(&self, actor: &Actor, id: ProviderId) -> Result<Provider> {
        if !actor.can(Permission::DirectoryRead) {
            return Err(ServiceError::Forbidden);
        }
        let mut tx = self.inner.store.begin_read().await?;
        let provider = tx
            .get(id.as_uuid())
            .await
            .map_err(ServiceError::store("provider"))?;
        tx.commit().await?;
        Ok(provider)
    }

    /// Refers a case to a provider. The provider receives only what the referral needs: the
    /// returnee's name, languages, phone and place of return, and the reason.
    pub async fn refer_case(
        &self,
        actor: &Actor,
        case_id: CaseId,
        input: ReferralInput,
    ) -> Result<ServiceReferral> {
        if !actor.can(Permission::ServiceReferralWrite) {
            return Err(ServiceError::Forbidden);
        }
        let reason = input.reason()?;
        let mut tx = self.inner.store.begin().await?;
        let case = self.visible_case(&mut tx, actor, case_id).await?;
        if !Self::reintegration_open(&case) {
            return Err(refused("case_closed", "the case is closed"));
        }
        let provider: Provider = tx.get(input.provider_id.as_uuid()).await.map_err(|_| {
            crate::cases::invalid(
                "provider_id",
                "unknown",
                "choose a provider of the directory",
            )
        })?;
        if !provider.active {
            return Err(crate::cases::invalid(
                "provider_id",
                "provider_inactive",
                "this provider no longer takes referrals",
            ));
        }
        input.check_provider(provider.offers(input.service))?;
        if let Some(plan) = input.plan_id {
            let plan = self.visible_plan(&mut tx, actor, plan).await?;
            if !plan.beneficiaries.iter().any(|b| b.case_id == case.id) {
                return Err(crate::cases::invalid(
                    "plan_id",
                    "not_this_case",
                    "the plan is not one of this case",
                ));
            }
        }
        let person = tx
            .person(case.principal)
            .await
            .map_err(ServiceError::store("person"))?;
        let phone = person
            .details
            .contacts
            .iter()
            .find(|c| matches!(c.kind, ContactKind::Phone | ContactKind::Messaging))
            .map(|c| c.value.clone());
        let locality = case
            .community_of_return
            .locality
            .clone()
            .or_else(|| {
                case.community_of_return
                    .admin2
                    .as_ref()
                    .map(|a| a.name.clone())
            })
            .or_else(|| {
                case.community_of_return
                    .admin1
                    .as_ref()
                    .map(|a| a.name.clone())
            });
        let referral = ServiceReferral {
            id: ReferralId::from_uuid(self.new_id()),
            case_id: case.id,
            case_number: case.number.to_string(),
            case_organisation: case.organisation_id,
            case_countries: vec![case.host_country, case.return_country],
            provider_id: provider.id,
            provider_organisation: provider.organisation_id,
            provider_name: provider.name.clone(),
            service: input.service,
            plan_id: input.plan_id,
            person: ReferredPerson {
                person_id: person.id,
                name: person.display_name(),
                languages: person
                    .details
                    .languages
                    .iter()
                    .map(|l| l.as_str().to_string())
                    .collect(),
                phone,
                locality,
            },
            reason,
            status: ReferralStatus::Sent,
            sent: self.recorded(actor),
            response: None,
            completion: None,
            messages: Vec::new(),
            version: 1,
        };
        tx.insert_new(&referral).await?;
        self.audit(
            &mut tx,
            actor,
            "referral.send",
            "referral",
            referral.id,
            json!({ "case": case.id, "provider": provider.id, "service": input.service }),
        )
        .await?;
        tx.commit().await?;
        Ok(referral)
    }

    /// The side the actor is on, if they may see the referral: the provider's users, or the
    /// referring organisation's staff in the case's countries.
    fn referral_side(actor: &Actor, referral: &ServiceReferral) -> Option<Side> {
        if actor.role() == Role::ServiceProvider {
            (actor.organisation() == referral.provider_organisation).then_some(Side::Provider)
        } else if (actor.can(Permission::ServiceReferralWrite)
            || actor.can(Permission::ReintegrationRead))
            && actor.covers(referral.case_organisation, &referral.case_countries)
        {
            Some(Side::Referrer)
        } else {
            None
        }
    }

    async fn visible_referral(
        &self,
        tx: &mut Box<dyn Tx>,
        actor: &Actor,
        id: ReferralId,
    ) -> Result<(ServiceReferral, Side)> {
        let referral: ServiceReferral = tx
            .get(id.as_uuid())
            .await
            .map_err(ServiceError::store("referral"))?;
        let side =
            Self::referral_side(actor, &referral).ok_or(ServiceError::not_found("referral"))?;
        Ok((referral, side))
    }

    pub async fn referral(&self, actor: &Actor, id: ReferralId) -> Result<ServiceReferral> {
        let mut tx = self.inner.store.begin().await?;
        let (referral, side) = self.visible_referral(&mut tx, actor, id).await?;
        if side == Side::Provider {
            // What a provider learns about a person is on record.
            self.audit(
                &mut tx,
                actor,
                "referral.read",
                "referral",
                referral.id,
                json!({ "side": "provider" }),
            )
            .await?;
        }
        tx.commit().await?;
        Ok(referral)
    }

    /// Referrals sent to the actor's organisation (a provider's inbox), newest first.
    pub async fn referral_inbox(
        &self,
        actor: &Actor,
        status: Option<ReferralStatus>,
    ) -> Result<Vec<ServiceReferral>> {
        if !actor.can(Permission::ServiceReferralRespond) {
            return Err(ServiceError::Forbidden);
        }
        let mut tx = self.inner.store.begin_read().await?;
        let referrals = tx
            .find(&RecordFilter {
                party: Some(actor.organisation().as_uuid()),
                status: status.map(|s| s.as_str().to_string()),
                descending: true,
                ..RecordFilter::limit(500)
            })
            .await?;
        tx.commit().await?;
        Ok(referrals)
    }

    /// Accept, decline or complete a referral (the provider), or write on it (either side).
    pub async fn answer_referral(
        &self,
        actor: &Actor,
        id: ReferralId,
        answer: ReferralAnswer,
    ) -> Result<ServiceReferral> {
        let mut tx = self.inner.store.begin().await?;
        let (mut referral, side) = self.visible_referral(&mut tx, actor, id).await?;
        if referral.version != answer.expected_version {
            return Err(ServiceError::VersionConflict {
                current: referral.version,
            });
        }
        let by = self.recorded(actor);
        let provider_only = || {
            if side == Side::Provider && actor.can(Permission::ServiceReferralRespond) {
                Ok(())
            } else {
                Err(ServiceError::Forbidden)
            }
        };
        match answer.action.as_str() {
            "accept" | "decline" => {
                provider_only()?;
                referral
                    .respond(answer.action == "accept", &answer.text, by)
                    .map_err(referral_error)?;
            }
            "complete" => {
                provider_only()?;
                referral
                    .complete(&answer.text, by)
                    .map_err(referral_error)?;
            }
            "message" => {
                if side == Side::Referrer && !actor.can(Permission::ServiceReferralWrite) {
                    return Err(ServiceError::Forbidden);
                }
                referral
                    .write(side, &answer.text, by)
                    .map_err(referral_error)?;
            }
            _ => {
                return Err(crate::cases::invalid(
                    "action",
                    "unknown_action",
                    "accept, decline, complete or message",
                ));
            }
        }
        tx.save(&referral, answer.expected_version).await?;
        self.audit(
            &mut tx,
            actor,
            "referral.answer",
            "referral",
            referral.id,
            json!({ "action": answer.action, "status": referral.status.as_str() }),
        )
        .await?;
        tx.commit().await?;
        Ok(referral)
    }

    pub async fn save_opportunity(
        &self,
        actor: &Actor,
        id: Option<(OpportunityId, i64)>,
        input: OpportunityInput,
    ) -> Result<Opportunity> {
        if !actor.can(Permission::OpportunityWrite) {
            return Err(ServiceError::Forbidden);
        }
        let mut tx = self.inner.store.begin().await?;
        let recorded = self.recorded(actor);
        let opportunity = match id {
            None => {
                let o = input.validate(
                    OpportunityId::from_uuid(self.new_id()),
                    actor.organisation(),
                    recorded,
                )?;
                tx.insert_new(&o).await?;
                o
            }
            Some((id, expected)) => {
                let stored: Opportunity = tx
                    .get(id.as_uuid())
                    .await
                    .map_err(ServiceError::store("opportunity"))?;
                if stored.organisation_id != actor.organisation() {
                    return Err(ServiceError::not_found("opportunity"));
                }
                if stored.version != expected {
                    return Err(ServiceError::VersionConflict {
                        current: stored.version,
                    });
                }
                let mut o = input.validate(id, actor.organisation(), recorded)?;
                o.version = stored.version + 1;
                tx.save(&o, expected).await?;
                o
            }
        };
        self.audit(
            &mut tx,
            actor,
            "opportunity.save",
            "opportunity",
            opportunity.id,
            json!({ "title": opportunity.title, "version": opportunity.version }),
        )
        .await?;
        tx.commit().await?;
        Ok(opportunity)
    }

    /// Open opportunities matching the search, in the searched country or the actor's
    /// countries. Opportunities are public offers: every organisation's are found.
    pub async fn search_opportunities(
        &self,
        actor: &Actor,
        search: &OpportunitySearch,
    ) -> Result<Vec<Opportunity>> {
        if !actor.can(Permission::DirectoryRead) {
            return Err(ServiceError::Forbidden);
        }
        let countries = match search.country.as_deref().map(str::trim) {
            Some(c) if !c.is_empty() => vec![
                CountryCode::parse(c)
                    .map_err(|e| {
                        ServiceError::Invalid(bayiri_domain::ValidationErrors::single("country", e))
                    })?
                    .as_str()
                    .to_string(),
            ],
            _ => actor
                .user
                .countries
                .iter()
                .map(|c| c.as_str().to_string())
                .collect(),
        };
        let today = self.today();
        let mut tx = self.inner.store.begin_read().await?;
        let found: Vec<Opportunity> = tx
            .find(&RecordFilter {
                countries: Some(countries),
                status: Some("active".into()),
                ..RecordFilter::limit(DIRECTORY_LIMIT)
            })
            .await?;
        tx.commit().await?;
        Ok(found
            .into_iter()
            .filter(|o| o.is_open(today) && o.matches(search))
            .collect())
    }

    pub async fn opportunity(&self, actor: &Actor, id: OpportunityId) -> Result<Opportunity> {
        if !actor.can(Permission::DirectoryRead) {
            return Err(ServiceError::Forbidden);
        }
        let mut tx = self.inner.store.begin_read().await?;
        let o = tx
            .get(id.as_uuid())
            .await
            .map_err(ServiceError::store("opportunity"))?;
        tx.commit().await?;
        Ok(o)
    }
}
