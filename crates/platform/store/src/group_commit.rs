//! Group commit: writes that arrive together share one transaction (on SQLite one WAL commit, on
//! PostgreSQL one commit and its flush), and each caller is answered only after that
//! transaction committed, so nothing acknowledged can be lost.
//!
//! No background task waits for work: the first caller to find no batch being written starts a
//! task that writes what is queued, batch after batch, and ends when the queue is empty. Under
//! load a batch gathers what arrived while the previous one was being written; `Batching::wait`
//! may hold a small batch a little longer to let more join it. The task is not the caller's
//! future, so a client that goes away while its batch is written cannot abort the others.

use crate::{Result, StoreError};
use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::sync::oneshot;

/// How large a batch may grow, and how long a batch smaller than that waits for more.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Batching {
    pub max: usize,
    pub wait: Duration,
}

impl Default for Batching {
    /// Batches of up to 256, written as soon as the previous one has committed.
    fn default() -> Self {
        Batching {
            max: 256,
            wait: Duration::ZERO,
        }
    }
}

type Write<T, R> =
    dyn Fn(Vec<T>) -> Pin<Box<dyn Future<Output = Result<Vec<R>>> + Send>> + Send + Sync;

/// A queue of writes of `T`, each answered with its `R`. `write` does one batch in one
/// transaction and answers each item, in order.
pub struct GroupCommit<T, R> {
    state: Mutex<State<T, R>>,
    write: Box<Write<T, R>>,
    batching: Batching,
}

struct State<T, R> {
    queue: Vec<(T, oneshot::Sender<Result<R>>)>,
    writing: bool,
}

impl<T: Clone + Send + 'static, R: Send + 'static> GroupCommit<T, R> {
    pub fn new<F, Fut>(batching: Batching, write: F) -> Arc<Self>
    where
        F: Fn(Vec<T>) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = Result<Vec<R>>> + Send + 'static,
    {
        Arc::new(GroupCommit {
            state: Mutex::new(State {
                queue: vec![],
                writing: false,
            }),
            write: Box::new(move |items| Box::pin(write(items))),
            batching: Batching {
                max: batching.max.max(1),
                ..batching
            },
        })
    }

    /// Writes `item` with whatever else is queued; answers once its transaction committed.
    pub async fn submit(self: &Arc<Self>, item: T) -> Result<R> {
        let (answer, answered) = oneshot::channel();
        let start = {
            let mut state = self.state.lock().expect("not poisoned");
            state.queue.push((item, answer));
            !std::mem::replace(&mut state.writing, true)
        };
        if start {
            tokio::spawn(self.clone().drain());
        }
        // The writer ended without answering (it panicked, or the runtime is stopping): whether
        // the row was written is unknown, and sending the same request again is safe.
        answered
            .await
            .unwrap_or(Err(StoreError::Database(sqlx::Error::WorkerCrashed)))
    }

    async fn drain(self: Arc<Self>) {
        let mut writing = Writing {
            group: self.clone(),
            finished: false,
        };
        loop {
            if !self.batching.wait.is_zero() && self.queued() < self.batching.max {
                tokio::time::sleep(self.batching.wait).await;
            }
            let batch = {
                let mut state = self.state.lock().expect("not poisoned");
                if state.queue.is_empty() {
                    state.writing = false;
                    writing.finished = true;
                    return;
                }
                let n = state.queue.len().min(self.batching.max);
                state.queue.drain(..n).collect::<Vec<_>>()
            };
            self.write_batch(batch).await;
        }
    }

    fn queued(&self) -> usize {
        self.state.lock().expect("not poisoned").queue.len()
    }

    async fn write_batch(&self, batch: Vec<(T, oneshot::Sender<Result<R>>)>) {
        let (items, answers): (Vec<T>, Vec<_>) = batch.into_iter().unzip();
        let retry = (items.len() > 1).then(|| items.clone());
        match (self.write)(items).await {
            Ok(results) => {
                debug_assert_eq!(results.len(), answers.len(), "one result per item");
                for (answer, result) in answers.into_iter().zip(results) {
                    let _ = answer.send(Ok(result));
                }
            }
            // Out of reach: every item gets the same "try again".
            Err(error) if error.is_unavailable() || retry.is_none() => {
                let error = Arc::new(error);
                for answer in answers {
                    let _ = answer.send(Err(StoreError::Shared(error.clone())));
                }
            }
            // One bad item must not fail the others: each is written alone.
            Err(_) => {
                for (item, answer) in retry.unwrap_or_default().into_iter().zip(answers) {
                    let result = (self.write)(vec![item]).await.and_then(|mut r| {
                        r.pop()
                            .ok_or_else(|| StoreError::Corrupt("no result".into()))
                    });
                    let _ = answer.send(result);
                }
            }
        }
    }
}

/// If the writer stops without finishing (a write panicked; the callers of that batch are told
/// when their answers are dropped), another writer takes over what is queued.
struct Writing<T: Clone + Send + 'static, R: Send + 'static> {
    group: Arc<GroupCommit<T, R>>,
    finished: bool,
}

impl<T: Clone + Send + 'static, R: Send + 'static> Drop for Writing<T, R> {
    fn drop(&mut self) {
        if self.finished {
            return;
        }
        let mut state = self.group.state.lock().unwrap_or_else(|p| p.into_inner());
        if state.queue.is_empty() {
            state.writing = false;
        } else if tokio::runtime::Handle::try_current().is_ok() {
            tokio::spawn(self.group.clone().drain());
        } else {
            // No runtime to write with (it is stopping): the callers are told at once.
            state.writing = false;
            state.queue.clear();
        }
    }
}
