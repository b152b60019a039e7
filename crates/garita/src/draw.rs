//! `garita draw run|verify|publish`: an admin runs a day's jobs by hand; anyone checks a record.

use crate::config::Config;
use crate::{DatabaseArg, apply_database, open_migrated, services};
use chrono::NaiveDate;
use clap::Subcommand;
use garita_appointments::app::draws::DrawOutcome;
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
    /// first difference, if anything differs, or if it is not the draw Garita committed to.
    Verify {
        file: PathBuf,
        /// The day's commitment as published before the window opened (a re-draw with another
        /// secret is caught).
        #[arg(long)]
        commitment: Option<String>,
        /// The entry digest published at the close.
        #[arg(long)]
        entries_digest: Option<String>,
        /// The rules digest published at the close (v2).
        #[arg(long)]
        rules_digest: Option<String>,
        /// The drand round published with the commitment (v2).
        #[arg(long)]
        beacon_round: Option<u64>,
    },
}

pub async fn run(command: DrawCommand, config: &mut Config) -> Result<ExitCode, String> {
    match command {
        DrawCommand::Verify {
            file,
            commitment,
            entries_digest,
            rules_digest,
            beacon_round,
        } => {
            // Three steps, the second long for a large day: read, draw again, compare with
            // what was kept.
            let progress = crate::progress::Progress::new("steps of the check", 3);
            let text = std::fs::read_to_string(&file)
                .map_err(|e| format!("cannot read {}: {e}", file.display()))?;
            progress.set(1);
            let kept = garita_appointments::domain::draw::Kept {
                commitment,
                entries_digest,
                rules_digest,
                beacon_round,
            };
            let drawn_again = garita_appointments::domain::draw::Published::verify_file(&text);
            progress.set(2);
            let verified = drawn_again.and_then(|()| kept.check(&text));
            progress.finish();
            match verified {
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
        DrawCommand::Run { date, db } => {
            apply_database(config, db);
            let services = services(config, open_migrated(config).await?, config.bind)?;
            let outcome = services.run_draw(date).await.map_err(|e| e.to_string())?;
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
                DrawOutcome::Waiting { until } => {
                    let until = chrono::DateTime::from_timestamp_millis(until).unwrap_or_default();
                    println!(
                        "draw for {date} waits for the observers' reveals or the drand round until {until}; run it again then"
                    );
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
