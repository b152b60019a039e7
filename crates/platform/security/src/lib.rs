//! Garita's cryptography, in one place and small.
//!
//! - [`Keys`]: every key is derived from one master secret (from configuration). Personal fields
//!   are sealed with XChaCha20-Poly1305; lookups and stored tokens use keyed hashes (HMAC-SHA256),
//!   so a copy of the database alone reveals neither personal data nor usable codes.
//! - [`password`]: argon2id hashing and the password policy.
//! - [`codes`]: random tokens, six-digit codes, recovery codes.
//! - [`totp`]: authenticator-app codes (RFC 6238).
//! - Signatures (Ed25519) on records people keep as proof; the public key is published.

pub mod codes;
pub mod password;
pub mod totp;

use chacha20poly1305::XChaCha20Poly1305;
use chacha20poly1305::XNonce;
use chacha20poly1305::aead::{Aead, Generate, KeyInit, Payload};
use data_encoding::{BASE64URL_NOPAD, HEXLOWER};
use hmac::{Hmac, Mac};
use sha2::Sha256;
use std::fmt;

type HmacSha256 = Hmac<Sha256>;

/// Sealed values start with this format byte, then the key id, then the nonce.
const SEAL_FORMAT: u8 = 1;
const NONCE_LEN: usize = 24;

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum KeyError {
    #[error("the master secret must be 32 or more random bytes, written in base64url")]
    BadMaster,
    #[error("a sealed value is damaged or was sealed with a key this server does not have")]
    CannotOpen,
}

/// The keys of one Garita installation. `Debug` never shows them.
///
/// Sealing keys come in generations (1, 2, ...), each derived from the master secret; the current
/// one seals, any earlier one still opens what it sealed, and the key id byte in each sealed value
/// names its generation. Raising the generation and running `garita admin rotate-key` re-seals
/// everything. The Ed25519 signing key rotates with the same generation: the current one signs,
/// and every earlier public key stays published (retired) so that what it signed still checks.
/// Lookup and token keys do not rotate, so no lookup breaks.
pub struct Keys {
    key_id: u8,
    seal: XChaCha20Poly1305,
    /// Earlier generations, to open what they sealed (index 0 is generation 1).
    older: Vec<XChaCha20Poly1305>,
    signing: ed25519_dalek::SigningKey,
    /// Earlier generations' signing keys, for their public halves.
    older_signing: Vec<ed25519_dalek::SigningKey>,
    lookup: [u8; 32],
    token: [u8; 32],
    csrf: [u8; 32],
    audit_chain: [u8; 32],
}

impl fmt::Debug for Keys {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Keys {{ key_id: {}, .. }}", self.key_id)
    }
}

impl Keys {
    /// A new master secret: 32 random bytes in base64url.
    pub fn generate_master() -> String {
        let mut bytes = [0u8; 32];
        getrandom::fill(&mut bytes).expect("the operating system provides randomness");
        BASE64URL_NOPAD.encode(&bytes)
    }

    /// Derives every key from a master secret (base64url, 32 bytes or more), sealing with the
    /// first generation.
    pub fn from_master(master: &str) -> Result<Keys, KeyError> {
        Self::with_generation(master, 1)
    }

    /// The same, sealing with generation `generation` (1 to 255).
    pub fn with_generation(master: &str, generation: u8) -> Result<Keys, KeyError> {
        if generation == 0 {
            return Err(KeyError::BadMaster);
        }
        let master = BASE64URL_NOPAD
            .decode(master.trim().trim_end_matches('=').as_bytes())
            .map_err(|_| KeyError::BadMaster)?;
        if master.len() < 32 {
            return Err(KeyError::BadMaster);
        }
        let derive = |label: &str| -> [u8; 32] {
            let mut mac = HmacSha256::new_from_slice(&master).expect("HMAC takes any key length");
            mac.update(b"garita/v1/");
            mac.update(label.as_bytes());
            mac.finalize().into_bytes().into()
        };
        let seal_key = |g: u8| {
            XChaCha20Poly1305::new_from_slice(&derive(&format!("seal/{g}"))).expect("32-byte key")
        };
        Ok(Keys {
            key_id: generation,
            seal: seal_key(generation),
            older: (1..generation).map(seal_key).collect(),
            signing: ed25519_dalek::SigningKey::from_bytes(&derive(&format!("sign/{generation}"))),
            older_signing: (1..generation)
                .map(|g| ed25519_dalek::SigningKey::from_bytes(&derive(&format!("sign/{g}"))))
                .collect(),
            lookup: derive("lookup"),
            token: derive("token"),
            csrf: derive("csrf"),
            audit_chain: derive("audit-chain"),
        })
    }

