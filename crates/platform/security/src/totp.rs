//! Authenticator-app codes (TOTP, RFC 6238: SHA-1, 6 digits, 30 seconds), as every common app
//! expects.

use totp_rs::{Builder, Totp};

/// A new 160-bit secret.
pub fn new_secret() -> Vec<u8> {
    let mut bytes = vec![0u8; 20];
    getrandom::fill(&mut bytes).expect("the operating system provides randomness");
    bytes
}

/// The secret as people type it into an app: base 32, in groups of four.
pub fn display_secret(secret: &[u8]) -> String {
    let text = data_encoding::BASE32_NOPAD.encode(secret);
    text.as_bytes()
        .chunks(4)
        .map(|c| std::str::from_utf8(c).expect("base 32 is ASCII"))
        .collect::<Vec<_>>()
        .join(" ")
}

fn totp(secret: &[u8]) -> Option<Totp> {
    Builder::new().with_secret(secret.to_vec()).build().ok()
}

/// The time step a code was valid for, if it is valid at `unix_time` (one step of clock drift
/// either way is accepted). Callers store the step and refuse it again, so a code works once.
pub fn check(secret: &[u8], code: &str, unix_time: u64) -> Option<u64> {
    let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    totp(secret)?.check(&code, unix_time)
}

/// The code an app would show at `unix_time` (for tests and set-up checks).
pub fn code_at(secret: &[u8], unix_time: u64) -> String {
    totp(secret)
        .map(|t| t.generate(unix_time).to_string())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_check_within_one_step_and_name_their_step() {
        let secret = new_secret();
        let now = 1_800_000_000;
        let code = code_at(&secret, now);
        assert_eq!(code.len(), 6);
        assert_eq!(check(&secret, &code, now), Some(now / 30));
        assert!(check(&secret, &code, now + 30).is_some());
        assert!(check(&secret, &code, now + 120).is_none());
        // Another secret's code does not pass (fixed secrets and time: deterministic).
        let other = code_at(b"abcdefghijabcdefghij", now);
        assert!(check(b"12345678901234567890", &other, now).is_none());
    }

    #[test]
    fn the_rfc_6238_test_vector_passes() {
        // RFC 6238 appendix B, SHA-1, time 59 -> 94287082 (8 digits); 6 digits -> 287082.
        let secret = b"12345678901234567890";
        assert_eq!(code_at(secret, 59), "287082");
    }

    #[test]
    fn secrets_display_in_groups() {
        assert_eq!(
            display_secret(b"12345678901234567890"),
            "GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ"
        );
    }
}
