//! The `garita` binary itself, on a throw-away SQLite database.

use std::process::Command;

fn garita(dir: &std::path::Path, args: &[&str]) -> (bool, String, String) {
    let out = crate::garita_command()
        .args(args)
        .current_dir(dir)
        .env("GARITA_PUBLIC_URL", "https://garita.example")
        .env_remove("GARITA_DATABASE_URL")
        .env_remove("GARITA_SECRET")
        .output()
        .expect("run garita");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn staff_get_a_set_up_link_and_audit_verify_names_an_edited_entry() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let (ok, out, err) = garita(
        d,
        &[
            "admin",
            "create-user",
            "--email",
            "olga@cbp.example",
            "--role",
            "officer",
            "--port",
            "nog",
        ],
    );
    assert!(ok, "{err}");
    assert!(out.contains("https://garita.example/setup/"), "{out}");
    // The default database and the master secret were created under ./garita-data.
    assert!(d.join("garita-data/garita.db").exists());
    assert!(d.join("garita-data/secret.key").exists());

    let (ok, _, err) = garita(
        d,
        &[
            "admin",
            "create-user",
            "--email",
            "olga@cbp.example",
            "--role",
            "auditor",
        ],
    );
    assert!(!ok && err.contains("already has an account"), "{err}");
    let (ok, _, err) = garita(
        d,
        &[
            "admin",
            "create-user",
            "--email",
            "x@cbp.example",
            "--role",
            "officer",
        ],
    );
    assert!(!ok && err.contains("--port"), "{err}");
    let (ok, _, _) = garita(
        d,
        &["admin", "ports", "set-capacity", "SYS", "2026-12-24", "90"],
    );
    assert!(ok);

    let (ok, out, _) = garita(d, &["audit", "verify"]);
    assert!(ok, "{out}");
    assert!(out.contains("intact: 2 entries"), "{out}");

    // An admin declares that confirming does not work, then that it works again.
    let start = [
        "admin",
        "incident",
        "start",
        "--reason",
        "photo check down",
        "--by",
        "ops",
    ];
    let (ok, out, _) = garita(d, &start);
    assert!(ok && out.contains("incident declared"), "{out}");
    let (ok, _, err) = garita(d, &start);
    assert!(!ok && err.contains("already declared"), "{err}");
    let (ok, out, _) = garita(d, &["admin", "incident", "end", "--by", "ops"]);
    assert!(ok && out.contains("incident ended"), "{out}");
    let cancel = [
        "admin",
        "appointment",
        "cancel",
        "--number",
        "GRT-0000-0000",
    ];
    let (ok, _, err) = garita(
        d,
        &[&cancel[..], &["--reason", "test", "--by", "ops"]].concat(),
    );
    assert!(
        !ok && err.contains("no appointment has the number"),
        "{err}"
    );

    // Rotating the sealing key: the staff account's sealed address moves to generation 2.
    let rotate = crate::garita_command()
        .args(["admin", "rotate-key"])
        .current_dir(d)
        .env("GARITA_SEAL_GENERATION", "2")
        .output()
        .unwrap();
    let out = String::from_utf8_lossy(&rotate.stdout);
    assert!(
        rotate.status.success() && out.contains("re-sealed 1 values with key generation 2"),
        "{out}"
    );

    let (ok, out, _) = garita(d, &["audit", "verify"]);
    assert!(ok && out.contains("audit log intact"), "{out}");
    // A file that is not a copy of /audit/checkpoints says so, and what to do.
    std::fs::write(d.join("kept.json"), "<html>").unwrap();
    let (ok, _, err) = garita(d, &["audit", "verify", "--checkpoints", "kept.json"]);
    assert!(
        !ok && err.contains("is not a copy of /audit/checkpoints") && err.contains("download it"),
        "{err}"
    );

    // Someone edits the second entry behind Garita's back.
    let db = d.join("garita-data/garita.db");
    let edit = Command::new("python3")
        .args(["-c", "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute(\"UPDATE audit_log SET detail='{}' WHERE seq=2\"); c.commit()"])
        .arg(&db)
        .status();
    if !edit.map(|s| s.success()).unwrap_or(false) {
        panic!("python3 with sqlite3 is needed to edit the database in this test");
    }
    let (ok, out, _) = garita(d, &["audit", "verify"]);
    assert!(!ok);
    assert!(out.contains("BROKEN at entry 2"), "{out}");
}

#[test]
fn every_command_has_help() {
    // Walks the whole command tree from `garita --help`, so a new command is covered without
    // being listed here: each has a description in its parent's list and a help of its own.
    let dir = tempfile::tempdir().unwrap();
    let mut seen = vec![];
    let mut queue: Vec<Vec<String>> = vec![vec![]];
    while let Some(path) = queue.pop() {
        let mut args: Vec<&str> = path.iter().map(String::as_str).collect();
        args.push("--help");
        let (ok, out, _) = garita(dir.path(), &args);
        assert!(ok && out.contains("Usage:"), "{args:?}");
        let listed = out
            .lines()
            .skip_while(|l| l.trim() != "Commands:")
            .skip(1)
            .take_while(|l| !l.trim().is_empty());
        for line in listed {
            let (name, about) = line.trim().split_once(' ').unwrap_or((line.trim(), ""));
            if name == "help" {
                continue;
            }
            assert!(!about.trim().is_empty(), "{path:?} {name}: no description");
            let mut next = path.clone();
            next.push(name.to_string());
            seen.push(next.join(" "));
            queue.push(next);
        }
    }
    for expected in [
        "serve",
        "draw run",
        "draw verify",
        "bench draw",
        "audit verify",
        "observe commit",
        "observe reveal",
    ] {
        assert!(seen.iter().any(|c| c == expected), "{expected} in {seen:?}");
    }
}

#[test]
fn jobs_follow_a_changed_window_and_admin_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let plan = |zone: &str| {
        let mut command = crate::garita_command();
        command
            .args(["admin", "jobs", "plan"])
            .current_dir(dir.path())
            .env_remove("GARITA_DATABASE_URL")
            .env_remove("GARITA_SECRET")
            .env("GARITA_WINDOW_ZONE", zone);
        let out = command.output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    // The planner covers yesterday, today and tomorrow in the window's zone, so the two zones
    // must share today's date while the test runs, or the move also adds a day. Tijuana and
    // Mexico City differ in date from 06:00 to 08:00 UTC, Tokyo and Shanghai from 15:00 to 16:00.
    let utc_hour = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs()
        / 3600
        % 24;
    let (from, to) = if utc_hour < 12 {
        ("Asia/Tokyo", "Asia/Shanghai")
    } else {
        ("America/Tijuana", "America/Mexico_City")
    };
    let first = plan(from);
    assert!(first.contains("jobs added, 0 moved"), "{first}");
    assert!(!first.starts_with("0 jobs added"), "{first}");
    // Nothing ran (no node served): every day's jobs follow the new zone.
    let moved = plan(to);
    assert!(moved.starts_with("0 jobs added, "), "{moved}");
    assert!(!moved.contains(", 0 moved"), "{moved}");
    let again = plan(to);
    assert!(again.starts_with("0 jobs added, 0 moved"), "{again}");
    let (ok, list, err) = garita(dir.path(), &["admin", "jobs", "list"]);
    assert!(ok, "{err}");
    assert!(list.contains("pending  appointments.open:"), "{list}");
}
