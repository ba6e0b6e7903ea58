use super::demo::{admin_password, load, print_logins};
use crate::database::DatabaseArgs;
use anyhow::{Context, Result};
use bayiri_service::Service;
use clap::Args;
use tokio::net::TcpListener;

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Address to listen on.
    #[arg(long, env = "BAYIRI_LISTEN", default_value = "127.0.0.1:8080")]
    pub listen: String,
    #[command(flatten)]
    pub database: DatabaseArgs,
    /// Load demo data first if the database is empty, and print the logins.
    #[arg(long)]
    pub demo: bool,
    /// How many demo cases `--demo` creates.
    #[arg(long, default_value_t = 5000)]
    pub demo_cases: u32,
}

pub async fn run(args: ServeArgs) -> Result<()> {
    let store = args.database.open().await?;
    let service = Service::with_store(store);
    let users = service.count_users().await?;
    if args.demo {
        if users == 0 {
            let password = admin_password()?;
            let demo = super::demo::DemoArgs {
                cases: args.demo_cases,
                seed: 2026,
                as_of: None,
                database: args.database.clone(),
            };
            let summary = load(&service, &demo, &password).await?;
            print_logins(&summary, &password);
        } else {
            println!("The database already has users: demo data not loaded.");
        }
    } else if users == 0 {
        println!(
            "This database has no users yet. Create your organisation, an office and an administrator:\n  \
             bayiri org add --code IOM-NER --name \"IOM Niger\" --kind international_organisation --country NER\n  \
             bayiri org add-office --organisation IOM-NER --code NER --name Niamey --country NER\n  \
             bayiri user add --organisation IOM-NER --username admin --display-name Admin --role administrator --countries NER\n\
             or start with demo data: bayiri serve --demo"
        );
    }
    let listener = TcpListener::bind(&args.listen).await.with_context(|| {
        format!(
            "cannot listen on {} (is another server running there?)",
            args.listen
        )
    })?;
    let address = listener.local_addr()?;
    println!(
        "Bayiri is running at http://{address}/  (JSON API: http://{address}/api/v1, OpenAPI: http://{address}/api/v1/openapi.json)"
    );
    tracing::info!(%address, "listening");
    // Fill the duplicate index now, in the background, so that the first registration does
    // not wait for it (a million stored persons take some seconds).
    let warming = service.clone();
    tokio::spawn(async move {
        match warming.prepare_duplicate_index().await {
            Ok((persons, source)) => {
                tracing::info!(persons, model = ?source, "duplicate check ready")
            }
            Err(error) => {
                tracing::warn!(%error, "duplicate check not prepared; it will be on first use")
            }
        }
    });
    bayiri_web::serve(listener, service, shutdown_signal()).await?;
    println!("Bayiri stopped.");
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
}
