//! `garita admin ...`: ports and their capacity, staff accounts, background jobs, declared
//! incidents.

use crate::config::{Config, describe_database};
use crate::{DatabaseArg, apply_database, open_migrated, services};
use clap::Subcommand;
use garita_appointments::domain::audit::AppointmentAction;
use garita_domain::{AuditEvent, Email, Grant, PortCode, Role, Seats, ServiceDate};
use garita_i18n::Locale;
use garita_store::StoreError;
use garita_store::records::Effects;
use std::process::ExitCode;

#[derive(Subcommand)]
pub enum AdminCommand {
    /// Ports of entry and their capacity.
    Ports {
        #[command(subcommand)]
        command: PortsCommand,
    },
    /// Re-seal every personal field with the current key generation. First raise
    /// `seal_generation` (GARITA_SEAL_GENERATION) on every node; then run this once. Safe to run
    /// while Garita serves, and again after an interruption.
    RotateKey {
        #[command(flatten)]
        db: DatabaseArg,
    },
    /// Appointments: cancel one by a programme decision.
    Appointment {
        #[command(subcommand)]
        command: AppointmentCommand,
    },
    /// Background jobs: what is due when, and planning them at the configured times.
    Jobs {
        #[command(subcommand)]
        command: JobsCommand,
    },
    /// Declare that confirming does not work, and when it works again.
    Incident {
        #[command(subcommand)]
        command: IncidentCommand,
    },
    /// Write a consistent copy of the SQLite database to FILE (a new file), while Garita serves.
    /// PostgreSQL is backed up with pgBackRest (docs/operations.md).
    Backup {
        file: std::path::PathBuf,
        #[command(flatten)]
        db: DatabaseArg,
    },
    /// Put a backup in place of the SQLite database. Refused while any process has the database
    /// open (stop garita serve first); the database it replaces is kept beside it, renamed.
    Restore {
        file: std::path::PathBuf,
        #[command(flatten)]
        db: DatabaseArg,
    },
    /// Create a staff account and print its one-time set-up link (valid 72 hours).
    CreateUser {
        #[arg(long)]
        email: String,
        /// helper, officer, port-supervisor, agriculture-specialist, programme-admin, auditor,
        /// partner-validator, observer, organization-admin or adjudicator (helpers, observers,
        /// partner validators and organisation admins name their organization).
        #[arg(long)]
        role: String,
        /// The port of an officer, port supervisor or agriculture specialist, e.g. SYS.
        #[arg(long)]
        port: Option<String>,
        /// The organization of a helper.
        #[arg(long)]
        organization: Option<String>,
        /// Language of the account's messages (en, es, ht, fr, pt, ru, zh-Hans, ar, tr, hi).
        #[arg(long, default_value = "en")]
        language: String,
        #[command(flatten)]
        db: DatabaseArg,
    },
}

#[derive(Subcommand)]
pub enum AppointmentCommand {
    /// Cancel a confirmed (or waiting) appointment by a programme decision: its group is told,
    /// its signed record keeps it, and its seats go to the next groups. Audited.
    Cancel {
        /// The confirmation number, e.g. GRT-7K4M-Q2XP.
        #[arg(long)]
        number: String,
        /// Why, in a few words (kept in the audit log).
        #[arg(long)]
        reason: String,
        #[arg(long)]
        by: String,
        #[command(flatten)]
        db: DatabaseArg,
    },
}

#[derive(Subcommand)]
pub enum JobsCommand {
    /// List the jobs not done yet (pending, and dead ones that need a person), with when each
    /// is due (UTC), its tries and its last error.
    List {
        #[command(flatten)]
        db: DatabaseArg,
    },
    /// Plan the jobs now with this configuration: days not opened yet move to the window's
    /// current zone and times (the nodes do the same on their next look). Says how many moved.
    Plan {
        #[command(flatten)]
        db: DatabaseArg,
    },
}