    /// Encrypts a personal field. `context` (e.g. `accounts.email`) is bound to the ciphertext,
    /// so a value cannot be moved to another column unnoticed.
    pub fn seal(&self, plaintext: &[u8], context: &str) -> Vec<u8> {
        let nonce = XNonce::generate();
        let ciphertext = self
            .seal
            .encrypt(
                &nonce,
                Payload {
                    msg: plaintext,
                    aad: context.as_bytes(),
                },
            )
            .expect("encryption of an in-memory buffer cannot fail");
        let mut out = Vec::with_capacity(2 + NONCE_LEN + ciphertext.len());
        out.push(SEAL_FORMAT);
        out.push(self.key_id);
        out.extend_from_slice(&nonce);
        out.extend_from_slice(&ciphertext);
        out
    }

    pub fn open(&self, sealed: &[u8], context: &str) -> Result<Vec<u8>, KeyError> {
        if sealed.len() < 2 + NONCE_LEN || sealed[0] != SEAL_FORMAT {
            return Err(KeyError::CannotOpen);
        }
        let cipher = match sealed[1] {
            id if id == self.key_id => &self.seal,
            id if id >= 1 && id < self.key_id => &self.older[id as usize - 1],
            _ => return Err(KeyError::CannotOpen),
        };
        let nonce =
            XNonce::try_from(&sealed[2..2 + NONCE_LEN]).map_err(|_| KeyError::CannotOpen)?;
        cipher
            .decrypt(
                &nonce,
                Payload {
                    msg: &sealed[2 + NONCE_LEN..],
                    aad: context.as_bytes(),
                },
            )
            .map_err(|_| KeyError::CannotOpen)
    }

    /// The generation a sealed value was sealed with, if it looks like a sealed value.
    pub fn generation_of(sealed: &[u8]) -> Option<u8> {
        (sealed.len() >= 2 + NONCE_LEN && sealed[0] == SEAL_FORMAT).then(|| sealed[1])
    }

    /// The generation that seals now.
    pub fn generation(&self) -> u8 {
        self.key_id
    }

    /// Seals text; see [`Keys::seal`].
    pub fn seal_str(&self, plaintext: &str, context: &str) -> Vec<u8> {
        self.seal(plaintext.as_bytes(), context)
    }

    pub fn open_str(&self, sealed: &[u8], context: &str) -> Result<String, KeyError> {
        String::from_utf8(self.open(sealed, context)?).map_err(|_| KeyError::CannotOpen)
    }

    /// A keyed hash to find a record by a personal value (e.g. an e-mail address) without
    /// storing the value. `kind` separates uses.
    pub fn lookup(&self, kind: &str, value: &str) -> String {
        keyed(&self.lookup, kind, value)
    }

    /// The key of the audit log's keyed hash chain (it does not rotate: a rotation would have to
    /// rewrite the chain).
    pub fn audit_chain_key(&self) -> [u8; 32] {
        self.audit_chain
    }

    /// The stored form of a secret token or code (sessions, links, six-digit codes).
    pub fn token_hash(&self, token: &str) -> String {
        keyed(&self.token, "token", token)
    }

    /// The form token that goes with a browser's CSRF cookie and its session (the session
    /// cookie's value, or `None` before signing in): a token planted with a cookie in someone
    /// else's browser does not match once that person is signed in.
    pub fn csrf_token(&self, cookie: &str, session: Option<&str>) -> String {
        let bound = format!("{cookie}\0{}", session.unwrap_or_default());
        keyed(&self.csrf, "csrf", &bound)
    }

