//! `garita`: serve, migrate and administer Garita. A thin shell over the library crates.

mod admin;
mod bench;
mod config;
mod draw;
mod faces_bench;
mod observe;
mod pay_bench;
mod progress;

use clap::{Parser, Subcommand};
use config::{Config, LogFormat, describe_database};
use garita_appointments::app::Appointments;
use garita_appointments::store::AppointmentStore;
use garita_kernel::delivery::{Channel, DeliveryPolicy, Email, Mailer, SmsGateway};
use garita_security::Keys;
use secrecy::ExposeSecret;
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

#[derive(clap::Args, Clone)]
pub struct DatabaseArg {
    /// Database URL: sqlite://PATH (default: ./garita-data/garita.db) or postgres://...
    #[arg(long)]
    database: Option<String>,
}

#[derive(Subcommand)]
enum Command {
    /// Apply migrations, then serve the web pages and the API, and deliver messages.
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
        command: admin::AdminCommand,
    },
    /// The daily draw: run a day by hand, release a held one, or verify a published record.
    Draw {
        #[command(subcommand)]
        command: draw::DrawCommand,
    },
    /// Observers of the draw: commit to a secret before a day opens, reveal it after the close.
    Observe {
        #[command(subcommand)]
        command: observe::ObserveCommand,
    },
    /// The audit log.
    Audit {
        #[command(subcommand)]
        command: AuditCommand,
    },
    /// Benchmarks (run them on a release build).
    Bench {
        #[command(subcommand)]
        command: BenchCommand,
    },
}

#[derive(Subcommand)]
enum BenchCommand {
    /// Run the draw and its verification on a synthetic day (8 ports, groups of 1 to 10, mostly
    /// 1 to 3, registrations over 18 months) and print the time of each.
    Draw {
        /// How many requests the day has.
        #[arg(long, default_value_t = 1_000_000)]
        entries: usize,
    },
    /// Time the check of where a request comes from (the eligibility policy against the maps)
    /// at places a request really comes from: inland, at the border, outside Mexico.
    Geofence {
        /// How many checks of each place.
        #[arg(long, default_value_t = 20_000)]
        checks: u32,
    },
    /// Make applicants with registrations ready to request (photos counted as accepted) and
    /// write one API token per line to a file, for the intake load benchmark (`bench/intake.sh`).
    /// Never run this against a real database.
    Applicants {
        #[arg(long)]
        count: usize,
        #[arg(long)]
        tokens: PathBuf,
        #[command(flatten)]
        db: DatabaseArg,
    },
    /// Apply for and pay provisional I-94 group applications (1 to 25 travellers) through the
    /// API and the provider's hosted page, as the applicants whose tokens are in a file; print
    /// applications a second and latency (`bench/i94.sh`). Never run this against a real server.
    I94 {
        /// Garita's address, e.g. http://127.0.0.1:8080.
        #[arg(long)]
        base: String,
        #[arg(long)]
        tokens: PathBuf,
        #[arg(long, default_value_t = 10_000)]
        applications: usize,
        #[arg(long, default_value_t = 32)]
        concurrency: usize,
    },
    /// Import a trusted-traveller roster of made-up members (CSV) and print how long it takes.
    /// Never run this against a real database.
    Roster {
        #[arg(long, default_value_t = 5_000)]
        rows: usize,
        #[command(flatten)]
        db: DatabaseArg,
    },
    /// Send made-up bus manifests (each person checked, sealed and stored, as a carrier's system
    /// sends them) and print their latency and rate. Never run this against a real database.
    Manifests {
        #[arg(long, default_value_t = 1_000)]
        count: usize,
        #[arg(long, default_value_t = 60)]
        people: usize,
        #[command(flatten)]
        db: DatabaseArg,
    },
    /// Run the face capability over photos in `DIR/<person>/*.jpg`, each also darkened,
    /// overexposed and washed out; print false refusals and false accepts per exposure and the
    /// time per photo (`docs/faces.md`).
    Faces {
        #[arg(long)]
        dir: PathBuf,
        /// A photo facing the camera and one of the same person turned to their right: the
        /// frames of a liveness capture, to time a whole confirmation with them.
        #[arg(long, num_args = 2, value_names = ["FRONT", "TURNED"])]
        capture: Option<Vec<PathBuf>>,
    },
    /// Check the provisional I-94's books: every application against the ledger, then the
    /// payment provider's record of the last hours against the ledger. Fails on any difference.
    I94Books {
        #[arg(long, default_value_t = 24)]
        hours: i64,
        #[command(flatten)]
        db: DatabaseArg,
    },
}

