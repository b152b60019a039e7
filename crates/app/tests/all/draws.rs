//! A day end to end on the services: closed before noon Eastern, one idempotent request per
//! registration from inside the area, then the scheduler closes, draws and publishes, and the
//! published record verifies against the published entry list.

use crate::common;

use common::World;
use garita_appointments::app::draws::{DrawOutcome, RequestOutcome};
use garita_appointments::domain::draw;
use garita_domain::PortCode;
use garita_domain::geofence::{Place, Position, Verdict};
use garita_domain::window::WindowState;

const HOUR: i64 = 3_600_000;
const TIJUANA: (f64, f64) = (32.5412, -117.0293);

#[tokio::test]
async fn a_day_from_request_to_published_draw() {
    let w = World::new().await;
    let sys = PortCode::parse("SYS").unwrap();
    let here = Position::new(TIJUANA.0, TIJUANA.1, 15.0).unwrap();
    let people: Vec<_> = {
        let mut v = vec![];
        for n in 0..40 {
            v.push(w.services.synthetic_applicant(n, 1 + n % 3).await.unwrap());
        }
        v
    };
    let a = &people[0].account_id;

    // 03:00 Eastern: closed, and the answer says when it opens.
    match w
        .services
        .request_appointment(
            a,
            &sys,
            here,
            "c-1",
            garita_appointments::app::draws::Channel::Web,
        )
        .await
        .unwrap()
    {
        RequestOutcome::WindowClosed { opens_at, .. } => {
            assert_eq!(opens_at.to_rfc3339(), "2027-01-15T17:00:00+00:00")
        }
        other => panic!("{other:?}"),
    }
    w.advance(10 * HOUR); // 13:00 Eastern
    assert!(matches!(
        w.services.window_state(),
        WindowState::Open { .. }
    ));
    let first = match w
        .services
        .request_appointment(
            a,
            &sys,
            here,
            "c-1",
            garita_appointments::app::draws::Channel::Web,
        )
        .await
        .unwrap()
    {
        RequestOutcome::Accepted(r) => r,
        other => panic!("{other:?}"),
    };
    // A retry returns the same request; another request the same day is refused kindly.
    let retry = w
        .services
        .request_appointment(
            a,
            &sys,
            here,
            "c-1",
            garita_appointments::app::draws::Channel::Web,
        )
        .await
        .unwrap();
    assert_eq!(retry, RequestOutcome::Repeated(first.clone()));
    let other = w
        .services
        .request_appointment(
            a,
            &sys,
            here,
            "c-2",
            garita_appointments::app::draws::Channel::Api,
        )
        .await
        .unwrap();
    assert_eq!(other, RequestOutcome::AlreadyRequested(first.clone()));
    // From Oaxaca, with Venezuelan travellers: refused, saying where and how far.
    let oaxaca = Position::new(17.0732, -96.7266, 30.0).unwrap();
    match w
        .services
        .request_appointment(
            &people[1].account_id,
            &sys,
            oaxaca,
            "c-3",
            garita_appointments::app::draws::Channel::Web,
        )
        .await
        .unwrap()
    {
        RequestOutcome::OutsideArea(Verdict::Refused {
            place: Place::State { code, .. },
            ..
        }) => assert_eq!(code, "MX-OAX"),
        other => panic!("{other:?}"),
    }
    for (i, p) in people.iter().enumerate().skip(1) {
        let port = PortCode::parse(["SYS", "NOG", "BRO"][i % 3]).unwrap();
        let got = w
            .services
            .request_appointment(
                &p.account_id,
                &port,
                here,
                "c",
                garita_appointments::app::draws::Channel::Api,
            )
            .await
            .unwrap();
        assert!(matches!(got, RequestOutcome::Accepted(_)), "{got:?}");
    }
    let day = w.services.todays_request(a).await.unwrap().unwrap();
    assert_eq!(day.entry_id, first.entry_id);
    let date = chrono::NaiveDate::parse_from_str(&first.service_date, "%Y-%m-%d").unwrap();

    // The commitment is public from the start; the record is not, and the draw waits.
    let public = w.services.public_day(date).await.unwrap().unwrap();
    assert_eq!(public.commitment.len(), 64);
    assert!(public.record.is_none() && public.entries_digest.is_none());
    assert_eq!(
        w.services.run_draw(date).await.unwrap(),
        DrawOutcome::StillOpen
    );

    // After the close the scheduler closes, draws and publishes.
    w.advance(12 * HOUR); // 01:00 Eastern the next day
    assert!(matches!(
        w.services
            .request_appointment(
                &people[1].account_id,
                &sys,
                here,
                "late",
                garita_appointments::app::draws::Channel::Web
            )
            .await
            .unwrap(),
        RequestOutcome::WindowClosed { .. }
    ));
    w.services.run_due_jobs("node-a").await.unwrap();
    let public = w.services.public_day(date).await.unwrap().unwrap();
    assert_eq!(public.status, "published");
    assert_eq!(public.entry_count, Some(40));
    // A signed checkpoint of the audit chain covers the publication.
    let published = w.services.store.latest_audit(50).await.unwrap();
    let published = published
        .iter()
        .find(|e| e.action == "draw.published")
        .unwrap();
    let checkpoint = &w.services.audit_checkpoints(1).await.unwrap()[0];
    assert!(checkpoint.count >= published.seq);
    let record = public.record.unwrap();
    assert_eq!(record.commitment, public.commitment);
    let list = w.services.entry_list(date).await.unwrap().unwrap();
    let entries = draw::parse_list(&list).unwrap();
    assert_eq!(draw::verify(&record, &entries), Ok(()));
    assert!(list.contains(&first.entry_id));

    // Every winner has an appointment 14 days on; nothing is drawn twice.
    let appointments = w
        .services
        .store
        .appointments_on(&first.service_date)
        .await
        .unwrap();
    let winners: usize = record.ports.iter().map(|p| p.winners.len()).sum();
    assert_eq!(appointments.len(), winners);
    assert!(winners == 40, "every group fits on this small day");
    assert!(
        appointments
            .iter()
            .all(|a| a.appointment_date == "2027-01-29")
    );
    assert_eq!(
        w.services.run_draw(date).await.unwrap(),
        DrawOutcome::AlreadyDrawn
    );
    assert_eq!(w.services.run_due_jobs("node-b").await.unwrap(), 0);
    assert_eq!(
        w.services
            .store
            .appointments_on(&first.service_date)
            .await
            .unwrap()
            .len(),
        winners
    );
    let stats = public.stats.unwrap();
    assert_eq!(stats.iter().map(|s| s.requests).sum::<u64>(), 40);
}

