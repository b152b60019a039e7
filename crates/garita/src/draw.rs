//! `garita draw run|verify|publish`: an admin runs a day's jobs by hand; anyone checks a record.

use crate::config::Config;
use crate::{DatabaseArg, apply_database, open_migrated, services};
use chrono::NaiveDate;
use clap::Subcommand;
use garita_app::draws::DrawOutcome;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Subcommand)]
pub enum DrawCommand {
    /// Close a day (if its window is over), run its draw and publish it unless a check holds it.
    /// Running it again changes nothing.
    Run {
        /// The service day, YYYY-MM-DD.
        #[arg(long)]
        date: NaiveDate,
        /// A public randomness beacon value (hex) for a round after the window closed.
        #[arg(long, default_value = "")]
        beacon: String,
        #[command(flatten)]
        db: DatabaseArg,
    },
    /// Publish a draw held by a failed fairness check, after an admin looked into it.
    Release {
        #[arg(long)]
        date: NaiveDate,
        /// Who decided (recorded in the audit log).
        #[arg(long)]
        by: String,
        #[command(flatten)]
        db: DatabaseArg,
    },
    /// Re-compute a downloaded record (`/draws/DATE/record.json`); exits non-zero, naming the
    /// first difference, if anything differs.
    Verify { file: PathBuf },
}

pub async fn run(command: DrawCommand, config: &mut Config) -> Result<ExitCode, String> {
    match command {
        DrawCommand::Verify { file } => {
            let text = std::fs::read_to_string(&file)
                .map_err(|e| format!("cannot read {}: {e}", file.display()))?;
            match garita_appointments::domain::draw::Published::verify_file(&text) {
                Ok(()) => {
                    println!("draw record verified: every field matches a fresh computation");
                    Ok(ExitCode::SUCCESS)
                }
                Err(difference) => {
                    println!("draw record does NOT verify: {difference}");
                    Ok(ExitCode::FAILURE)
                }
            }
        }
        DrawCommand::Run { date, beacon, db } => {
            let beacon =
                garita_appointments::domain::draw::unhex(&beacon).ok_or("--beacon must be hex")?;
            apply_database(config, db);
            let services = services(config, open_migrated(config).await?, config.bind)?;
            let outcome = services
                .run_draw(date, &beacon)
                .await
                .map_err(|e| e.to_string())?;
            match outcome {
                DrawOutcome::Drawn => {
                    services
                        .publish_day(date, None)
                        .await
                        .map_err(|e| e.to_string())?;
                    println!("draw for {date} run and published");
                }
                DrawOutcome::Held(failed) => {
                    println!(
                        "draw for {date} HELD: fairness checks failed: {}",
                        failed.join("; ")
                    );
                    return Ok(ExitCode::FAILURE);
                }
                DrawOutcome::AlreadyDrawn => {
                    println!("draw for {date} was already run; nothing changed")
                }
                DrawOutcome::StillOpen => {
                    println!("requests for {date} are still open; run it after the window closes");
                    return Ok(ExitCode::FAILURE);
                }
                DrawOutcome::NoSuchDay => {
                    println!("no requests were ever opened for {date}");
                    return Ok(ExitCode::FAILURE);
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        DrawCommand::Release { date, by, db } => {
            apply_database(config, db);
            let services = services(config, open_migrated(config).await?, config.bind)?;
            if services
                .publish_day(date, Some(&by))
                .await
                .map_err(|e| e.to_string())?
            {
                println!("draw for {date} released and published");
                Ok(ExitCode::SUCCESS)
            } else {
                println!("draw for {date} is not held");
                Ok(ExitCode::FAILURE)
            }
        }
    }
}
