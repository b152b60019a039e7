//! Sessions found by their token, kept a few seconds so that an app calling several times in a
//! row is not one database read per call.
//!
//! A change this node makes to any session or account (signing out, ending sessions, closing or
//! changing an account, a helper's hand-over) empties the cache once it has committed, so it
//! holds at once here. A change made on another node, or by a command against the database,
//! holds here within [`TTL`]: a revoked token keeps working on other nodes at most that long.
//! A read that began before a change is not kept after it (the generation it began in is gone).

use crate::records::{Account, Session};
use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// How long a session read from the database is used without reading it again.
pub const TTL: Duration = Duration::from_secs(5);

/// Sessions kept at most; a full cache starts again empty.
const MAX: usize = 50_000;

#[derive(Default)]
pub(crate) struct SessionCache {
    state: Mutex<State>,
}

#[derive(Default)]
struct State {
    generation: u64,
    entries: HashMap<String, (Instant, Session, Account)>,
}

impl SessionCache {
    fn state(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The generation a read begins in: pass it to [`SessionCache::keep`].
    pub fn generation(&self) -> u64 {
        self.state().generation
    }

    pub fn get(&self, token_hash: &str) -> Option<(Session, Account)> {
        let mut state = self.state();
        match state.entries.get(token_hash) {
            Some((at, session, account)) if at.elapsed() < TTL => {
                Some((session.clone(), account.clone()))
            }
            Some(_) => {
                state.entries.remove(token_hash);
                None
            }
            None => None,
        }
    }

    /// Keeps what a read found, unless something changed since it began.
    pub fn keep(&self, generation: u64, session: &Session, account: &Account) {
        let mut state = self.state();
        if state.generation != generation {
            return;
        }
        if state.entries.len() >= MAX {
            state.entries.clear();
        }
        state.entries.insert(
            session.token_hash.clone(),
            (Instant::now(), session.clone(), account.clone()),
        );
    }

    /// A session or an account changed: nothing kept before is used again.
    pub fn changed(&self) {
        let mut state = self.state();
        state.generation += 1;
        state.entries.clear();
    }

    /// One session's last use moved: it is read again next time.
    pub fn forget(&self, token_hash: &str) {
        self.state().entries.remove(token_hash);
    }
}