#[derive(Subcommand)]
pub enum IncidentCommand {
    /// Confirming does not work (as people report it, or as you see it): from now until `end`,
    /// every deadline to confirm moves later by the incident's length. Audited.
    Start {
        /// What is wrong, in a few words (kept in the audit log).
        #[arg(long)]
        reason: String,
        /// Who declares it.
        #[arg(long)]
        by: String,
        #[command(flatten)]
        db: DatabaseArg,
    },
    /// Confirming works again: groups whose deadline moved are told their new deadline.
    End {
        #[arg(long)]
        by: String,
        #[command(flatten)]
        db: DatabaseArg,
    },
}

#[derive(Subcommand)]
pub enum PortsCommand {
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

pub async fn run(command: AdminCommand, config: &mut Config) -> Result<ExitCode, String> {
    match command {
        AdminCommand::Ports { command } => ports(command, config).await?,
        AdminCommand::Incident { command } => incident(command, config).await?,
        AdminCommand::Jobs { command } => jobs(command, config).await?,
        AdminCommand::Appointment {
            command:
                AppointmentCommand::Cancel {
                    number,
                    reason,
                    by,
                    db,
                },
        } => {
            apply_database(config, db);
            let services = services(config, open_migrated(config).await?, config.bind)?;
            let appointment = services
                .store
                .appointment_by_number(number.trim())
                .await
                .map_err(|e| e.to_string())?
                .ok_or_else(|| format!("no appointment has the number {number}"))?;
            let cancelled = services
                .cancel_appointment(&by, &appointment.id, &reason)
                .await
                .map_err(|e| e.to_string())?;
            if !cancelled {
                return Err(format!("{number} is already {}", appointment.status));
            }
            println!("{number} cancelled; its group is told and its seats go to the next groups");
        }
        AdminCommand::Backup { file, db } => {
            apply_database(config, db);
            let keys = crate::keys(config)?;
            let db = garita_kernel::open_db::<()>(config.database_url(), &keys, &[])
                .await
                .map_err(|e| e.to_string())?;
            let made = garita_store::backup::backup(&db, &file)
                .await
                .map_err(|e| format!("no backup was made: {e}"))?;
            println!(
                "backup of {} written to {} ({} bytes)",
                describe_database(config.database_url()),
                file.display(),
                made.bytes
            );
        }
        AdminCommand::Restore { file, db } => {
            apply_database(config, db);
            let at = chrono::Utc::now().timestamp();
            let restored = garita_store::backup::restore(&file, config.database_url(), at)
                .await
                .map_err(|e| format!("nothing was restored: {e}"))?;
            println!(
                "{} restored into {}",
                file.display(),
                describe_database(config.database_url())
            );
            if let Some(previous) = restored.previous {
                println!("the database it replaced is kept as {}", previous.display());
            }
            println!("start garita serve; it applies any newer migrations");
        }
        AdminCommand::RotateKey { db } => {
            apply_database(config, db);
            let services = services(config, open_migrated(config).await?, config.bind)?;
            let progress = std::cell::OnceCell::new();
            let report = services
                .reseal_all(|done, total| {
                    progress
                        .get_or_init(|| {
                            crate::progress::Progress::new("values re-sealed", total as u64)
                        })
                        .set(done as u64)
                })
                .await
                .map_err(|e| e.to_string())?;
            if let Some(progress) = progress.get() {
                progress.finish();
            }
            println!(
                "re-sealed {} values with key generation {}; {} already were",
                report.resealed, config.seal_generation, report.already_current
            );
        }
        AdminCommand::CreateUser {
            email,
            role,
            port,
            organization,
            language,
            db,
        } => {
            apply_database(config, db);
            let email =
                Email::parse(&email).map_err(|_| format!("{email:?} is not an e-mail address"))?;
            let role = Role::parse(&role)
                .filter(|r| r.is_staff())
                .ok_or_else(|| format!("{role:?} is not a staff role: use one of helper, officer, port-supervisor, programme-admin, auditor, partner-validator, organization-admin"))?;
            let port = port
                .map(|p| {
                    PortCode::parse(&p).map_err(|_| {
                        format!("{p:?} is not a port code (see `garita admin ports list`)")
                    })
                })
                .transpose()?;
            let grant = Grant::new(role, port.clone(), organization).map_err(|e| e.to_string())?;
            let locale = Locale::from_code(&language)
                .ok_or_else(|| format!("{language:?} is not a language Garita speaks"))?;
            let store = open_migrated(config).await?;
            if let Some(port) = &port
                && store.port(port).await.map_err(|e| e.to_string())?.is_none()
            {
                return Err(format!(
                    "there is no port {port}; `garita admin ports list` shows the codes"
                ));
            }
            let services = services(config, store, config.bind)?;
            match services
                .create_staff(&email, grant, locale)
                .await
                .map_err(|e| e.to_string())?
            {
                Some(link) => println!(
                    "{role} account created. Give this one-time set-up link to its owner (valid 72 hours):\n{link}"
                ),
                None => return Err("that address already has an account".into()),
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

async fn jobs(command: JobsCommand, config: &mut Config) -> Result<(), String> {
    let (JobsCommand::List { db } | JobsCommand::Plan { db }) = &command;
    apply_database(config, db.clone());
    let services = services(config, open_migrated(config).await?, config.bind)?;
    match command {
        JobsCommand::List { .. } => {
            let jobs = services.store.jobs().await.map_err(|e| e.to_string())?;
            for j in jobs.iter().filter(|j| j.status != "done") {
                let due = chrono::DateTime::from_timestamp_millis(j.due_at)
                    .map(|d| d.format("%Y-%m-%d %H:%M UTC").to_string())
                    .unwrap_or_default();
                println!(
                    "{due}  {:<8} {}  tries {}{}",
                    j.status,
                    j.dedup_key,
                    j.attempts,
                    j.last_error
                        .as_deref()
                        .map(|e| format!("  last error: {e}"))
                        .unwrap_or_default()
                );
            }
        }
        JobsCommand::Plan { .. } => {
            let done = services.plan_jobs().await.map_err(|e| e.to_string())?;
            println!(
                "{} jobs added, {} moved to the times the configuration gives now",
                done.added, done.moved
            );
        }
    }
    Ok(())
}

async fn incident(command: IncidentCommand, config: &mut Config) -> Result<(), String> {
    let (db, by) = match &command {
        IncidentCommand::Start { db, by, .. } | IncidentCommand::End { db, by } => {
            (db.clone(), by.clone())
        }
    };
    apply_database(config, db);
    let services = services(config, open_migrated(config).await?, config.bind)?;
    let done = match &command {
        IncidentCommand::Start { reason, .. } => services.declare_incident(&by, reason).await,
        IncidentCommand::End { .. } => services.end_incident(&by).await,
    }
    .map_err(|e| e.to_string())?;
    match (&command, done) {
        (IncidentCommand::Start { .. }, true) => {
            println!("incident declared: deadlines to confirm move later until you end it")
        }
        (IncidentCommand::Start { .. }, false) => {
            return Err("an incident is already declared; end it first".into());
        }
        (IncidentCommand::End { .. }, true) => {
            println!("incident ended: each group whose deadline moved will be told")
        }
        (IncidentCommand::End { .. }, false) => return Err("no incident is declared".into()),
    }
    Ok(())
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
            let services = crate::services(config, store.clone(), config.bind)?;
            if let Some(list) = services
                .seats_frozen_by(date.date())
                .await
                .map_err(|e| e.to_string())?
            {
                return Err(format!(
                    "the seats of {date} cannot change: the list of {list}, drawn for that date, has closed and its rules are published; change a later date, or close the port for {date} from the supervisors' page"
                ));
            }
            let now = chrono::Utc::now().timestamp_millis();
            let event = AuditEvent::new(now, AppointmentAction::CapacitySet)
                .subject(code.as_str())
                .detail(format!(
                    "{{\"date\":\"{date}\",\"seats\":{seats},\"by\":\"command line\"}}"
                ));
            match store
                .set_capacity(&code, date, seats, Effects::audit(event))
                .await
            {
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
