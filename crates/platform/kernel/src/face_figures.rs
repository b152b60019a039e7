//! The automatic photo checks, measured by group: every outcome (accepted, one refused try with
//! its reason, sent to a person, the person's decision) is counted per day by the traveller's
//! nationality and age band, written with the check itself (`records::FaceCount`). Nothing new
//! is stored about anyone: a row names a day, a group and a count. Services publish each group's
//! automatic refusal rate and the share a person then accepted, hiding groups of fewer than
//! [`MIN_CELL`] people, and tell an admin when a group is refused more than twice as often as
//! everyone ([`outliers`]).

use chrono::NaiveDate;
use garita_domain::travellers::{Country, DateOfBirth};
use garita_store::records::FaceCount;
use garita_store::registrations::FaceCheckCount;

/// Fewer people than this in a group: its figures are not shown (they could point at someone).
pub const MIN_CELL: i64 = 20;

pub const ACCEPTED: &str = "accepted";
pub const TO_REVIEW: &str = "to-review";
pub const REVIEW_ACCEPTED: &str = "review-accepted";
pub const REVIEW_REFUSED: &str = "review-refused";

/// One refused try, by its reason (a `PhotoProblem` code).
pub fn refused(reason: &str) -> String {
    format!("refused-{reason}")
}

/// A traveller's group, as counted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    pub nationality: String,
    pub age_band: &'static str,
}

impl Group {
    pub fn of(nationality: &Country, born: DateOfBirth, day: NaiveDate) -> Group {
        let age_band = match born.age_on(day) {
            0..=17 => "under-18",
            18..=29 => "18-29",
            30..=44 => "30-44",
            45..=59 => "45-59",
            _ => "60-plus",
        };
        Group {
            nationality: nationality.code().to_string(),
            age_band,
        }
    }

    /// The count of one outcome of `service`'s check, on the day of `now_ms`.
    pub fn count(&self, now_ms: i64, service: &str, outcome: &str) -> FaceCount {
        FaceCount {
            day: chrono::DateTime::from_timestamp_millis(now_ms)
                .unwrap_or_default()
                .format("%Y-%m-%d")
                .to_string(),
            service: service.to_string(),
            nationality: self.nationality.clone(),
            age_band: self.age_band.to_string(),
            outcome: outcome.to_string(),
        }
    }
}

/// One group's figures over a period (or everyone's, with empty names).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GroupRates {
    pub nationality: String,
    pub age_band: String,
    /// People whose check ended: accepted automatically, or sent to a person.
    pub people: i64,
    pub to_review: i64,
    pub review_accepted: i64,
    pub review_refused: i64,
}

impl GroupRates {
    /// Whether the group is large enough to publish.
    pub fn shown(&self) -> bool {
        self.people >= MIN_CELL
    }

    /// The share the automatic check sent to a person, in basis points (1/100 of a percent).
    pub fn refusal_bp(&self) -> Option<i64> {
        (self.people > 0).then(|| self.to_review * 10_000 / self.people)
    }

    /// Of those a person decided on, the share they accepted, in basis points.
    pub fn later_accepted_bp(&self) -> Option<i64> {
        let decided = self.review_accepted + self.review_refused;
        (decided > 0).then(|| self.review_accepted * 10_000 / decided)
    }

    fn add(&mut self, outcome: &str, count: i64) {
        match outcome {
            ACCEPTED => self.people += count,
            TO_REVIEW => {
                self.people += count;
                self.to_review += count;
            }
            REVIEW_ACCEPTED => self.review_accepted += count,
            REVIEW_REFUSED => self.review_refused += count,
            _ => {}
        }
    }
}

/// Each group's figures (by nationality, then age band) and everyone's.
pub fn rates(counts: &[FaceCheckCount]) -> (Vec<GroupRates>, GroupRates) {
    let mut groups: Vec<GroupRates> = vec![];
    let mut all = GroupRates::default();
    for c in counts {
        let at = match groups
            .iter()
            .position(|g| g.nationality == c.nationality && g.age_band == c.age_band)
        {
            Some(at) => at,
            None => {
                groups.push(GroupRates {
                    nationality: c.nationality.clone(),
                    age_band: c.age_band.clone(),
                    ..GroupRates::default()
                });
                groups.len() - 1
            }
        };
        groups[at].add(&c.outcome, c.count);
        all.add(&c.outcome, c.count);
    }
    (groups, all)
}

/// The shown groups the automatic check refuses more than twice as often as everyone.
pub fn outliers<'a>(groups: &'a [GroupRates], all: &GroupRates) -> Vec<&'a GroupRates> {
    let Some(overall) = all.refusal_bp() else {
        return vec![];
    };
    groups
        .iter()
        .filter(|g| g.shown() && g.refusal_bp().is_some_and(|r| r > 2 * overall))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(nationality: &str, outcome: &str, count: i64) -> FaceCheckCount {
        FaceCheckCount {
            nationality: nationality.into(),
            age_band: "18-29".into(),
            outcome: outcome.into(),
            count,
        }
    }

    #[test]
    fn a_group_refused_twice_as_often_as_everyone_stands_out() {
        let counts = [
            c("HT", ACCEPTED, 14),
            c("HT", TO_REVIEW, 6),
            c("HT", &refused("compare-again"), 9),
            c("HT", REVIEW_ACCEPTED, 5),
            c("HT", REVIEW_REFUSED, 1),
            c("MX", ACCEPTED, 195),
            c("MX", TO_REVIEW, 5),
            c("VE", ACCEPTED, 19),
        ];
        let (groups, all) = rates(&counts);
        let ht = &groups[0];
        assert_eq!((ht.people, ht.to_review), (20, 6));
        assert_eq!(ht.refusal_bp(), Some(3000));
        assert_eq!(ht.later_accepted_bp(), Some(8333));
        // 19 people: not shown; 20: shown.
        assert!(ht.shown() && !groups[2].shown());
        assert_eq!(all.people, 239);
        let out: Vec<&str> = outliers(&groups, &all)
            .iter()
            .map(|g| g.nationality.as_str())
            .collect();
        assert_eq!(out, ["HT"]);
    }
}
