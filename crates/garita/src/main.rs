//! `garita`: serve, migrate and administer Garita. A thin shell over the library crates.

mod config;

use clap::{Parser, Subcommand};
use config::{Config, LogFormat, describe_database};
use garita_domain::{PortCode, Seats, ServiceDate};
use garita_storage::{Store, StoreError};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

#[derive(Parser)]
#[command(
    name = "garita",
    version,
    about = "Garita: fair, open appointments at U.S. land ports of entry"
)]
struct Cli {
    /// Configuration file (TOML). Missing is fine: defaults and GARITA_* variables apply.
    #[arg(
        long,
        global = true,
        default_value = "garita.toml",
        env = "GARITA_CONFIG"
    )]
    config: PathBuf,
    #[command(subcommand)]
    command: Command,
}

#[derive(clap::Args)]
struct DatabaseArg {
    /// Database URL: sqlite://PATH (default: ./garita-data/garita.db) or postgres://...
    #[arg(long)]
    database: Option<String>,
}

#[derive(Subcommand)]
enum Command {
    /// Apply migrations, then serve the web pages and the API.
    Serve {
        /// Address to listen on (default 127.0.0.1:8080; port 0 picks a free port).
        #[arg(long)]
        bind: Option<SocketAddr>,
        #[command(flatten)]
        db: DatabaseArg,
    },
    /// Apply database migrations and exit.
    Migrate {
        #[command(flatten)]
        db: DatabaseArg,
    },
    /// Administration tasks.
    Admin {
        #[command(subcommand)]
        command: AdminCommand,
    },
}

#[derive(Subcommand)]
enum AdminCommand {
    /// Ports of entry and their capacity.
    Ports {
        #[command(subcommand)]
        command: PortsCommand,
    },
}

#[derive(Subcommand)]
enum PortsCommand {
    /// List the ports with their default seats and time slots.
    List {
        #[command(flatten)]
        db: DatabaseArg,
        /// Also show each port's seats on this date (YYYY-MM-DD).
        #[arg(long)]
        date: Option<String>,
    },
    /// Set the seats a port offers on one date.
    SetCapacity {
        /// Port code, e.g. SYS.
        port: String,
        /// Date, YYYY-MM-DD.
        date: String,
        /// Seats (one per traveller), 0 to 10000.
        seats: String,
        #[command(flatten)]
        db: DatabaseArg,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let mut config = match Config::load(&cli.config) {
        Ok(config) => config,
        Err(error) => {
            eprintln!("garita: the configuration is not valid: {error}");
            return ExitCode::from(2);
        }
    };
    init_tracing(&config);
    let runtime = tokio::runtime::Runtime::new().expect("start the async runtime");
    match runtime.block_on(run(cli.command, &mut config)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("garita: {message}");
            ExitCode::FAILURE
        }
    }
}

async fn run(command: Command, config: &mut Config) -> Result<(), String> {
    match command {
        Command::Serve { bind, db } => {
            apply_database(config, db);
            let store = open_migrated(config).await?;
            serve(config, bind.unwrap_or(config.bind), store).await
        }
        Command::Migrate { db } => {
            apply_database(config, db);
            open_migrated(config).await?;
            println!(
                "migrations applied to {}",
                describe_database(config.database_url())
            );
            Ok(())
        }
        Command::Admin {
            command: AdminCommand::Ports { command },
        } => ports(command, config).await,
    }
}

fn apply_database(config: &mut Config, db: DatabaseArg) {
    if let Some(url) = db.database {
        config.database_url = url.into();
    }
}

async fn open_migrated(config: &Config) -> Result<Arc<dyn Store>, String> {
    let described = describe_database(config.database_url());
    let store = garita_storage::open(config.database_url())
        .await
        .map_err(|e| format!("cannot open the database {described}: {e}"))?;
    store
        .migrate()
        .await
        .map_err(|e| format!("cannot migrate the database {described}: {e}"))?;
    Ok(store)
}

