//! Every message key the web layer and the domain use exists in the catalogs (the catalog tests
//! then guarantee it exists in every language).

use garita_i18n::Catalogs;
use std::path::Path;

/// String literals that look like message keys: lower-case words joined by hyphens, starting with
/// one of the catalog's section prefixes.
fn keys_in(text: &str) -> Vec<String> {
    const PREFIXES: &[&str] = &[
        "site-",
        "skip-",
        "nav-",
        "language-",
        "footer-",
        "home-",
        "ports-",
        "time-zone-",
        "error-",
        "problem-",
        "input-",
        "msg-",
        "status-",
        "inbox-",
        "messages-admin-",
        "request-",
        "draws-",
        "stats-",
        "staff-",
        "review-",
    ];
    text.split('"')
        .skip(1)
        .step_by(2)
        .filter(|s| PREFIXES.iter().any(|p| s.starts_with(p)))
        .filter(|s| {
            s.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        })
        .map(str::to_string)
        .collect()
}

fn files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            files(&path, out);
        } else if matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("rs" | "html")
        ) {
            out.push(path);
        }
    }
}

#[test]
fn every_key_used_exists() {
    let catalogs = Catalogs::load().unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut paths = vec![];
    for dir in [
        "src",
        "templates",
        "../domain/src",
        "../app/src",
        "../app/templates",
    ] {
        files(&root.join(dir), &mut paths);
    }
    let mut used = 0;
    for path in paths {
        let text = std::fs::read_to_string(&path).unwrap();
        for key in keys_in(&text) {
            used += 1;
            assert!(
                catalogs.has(&key),
                "{} uses {key}, which no catalog has",
                path.display()
            );
        }
    }
    assert!(used > 30, "found only {used} keys: the scan is broken");
}
