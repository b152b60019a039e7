//! What a person's contact data may be used for. Each use is for a purpose the configuration
//! declares (`garita_kernel::purposes`); here are the purposes' codes and what each version of
//! the consent text told people of. That history is published with the text and never
//! changes: a new meaning is a new version, which everyone reads and accepts again.

/// Sign-in codes, and notices about the account's safety.
pub const ACCOUNT: &str = "account";
/// Booking a time at a port, and what comes of it up to the day there.
pub const BOOKING: &str = "booking";
/// Applications the person made themselves, and what is decided on them.
pub const APPLICATIONS: &str = "applications";
/// Notices about the person's immigration status (a change of their parole).
pub const STATUS_NOTICES: &str = "status-notices";
/// Telling staff about work waiting for them (never an applicant).
pub const STAFF_WORK: &str = "staff-work";

/// The purposes each consent version named, oldest first: version `n` is `CONSENTS[n - 1]`.
pub const CONSENTS: &[&[&str]] = &[
    &[ACCOUNT, BOOKING],
    &[ACCOUNT, BOOKING, APPLICATIONS, STATUS_NOTICES],
];

/// Whether a person who accepted consent `version` (none: never) was told of `purpose`.
pub fn told(version: Option<i64>, purpose: &str) -> bool {
    version
        .and_then(|v| usize::try_from(v).ok()?.checked_sub(1))
        .and_then(|i| CONSENTS.get(i))
        .is_some_and(|named| named.contains(&purpose))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_version_names_what_it_told() {
        assert!(told(Some(1), BOOKING));
        assert!(!told(Some(1), STATUS_NOTICES));
        assert!(told(Some(2), STATUS_NOTICES));
        assert!(!told(None, ACCOUNT));
        assert!(!told(Some(0), ACCOUNT));
        assert!(!told(Some(9), ACCOUNT));
        assert_eq!(crate::CONSENT_VERSION as usize, CONSENTS.len());
    }
}
