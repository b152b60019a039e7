//! The rules, with no I/O: the four programmes, a membership's states and the next step of each,
//! a membership number (nine digits, the PASSID printed on the card), and a roster row checked
//! field by field with the key of a message that says what is wrong.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Programme {
    GlobalEntry,
    Nexus,
    Sentri,
    Fast,
}

impl Programme {
    pub const ALL: [Programme; 4] = [
        Programme::GlobalEntry,
        Programme::Nexus,
        Programme::Sentri,
        Programme::Fast,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Programme::GlobalEntry => "global-entry",
            Programme::Nexus => "nexus",
            Programme::Sentri => "sentri",
            Programme::Fast => "fast",
        }
    }

    /// Its name as printed on the card, the same in every language.
    pub fn name(self) -> &'static str {
        match self {
            Programme::GlobalEntry => "Global Entry",
            Programme::Nexus => "NEXUS",
            Programme::Sentri => "SENTRI",
            Programme::Fast => "FAST",
        }
    }

    /// By code or by name, in any case ("global-entry", "Global Entry", "NEXUS").
    pub fn parse(text: &str) -> Option<Programme> {
        let text = text.trim();
        Self::ALL
            .into_iter()
            .find(|p| p.code().eq_ignore_ascii_case(text) || p.name().eq_ignore_ascii_case(text))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    PendingReview,
    /// Approved on condition of an interview the member books.
    ConditionallyApproved,
    Approved,
    Denied,
    Revoked,
    Expired,
}

impl Status {
    pub const ALL: [Status; 6] = [
        Status::PendingReview,
        Status::ConditionallyApproved,
        Status::Approved,
        Status::Denied,
        Status::Revoked,
        Status::Expired,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Status::PendingReview => "pending-review",
            Status::ConditionallyApproved => "conditionally-approved",
            Status::Approved => "approved",
            Status::Denied => "denied",
            Status::Revoked => "revoked",
            Status::Expired => "expired",
        }
    }

    pub fn parse(text: &str) -> Option<Status> {
        let text = text.trim();
        Self::ALL
            .into_iter()
            .find(|s| s.code().eq_ignore_ascii_case(text))
    }
}

/// The nine digits of a membership number (the PASSID), spaces and dashes ignored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MembershipNumber(String);

impl MembershipNumber {
    pub fn parse(text: &str) -> Option<MembershipNumber> {
        let digits: String = text.chars().filter(|c| !matches!(c, ' ' | '-')).collect();
        (digits.len() == 9 && digits.bytes().all(|b| b.is_ascii_digit()))
            .then_some(MembershipNumber(digits))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// One member as the roster gives it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Member {
    pub programme: Programme,
    pub number: MembershipNumber,
    pub born: NaiveDate,
    pub status: Status,
    pub expires_on: Option<NaiveDate>,
}

/// A roster row as written (CSV columns or the API's fields).
#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct RosterRow {
    /// `global-entry`, `nexus`, `sentri` or `fast` (or the programme's name).
    pub programme: String,
    /// Nine digits.
    pub membership_number: String,
    /// `YYYY-MM-DD`.
    pub birth_date: String,
    /// `pending-review`, `conditionally-approved`, `approved`, `denied`, `revoked` or `expired`.
    pub status: String,
    /// `YYYY-MM-DD`, or empty.
    pub expires_on: String,
}

/// A refused field and the key of its message.
pub type Problem = (&'static str, &'static str);

impl RosterRow {
    /// The member, or each refused field. A membership that is approved needs its end.
    pub fn parse(&self) -> Result<Member, Vec<Problem>> {
        let mut problems = vec![];
        let programme = Programme::parse(&self.programme);
        if programme.is_none() {
            problems.push(("programme", "trusted-roster-programme"));
        }
        let number = MembershipNumber::parse(&self.membership_number);
        if number.is_none() {
            problems.push(("membership_number", "trusted-roster-number"));
        }
        let day = |t: &str| t.trim().parse::<NaiveDate>().ok();
        let born = day(&self.birth_date);
        if born.is_none() {
            problems.push(("birth_date", "trusted-roster-date"));
        }
        let status = Status::parse(&self.status);
        if status.is_none() {
            problems.push(("status", "trusted-roster-status"));
        }
        let expires_on = match self.expires_on.trim() {
            "" => None,
            t => match day(t) {
                Some(d) => Some(d),
                None => {
                    problems.push(("expires_on", "trusted-roster-date"));
                    None
                }
            },
        };
        if status == Some(Status::Approved) && self.expires_on.trim().is_empty() {
            problems.push(("expires_on", "trusted-roster-expiry-needed"));
        }
        match (programme, number, born, status) {
            (Some(programme), Some(number), Some(born), Some(status)) if problems.is_empty() => {
                Ok(Member {
                    programme,
                    number,
                    born,
                    status,
                    expires_on,
                })
            }
            _ => Err(problems),
        }
    }
}

/// The status a member reads on `today`: an approval past its end has expired.
pub fn standing(status: Status, expires_on: Option<NaiveDate>, today: NaiveDate) -> Status {
    match (status, expires_on) {
        (Status::Approved, Some(end)) if end < today => Status::Expired,
        _ => status,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(programme: &str, number: &str, status: &str, expires: &str) -> RosterRow {
        RosterRow {
            programme: programme.into(),
            membership_number: number.into(),
            birth_date: "1980-02-29".into(),
            status: status.into(),
            expires_on: expires.into(),
        }
    }

    #[test]
    fn a_row_is_a_member_or_each_wrong_field_named() {
        let member = row("Global Entry", "98 765-4321", "approved", "2030-01-01")
            .parse()
            .unwrap();
        assert_eq!(member.programme, Programme::GlobalEntry);
        assert_eq!(member.number.as_str(), "987654321");
        let wrong = row("PreCheck", "12345", "maybe", "soon")
            .parse()
            .unwrap_err();
        let fields: Vec<&str> = wrong.iter().map(|p| p.0).collect();
        assert_eq!(
            fields,
            ["programme", "membership_number", "status", "expires_on"]
        );
        let no_end = row("nexus", "123456789", "approved", "")
            .parse()
            .unwrap_err();
        assert_eq!(no_end, [("expires_on", "trusted-roster-expiry-needed")]);
    }

    #[test]
    fn an_approval_past_its_end_has_expired() {
        let day = |d: &str| d.parse::<NaiveDate>().unwrap();
        let end = Some(day("2026-12-31"));
        assert_eq!(
            standing(Status::Approved, end, day("2026-12-31")),
            Status::Approved
        );
        assert_eq!(
            standing(Status::Approved, end, day("2027-01-01")),
            Status::Expired
        );
        assert_eq!(
            standing(Status::Revoked, end, day("2027-01-01")),
            Status::Revoked
        );
    }
}
