//! Reminders go once each: to a group not done confirming six hours before its deadline (not
//! before), and to a confirmed group a day before its appointment, with its confirmation number.

use crate::common::World;
use garita_appointments::messages::Facts;
use garita_domain::geofence::Position;

const HOUR: i64 = 3_600_000;

/// The reminders of a kind in the outbox now (as the person receives them).
async fn reminders(w: &World, kind: &str) -> Vec<Facts> {
    w.inbox()
        .await
        .into_iter()
        .filter(|(k, _)| k == kind)
        .map(|(_, p)| Facts::of(&p))
        .collect()
}

#[tokio::test]
async fn a_group_is_reminded_once_before_its_deadline_and_once_the_day_before() {
    let w = World::new().await;
    let a = w.drawn(&[2]).await.remove(0);
    w.inbox().await; // the winner message
    let c = w.services.confirmation(&a).await.unwrap().expect("waiting");
    let deadline = c.deadline;

    // Not yet: more than six hours are left.
    w.advance(deadline - 6 * HOUR - 60_000 - w.services.now());
    assert_eq!(w.services.send_reminders().await.unwrap(), 0);
    assert!(reminders(&w, "deadline-reminder").await.is_empty());

    // Six hours before: once, however often the watch looks.
    w.advance(2 * 60_000);
    assert_eq!(w.services.send_reminders().await.unwrap(), 1);
    assert_eq!(w.services.send_reminders().await.unwrap(), 0);
    let sent = reminders(&w, "deadline-reminder").await;
    assert_eq!(sent.len(), 1);
    let facts = sent[0].appointment.clone().unwrap();
    assert_eq!(
        facts.confirm_by, deadline,
        "the deadline the group must meet"
    );

    // Both confirm; a day before the appointment, the day-before reminder, once, with the number.
    let account = w.services.store.account(&a).await.unwrap().unwrap();
    let here = Position::new(32.5412, -117.0293, 15.0).ok();
    for t in &c.travellers {
        crate::common::confirm_live(&w.services, &account, &a, &t.id, here).await;
    }
    let appointment = w
        .services
        .store
        .appointment(&c.appointment.id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(appointment.status, "confirmed");
    let at = chrono::NaiveDateTime::parse_from_str(
        &format!("{} {}", appointment.appointment_date, appointment.slot),
        "%Y-%m-%d %H:%M:%S",
    )
    .unwrap()
    .and_local_timezone(c.port.time_zone)
    .unwrap()
    .timestamp_millis();
    w.inbox().await; // the confirmation
    w.advance(at - 24 * HOUR - 60_000 - w.services.now());
    assert_eq!(w.services.send_reminders().await.unwrap(), 0);
    w.advance(2 * 60_000);
    assert_eq!(w.services.send_reminders().await.unwrap(), 1);
    assert_eq!(w.services.send_reminders().await.unwrap(), 0);
    let sent = reminders(&w, "day-before").await;
    assert_eq!(sent.len(), 1);
    assert_eq!(sent[0].confirmation_number, appointment.confirmation_number);
    assert!(sent[0].confirmation_number.is_some());
}