#[derive(Subcommand)]
enum AuditCommand {
    /// Check the audit log's keyed hash chain and hold it to its signed checkpoints; names the
    /// first entry that was changed, or says the newest were removed.
    Verify {
        /// Checkpoints kept outside the database (a copy of `/audit/checkpoints`), checked too.
        #[arg(long)]
        checkpoints: Option<PathBuf>,
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
        Ok(code) => code,
        Err(message) => {
            eprintln!("garita: {message}");
            ExitCode::FAILURE
        }
    }
}

async fn run(command: Command, config: &mut Config) -> Result<ExitCode, String> {
    match command {
        Command::Serve { bind, db } => {
            apply_database(config, db);
            let store = open_migrated(config).await?;
            serve(config, bind.unwrap_or(config.bind), store).await?;
        }
        Command::Migrate { db } => {
            apply_database(config, db);
            open_migrated(config).await?;
            println!(
                "migrations applied to {}",
                describe_database(config.database_url())
            );
        }
        Command::Admin { command } => return admin::run(command, config).await,
        Command::Draw { command } => return draw::run(command, config).await,
        Command::Observe { command } => return observe::run(command, config).await,
        Command::Bench {
            command: BenchCommand::Draw { entries },
        } => bench::draw(entries),
        Command::Bench {
            command: BenchCommand::Geofence { checks },
        } => bench::geofence(checks),
        Command::Bench {
            command: BenchCommand::Applicants { count, tokens, db },
        } => {
            apply_database(config, db);
            let services = services(config, open_migrated(config).await?, config.bind)?;
            bench::applicants(&services, count, &tokens).await?;
        }
        Command::Bench {
            command:
                BenchCommand::I94 {
                    base,
                    tokens,
                    applications,
                    concurrency,
                },
        } => {
            let all_paid = tokio::task::spawn_blocking(move || {
                pay_bench::load(&base, &tokens, applications, concurrency)
            })
            .await
            .map_err(|e| e.to_string())??;
            if !all_paid {
                return Ok(ExitCode::FAILURE);
            }
        }
        Command::Bench {
            command: BenchCommand::Roster { rows, db },
        } => {
            apply_database(config, db);
            let services = services(config, open_migrated(config).await?, config.bind)?;
            bench::roster(&services, rows).await?;
        }
        Command::Bench {
            command: BenchCommand::Manifests { count, people, db },
        } => {
            apply_database(config, db);
            let services = services(config, open_migrated(config).await?, config.bind)?;
            bench::manifests(&services, count, people).await?;
        }
        Command::Bench {
            command: BenchCommand::Faces { dir, capture },
        } => {
            let settings = garita_faces::FaceSettings {
                match_distance: config.face_match_distance,
            };
            faces_bench::run(&dir, settings)?;
            if let Some([front, turned]) = capture.as_deref() {
                faces_bench::capture(front, turned, settings)?;
            }
        }
        Command::Bench {
            command: BenchCommand::I94Books { hours, db },
        } => {
            apply_database(config, db);
            let services = services(config, open_migrated(config).await?, config.bind)?;
            if !pay_bench::books(&services, hours).await? {
                return Ok(ExitCode::FAILURE);
            }
        }
        Command::Audit {
            command: AuditCommand::Verify { checkpoints, db },
        } => {
            apply_database(config, db);
            let kept = match checkpoints {
                Some(path) => read_checkpoints(&path)?,
                None => vec![],
            };
            let services = services(config, open_migrated(config).await?, config.bind)?;
            let check = services
                .verify_audit_chain(&kept)
                .await
                .map_err(|e| e.to_string())?;
            use garita_kernel::audit::ChainCheck;
            let (intact, said) = match check {
                ChainCheck::Intact {
                    entries,
                    checkpoint: Some(count),
                } => (
                    true,
                    format!(
                        "audit log intact: {entries} entries, matching its signed checkpoint of {count}"
                    ),
                ),
                ChainCheck::Intact { entries, .. } => (
                    true,
                    format!("audit log intact: {entries} entries (no signed checkpoint yet)"),
                ),
                ChainCheck::BrokenAt { seq } => (
                    false,
                    format!(
                        "audit log BROKEN at entry {seq}: it or an entry before it was changed or removed"
                    ),
                ),
                ChainCheck::Rewritten { count } => (
                    false,
                    format!(
                        "audit log REWRITTEN: its first {count} entries do not end where the signed checkpoint says"
                    ),
                ),
                ChainCheck::Cut {
                    entries,
                    checkpoint,
                } => (
                    false,
                    format!(
                        "audit log CUT: {entries} entries, but a signed checkpoint counted {checkpoint}: the newest were removed"
                    ),
                ),
                ChainCheck::BadCheckpoint { count } => (
                    false,
                    format!(
                        "the checkpoint of {count} entries is NOT signed by this installation's keys"
                    ),
                ),
            };
            println!("{said}");
            return Ok(if intact {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            });
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Checkpoints from a file: a copy of `/audit/checkpoints` (`{"checkpoints": [...]}`).
fn read_checkpoints(path: &std::path::Path) -> Result<Vec<garita_domain::Checkpoint>, String> {
    #[derive(serde::Deserialize)]
    struct Published {
        checkpoints: Vec<garita_domain::Checkpoint>,
    }
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let published: Published = serde_json::from_str(&text).map_err(|e| {
        format!(
            "{} is not a copy of /audit/checkpoints ({e}); download it again",
            path.display()
        )
    })?;
    Ok(published.checkpoints)
}

pub fn apply_database(config: &mut Config, db: DatabaseArg) {
    if let Some(url) = db.database {
        config.database_url = url.into();
    }
}

pub async fn open_migrated(config: &Config) -> Result<Arc<dyn AppointmentStore>, String> {
    let described = describe_database(config.database_url());
    let store = garita_app::open_store(config.database_url(), &keys(config)?)
        .await
        .map_err(|e| format!("cannot open the database {described}: {e}"))?;
    store
        .migrate()
        .await
        .map_err(|e| format!("cannot migrate the database {described}: {e}"))?;
    Ok(store)
}

/// The installation's keys, from the configured master secret.
pub fn keys(config: &Config) -> Result<Keys, String> {
    Keys::with_generation(&config.master_secret()?, config.seal_generation)
        .map_err(|e| format!("{e} (and seal_generation must be 1 to 255)"))
}

pub fn services(
    config: &Config,
    store: Arc<dyn AppointmentStore>,
    bound: SocketAddr,
) -> Result<Appointments, String> {
    let mut services = garita_app::build(store, Arc::new(keys(config)?), &config.public_url(bound));
    services.address_threshold = config.address_cluster_threshold;
    services.draws = config.draw_settings()?;
    services.set_request_batching(config.request_batching()?);
    if !(1..=120).contains(&config.parole_months) {
        return Err("parole_months must be 1 to 120".into());
    }
    services.parole_months = config.parole_months;
    if !(1..=22).contains(&config.reminder_hours) {
        return Err("reminder_hours must be 1 to 22 (the time to confirm is 23 hours)".into());
    }
    services.reminder_hours = config.reminder_hours;
    if config.closed_account_days < 1 {
        return Err("closed_account_days must be 1 or more".into());
    }
    services.retention.closed_account_days = config.closed_account_days;
    if config.message_text_days < 1 {
        return Err("message_text_days must be 1 or more".into());
    }
    services.retention.message_text_days = config.message_text_days;
    if config.live_photo_days < 1 {
        return Err("live_photo_days must be 1 or more".into());
    }
    services.live_photo_days = config.live_photo_days;
    if !(0.3..=0.9).contains(&config.face_match_distance) {
        return Err("face_match_distance must be 0.3 to 0.9 (dlib's figure is 0.6)".into());
    }
    services.faces.match_distance = config.face_match_distance;
    for (purpose, text) in &config.fees {
        if !services.payables.iter().any(|p| p.purpose() == purpose) {
            return Err(format!(
                "fees.{purpose}: nothing in Garita charges for {purpose:?}"
            ));
        }
        let schedule = garita_domain::money::FeeSchedule::parse(text)
            .map_err(|e| format!("fees.{purpose}: {e}"))?;
        services.fees.insert(purpose.clone(), schedule);
    }
    for (name, value) in &config.settings {
        services.set_setting(name, *value)?;
    }
    for (name, schedule) in &config.amounts {
        services.set_amounts(name, schedule)?;
    }
    if let Some(declared) = &config.purposes {
        services.purposes = garita_kernel::purposes::Purposes::new(
            declared
                .iter()
                .map(|(code, basis)| (code.as_str(), basis.as_str())),
        );
    }
    services.sms_channel = config.sms_gateway_url.is_some();
    services.payment_provider = match config.payment_provider.as_deref() {
        None | Some("port") => None,
        Some("stripe") => Some(stripe(config)?),
        Some(other) => {
            return Err(format!(
                "payment_provider {other:?} is not one Garita knows: leave it unset (fees paid at \
                 the port) or say \"stripe\""
            ));
        }
    };
    Ok(services)
}

/// Stripe Checkout, as configured.
#[cfg(feature = "stripe")]
fn stripe(config: &Config) -> Result<Arc<dyn garita_kernel::payments::PaymentProvider>, String> {
    use secrecy::ExposeSecret;
    let secret = |value: &Option<secrecy::SecretString>, name: &str| {
        value
            .as_ref()
            .map(|s| s.expose_secret().to_string())
            .ok_or_else(|| format!("payment_provider = \"stripe\" needs {name}"))
    };
    let settings = garita_payments::StripeSettings {
        secret_key: secret(&config.stripe_secret_key, "stripe_secret_key")?,
        webhook_secret: secret(&config.stripe_webhook_secret, "stripe_webhook_secret")?,
        api_url: config.stripe_api_url.clone(),
        timeout: std::time::Duration::from_secs(10),
    };
    Ok(Arc::new(garita_payments::Stripe::new(settings)?))
}

#[cfg(not(feature = "stripe"))]
fn stripe(_: &Config) -> Result<Arc<dyn garita_kernel::payments::PaymentProvider>, String> {
    Err(
        "payment_provider = \"stripe\" needs a build with Stripe's client: \
         cargo build --release --features stripe"
            .into(),
    )
}

async fn serve(
    config: &Config,
    bind: SocketAddr,
    store: Arc<dyn AppointmentStore>,
) -> Result<(), String> {
    if config.public_url.is_none() && !bind.ip().is_loopback() {
        tracing::warn!(
            %bind,
            "public_url is not set: links in messages will use the address Garita listens on, \
             which people may not reach; set public_url to the address they use"
        );
    }
    // The face models are read and optimised once (a second or two of one core): now, beside
    // the start, rather than during the first person's confirmation.
    tokio::task::spawn_blocking(garita_faces::load_models);
    let listener = tokio::net::TcpListener::bind(bind)
        .await
        .map_err(|e| format!("cannot listen on {bind}: {e}"))?;
    let addr = listener.local_addr().map_err(|e| e.to_string())?;
    let services = services(config, store, addr)?;
    let i18n = Arc::new(garita_app::catalogs().map_err(|e| e.to_string())?);
    // Checked where messages are delivered, with the catalogs loaded for it.
    for warning in services
        .purposes
        .check(|key| i18n.has(key), &services.message_kinds)
        .map_err(|e| format!("{e} (purposes are in docs/operations.md)"))?
    {
        tracing::warn!("{warning}");
    }
    let mailer = match &config.smtp_url {
        Some(url) => Mailer::smtp(url.expose_secret())?,
        None => Mailer::files(config.mail_dir.clone())
            .map_err(|e| format!("cannot create {}: {e}", config.mail_dir.display()))?,
    };
    let email = Email {
        mailer,
        from: config
            .mail_from
            .parse()
            .map_err(|e| format!("mail_from is not an address: {e}"))?,
    };
    let sms = match (&config.sms_gateway_url, &config.sms_gateway_secret) {
        (Some(url), Some(secret)) => Some(Arc::new(SmsGateway::new(
            url,
            secret.expose_secret().as_bytes(),
        )) as Arc<dyn Channel>),
        (None, None) => None,
        _ => return Err("sms_gateway_url and sms_gateway_secret go together".into()),
    };
    let workers = garita_web::runtime::Workers {
        email: Arc::new(email),
        sms,
        policy: DeliveryPolicy {
            email_per_minute: config.email_per_minute,
            sms_per_minute: config.sms_per_minute,
            per_recipient_per_hour: config.messages_per_person_per_hour,
            ..DeliveryPolicy::default()
        },
        jobs_every: std::time::Duration::from_secs(config.scheduler_interval_seconds.max(1)),
        heartbeat_every: Some(garita_kernel::heartbeat::BEAT_EVERY),
    };
    let runtime = garita_app::BUILD.runtime(services, i18n, listener, workers);
    tracing::info!(%addr, database = %describe_database(config.database_url()),
        mail = if config.smtp_url.is_some() { "smtp" } else { "files" },
        sms = config.sms_gateway_url.is_some(), "serving");
    // The harnesses (browser tests, benchmarks) read this line to find the port.
    println!("Garita is listening on http://{addr}");
    runtime
        .serve(shutdown_signal())
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
