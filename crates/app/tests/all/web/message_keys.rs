//! Every message key the code uses exists in the catalogs (the catalog tests then guarantee it
//! exists in every language), so a mistyped key never shows a person the raw key.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// Literals shaped like keys, beginning like a catalog key does, that are not message keys:
/// names of rate-limit buckets, message kinds, roles, sealing and lookup contexts, a CSS class
/// and an API tag.
const NOT_KEYS: &[&str] = &[
    // The manifests' sealing context and content hash's label, and a travel document's code.
    "manifest-person",
    "manifest-content",
    "trusted-traveler-card",
    // The cargo inspections' message kind and the sealing context of a shipment.
    "inspection-changed",
    "inspection-shipment",
    // The prefix of a cargo request's states' words (`inspections-status-<state>`).
    "inspections-status",
    // The declarations' message kind and sealing contexts.
    "declaration-decided",
    "declaration-declared",
    "declaration-scan",
    // Purposes' codes (their words are `purpose-<code>`), the notices' message kind and the
    // changes they tell, a test's undeclared purpose, and a CSS class of the page template.
    "status-notices",
    "staff-work",
    "status-notice",
    "purpose-marketing",
    "notice-ok",
    "parole-ends",
    "parole-extended",
    // The kernel's message kinds to organisations asking to join.
    "organization-approved",
    "organization-refused",
    // Travel authorization: message kinds' codes, keyed-hash kinds and sealing contexts.
    "ta-invited",
    "ta-decided",
    "ta-extended",
    "ta-expired",
    "ta-network",
    "ta-device",
    "ta-person",
    "ta-invitation",
    "ta-supporter",
    "ta-beneficiary",
    "ta-confirmation",
    "ta-photo",
    "ta-arrival",
    "ta-supporter-1",
    // Departure: message kinds' codes, sealing contexts, keyed-hash kinds.
    "dep-vetted",
    "dep-arranged",
    "dep-departed",
    "dep-intent",
    "dep-travel",
    "dep-evidence",
    "dep-photo",
    "dep-ledger",
    // The statistics charts' ids (their SVG title and description ids), not texts.
    "stats-chance",
    "stats-registered",
    // Why a liveness capture left a doubt (audit details), not texts.
    "liveness-no-face",
    "liveness-not-as-asked",
    "liveness-not-one-capture",
    "liveness-not-one-person",
    // The confirmation page's data attribute with the challenge's poses.
    "liveness-steps",
    // Outcomes counted in the face figures.
    "review-accepted",
    "review-refused",
    "case-decided",
    "case-opened",
    "codes-ip",
    "email-exists",
    "help-withdrawn",
    "i94-address",
    "i94-decided",
    "i94-decision",
    "i94-expired",
    "i94-paid",
    "i94-person",
    "i94-traveller",
    "form-error",
    "organization-admin",
    "partner-validator",
    "programme-admin",
    "rate-limit",
    "registration-withdrawn",
    "signin-fails-account",
    "signin-fails-network",
    "signin-ip",
    "signup-ip",
    "trusted-limit",
    "trusted-lookup-ip",
    "trusted-lookup-number",
    "trusted-member",
    "trusted-traveler",
    "verify-email",
    "wait-times",
];

/// The English catalogs' keys, the platform's and every service's (every language has the
/// same ones).
fn catalog_keys(root: &Path) -> BTreeSet<String> {
    let mut keys = BTreeSet::new();
    let mut ftl = vec![];
    files(&root.join("crates"), &["ftl"], &mut ftl);
    ftl.retain(|path| path.parent().is_some_and(|dir| dir.ends_with("locales/en")));
    assert!(
        ftl.len() >= 6,
        "the English catalogs were not found: {ftl:?}"
    );
    for path in ftl {
        for line in std::fs::read_to_string(path).unwrap().lines() {
            if let Some((key, _)) = line.split_once(" =")
                && is_key_shaped(key)
            {
                keys.insert(key.to_string());
            }
        }
    }
    keys
}

/// Lower-case words and digits joined by hyphens, at least two words.
fn is_key_shaped(text: &str) -> bool {
    let mut words = text.split('-');
    let first_is_word = words
        .next()
        .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_lowercase()));
    first_is_word
        && text.contains('-')
        && text.split('-').all(|w| {
            !w.is_empty()
                && w.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

fn files(dir: &Path, extensions: &[&str], out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        let name = entry.file_name();
        if path.is_dir() {
            // Tests and benchmarks may name keys that do not exist, on purpose.
            if !matches!(name.to_str(), Some("tests" | "benches" | "target")) {
                files(&path, extensions, out);
            }
        } else if path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| extensions.contains(&e))
        {
            out.push(path);
        }
    }
}

#[test]
fn every_key_used_exists() {
    let catalogs = crate::common::BUILD.catalogs().unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .unwrap();
    let keys = catalog_keys(&root);
    let first_words: BTreeSet<&str> = keys.iter().filter_map(|k| k.split('-').next()).collect();
    assert!(first_words.len() > 20, "the catalog scan is broken");
    let mut sources = vec![];
    files(&root.join("crates"), &["rs", "html"], &mut sources);
    let mut used = BTreeSet::new();
    let mut missing = vec![];
    for path in sources {
        let text = std::fs::read_to_string(&path).unwrap();
        for literal in text.split('"').skip(1).step_by(2) {
            let first = literal.split('-').next().unwrap_or_default();
            if !is_key_shaped(literal)
                || !first_words.contains(first)
                || NOT_KEYS.contains(&literal)
            {
                continue;
            }
            if catalogs.has(literal) {
                used.insert(literal.to_string());
            } else {
                missing.push(format!("{} uses {literal}", path.display()));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "keys no catalog has:\n{}",
        missing.join("\n")
    );
    assert!(
        used.len() > 500,
        "found only {} keys: the scan is broken",
        used.len()
    );
    // The list of exceptions stays true: none of them is a key after all.
    for literal in NOT_KEYS {
        assert!(
            !catalogs.has(literal),
            "{literal} is a key: take it off NOT_KEYS"
        );
    }
}

#[test]
fn every_services_catalogs_are_complete_and_correct_in_every_language() {
    // Each service of the build, whichever they are: a new one is checked without a line here.
    for service in crate::common::SERVICES {
        let problems = garita_i18n::checks::problems(service.service.catalogs, &[]);
        assert!(
            problems.is_empty(),
            "{}: {problems:#?}",
            service.service.name
        );
    }
}
