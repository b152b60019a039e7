//! Rotating the sealing key: every sealed column re-sealed, everything still readable.

use crate::common;
use common::{World, traveller};
use garita_domain::travellers::UsAddress;
use garita_security::Keys;
use garita_storage::sealed::SEALED_COLUMNS;

#[tokio::test]
async fn every_sealed_value_moves_to_the_new_generation_and_still_opens() {
    let w = World::new().await;
    // Data of every sealed kind, under generation 1.
    let token = w.sign_up("ines@example.org", "lakay se lakay 2026").await;
    let code = w.inbox().await.pop().unwrap().1.code.unwrap();
    let id = w
        .services
        .verify_email_code(&token, &code)
        .await
        .unwrap()
        .unwrap();
    let owner = w.services.store.account(&id).await.unwrap().unwrap();
    let mut person = traveller("Inés", "Rojas", ("4", "4", "1988"), Some("AB123456"));
    person.phone = garita_domain::PhoneNumber::parse("+52 664 555 0101").ok();
    let address = UsAddress::parse("77 Pine St", "Denver", "CO", "80202").unwrap();
    w.services
        .save_registration(&owner, &id, address, vec![person], 0)
        .await
        .unwrap();
    let traveller_id = w
        .services
        .registration(&id)
        .await
        .unwrap()
        .unwrap()
        .travellers[0]
        .id
        .clone();
    let photo = std::fs::read(format!(
        "{}/tests/data/portrait-4.jpg",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    w.services
        .submit_photo(&owner, &id, &traveller_id, &photo)
        .await
        .unwrap();
    w.services
        .enable_totp(
            &owner,
            b"12345678901234567890",
            &garita_security::totp::code_at(
                b"12345678901234567890",
                (w.services.now() / 1000) as u64,
            ),
        )
        .await
        .unwrap();
    w.advance(61_000);
    w.services.resend_code(&token).await.unwrap().ok(); // a message left in the outbox
    let before = w.services.registration(&id).await.unwrap().unwrap();

    let second = w.with_generation(2);
    let report = second.reseal_all().await.unwrap();
    assert!(report.resealed >= 10, "{report:?}");
    for column in SEALED_COLUMNS {
        for value in w.services.store.sealed_values(*column).await.unwrap() {
            assert_eq!(
                Keys::generation_of(&value),
                Some(2),
                "{}.{}",
                column.table,
                column.column
            );
        }
    }
    // Everything reads back the same under the new generation.
    assert_eq!(second.registration(&id).await.unwrap().unwrap(), before);
    assert_eq!(
        second
            .email_of(&second.store.account(&id).await.unwrap().unwrap())
            .unwrap(),
        "ines@example.org"
    );
    assert!(
        second
            .own_photo(&id, &traveller_id)
            .await
            .unwrap()
            .is_some()
    );
    assert_eq!(second.registration_history(&id).await.unwrap().len(), 1);
    // Nothing is left on the old key, so a second run does nothing.
    let again = second.reseal_all().await.unwrap();
    assert_eq!(again.resealed, 0);
    // The old generation alone cannot open the new values.
    assert!(w.services.registration(&id).await.is_err());
}