#[tokio::test]
async fn a_draw_that_fails_a_check_is_held_and_admins_are_told() {
    let w = World::new().await;
    let mut services = w.services.clone();
    // A level at which every check fails, to walk the held path.
    services.draws.fairness_alpha = 1e9;
    let admin = services
        .create_staff(
            &garita_domain::Email::parse("ana@garita.example").unwrap(),
            garita_domain::Grant::new(garita_domain::Role::ProgrammeAdmin, None, None).unwrap(),
            garita_i18n::Locale::Es,
        )
        .await
        .unwrap();
    let here = Position::new(TIJUANA.0, TIJUANA.1, 15.0).unwrap();
    w.advance(10 * HOUR);
    let a = services.synthetic_applicant(0, 1).await.unwrap();
    let date = match services
        .request_appointment(
            &a.account_id,
            &PortCode::parse("SYS").unwrap(),
            here,
            "c",
            garita_appointments::app::draws::Channel::Web,
        )
        .await
        .unwrap()
    {
        RequestOutcome::Accepted(r) => {
            chrono::NaiveDate::parse_from_str(&r.service_date, "%Y-%m-%d").unwrap()
        }
        other => panic!("{other:?}"),
    };
    w.advance(12 * HOUR);
    assert!(matches!(
        services.run_draw(date).await.unwrap(),
        DrawOutcome::Held(_)
    ));
    services.run_due_jobs("n").await.unwrap();
    let day = services.public_day(date).await.unwrap().unwrap();
    assert_eq!(day.status, "held");
    assert!(day.record.is_none(), "a held draw is not published");
    let inbox = w.inbox().await;
    assert!(
        inbox
            .iter()
            .any(|(kind, p)| kind == "draw-held" && p.to == "ana@garita.example"),
        "{inbox:?} {admin:?}"
    );
    assert!(services.publish_day(date, Some("ana")).await.unwrap());
    assert_eq!(
        services.public_day(date).await.unwrap().unwrap().status,
        "published"
    );
}

