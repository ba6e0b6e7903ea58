use crate::database::DatabaseArgs;
use anyhow::{Result, anyhow};
use bayiri_domain::organisation::OrganisationKind;
use bayiri_service::{NewOffice, NewOrganisation, Service};
use clap::{Args, Subcommand};

#[derive(Debug, Subcommand)]
pub enum OrgCommand {
    /// Register an organisation.
    Add(AddArgs),
    /// Register an office of an organisation; its code prefixes the case numbers it issues.
    AddOffice(AddOfficeArgs),
    /// List organisations.
    List(DatabaseArgs),
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// Short unique code, e.g. IOM-NER.
    #[arg(long)]
    pub code: String,
    #[arg(long)]
    pub name: String,
    /// government, international_organisation, ngo, consulate, private_sector, micro_finance, training_centre
    #[arg(long)]
    pub kind: String,
    /// ISO 3166-1 alpha-3 code of the seat.
    #[arg(long)]
    pub country: String,
    #[command(flatten)]
    pub database: DatabaseArgs,
}

#[derive(Debug, Args)]
pub struct AddOfficeArgs {
    /// Code of the organisation.
    #[arg(long)]
    pub organisation: String,
    /// 3 to 8 letters or digits, e.g. NER or NERAGZ.
    #[arg(long)]
    pub code: String,
    #[arg(long)]
    pub name: String,
    #[arg(long)]
    pub country: String,
    #[command(flatten)]
    pub database: DatabaseArgs,
}

pub async fn run(command: OrgCommand) -> Result<()> {
    match command {
        OrgCommand::Add(args) => {
            let kind = OrganisationKind::parse(&args.kind).ok_or_else(|| {
                let kinds: Vec<&str> = OrganisationKind::ALL.iter().map(|k| k.as_str()).collect();
                anyhow!(
                    "unknown kind `{}`; use one of: {}",
                    args.kind,
                    kinds.join(", ")
                )
            })?;
            let service = Service::with_store(args.database.open().await?);
            let organisation = service
                .create_organisation(NewOrganisation {
                    code: args.code,
                    name: args.name,
                    kind,
                    country: args.country,
                })
                .await?;
            println!(
                "organisation {} ({}) registered",
                organisation.code.as_str(),
                organisation.name
            );
        }
        OrgCommand::AddOffice(args) => {
            let service = Service::with_store(args.database.open().await?);
            let office = service
                .create_office(NewOffice {
                    organisation_code: args.organisation,
                    code: args.code,
                    name: args.name,
                    country: args.country,
                })
                .await?;
            println!(
                "office {} ({}) registered",
                office.code.as_str(),
                office.name
            );
        }
        OrgCommand::List(database) => {
            let service = Service::with_store(database.open().await?);
            for organisation in service.organisations().await? {
                println!(
                    "{:<16} {:<28} {:<4} {}",
                    organisation.code.as_str(),
                    organisation.kind.as_str(),
                    organisation.country,
                    organisation.name
                );
            }
        }
    }
    Ok(())
}