    /// Whether a submitted form token matches the browser's CSRF cookie and session (constant
    /// time).
    pub fn csrf_matches(&self, cookie: &str, session: Option<&str>, submitted: &str) -> bool {
        use subtle::ConstantTimeEq;
        self.csrf_token(cookie, session)
            .as_bytes()
            .ct_eq(submitted.as_bytes())
            .into()
    }
}

/// A published verification key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublicKey {
    /// The first 8 bytes of the key's SHA-256, in hex: names the key in signed documents.
    pub key_id: String,
    /// The 32-byte Ed25519 public key, base64url without padding.
    pub public_key: String,
}

impl Keys {
    /// Signs bytes with this installation's Ed25519 key (base64url signature).
    pub fn sign(&self, message: &[u8]) -> String {
        use ed25519_dalek::Signer;
        BASE64URL_NOPAD.encode(&self.signing.sign(message).to_bytes())
    }

    /// The key that signs now.
    pub fn public_key(&self) -> PublicKey {
        public_half(&self.signing)
    }

    /// Every public key ever used, the current one first: what `/.well-known/garita-keys.json`
    /// publishes.
    pub fn public_keys(&self) -> Vec<PublicKey> {
        std::iter::once(&self.signing)
            .chain(self.older_signing.iter().rev())
            .map(public_half)
            .collect()
    }
}

fn public_half(key: &ed25519_dalek::SigningKey) -> PublicKey {
    use sha2::Digest;
    let bytes = key.verifying_key().to_bytes();
    PublicKey {
        key_id: HEXLOWER.encode(&sha2::Sha256::digest(bytes)[..8]),
        public_key: BASE64URL_NOPAD.encode(&bytes),
    }
}

/// Checks a signature with a published key: what anyone holding a signed record can do.
pub fn verify_signature(public_key: &str, message: &[u8], signature: &str) -> bool {
    let decode = |text: &str| {
        BASE64URL_NOPAD
            .decode(text.trim_end_matches('=').as_bytes())
            .ok()
    };
    let (Some(key), Some(sig)) = (decode(public_key), decode(signature)) else {
        return false;
    };
    let (Ok(key), Ok(sig)) = (
        <[u8; 32]>::try_from(key.as_slice()),
        ed25519_dalek::Signature::from_slice(&sig),
    ) else {
        return false;
    };
    ed25519_dalek::VerifyingKey::from_bytes(&key)
        .map(|k| k.verify_strict(message, &sig).is_ok())
        .unwrap_or(false)
}

/// The signature of a webhook body under a shared secret: hex HMAC-SHA256 of
/// `"{timestamp}.{body}"`, so a receiver can check both who sent it and when (see
/// `docs/messages.md`).
pub fn webhook_signature(secret: &[u8], timestamp: i64, body: &[u8]) -> String {
    let mut mac = HmacSha256::new_from_slice(secret).expect("HMAC takes any key length");
    mac.update(timestamp.to_string().as_bytes());
    mac.update(b".");
    mac.update(body);
    HEXLOWER.encode(&mac.finalize().into_bytes())
}

