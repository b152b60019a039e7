//! Passwords: the policy people are held to, and argon2id hashing.

use argon2::Argon2;
use argon2::password_hash::phc::PasswordHash;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use std::collections::HashSet;
use std::sync::OnceLock;

pub const MIN_CHARS: usize = 10;
pub const MAX_CHARS: usize = 128;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PasswordProblem {
    TooShort,
    TooLong,
    Common,
}

/// At least 10 and at most 128 characters, and not one of the common passwords shipped in
/// `data/common-passwords.txt` (compared without regard to case).
pub fn check_policy(password: &str) -> Result<(), PasswordProblem> {
    let chars = password.chars().count();
    if chars < MIN_CHARS {
        return Err(PasswordProblem::TooShort);
    }
    if chars > MAX_CHARS {
        return Err(PasswordProblem::TooLong);
    }
    if common().contains(password.to_lowercase().as_str()) {
        return Err(PasswordProblem::Common);
    }
    Ok(())
}

fn common() -> &'static HashSet<&'static str> {
    static LIST: OnceLock<HashSet<&'static str>> = OnceLock::new();
    LIST.get_or_init(|| {
        include_str!("../data/common-passwords.txt")
            .lines()
            .filter(|l| !l.starts_with('#') && !l.is_empty())
            .collect()
    })
}

/// An argon2id hash in PHC form, with a fresh salt.
pub fn hash(password: &str) -> String {
    Argon2::default()
        .hash_password(password.as_bytes())
        .expect("argon2 with default parameters cannot fail on a bounded password")
        .to_string()
}

/// Whether `password` matches a stored PHC hash. A malformed hash never matches.
pub fn verify(password: &str, phc: &str) -> bool {
    PasswordHash::new(phc)
        .map(|parsed| {
            Argon2::default()
                .verify_password(password.as_bytes(), &parsed)
                .is_ok()
        })
        .unwrap_or(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_policy_refuses_short_long_and_common_passwords() {
        assert_eq!(check_policy("short"), Err(PasswordProblem::TooShort));
        assert_eq!(
            check_policy(&"x".repeat(129)),
            Err(PasswordProblem::TooLong)
        );
        assert_eq!(check_policy("1234567890"), Err(PasswordProblem::Common));
        assert_eq!(check_policy("QWERTYUIOP"), Err(PasswordProblem::Common));
        assert_eq!(check_policy("río bravo al amanecer"), Ok(()));
        // Characters, not bytes: ten accented letters are enough.
        assert_eq!(check_policy("ññññññññññ"), Ok(()));
    }

    #[test]
    fn hashes_verify_only_the_right_password() {
        let stored = hash("río bravo al amanecer");
        assert!(stored.starts_with("$argon2id$"));
        assert!(!stored.contains("bravo"));
        assert!(verify("río bravo al amanecer", &stored));
        assert!(!verify("rio bravo al amanecer", &stored));
        assert!(!verify("anything", "not a hash"));
    }
}