async fn serve(config: &Config, bind: SocketAddr, store: Arc<dyn Store>) -> Result<(), String> {
    let listener = tokio::net::TcpListener::bind(bind)
        .await
        .map_err(|e| format!("cannot listen on {bind}: {e}"))?;
    let app = garita_web::Application::new(garita_web::AppState::new(store), listener);
    let addr = app.local_addr().map_err(|e| e.to_string())?;
    tracing::info!(%addr, database = %describe_database(config.database_url()), "serving");
    // The harnesses (browser tests, benchmarks) read this line to find the port.
    println!("Garita is listening on http://{addr}");
    app.serve(shutdown_signal())
        .await
        .map_err(|e| e.to_string())
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    let terminate = async {
        if let Ok(mut s) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        {
            s.recv().await;
        }
    };
    tokio::select! {
        _ = ctrl_c => {},
        _ = terminate => {},
    }
    tracing::info!("shutting down");
}

async fn ports(command: PortsCommand, config: &mut Config) -> Result<(), String> {
    match command {
        PortsCommand::List { db, date } => {
            apply_database(config, db);
            let date = date
                .map(|d| {
                    ServiceDate::parse(&d)
                        .map_err(|_| "the date must look like 2026-12-31".to_string())
                })
                .transpose()?;
            let store = open_migrated(config).await?;
            let ports = store.list_ports().await.map_err(|e| e.to_string())?;
            println!(
                "{:<4} {:<12} {:<32} {:<16} {:>5}{}  SLOTS",
                "CODE",
                "NAME",
                "CROSSING",
                "MEXICAN SIDE",
                "SEATS",
                if date.is_some() { "  ON DATE" } else { "" }
            );
            for port in &ports {
                let on_date = match date {
                    Some(d) => format!(
                        "  {:>7}",
                        store
                            .capacity(&port.code, d)
                            .await
                            .map_err(|e| e.to_string())?
                    ),
                    None => String::new(),
                };
                let slots: Vec<String> = port
                    .time_slots
                    .iter()
                    .map(|t| t.format("%H:%M").to_string())
                    .collect();
                println!(
                    "{:<4} {:<12} {:<32} {:<16} {:>5}{}  {} ({})",
                    port.code,
                    port.name,
                    port.crossing,
                    port.mexican_city,
                    port.default_daily_seats,
                    on_date,
                    slots.join(" "),
                    port.time_zone
                );
            }
            let total: u32 = ports.iter().map(|p| p.default_daily_seats.get()).sum();
            println!("{} ports, {} seats a day by default", ports.len(), total);
            Ok(())
        }
        PortsCommand::SetCapacity {
            port,
            date,
            seats,
            db,
        } => {
            apply_database(config, db);
            let code = PortCode::parse(&port).map_err(|_| format!("{port:?} is not a port code: use 3 letters, e.g. SYS (see `garita admin ports list`)"))?;
            let date = ServiceDate::parse(&date)
                .map_err(|_| format!("{date:?} is not a date: write it like 2026-12-31"))?;
            let seats = Seats::parse(&seats).map_err(|_| {
                format!(
                    "{seats:?} is not a number of seats: use a whole number from 0 to {}",
                    Seats::MAX_PER_DAY
                )
            })?;
            let store = open_migrated(config).await?;
            match store.set_capacity(&code, date, seats).await {
                Ok(()) => {
                    println!("{code} on {date}: {seats} seats");
                    Ok(())
                }
                Err(StoreError::UnknownPort(code)) => Err(format!(
                    "there is no port {code}; `garita admin ports list` shows the codes"
                )),
                Err(e) => Err(e.to_string()),
            }
        }
    }
}

fn init_tracing(config: &Config) {
    let filter = tracing_subscriber::EnvFilter::try_from_env("RUST_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(&config.log));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()));
    match config.log_format {
        LogFormat::Json => builder.json().init(),
        LogFormat::Text => builder.init(),
    }
}
