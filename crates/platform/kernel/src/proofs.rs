//! Signed proofs people keep and show (a service's confirmation of something it holds for
//! them): short tokens that anyone checks at `/verify`, online or offline, with the keys published at
//! `/.well-known/garita-keys.json`. A token holds no personal data.
//!
//! Format: `<PREFIX>.<payload>.<signature>`, where `<PREFIX>` names the kind of proof (`G`, a
//! letter, a version digit), `<payload>` is the base64url (no padding) of a JSON object that carries `key_id`
//! among the service's claims, and `<signature>` the base64url Ed25519 signature of the ASCII
//! bytes `<PREFIX>.<payload>`. Each service checks its own prefix (`ProofCheck`): the signature
//! says Garita issued it, the service says whether it still stands.

use crate::{Result, Services};
use async_trait::async_trait;
use data_encoding::BASE64URL_NOPAD;
use garita_i18n::{Locale, Value};
use garita_security::Keys;
use garita_store::Db;
use serde::Serialize;
use serde::de::DeserializeOwned;
use std::sync::Arc;

/// How a service makes its `ProofCheck` on the open database.
pub type MakeProofCheck = fn(&Db, &Arc<Keys>) -> Arc<dyn ProofCheck>;

/// A service's answer about one of its tokens, in words of its catalogs.
pub struct Answer {
    /// Genuine and still standing.
    pub genuine: bool,
    /// The message that says so (or why not), and its arguments.
    pub key: &'static str,
    pub args: Vec<(&'static str, Value<'static>)>,
}

impl Answer {
    pub fn new(genuine: bool, key: &'static str) -> Answer {
        Answer {
            genuine,
            key,
            args: vec![],
        }
    }

    pub fn arg(mut self, name: &'static str, value: impl Into<Value<'static>>) -> Answer {
        self.args.push((name, value.into()));
        self
    }
}

/// A service that issues signed proofs: it answers for the tokens with its prefix.
#[async_trait]
pub trait ProofCheck: Send + Sync {
    /// The prefix of its tokens (`G`, a letter of its own, a version digit).
    fn prefix(&self) -> &'static str;
    /// Whether `token` (with its prefix) is genuine and still stands, in words for `locale`
    /// (dates).
    async fn check(&self, services: &Services, token: &str, locale: Locale) -> Result<Answer>;
}

/// `claims`, signed with the current key under `prefix`. `claims` must serialize to a JSON
/// object; its `key_id` is set to the signing key's.
pub fn sign(keys: &Keys, prefix: &str, claims: &impl Serialize) -> String {
    let mut object = match serde_json::to_value(claims) {
        Ok(serde_json::Value::Object(map)) => map,
        _ => serde_json::Map::new(),
    };
    object.insert("key_id".into(), keys.public_key().key_id.into());
    let payload = BASE64URL_NOPAD.encode(&serde_json::to_vec(&object).unwrap_or_default());
    let signed = format!("{prefix}.{payload}");
    let signature = keys.sign(signed.as_bytes());
    format!("{signed}.{signature}")
}

/// The claims of a token under `prefix` whose signature one of the published keys (the one its
/// `key_id` names) checks; `None` for anything else.
pub fn open<T: DeserializeOwned>(keys: &Keys, prefix: &str, token: &str) -> Option<T> {
    let (signed, signature) = token.trim().rsplit_once('.')?;
    let payload = signed.strip_prefix(prefix)?.strip_prefix('.')?;
    let bytes = BASE64URL_NOPAD.decode(payload.as_bytes()).ok()?;
    let object: serde_json::Value = serde_json::from_slice(&bytes).ok()?;
    let key_id = object.get("key_id")?.as_str()?;
    let key = keys
        .public_keys()
        .into_iter()
        .find(|k| k.key_id == key_id)?;
    garita_security::verify_signature(&key.public_key, signed.as_bytes(), signature)
        .then(|| serde_json::from_value(object).ok())
        .flatten()
}

impl Services {
    /// What the service whose prefix `token` carries says about it; `None` when no service of
    /// this build issues such tokens (not genuine).
    pub async fn check_proof(&self, token: &str, locale: Locale) -> Result<Option<Answer>> {
        let token = token.trim();
        let Some((prefix, _)) = token.split_once('.') else {
            return Ok(None);
        };
        match self.proof_checks.iter().find(|c| c.prefix() == prefix) {
            Some(check) => Ok(Some(check.check(self, token, locale).await?)),
            None => Ok(None),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    struct Claims {
        number: String,
    }

    #[test]
    fn a_token_opens_only_whole_and_under_its_prefix() {
        let keys = Keys::from_master(&Keys::generate_master()).unwrap();
        let claims = Claims {
            number: "A-1".into(),
        };
        let token = sign(&keys, "GT1", &claims);
        assert_eq!(open::<Claims>(&keys, "GT1", &token), Some(claims));
        assert_eq!(open::<Claims>(&keys, "GX1", &token), None);
        let (signed, _) = token.rsplit_once('.').unwrap();
        let forged = sign(
            &keys,
            "GT1",
            &Claims {
                number: "B-2".into(),
            },
        );
        let (_, other_signature) = forged.rsplit_once('.').unwrap();
        assert_eq!(
            open::<Claims>(&keys, "GT1", &format!("{signed}.{other_signature}")),
            None
        );
        assert_eq!(
            open::<Claims>(
                &Keys::from_master(&Keys::generate_master()).unwrap(),
                "GT1",
                &token
            ),
            None
        );
    }
}
