//! Fairness checks on a draw's random pass: at each port, the chance of winning must not depend on
//! anything about the request (the hour it was made, the device, the group's size).
//!
//! Each check is a chi-square test of independence between "won in the random pass" and a label,
//! over the entries that took part in that pass. A real draw is held when any check's p-value
//! falls below [`FAMILY_ALPHA`] divided by the number of checks (Bonferroni), so that a fair draw
//! is held by chance about once in ten thousand days.

use crate::domain::draw::{DrawRecord, Entry, Pass};
use garita_domain::PortCode;
use serde::Serialize;
use statrs::distribution::{ChiSquared, ContinuousCDF};
use std::collections::{BTreeMap, HashMap, HashSet};

pub const FAMILY_ALPHA: f64 = 1e-4;

/// One test: a port, what the entries were labelled by, and the counts behind the p-value.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Check {
    pub port: PortCode,
    pub dimension: String,
    /// Per label: (entries in the random pass, winners).
    pub counts: BTreeMap<String, (u64, u64)>,
    pub p_value: f64,
}

/// The p-value of a chi-square test of independence on rows of (entries, winners). Neighbouring
/// rows are pooled until expected winners and losers are at least 5 each, as the test asks; with fewer than two rows
/// left, or nobody winning or losing, there is nothing to test and the result is 1.
pub fn independence_p(rows: &[(u64, u64)]) -> f64 {
    let total: u64 = rows.iter().map(|r| r.0).sum();
    let won: u64 = rows.iter().map(|r| r.1).sum();
    if total == 0 || won == 0 || won == total {
        return 1.0;
    }
    let rate = won as f64 / total as f64;
    let enough = |n: u64| (n as f64 * rate).min(n as f64 * (1.0 - rate)) >= 5.0;
    // Neighbouring rows are pooled until each is large enough.
    let mut pooled: Vec<(u64, u64)> = vec![];
    let mut open = (0, 0);
    for &(n, w) in rows {
        open = (open.0 + n, open.1 + w);
        if enough(open.0) {
            pooled.push(open);
            open = (0, 0);
        }
    }
    if open.0 > 0 {
        match pooled.last_mut() {
            Some(last) => *last = (last.0 + open.0, last.1 + open.1),
            None => pooled.push(open),
        }
    }
    if pooled.len() < 2 {
        return 1.0;
    }
    let statistic: f64 = pooled
        .iter()
        .map(|&(n, w)| {
            let (ew, el) = (n as f64 * rate, n as f64 * (1.0 - rate));
            let l = (n - w) as f64;
            (w as f64 - ew).powi(2) / ew + (l - el).powi(2) / el
        })
        .sum();
    let df = (pooled.len() - 1) as f64;
    ChiSquared::new(df).map_or(1.0, |c| c.sf(statistic))
}

/// One check per port: does winning the random pass depend on `label`?
pub fn random_pass_checks(
    record: &DrawRecord,
    entries: &[Entry],
    dimension: &str,
    label: impl Fn(&Entry) -> String,
) -> Vec<Check> {
    // By the ids' bytes: the record's alternates are kept as bytes, and only the winners (a
    // port's seats) are read from hex.
    let by_id: HashMap<[u8; 16], &Entry> = entries.iter().map(|e| (e.entry_id, e)).collect();
    let winners = |port: &crate::domain::draw::PortResult, pass: Pass| {
        port.winners
            .iter()
            .filter(move |w| w.pass == pass)
            .filter_map(|w| crate::domain::draw::parse_entry_id(&w.entry_id))
            .collect::<Vec<_>>()
    };
    record
        .ports
        .iter()
        .map(|port| {
            let reserved: HashSet<[u8; 16]> = winners(port, Pass::Reserved).into_iter().collect();
            let mut counts: BTreeMap<String, (u64, u64)> = BTreeMap::new();
            let random = winners(port, Pass::Random).into_iter().map(|id| (id, true));
            let lost = port.alternates.iter().map(|a| (a.0, false));
            for (id, won) in random.chain(lost) {
                if reserved.contains(&id) {
                    continue;
                }
                if let Some(e) = by_id.get(&id) {
                    let c = counts.entry(label(e)).or_default();
                    c.0 += 1;
                    c.1 += u64::from(won);
                }
            }
            let rows: Vec<(u64, u64)> = counts.values().copied().collect();
            Check {
                port: port.rule.port.clone(),
                dimension: dimension.to_string(),
                p_value: independence_p(&rows),
                counts,
            }
        })
        .collect()
}

/// The checks that fail at a family-wide level (normally [`FAMILY_ALPHA`]), if any.
pub fn failures(checks: &[Check], family_alpha: f64) -> Vec<&Check> {
    let threshold = family_alpha / checks.len().max(1) as f64;
    checks.iter().filter(|c| c.p_value < threshold).collect()
}

/// The group-size label used in every check: 1, 2-3, 4-6, 7-10.
pub fn size_band(e: &Entry) -> String {
    match e.seats {
        0 | 1 => "1",
        2 | 3 => "2-3",
        4..=6 => "4-6",
        _ => "7-10",
    }
    .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn independence_p_separates_equal_and_different_rates() {
        assert!(independence_p(&[(1000, 100), (1000, 104), (1000, 97)]) > 0.5);
        assert!(independence_p(&[(1000, 100), (1000, 200)]) < 1e-9);
        assert_eq!(independence_p(&[(10, 10), (10, 10)]), 1.0);
        assert_eq!(independence_p(&[(1000, 100)]), 1.0);
    }
}
