//! The service's flows on the kernel's `Services`: a roster imported (CSV, by a programme admin)
//! or pushed (the API), every row checked and each refused one named with its line, the rest
//! written in one transaction and audited with counts only; and a member's own look-up by
//! membership number and date of birth.

use crate::TrustedAction;
use crate::domain::{Member, MembershipNumber, Problem, Programme, RosterRow, Status, standing};
use crate::store::{self, MemberRow, TrustedStore};
use chrono::NaiveDate;
use garita_domain::AuditEvent;
use garita_kernel::{Result, Services};
use garita_store::records::Effects;
use std::sync::Arc;

/// The service's context: the kernel's services and its store.
#[derive(Clone)]
pub struct Trusted {
    pub services: Services,
    pub store: Arc<dyn TrustedStore>,
}

/// How an import went.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Imported {
    pub stored: usize,
    /// Each refused row: its line (1 is the header of a CSV; the first row of a push is 1),
    /// the field and the key of the message that says what is wrong.
    pub refused: Vec<(usize, &'static str, &'static str)>,
}

/// What a member reads about their membership.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Standing {
    pub programme: Programme,
    pub status: Status,
    pub expires_on: Option<NaiveDate>,
}

impl Trusted {
    pub fn on(services: &Services) -> Trusted {
        Trusted {
            store: store::on(&services.store.db()),
            services: services.clone(),
        }
    }

    fn lookup(&self, number: &MembershipNumber, born: NaiveDate) -> String {
        self.services
            .keys
            .lookup("trusted-member", &format!("{}|{born}", number.as_str()))
    }

    /// Imports a roster written as CSV with a header line (`programme`, `membership_number`,
    /// `birth_date`, `status`, `expires_on`): the rows that are right are stored, the others
    /// named with their line.
    pub async fn import_csv(&self, actor: &str, text: &str) -> Result<Imported> {
        let mut reader = csv::ReaderBuilder::new()
            .trim(csv::Trim::All)
            .flexible(true)
            // A spreadsheet's UTF-8 export may begin with a byte-order mark.
            .from_reader(text.trim_start_matches('\u{feff}').as_bytes());
        let mut rows = vec![];
        let mut refused = vec![];
        for (i, record) in reader.deserialize::<RosterRow>().enumerate() {
            // Line 1 is the header.
            match record {
                Ok(row) => rows.push((i + 2, row)),
                Err(_) => refused.push((i + 2, "line", "trusted-roster-line")),
            }
        }
        let mut imported = self.import(actor, rows).await?;
        imported.refused.extend(refused);
        imported.refused.sort();
        Ok(imported)
    }

    /// Imports rows, each with its line: those that are right in one transaction, audited with
    /// the counts only.
    pub async fn import(&self, actor: &str, rows: Vec<(usize, RosterRow)>) -> Result<Imported> {
        let now = self.services.now();
        let mut members = vec![];
        let mut imported = Imported::default();
        for (line, row) in rows {
            match row.parse() {
                Ok(m) => members.push(self.row(&m, now)),
                Err(problems) => imported
                    .refused
                    .extend(problems.into_iter().map(|(f, k): Problem| (line, f, k))),
            }
        }
        imported.stored = members.len();
        let refused_lines = {
            let mut lines: Vec<usize> = imported.refused.iter().map(|r| r.0).collect();
            lines.dedup();
            lines.len()
        };
        let event = AuditEvent::new(now, TrustedAction::RosterImported)
            .actor(actor)
            .detail(
                serde_json::json!({ "stored": members.len(), "refused": refused_lines })
                    .to_string(),
            );
        self.store
            .put_members(&members, Effects::audit(event))
            .await?;
        Ok(imported)
    }

    fn row(&self, m: &Member, now: i64) -> MemberRow {
        MemberRow {
            lookup: self.lookup(&m.number, m.born),
            programme: m.programme.code().to_string(),
            status: m.status.code().to_string(),
            expires_on: m.expires_on.map(|d| d.to_string()),
            updated_at: now,
        }
    }

    /// A member's own look-up: `None` when no membership has that number and date of birth.
    pub async fn standing(
        &self,
        number: &MembershipNumber,
        born: NaiveDate,
    ) -> Result<Option<Standing>> {
        let Some(row) = self.store.member(&self.lookup(number, born)).await? else {
            return Ok(None);
        };
        let (Some(programme), Some(status)) =
            (Programme::parse(&row.programme), Status::parse(&row.status))
        else {
            return Ok(None);
        };
        let expires_on = row.expires_on.and_then(|d| d.parse().ok());
        let today = self.services.now_utc().date_naive();
        Ok(Some(Standing {
            programme,
            status: standing(status, expires_on, today),
            expires_on,
        }))
    }
}
