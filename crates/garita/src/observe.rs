//! `garita observe commit|reveal`: an observer's commitment before a day's window opens and its
//! reveal after the close (`docs/draw.md` 11.3), from a secret kept in a file of its own (made at
//! the commitment, never sent before the reveal). It writes to the database directly, so it is
//! for observers who run it where Garita's database is; others use `/staff/observe` with a
//! commitment made on their own computer.

use crate::config::Config;
use crate::{DatabaseArg, apply_database, open_migrated, services};
use chrono::NaiveDate;
use clap::Subcommand;
use garita_appointments::app::observers::ObserverRefusal;
use garita_appointments::domain::draw::{hex, unhex};
use garita_appointments::domain::observers;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Subcommand)]
pub enum ObserveCommand {
    /// Make a fresh secret in FILE (refused if it exists) and commit to it for a day whose
    /// window has not opened.
    Commit {
        #[arg(long)]
        date: NaiveDate,
        /// The observer's account id (staff accounts with the `observer` role).
        #[arg(long)]
        observer: String,
        /// Where the secret is kept until the reveal.
        #[arg(long)]
        secret_file: PathBuf,
        #[command(flatten)]
        db: DatabaseArg,
    },
    /// Reveal the secret in FILE after the day's window closed, within the reveal period.
    Reveal {
        #[arg(long)]
        date: NaiveDate,
        #[arg(long)]
        observer: String,
        #[arg(long)]
        secret_file: PathBuf,
        #[command(flatten)]
        db: DatabaseArg,
    },
}

pub async fn run(command: ObserveCommand, config: &mut Config) -> Result<ExitCode, String> {
    match command {
        ObserveCommand::Commit {
            date,
            observer,
            secret_file,
            db,
        } => {
            apply_database(config, db);
            let services = services(config, open_migrated(config).await?, config.bind)?;
            must_be_observer(&services, &observer).await?;
            let secret = garita_security::codes::random::<32>();
            std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(&secret_file)
                .and_then(|mut f| std::io::Write::write_all(&mut f, hex(&secret).as_bytes()))
                .map_err(|e| {
                    format!(
                        "cannot make {} ({e}); name a file that does not exist yet",
                        secret_file.display()
                    )
                })?;
            let commitment = hex(&observers::commitment(date, &observer, &secret));
            let outcome = services
                .observer_commit(&observer, date, &commitment)
                .await
                .map_err(|e| e.to_string())?;
            if let Err(refusal) = outcome {
                let _ = std::fs::remove_file(&secret_file);
                return Err(said(refusal).into());
            }
            println!(
                "committed for {date}: {commitment}\nkeep {} secret until the window closes, then run `garita observe reveal`",
                secret_file.display()
            );
            Ok(ExitCode::SUCCESS)
        }
        ObserveCommand::Reveal {
            date,
            observer,
            secret_file,
            db,
        } => {
            apply_database(config, db);
            let services = services(config, open_migrated(config).await?, config.bind)?;
            must_be_observer(&services, &observer).await?;
            let secret = read_secret(&secret_file)?;
            match services
                .observer_reveal(&observer, date, &secret)
                .await
                .map_err(|e| e.to_string())?
            {
                Ok(garita_appointments::domain::observers::RevealStatus::Accepted) => {
                    println!("revealed for {date}: it matches the commitment and enters the seed");
                    Ok(ExitCode::SUCCESS)
                }
                Ok(status) => {
                    println!(
                        "revealed for {date}, but {status:?}: it does not match the commitment and will be left out"
                    );
                    Ok(ExitCode::FAILURE)
                }
                Err(refusal) => Err(said(refusal).into()),
            }
        }
    }
}

/// Only an account with the `observer` role observes.
async fn must_be_observer(
    services: &garita_appointments::app::Appointments,
    id: &str,
) -> Result<(), String> {
    let account = services
        .store
        .account(id)
        .await
        .map_err(|e| e.to_string())?;
    match account {
        Some(a) if a.grant.role == garita_domain::Role::Observer => Ok(()),
        _ => Err(format!(
            "{id} is not an observer's account: `garita admin create-user --role observer --organization NAME` makes one"
        )),
    }
}

fn read_secret(path: &Path) -> Result<String, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let text = text.trim().to_string();
    if unhex(&text).is_none_or(|s| s.len() != 32) {
        return Err(format!(
            "{} does not hold a secret made by `garita observe commit`",
            path.display()
        ));
    }
    Ok(text)
}

fn said(refusal: ObserverRefusal) -> &'static str {
    match refusal {
        ObserverRefusal::NotHex => "the secret is not 32 bytes of hex",
        ObserverRefusal::TooLateToCommit => {
            "that day's window has opened: commit before it opens (a later day, then)"
        }
        ObserverRefusal::AlreadyCommitted => {
            "this observer committed for that day already; a commitment never changes"
        }
        ObserverRefusal::TooEarlyToReveal => {
            "that day's window has not closed: reveal after it closes"
        }
        ObserverRefusal::TooLateToReveal => {
            "the reveal period of that day is over; the draw went on without this secret"
        }
        ObserverRefusal::NothingCommitted => "this observer did not commit for that day",
        ObserverRefusal::AlreadyRevealed => "this observer revealed for that day already",
    }
}
