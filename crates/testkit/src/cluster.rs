//! A throw-away PostgreSQL cluster for one test process.
//!
//! `postgres` is started directly (not through `pg_ctl`, which would detach it) with a parent-death
//! signal, so the cluster stops when the test process ends, however it ends. PostgreSQL refuses to
//! run as root; as root we run it as the `postgres` user that Debian's package creates.

use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const DIR_PREFIX: &str = "garita-pg-";

/// Starts a cluster and returns the URL of its `postgres` database.
pub fn start() -> Result<String, String> {
    let bin = find_bin_dir().ok_or("initdb and postgres were not found")?;
    remove_stale_clusters();
    let dir = std::env::temp_dir().join(format!("{DIR_PREFIX}{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).map_err(|e| format!("create {}: {e}", dir.display()))?;
    let owner = run_as();
    if let Some((uid, gid)) = owner {
        std::os::unix::fs::chown(&dir, Some(uid), Some(gid)).map_err(|e| format!("chown: {e}"))?;
    }
    let data = dir.join("data");

    let mut initdb = Command::new(bin.join("initdb"));
    initdb
        .args([
            "-U",
            "garita",
            "-A",
            "trust",
            "-E",
            "UTF8",
            "--locale=C",
            "--no-sync",
            "-D",
        ])
        .arg(&data)
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    as_owner(&mut initdb, owner);
    let out = initdb.output().map_err(|e| format!("run initdb: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "initdb failed: {}",
            String::from_utf8_lossy(&out.stderr).trim()
        ));
    }

    let port = free_port()?;
    let mut server = Command::new(bin.join("postgres"));
    server
        .arg("-D")
        .arg(&data)
        .args(["-p", &port.to_string(), "-k"])
        .arg(&dir)
        .args([
            "-c",
            "listen_addresses=127.0.0.1",
            "-c",
            "max_connections=300",
        ])
        // Durability is not under test here; speed is welcome.
        .args([
            "-c",
            "fsync=off",
            "-c",
            "synchronous_commit=off",
            "-c",
            "full_page_writes=off",
        ])
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(dir.join("server.log")).map_err(|e| e.to_string())?);
    as_owner(&mut server, owner);
    unsafe {
        // SAFETY: prctl is async-signal-safe. It runs after the uid change (which would clear it).
        server.pre_exec(|| {
            if libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGQUIT) != 0 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
    // The parent-death signal fires when the *thread* that spawned the child ends, so spawn it
    // from a thread that lives as long as the process.
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let spawned = server.spawn();
        let ok = spawned.is_ok();
        let _ = tx.send(spawned.map(|_| ()).map_err(|e| e.to_string()));
        if ok {
            loop {
                std::thread::park();
            }
        }
    });
    rx.recv()
        .map_err(|e| e.to_string())?
        .map_err(|e| format!("start postgres: {e}"))?;
    wait_until_ready(&data, &dir)?;
    Ok(format!("postgres://garita@127.0.0.1:{port}/postgres"))
}

fn as_owner(cmd: &mut Command, owner: Option<(u32, u32)>) {
    if let Some((uid, gid)) = owner {
        cmd.uid(uid).gid(gid);
    }
}

/// Waits for the postmaster to write "ready" into its pid file.
fn wait_until_ready(data: &Path, dir: &Path) -> Result<(), String> {
    let deadline = Instant::now() + Duration::from_secs(60);
    while Instant::now() < deadline {
        if let Ok(pid_file) = std::fs::read_to_string(data.join("postmaster.pid"))
            && pid_file.lines().any(|l| l.trim() == "ready")
        {
            return Ok(());
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let log = std::fs::read_to_string(dir.join("server.log")).unwrap_or_default();
    Err(format!("postgres did not become ready: {}", log.trim()))
}

/// The uid and gid of the `postgres` user when we are root (PostgreSQL will not run as root).
fn run_as() -> Option<(u32, u32)> {
    if unsafe { libc::geteuid() } != 0 {
        return None;
    }
    let passwd = std::fs::read_to_string("/etc/passwd").ok()?;
    passwd.lines().find_map(|line| {
        let fields: Vec<&str> = line.split(':').collect();
        (fields.first() == Some(&"postgres"))
            .then(|| Some((fields.get(2)?.parse().ok()?, fields.get(3)?.parse().ok()?)))
            .flatten()
    })
}

fn find_bin_dir() -> Option<PathBuf> {
    let has_both = |d: &Path| d.join("initdb").is_file() && d.join("postgres").is_file();
    let mut debian: Vec<PathBuf> = std::fs::read_dir("/usr/lib/postgresql")
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path().join("bin"))
        .filter(|d| has_both(d))
        .collect();
    // Newest major version first.
    debian.sort_by_key(|d| {
        std::cmp::Reverse(
            d.parent()
                .and_then(|v| v.file_name()?.to_str()?.parse::<u32>().ok())
                .unwrap_or(0),
        )
    });
    let on_path = std::env::var_os("PATH")
        .map(|p| std::env::split_paths(&p).collect::<Vec<_>>())
        .unwrap_or_default();
    debian.into_iter().chain(on_path).find(|d| has_both(d))
}

fn free_port() -> Result<u16, String> {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").map_err(|e| e.to_string())?;
    Ok(listener.local_addr().map_err(|e| e.to_string())?.port())
}

/// Removes clusters left by test processes that no longer exist (their servers died with them).
fn remove_stale_clusters() {
    let Ok(entries) = std::fs::read_dir(std::env::temp_dir()) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(pid) = name.to_str().and_then(|n| n.strip_prefix(DIR_PREFIX)) else {
            continue;
        };
        if !Path::new("/proc").join(pid).exists() {
            let _ = std::fs::remove_dir_all(entry.path());
        }
    }
}
