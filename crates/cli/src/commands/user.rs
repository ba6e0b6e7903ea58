use crate::database::DatabaseArgs;
use anyhow::{Context, Result, anyhow};
use bayiri_domain::access::Role;
use bayiri_service::{NewUser, Service};
use clap::{Args, Subcommand};
use std::io::BufRead;

#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Create a user. The password is read from stdin with --password-stdin, or generated and
    /// printed once.
    Add(AddArgs),
    /// List users.
    List(DatabaseArgs),
    /// Disable a user and revoke all their sessions and tokens.
    Disable(DisableArgs),
}

#[derive(Debug, Args)]
pub struct AddArgs {
    #[arg(long)]
    pub username: String,
    #[arg(long)]
    pub display_name: String,
    /// administrator, counsellor, consular_officer, reception_officer, reintegration_officer,
    /// monitor, me_analyst, data_protection_officer
    #[arg(long)]
    pub role: String,
    /// Code of the user's organisation.
    #[arg(long)]
    pub organisation: String,
    /// Comma-separated ISO 3166-1 alpha-3 codes, e.g. NER,LBY.
    #[arg(long, value_delimiter = ',')]
    pub countries: Vec<String>,
    /// Interface language: en, fr, pt, es or ar.
    #[arg(long, default_value = "en")]
    pub language: String,
    /// Read the password from the first line of standard input.
    #[arg(long)]
    pub password_stdin: bool,
    #[command(flatten)]
    pub database: DatabaseArgs,
}

#[derive(Debug, Args)]
pub struct DisableArgs {
    pub username: String,
    #[command(flatten)]
    pub database: DatabaseArgs,
}

pub async fn run(command: UserCommand) -> Result<()> {
    match command {
        UserCommand::Add(args) => {
            let role = Role::parse(&args.role).ok_or_else(|| {
                let roles: Vec<&str> = Role::ALL.iter().map(|r| r.as_str()).collect();
                anyhow!(
                    "unknown role `{}`; use one of: {}",
                    args.role,
                    roles.join(", ")
                )
            })?;
            let (password, generated) = if args.password_stdin {
                let mut line = String::new();
                std::io::stdin()
                    .lock()
                    .read_line(&mut line)
                    .context("cannot read the password from stdin")?;
                (line.trim_end_matches(['\n', '\r']).to_string(), false)
            } else {
                (bayiri_service::generate_password()?, true)
            };
            let service = Service::with_store(args.database.open().await?);
            let user = service
                .create_user_as_system(
                    &args.organisation,
                    NewUser {
                        username: args.username,
                        display_name: args.display_name,
                        password: password.clone(),
                        role,
                        countries: args.countries,
                        language: Some(args.language),
                    },
                )
                .await?;
            println!("user {} ({}) created", user.username, user.role);
            if generated {
                println!("password: {password}\n(shown once; change it after the first login)");
            }
        }
        UserCommand::List(database) => {
            let service = Service::with_store(database.open().await?);
            for user in service.list_all_users().await? {
                let countries: Vec<&str> = user.countries.iter().map(|c| c.as_str()).collect();
                println!(
                    "{:<24} {:<24} {:<4} {:<20} {}",
                    user.username,
                    user.role.as_str(),
                    user.language,
                    countries.join(","),
                    if user.disabled { "disabled" } else { "" }
                );
            }
        }
        UserCommand::Disable(args) => {
            let service = Service::with_store(args.database.open().await?);
            let user = service.disable_user_as_system(&args.username).await?;
            println!(
                "user {} disabled; all their sessions and tokens are revoked",
                user.username
            );
        }
    }
    Ok(())
}
