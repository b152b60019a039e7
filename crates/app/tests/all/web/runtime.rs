//! The whole of `garita serve` in-process: the server, the outbox worker and the job worker,
//! started together (`garita_web::runtime`). A sign-up's code leaves through a real SMTP server
//! while the page answers, the job worker signs the audit log's first checkpoint, and stopping
//! the runtime stops both workers.

use garita_kernel::delivery::{DeliveryPolicy, Email, Mailer};
use garita_security::Keys;
use garita_testkit::smtp::SmtpSink;
use garita_web::runtime::Workers;
use std::sync::Arc;
use std::time::Duration;

#[tokio::test]
async fn serve_runs_the_server_and_both_workers_together() {
    let db = garita_testkit::sqlite();
    let keys = Arc::new(Keys::from_master(&Keys::generate_master()).unwrap());
    let store = crate::common::BUILD
        .open_store(&db.url, &keys)
        .await
        .unwrap();
    store.migrate().await.unwrap();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let services = crate::common::BUILD.context(store, keys, &base);
    let sink = SmtpSink::start().await;
    let workers = Workers {
        email: Arc::new(Email {
            mailer: Mailer::smtp(&sink.url()).unwrap(),
            from: "Garita <no-reply@garita.test>".parse().unwrap(),
        }),
        sms: None,
        policy: DeliveryPolicy::default(),
        jobs_every: Duration::from_millis(100),
        heartbeat_every: Some(Duration::from_millis(100)),
    };
    let runtime = crate::common::BUILD.runtime(
        services.clone(),
        Arc::new(crate::common::BUILD.catalogs().unwrap()),
        listener,
        workers,
    );
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let serving = tokio::spawn(runtime.serve(async {
        let _ = stopped.await;
    }));

    let healthy = reqwest::get(format!("{base}/healthz")).await.unwrap();
    assert_eq!(healthy.status(), 200);
    services
        .sign_up(garita_kernel::accounts::SignUp {
            login: garita_domain::Login::Email(
                garita_domain::Email::parse("ana@example.org").unwrap(),
            ),
            phone: None,
            password: "lakay se lakay 2026".into(),
            locale: garita_i18n::Locale::Es,
            origin: vec![],
        })
        .await
        .unwrap();
    // Bounded waits for work done in the background (no timing is asserted).
    let mut delivered = false;
    let mut checkpointed = false;
    for _ in 0..100 {
        delivered = !sink.received().is_empty();
        checkpointed = !services.audit_checkpoints(1).await.unwrap().is_empty();
        if delivered && checkpointed {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(delivered, "the outbox worker delivered the sign-up code");
    assert!(checkpointed, "the job worker ran the audit checkpoint job");
    assert_eq!(
        sink.received()[0].header("To").as_deref(),
        Some("ana@example.org")
    );

    stop.send(()).unwrap();
    serving.await.unwrap().unwrap();
    assert!(
        reqwest::get(format!("{base}/healthz")).await.is_err(),
        "stopped"
    );
}