#[tokio::test]
async fn anywhere_in_mexico_counts_when_every_traveller_is_mexican() {
    let w = World::new().await;
    w.advance(10 * HOUR); // 13:00 Eastern
    let oaxaca = Position::new(17.0732, -96.7266, 30.0).unwrap();
    let nog = PortCode::parse("NOG").unwrap();
    let web = garita_appointments::app::draws::Channel::Web;
    let a = w.services.synthetic_applicant(0, 2).await.unwrap();
    assert!(matches!(
        w.services
            .request_appointment(&a.account_id, &nog, oaxaca, "c", web)
            .await
            .unwrap(),
        RequestOutcome::OutsideArea(_)
    ));
    // The same group, now both Mexican nationals: accepted from Oaxaca.
    let r = w
        .services
        .registration(&a.account_id)
        .await
        .unwrap()
        .unwrap();
    let mexican = r
        .travellers
        .iter()
        .map(|t| garita_kernel::registrations::Traveller {
            id: Some(t.id.clone()),
            name: t.name.clone(),
            birth_date: t.birth_date,
            document: t.document.clone(),
            phone: None,
            email: None,
            details: garita_kernel::registrations::Details {
                nationality: garita_domain::travellers::Country::parse("MX").unwrap(),
                ..t.details.clone()
            },
        })
        .collect();
    let owner = w
        .services
        .store
        .account(&a.account_id)
        .await
        .unwrap()
        .unwrap();
    w.services
        .save_registration(&owner, &a.account_id, r.address.clone(), mexican, r.version)
        .await
        .unwrap();
    match w
        .services
        .request_appointment(&a.account_id, &nog, oaxaca, "c", web)
        .await
        .unwrap()
    {
        RequestOutcome::Accepted(req) => assert_eq!(req.state, "MX-OAX"),
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn a_group_holds_one_live_appointment_at_a_time() {
    let w = World::new().await;
    let groups = w.drawn(&[2, 1]).await;
    let (a, b) = (groups[0].clone(), groups[1].clone());
    let registration_of = |account: &str| {
        let (services, account) = (w.services.clone(), account.to_string());
        async move { services.registration(&account).await.unwrap().unwrap().id }
    };
    let held = w
        .services
        .store
        .live_appointment(&registration_of(&a).await)
        .await
        .unwrap()
        .unwrap();
    let sys = PortCode::parse("SYS").unwrap();
    let here = Position::new(TIJUANA.0, TIJUANA.1, 15.0).unwrap();
    let ask = |id: &'static str| {
        let (services, a, sys) = (w.services.clone(), a.clone(), sys.clone());
        async move {
            services
                .request_appointment(
                    &a,
                    &sys,
                    here,
                    id,
                    garita_appointments::app::draws::Channel::Web,
                )
                .await
                .unwrap()
        }
    };
    // The next day, within the window: refused while the appointment is live...
    w.advance(14 * HOUR);
    match ask("next-day").await {
        RequestOutcome::HoldsAppointment(h) => assert_eq!(h.id, held.id),
        other => panic!("{other:?}"),
    }
    // ... and accepted once the group gave it up.
    assert!(
        w.services
            .cancel_appointment(&a, &held.id, "given up by the group")
            .await
            .unwrap()
    );
    assert!(matches!(
        ask("after-cancel").await,
        RequestOutcome::Accepted(_)
    ));

    // A database from before this rule: group B holds a second live appointment, an earlier
    // one (written here by hand, as the store now refuses it).
    let b_registration = registration_of(&b).await;
    let won = w
        .services
        .store
        .live_appointment(&b_registration)
        .await
        .unwrap()
        .unwrap();
    let next = "2027-01-16";
    let pool = sqlx::SqlitePool::connect(&w.db.url).await.unwrap();
    sqlx::query(
        "INSERT INTO draw_requests SELECT 'ffffffffffffffffffffffffffffffff', ?1, registration_id, \
         'c2', port_code, seats, registered_on, created_at, channel, state, time_zone \
         FROM draw_requests WHERE registration_id = ?2",
    )
    .bind(next)
    .bind(&b_registration)
    .execute(&pool)
    .await
    .unwrap();
    sqlx::query(
        "INSERT INTO appointments (id, entry_id, registration_id, service_date, port_code, \
         appointment_date, slot, seats, pass, status, created_at) \
         SELECT 'earlier', 'ffffffffffffffffffffffffffffffff', registration_id, ?1, port_code, \
         '2027-01-30', slot, seats, pass, 'won', created_at - 1 FROM appointments WHERE id = ?2",
    )
    .bind(next)
    .bind(&won.id)
    .execute(&pool)
    .await
    .unwrap();
    pool.close().await;
    assert_eq!(w.services.store.several_live().await.unwrap().len(), 2);
    // The job keeps the earliest, cancels the other (its seats offered on) and tells the group.
    w.services.run_due_jobs("n").await.unwrap();
    let appointment = |id: String| {
        let services = w.services.clone();
        async move {
            services
                .store
                .appointment(&id)
                .await
                .unwrap()
                .unwrap()
                .status
        }
    };
    assert_eq!(appointment(won.id.clone()).await, "cancelled");
    assert_eq!(appointment("earlier".into()).await, "won");
    assert!(w.services.store.several_live().await.unwrap().is_empty());
    assert_eq!(w.inbox_kinds(&b).await[0], "cancelled");

    // Should an entry of a holder get into a draw anyway, the draw gives it no second
    // appointment: B's entry of the next day wins nothing, A's does.
    w.advance(12 * HOUR);
    let day = next.parse().unwrap();
    w.services.close_day(day).await.unwrap();
    w.services.run_draw(day).await.unwrap();
    let written: Vec<String> = w
        .services
        .store
        .appointments_on(next)
        .await
        .unwrap()
        .into_iter()
        .filter(|a| a.id != "earlier")
        .map(|a| a.registration_id)
        .collect();
    assert_eq!(
        written,
        [registration_of(&a).await],
        "the draw wrote A's only"
    );
    let b_live: Vec<_> = w
        .services
        .store
        .appointments_of(&b_registration)
        .await
        .unwrap()
        .into_iter()
        .filter(|a| a.status == "won")
        .map(|a| a.id)
        .collect();
    assert_eq!(b_live, ["earlier"]);
}

/// Requests sent at once are written together (group commit): each is answered as if alone,
/// a retry sent beside its first try is the same request, and every acknowledged one is stored.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn requests_sent_at_once_are_each_answered_and_stored() {
    for w in World::on_every_backend().await {
        let sys = PortCode::parse("SYS").unwrap();
        let here = Position::new(TIJUANA.0, TIJUANA.1, 15.0).unwrap();
        let mut accounts = vec![];
        for n in 0..24 {
            accounts.push(
                w.services
                    .synthetic_applicant(n, 1)
                    .await
                    .unwrap()
                    .account_id,
            );
        }
        w.advance(10 * HOUR);
        // Each group asks twice at the same moment, with the same client id (a double tap);
        // the first four also ask a third time with another.
        let mut sent = vec![];
        for (i, a) in accounts.iter().enumerate() {
            let ids = if i < 4 {
                vec!["a", "a", "b"]
            } else {
                vec!["a", "a"]
            };
            for id in ids {
                let (services, a, sys) = (w.services.clone(), a.clone(), sys.clone());
                sent.push((
                    i,
                    id,
                    tokio::spawn(async move {
                        services
                            .request_appointment(
                                &a,
                                &sys,
                                here,
                                id,
                                garita_appointments::app::draws::Channel::Api,
                            )
                            .await
                            .unwrap()
                    }),
                ));
            }
        }
        // Whichever came first is accepted; the others are told of it.
        let mut answers: Vec<Vec<(&str, RequestOutcome)>> = vec![vec![]; 24];
        for (i, id, answer) in sent {
            answers[i].push((id, answer.await.unwrap()));
        }
        let mut accepted = std::collections::HashMap::new();
        for (i, group) in answers.iter().enumerate() {
            let first: Vec<_> = group
                .iter()
                .filter_map(|(id, o)| match o {
                    RequestOutcome::Accepted(r) => Some((*id, r)),
                    _ => None,
                })
                .collect();
            let [(first_id, first)] = first[..] else {
                panic!("one accepted per group: {group:?}")
            };
            accepted.insert(i, first.entry_id.clone());
            for (id, outcome) in group {
                match outcome {
                    RequestOutcome::Accepted(_) => {}
                    RequestOutcome::Repeated(r) => {
                        assert_eq!((*id, &r.entry_id), (first_id, &first.entry_id))
                    }
                    RequestOutcome::AlreadyRequested(r) => {
                        assert_ne!(*id, first_id);
                        assert_eq!(r.entry_id, first.entry_id);
                    }
                    other => panic!("{other:?}"),
                }
            }
        }
        assert_eq!(accepted.len(), 24);
        let date = common::today().to_string();
        let mut stored: Vec<_> = w
            .services
            .store
            .entries(&date)
            .await
            .unwrap()
            .into_iter()
            .map(|r| r.entry_id)
            .collect();
        let mut acknowledged: Vec<_> = accepted.into_values().collect();
        stored.sort();
        acknowledged.sort();
        assert_eq!(stored, acknowledged);
    }
}
