//! A traveller's outcome in words, fact by fact, and each version of it: who recorded it, when
//! and why. The officer's console and the person's status page say it the same way.

use chrono_tz::Tz;
use garita_domain::outcome::{Fact, Outcome, OutcomeVersion};
use garita_i18n::{Value, when};
use garita_web::pages::Chrome;

/// One sentence per fact; "arrived" when nothing is decided yet.
pub fn outcome_lines(page: &Chrome, outcome: &Outcome) -> Vec<String> {
    let facts = outcome.facts();
    if facts.is_empty() {
        return vec![page.t("fact-arrived")];
    }
    facts
        .into_iter()
        .map(|fact| match fact {
            Fact::Paroled { until } => page.tf(
                "fact-paroled",
                &[("until", Value::from(when::day(page.locale, until)))],
            ),
            Fact::NoticeToAppear(n) => {
                page.tf("fact-nta", &[("number", Value::from(n.to_string()))])
            }
            Fact::Referred => page.t("fact-referred"),
            Fact::NotAdmitted => page.t("fact-not-admitted"),
            Fact::AdmissionNumber(n) => page.tf(
                "fact-admission-number",
                &[("number", Value::from(n.to_string()))],
            ),
            Fact::ClassOfAdmission(c) => {
                page.tf("fact-class", &[("class", Value::from(c.to_string()))])
            }
        })
        .collect()
}

/// A version in one paragraph: its number, when and by whom at which port, its facts, and the
/// reason given for the change.
pub fn version_line(page: &Chrome, v: &OutcomeVersion, zone: Tz, port: &str) -> String {
    let mut line = page.tf(
        "fact-version",
        &[
            ("version", Value::from(v.version)),
            (
                "when",
                Value::from(when::moment_ms(page.locale, v.at, zone)),
            ),
            ("officer", Value::from(officer_reference(&v.officer))),
            ("port", Value::from(port.to_string())),
        ],
    );
    for fact in outcome_lines(page, &v.outcome) {
        line.push(' ');
        line.push_str(&fact);
    }
    if let Some(reason) = &v.reason {
        line.push(' ');
        line.push_str(&page.tf("fact-reason", &[("reason", Value::from(reason.clone()))]));
    }
    line
}

/// How a person names the officer who recorded a version when they ask about it: the first
/// characters of the staff account's id, never a name.
fn officer_reference(officer: &str) -> String {
    officer
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .take(8)
        .collect::<String>()
        .to_uppercase()
}
