//! Purposes, declared. Every use of a person's contact data is for a purpose the configuration
//! declares (`[purposes]`), with its legal basis; its words (`purpose-<code>`) are in every
//! language, and the consent text lists the purposes its version names
//! (`garita_domain::purposes::CONSENTS`). Each message kind says its purpose; the postman sends
//! a message only while its purpose is declared, so withdrawing a purpose stops at once what
//! was queued under it.

use garita_domain::purposes::{ACCOUNT, APPLICATIONS, BOOKING, STAFF_WORK, STATUS_NOTICES};
use std::collections::BTreeMap;

/// The declared purposes, by code, each with its legal basis as the operator wrote it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Purposes(BTreeMap<String, String>);

impl Default for Purposes {
    /// What Garita declares unless configuration says otherwise.
    fn default() -> Self {
        Purposes::new([
            (
                ACCOUNT,
                "The person's own request: an account they asked for (consent at sign-up).",
            ),
            (
                BOOKING,
                "Consent at sign-up; inspection at a port of entry, 8 U.S.C. 1225 and 8 CFR 235.1.",
            ),
            (APPLICATIONS, "The person's own application, 8 CFR 103.2."),
            (
                STATUS_NOTICES,
                "Written notice of a change of parole, 8 CFR 212.5(e)(2).",
            ),
            (
                STAFF_WORK,
                "Staff duties: work assigned to the staff account.",
            ),
        ])
    }
}

impl Purposes {
    pub fn new<'a>(declared: impl IntoIterator<Item = (&'a str, &'a str)>) -> Purposes {
        Purposes(
            declared
                .into_iter()
                .map(|(code, basis)| (code.to_string(), basis.to_string()))
                .collect(),
        )
    }

    /// The legal basis of a declared purpose; `None` when it is not declared.
    pub fn basis(&self, code: &str) -> Option<&str> {
        self.0.get(code).map(String::as_str)
    }

    pub fn is_declared(&self, code: &str) -> bool {
        self.0.contains_key(code)
    }

    pub fn codes(&self) -> impl Iterator<Item = &str> {
        self.0.keys().map(String::as_str)
    }

    /// Checks a configuration: each purpose has its words (`has` tells whether a catalog key
    /// exists) and a legal basis. What the build sends under an undeclared purpose is named
    /// in the answer's warnings: it will not be sent.
    pub fn check(
        &self,
        has: impl Fn(&str) -> bool,
        kinds: &crate::messages::MessageKinds,
    ) -> Result<Vec<String>, String> {
        for (code, basis) in &self.0 {
            if !has(&format!("purpose-{code}")) {
                return Err(format!(
                    "purposes.{code}: Garita has no words for this purpose in its catalogs \
                     (purpose-{code}); declare one of the purposes it has words for"
                ));
            }
            if basis.trim().is_empty() {
                return Err(format!("purposes.{code}: its legal basis is empty"));
            }
        }
        Ok(kinds
            .iter()
            .filter(|k| !self.is_declared(k.purpose))
            .map(|k| {
                format!(
                    "messages of kind {} are for the purpose {}, which is not declared: \
                     they will not be sent",
                    k.code, k.purpose
                )
            })
            .collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_purpose_needs_words_and_a_basis_and_an_undeclared_one_is_named() {
        let kinds = crate::messages::MessageKinds::new([]);
        let all = |_: &str| true;
        assert_eq!(Purposes::default().check(all, &kinds), Ok(vec![]));
        let bare = Purposes::new([("booking", "x")]);
        let warnings = bare.check(all, &kinds).unwrap();
        assert!(
            warnings.iter().any(|w| w.contains("verify-email")),
            "{warnings:?}"
        );
        assert!(
            Purposes::new([("booking", " ")])
                .check(all, &kinds)
                .is_err()
        );
        let unknown =
            Purposes::new([("marketing", "none")]).check(|k| k != "purpose-marketing", &kinds);
        assert!(unknown.unwrap_err().contains("purpose-marketing"));
    }
}
