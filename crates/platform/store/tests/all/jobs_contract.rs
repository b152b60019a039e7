//! Jobs on every backend: due ones claimed by one node at a time while the lease lasts, moved
//! while the job they follow has not run, retried and buried.

use crate::open;
use garita_store::jobs::NewJob;

const DAY: &str = "2026-11-22";

#[tokio::test]
async fn jobs_are_claimed_once_per_lease() {
    for db in garita_testkit::all_backends().await {
        let store = open(&db.url).await.unwrap();
        store.migrate().await.unwrap();
        // Due ones are claimed once while the lease lasts, then again after it ends.
        let job = |kind: &str, due| NewJob {
            kind: kind.into(),
            dedup_key: format!("{kind}:{DAY}"),
            payload: format!("{{\"date\":\"{DAY}\"}}"),
            due_at: due,
            moves_until: None,
        };
        let added = store
            .add_jobs(&[job("t.close", 100), job("t.draw", 200)], 1)
            .await
            .unwrap();
        assert_eq!((added.added, added.moved), (2, 0));
        // The same key again is the same job: its due time stays...
        let again = store.add_jobs(&[job("t.close", 999)], 2).await.unwrap();
        assert_eq!((again.added, again.moved), (0, 0));
        // ... unless it moves while a job it follows has not run (nobody holds it, yet).
        let follow = |until: &str| NewJob {
            moves_until: Some(until.to_string()),
            ..job("t.draw", 210)
        };
        let moved = store
            .add_jobs(&[follow(&format!("t.close:{DAY}"))], 3)
            .await
            .unwrap();
        assert_eq!((moved.added, moved.moved), (0, 1));
        let moved = store.add_jobs(&[follow("no-such-job")], 3).await.unwrap();
        assert_eq!(moved.moved, 0, "it follows a job that is not pending");
        let back = NewJob {
            moves_until: Some(format!("t.close:{DAY}")),
            ..job("t.draw", 200)
        };
        assert_eq!(store.add_jobs(&[back], 4).await.unwrap().moved, 1);
        assert!(store.claim_job(50, "n1", 10).await.unwrap().is_none());
        let claimed = store.claim_job(150, "n1", 10).await.unwrap().unwrap();
        assert_eq!((claimed.kind.as_str(), claimed.due_at), ("t.close", 100));
        assert_eq!(claimed.payload, format!("{{\"date\":\"{DAY}\"}}"));
        assert!(store.claim_job(155, "n2", 10).await.unwrap().is_none());
        let retaken = store.claim_job(161, "n2", 10).await.unwrap().unwrap();
        assert_eq!((retaken.kind.as_str(), retaken.attempts), ("t.close", 2));
        store.finish_job(&retaken.dedup_key, 162).await.unwrap();
        // A failure keeps the job, its attempts and the error, due again later.
        let draw = store.claim_job(201, "n1", 10).await.unwrap().unwrap();
        store
            .reschedule_job(&draw.dedup_key, Some("boom"), 300, false)
            .await
            .unwrap();
        assert!(store.claim_job(250, "n1", 10).await.unwrap().is_none());
        let again = store.claim_job(301, "n1", 10).await.unwrap().unwrap();
        assert_eq!((again.kind.as_str(), again.attempts), ("t.draw", 2));
        // Not a failure (not yet, or a recurring job's next run): attempts start over.
        store
            .reschedule_job(&again.dedup_key, None, 400, true)
            .await
            .unwrap();
        let later = store.claim_job(400, "n1", 10).await.unwrap().unwrap();
        assert_eq!((later.attempts, later.last_error.as_deref()), (1, None));
        store
            .bury_job(&later.dedup_key, "gave up", 401)
            .await
            .unwrap();
        assert!(store.claim_job(10_000, "n1", 10).await.unwrap().is_none());
        let all = store.jobs().await.unwrap();
        let status: Vec<(&str, &str)> = all
            .iter()
            .map(|j| (j.kind.as_str(), j.status.as_str()))
            .collect();
        assert_eq!(status, [("t.close", "done"), ("t.draw", "dead")]);
        assert_eq!(all[1].last_error.as_deref(), Some("gave up"));
    }
}

/// What `/metrics` reads, on every backend: jobs due and late by kind, dead ones, and photos by
/// the check's outcome with the tries it refused.
#[tokio::test]
async fn job_and_photo_figures_read_alike_on_every_backend() {
    use garita_store::jobs::JobFigures;
    use garita_store::records::Effects;
    use garita_store::registrations::{PhotoFigures, PhotoRow};
    for db in garita_testkit::all_backends().await {
        let store = open(&db.url).await.unwrap();
        store.migrate().await.unwrap();
        let job = |kind: &str, n: i64, due| NewJob {
            kind: kind.into(),
            dedup_key: format!("{kind}:{n}"),
            payload: "{}".into(),
            due_at: due,
            moves_until: None,
        };
        let jobs = [
            job("a", 1, 100),
            job("a", 2, 400),
            job("a", 3, 900),
            job("b", 1, 50),
        ];
        store.add_jobs(&jobs, 1).await.unwrap();
        store.bury_job("b:1", "boom", 60).await.unwrap();
        let figures = store.job_figures(500).await.unwrap();
        assert_eq!(
            figures,
            [
                JobFigures {
                    kind: "a".into(),
                    due: 2,
                    oldest_due_at: Some(100),
                    dead: 0
                },
                JobFigures {
                    kind: "b".into(),
                    due: 0,
                    oldest_due_at: None,
                    dead: 1
                },
            ],
            "{}",
            db.backend
        );

        let photo = |traveller: &str, status: &str, problem: Option<&str>, failed| PhotoRow {
            traveller_id: traveller.into(),
            registration_id: "r1".into(),
            photo_sealed: None,
            status: status.into(),
            problem: problem.map(str::to_string),
            failed_attempts: failed,
            updated_at: 1_000,
        };
        for row in [
            photo("t1", "accepted", None, 2),
            photo("t2", "accepted", None, 0),
            photo("t3", "review", Some("no-face"), 3),
        ] {
            store.record_photo(row, Effects::none()).await.unwrap();
        }
        let figures = store.photo_figures(500).await.unwrap();
        let expected = [
            PhotoFigures {
                status: "accepted".into(),
                problem: String::new(),
                photos: 2,
                failed_attempts: 2,
            },
            PhotoFigures {
                status: "review".into(),
                problem: "no-face".into(),
                photos: 1,
                failed_attempts: 3,
            },
        ];
        assert_eq!(figures, expected, "{}", db.backend);
        assert!(store.photo_figures(1_000).await.unwrap().is_empty());
    }
}