fn keyed(key: &[u8; 32], kind: &str, value: &str) -> String {
    let mut mac = HmacSha256::new_from_slice(key).expect("HMAC takes any key length");
    mac.update(kind.as_bytes());
    mac.update(&[0]);
    mac.update(value.as_bytes());
    HEXLOWER.encode(&mac.finalize().into_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys() -> Keys {
        Keys::from_master(&Keys::generate_master()).unwrap()
    }

    #[test]
    fn sealed_values_open_only_with_the_same_key_and_context() {
        let keys = keys();
        let sealed = keys.seal_str("ana@example.com", "accounts.email");
        assert!(!sealed.windows(3).any(|w| w == b"ana"));
        assert_eq!(
            keys.open_str(&sealed, "accounts.email").unwrap(),
            "ana@example.com"
        );
        assert_eq!(
            keys.open(&sealed, "accounts.phone"),
            Err(KeyError::CannotOpen)
        );
        assert_eq!(
            self::keys().open(&sealed, "accounts.email"),
            Err(KeyError::CannotOpen)
        );
        let mut damaged = sealed.clone();
        *damaged.last_mut().unwrap() ^= 1;
        assert_eq!(
            keys.open(&damaged, "accounts.email"),
            Err(KeyError::CannotOpen)
        );
        // Two seals of the same value differ (fresh nonce).
        assert_ne!(sealed, keys.seal_str("ana@example.com", "accounts.email"));
    }

    #[test]
    fn a_later_generation_opens_earlier_ones_and_keeps_lookups_and_signatures() {
        let master = Keys::generate_master();
        let first = Keys::from_master(&master).unwrap();
        let second = Keys::with_generation(&master, 2).unwrap();
        let old = first.seal_str("maria@example.org", "accounts.email");
        assert_eq!(Keys::generation_of(&old), Some(1));
        assert_eq!(
            second.open_str(&old, "accounts.email").unwrap(),
            "maria@example.org"
        );
        let new = second.seal_str("maria@example.org", "accounts.email");
        assert_eq!(Keys::generation_of(&new), Some(2));
        assert_eq!(
            first.open(&new, "accounts.email"),
            Err(KeyError::CannotOpen),
            "1 cannot open 2"
        );
        assert_eq!(first.lookup("email", "x"), second.lookup("email", "x"));
        assert_eq!(first.token_hash("t"), second.token_hash("t"));
        // The signing key rotates too; the one it replaced stays published, retired.
        assert_ne!(first.public_key(), second.public_key());
        assert_eq!(
            second.public_keys(),
            [second.public_key(), first.public_key()]
        );
        let signed = first.sign(b"record");
        assert!(verify_signature(
            &second.public_keys()[1].public_key,
            b"record",
            &signed
        ));
        assert!(Keys::with_generation(&master, 0).is_err());
    }

    #[test]
    fn lookups_are_stable_per_key_and_kind() {
        let master = Keys::generate_master();
        let a = Keys::from_master(&master).unwrap();
        let b = Keys::from_master(&master).unwrap();
        assert_eq!(a.lookup("email", "x@y.z"), b.lookup("email", "x@y.z"));
        assert_ne!(a.lookup("email", "x@y.z"), a.lookup("phone", "x@y.z"));
        assert_ne!(a.lookup("email", "x@y.z"), keys().lookup("email", "x@y.z"));
        assert_ne!(a.lookup("email", "x@y.z"), a.token_hash("x@y.z"));
    }

    #[test]
    fn csrf_tokens_match_only_their_cookie_and_session() {
        let keys = keys();
        let token = keys.csrf_token("cookie-1", None);
        assert!(keys.csrf_matches("cookie-1", None, &token));
        assert!(!keys.csrf_matches("cookie-2", None, &token));
        assert!(!keys.csrf_matches("cookie-1", None, ""));
        // Bound to the session: a token made before (or for another) sign-in does not pass.
        let signed_in = keys.csrf_token("cookie-1", Some("session-a"));
        assert!(keys.csrf_matches("cookie-1", Some("session-a"), &signed_in));
        assert!(!keys.csrf_matches("cookie-1", Some("session-b"), &signed_in));
        assert!(!keys.csrf_matches("cookie-1", Some("session-a"), &token));
    }

    #[test]
    fn signatures_verify_with_the_published_key_only() {
        let keys = keys();
        let public = keys.public_key();
        assert_eq!(public.key_id.len(), 16);
        let signature = keys.sign(b"record");
        assert!(verify_signature(&public.public_key, b"record", &signature));
        assert!(!verify_signature(&public.public_key, b"recorD", &signature));
        assert!(!verify_signature(
            &self::keys().public_key().public_key,
            b"record",
            &signature
        ));
        assert!(!verify_signature("junk", b"record", &signature));
    }

    #[test]
    fn bad_master_secrets_are_refused_and_keys_never_print() {
        assert_eq!(Keys::from_master("short").unwrap_err(), KeyError::BadMaster);
        assert_eq!(
            Keys::from_master("not base64 !!").unwrap_err(),
            KeyError::BadMaster
        );
        let keys = keys();
        assert_eq!(format!("{keys:?}"), "Keys { key_id: 1, .. }");
    }
}
