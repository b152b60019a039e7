//! Backups of the embedded SQLite database: a consistent copy taken while Garita serves
//! (`VACUUM INTO`, one read transaction, so writers go on), and putting one back.
//!
//! Every process that opens a SQLite database holds a shared lock on `<file>.lock` for as long as
//! it has it open ([`InUse`]); a restore takes that lock exclusively, so it refuses to replace a
//! database that a `garita serve` (or any other command) still has open. PostgreSQL is backed up
//! with pgBackRest (`docs/operations.md`).

use crate::{Db, Result, StoreError};
use sqlx::Connection;
use sqlx::sqlite::{SqliteConnectOptions, SqliteConnection};
use std::fs::{File, OpenOptions};
use std::path::{Path, PathBuf};
use std::str::FromStr;

/// The shared lock a process holds on a SQLite database while it has it open.
#[derive(Debug)]
pub struct InUse {
    _file: File,
}

impl InUse {
    /// Takes the shared lock beside the database at `path` (`None` for an in-memory database).
    pub(crate) fn take(path: &Path) -> Result<Option<InUse>> {
        if path.as_os_str().is_empty() || path == Path::new(":memory:") {
            return Ok(None);
        }
        let file = open_lock(path)?;
        match file.try_lock_shared() {
            Ok(()) => Ok(Some(InUse { _file: file })),
            Err(std::fs::TryLockError::WouldBlock) => Err(StoreError::Backup(
                "the database is being restored from a backup; start again when the restore has finished"
                    .into(),
            )),
            Err(std::fs::TryLockError::Error(e)) => Err(e.into()),
        }
    }
}

fn open_lock(db: &Path) -> Result<File> {
    OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(sibling(db, ".lock"))
        .map_err(StoreError::Io)
}

/// What a backup wrote.
#[derive(Debug)]
pub struct Backup {
    pub bytes: u64,
}

/// Writes a consistent copy of the open database to `to`, which must not exist yet.
pub async fn backup(db: &Db, to: &Path) -> Result<Backup> {
    let Db::Sqlite(store) = db else {
        return Err(StoreError::Backup(
            "garita admin backup copies a SQLite database; back PostgreSQL up with pgBackRest \
             (docs/operations.md)"
                .into(),
        ));
    };
    if to.exists() {
        return Err(StoreError::Backup(format!(
            "{} exists already: name a new file, so that no backup is overwritten",
            to.display()
        )));
    }
    let target = to
        .to_str()
        .ok_or_else(|| StoreError::Backup("name the backup with a UTF-8 path".into()))?;
    sqlx::query("VACUUM INTO ?")
        .bind(target)
        .execute(store.pool())
        .await?;
    // VACUUM INTO writes without syncing: the copy is on disk before we say it is made.
    File::open(to)
        .and_then(|f| f.sync_all())
        .map_err(StoreError::Io)?;
    let bytes = std::fs::metadata(to).map_err(StoreError::Io)?.len();
    Ok(Backup { bytes })
}

/// What a restore did with the database it replaced.
#[derive(Debug)]
pub struct Restored {
    /// The database that was there before, kept beside it under another name.
    pub previous: Option<PathBuf>,
}

/// Puts the backup `from` in place of the SQLite database `url` names. Refuses while any process
/// has that database open, and refuses a file that is not a whole, readable Garita database. The
/// database it replaces is renamed, never deleted. `at` (Unix seconds) names that copy.
pub async fn restore(from: &Path, url: &str, at: i64) -> Result<Restored> {
    let options = SqliteConnectOptions::from_str(url)?;
    let target = options.get_filename().to_path_buf();
    if target.as_os_str().is_empty() || target == Path::new(":memory:") {
        return Err(StoreError::Backup(
            "restore puts a backup into a SQLite file: name one with --database sqlite://PATH"
                .into(),
        ));
    }
    check_backup(from).await?;
    if let Some(dir) = target.parent()
        && !dir.as_os_str().is_empty()
    {
        std::fs::create_dir_all(dir).map_err(StoreError::Io)?;
    }
    let lock = open_lock(&target)?;
    match lock.try_lock() {
        Ok(()) => {}
        Err(std::fs::TryLockError::WouldBlock) => {
            return Err(StoreError::Backup(format!(
                "{} is in use (a garita serve or another command has it open): stop it, then \
                 restore again",
                target.display()
            )));
        }
        Err(std::fs::TryLockError::Error(e)) => return Err(e.into()),
    }
    let previous = if target.exists() {
        let kept = sibling(&target, &format!(".before-restore-{at}"));
        std::fs::rename(&target, &kept).map_err(StoreError::Io)?;
        // The write-ahead log belongs to the file it was written for: it goes with it.
        let wal = sibling(&target, "-wal");
        if wal.exists() {
            std::fs::rename(&wal, sibling(&kept, "-wal")).map_err(StoreError::Io)?;
        }
        let _ = std::fs::remove_file(sibling(&target, "-shm"));
        Some(kept)
    } else {
        None
    };
    let partial = sibling(&target, ".restoring");
    std::fs::copy(from, &partial).map_err(StoreError::Io)?;
    File::open(&partial)
        .and_then(|f| f.sync_all())
        .map_err(StoreError::Io)?;
    std::fs::rename(&partial, &target).map_err(StoreError::Io)?;
    if let Some(dir) = target.parent().filter(|d| !d.as_os_str().is_empty()) {
        File::open(dir)
            .and_then(|d| d.sync_all())
            .map_err(StoreError::Io)?;
    }
    drop(lock);
    Ok(Restored { previous })
}

fn sibling(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

/// A backup is restored only if SQLite finds it whole and it holds Garita's migrations.
async fn check_backup(from: &Path) -> Result<()> {
    if !from.is_file() {
        return Err(StoreError::Backup(format!(
            "{} is not a file: name the backup that garita admin backup wrote",
            from.display()
        )));
    }
    let not_garita = || {
        StoreError::Backup(format!(
            "{} is not a whole Garita database: restore another backup",
            from.display()
        ))
    };
    let options = SqliteConnectOptions::new()
        .filename(from)
        .read_only(true)
        .immutable(true);
    let mut conn = SqliteConnection::connect_with(&options)
        .await
        .map_err(|_| not_garita())?;
    let integrity: Option<String> = sqlx::query_scalar("PRAGMA integrity_check")
        .fetch_one(&mut conn)
        .await
        .ok();
    let migrations: Option<i64> = sqlx::query_scalar("SELECT COUNT(*) FROM _sqlx_migrations")
        .fetch_one(&mut conn)
        .await
        .ok();
    let _ = conn.close().await;
    match (integrity.as_deref(), migrations) {
        (Some("ok"), Some(n)) if n > 0 => Ok(()),
        _ => Err(not_garita()),
    }
}
