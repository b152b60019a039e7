//! Group commit: every caller answered with its own result, batches bounded, one bad item
//! failing alone, a lost database told to all, a writer that dies replaced.

use garita_store::StoreError;
use garita_store::group_commit::{Batching, GroupCommit};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// Submits `0..n` at once; returns each answer in order.
async fn submit_all(group: &Arc<GroupCommit<u32, u32>>, n: u32) -> Vec<garita_store::Result<u32>> {
    let tasks: Vec<_> = (0..n)
        .map(|i| {
            let group = group.clone();
            tokio::spawn(async move { group.submit(i).await })
        })
        .collect();
    let mut answers = vec![];
    for t in tasks {
        answers.push(t.await.unwrap());
    }
    answers
}

/// What a test writer returns.
type Written = std::pin::Pin<Box<dyn Future<Output = garita_store::Result<Vec<u32>>> + Send>>;

/// A writer that records each batch, doubles each item, and fails as `fail` says.
fn recorder(
    batches: &Arc<Mutex<Vec<Vec<u32>>>>,
    fail: fn(&[u32]) -> Option<StoreError>,
) -> impl Fn(Vec<u32>) -> Written + Send + Sync + 'static {
    let batches = batches.clone();
    move |items: Vec<u32>| {
        let batches = batches.clone();
        Box::pin(async move {
            // Like a commit, the write takes a while; requests arriving meanwhile queue.
            tokio::time::sleep(Duration::from_millis(2)).await;
            batches.lock().unwrap().push(items.clone());
            match fail(&items) {
                Some(e) => Err(e),
                None => Ok(items.iter().map(|i| i * 2).collect()),
            }
        })
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn each_caller_gets_its_own_answer_from_bounded_batches() {
    let batches = Arc::new(Mutex::new(vec![]));
    let batching = Batching {
        max: 8,
        wait: Duration::ZERO,
    };
    let group = GroupCommit::new(batching, recorder(&batches, |_| None));
    let answers = submit_all(&group, 100).await;
    for (i, answer) in answers.into_iter().enumerate() {
        assert_eq!(answer.unwrap(), i as u32 * 2);
    }
    let batches = batches.lock().unwrap();
    let mut written: Vec<u32> = batches.iter().flatten().copied().collect();
    written.sort();
    assert_eq!(
        written,
        (0..100).collect::<Vec<_>>(),
        "each item written once"
    );
    assert!(batches.iter().all(|b| b.len() <= 8), "{batches:?}");
    assert!(batches.iter().any(|b| b.len() > 1), "{batches:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_bad_item_fails_alone() {
    let batches = Arc::new(Mutex::new(vec![]));
    let group = GroupCommit::new(
        Batching::default(),
        recorder(&batches, |items| {
            items
                .contains(&13)
                .then(|| StoreError::Corrupt("thirteen".into()))
        }),
    );
    let answers = submit_all(&group, 40).await;
    for (i, answer) in answers.into_iter().enumerate() {
        match answer {
            Ok(doubled) => assert_eq!(doubled, i as u32 * 2),
            Err(e) => assert_eq!(
                (i, e.to_string().as_str()),
                (13, "stored data is not valid: thirteen")
            ),
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_database_out_of_reach_is_told_to_every_caller_once() {
    let batches = Arc::new(Mutex::new(vec![]));
    let group = GroupCommit::new(
        Batching {
            max: 1000,
            wait: Duration::from_millis(20),
        },
        recorder(&batches, |_| {
            Some(StoreError::Database(sqlx::Error::PoolTimedOut))
        }),
    );
    let answers = submit_all(&group, 30).await;
    assert!(
        answers
            .iter()
            .all(|a| a.as_ref().is_err_and(StoreError::is_unavailable))
    );
    // Not written again item by item: each batch was tried once.
    let tried: usize = batches.lock().unwrap().iter().map(Vec::len).sum();
    assert_eq!(tried, 30);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_writer_that_dies_answers_its_callers_and_is_replaced() {
    let group: Arc<GroupCommit<u32, u32>> =
        GroupCommit::new(Batching::default(), |items: Vec<u32>| async move {
            assert!(!items.contains(&7), "the writer dies");
            Ok(items)
        });
    let died = group.submit(7).await;
    assert!(died.is_err_and(|e| e.is_unavailable()));
    assert_eq!(group.submit(8).await.unwrap(), 8);
}
