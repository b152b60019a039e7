//! Random tokens and codes that people or programs present back to Garita.

use data_encoding::{BASE64URL_NOPAD, HEXLOWER};

/// N random bytes from the operating system.
pub fn random<const N: usize>() -> [u8; N] {
    let mut bytes = [0u8; N];
    getrandom::fill(&mut bytes).expect("the operating system provides randomness");
    bytes
}

/// 256 random bits, URL-safe: for sessions, API keys and links.
pub fn token() -> String {
    BASE64URL_NOPAD.encode(&random::<32>())
}

/// 128 random bits, hex: for row identifiers that reveal nothing.
pub fn id() -> String {
    HEXLOWER.encode(&random::<16>())
}

/// A code people read aloud, quote or type: `prefix`, a hyphen and 8 characters of Crockford's
/// base 32 in two groups (no I, L, O or U, so it survives being read aloud): `TA-7K4M-Q2XP`.
pub fn readable(prefix: &str) -> String {
    const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    let chars: String = random::<8>()
        .iter()
        .map(|b| ALPHABET[(b % 32) as usize] as char)
        .collect();
    format!("{prefix}-{}-{}", &chars[..4], &chars[4..])
}

/// Six decimal digits, uniformly distributed (for codes sent by e-mail).
pub fn six_digits() -> String {
    loop {
        let n = u32::from_le_bytes(random::<4>());
        // Reject the top partial range so every code is equally likely.
        if n < u32::MAX - (u32::MAX % 1_000_000) {
            return format!("{:06}", n % 1_000_000);
        }
    }
}

/// Crockford's base 32 alphabet: no I, L, O or U, so codes read aloud or copied by hand survive.
const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// A recovery code: 10 characters (50 bits) shown as `XXXXX-XXXXX`.
pub fn recovery_code() -> String {
    let bytes = random::<10>();
    let chars: String = bytes
        .iter()
        .map(|b| ALPHABET[(b % 32) as usize] as char)
        .collect();
    format!("{}-{}", &chars[..5], &chars[5..])
}

/// The canonical form of a typed recovery code: upper case, no spaces or dashes, and the
/// letters people confuse with digits read as those digits.
pub fn normalize_recovery_code(typed: &str) -> String {
    typed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .map(|c| match c.to_ascii_uppercase() {
            'O' => '0',
            'I' | 'L' => '1',
            other => other,
        })
        .collect()
}

/// Whether a typed six-digit code has the right shape (spaces allowed).
pub fn parse_six_digits(typed: &str) -> Option<String> {
    let digits: String = typed.chars().filter(|c| !c.is_whitespace()).collect();
    (digits.len() == 6 && digits.bytes().all(|b| b.is_ascii_digit())).then_some(digits)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_have_their_shapes() {
        assert_eq!(token().len(), 43);
        assert_eq!(id().len(), 32);
        let code = six_digits();
        assert_eq!(parse_six_digits(&code), Some(code.clone()));
        let recovery = recovery_code();
        assert_eq!(recovery.len(), 11);
        assert_eq!(&recovery[5..6], "-");
        assert_ne!(token(), token());
    }

    #[test]
    fn typed_codes_are_forgiving() {
        assert_eq!(normalize_recovery_code(" ab1o0-il xyz "), "AB10011XYZ");
        assert_eq!(parse_six_digits("123 456"), Some("123456".into()));
        assert_eq!(parse_six_digits("12345"), None);
        assert_eq!(parse_six_digits("12345a"), None);
    }
}
