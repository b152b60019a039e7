//! Registrations through the services: seniority kept across corrections, history, one person
//! one registration, address clusters, and nothing readable in the database files.

use crate::common;
use common::{World, today, traveller};
use garita_domain::travellers::{DateOfBirth, UsAddress};
use garita_domain::{Grant, Role};
use garita_kernel::registrations::{ADDRESS_THRESHOLD, IdentityProposal, SaveOutcome, Traveller};
use garita_store::records::Account;

const PASSWORD: &str = "lakay se lakay 2026";

fn address(street: &str) -> UsAddress {
    UsAddress::parse(street, "Houston", "TX", "77002").unwrap()
}

async fn applicant(w: &World, email: &str) -> Account {
    let token = w.sign_up(email, PASSWORD).await;
    let code = w.inbox().await.pop().unwrap().1.code.unwrap();
    let id = w
        .services
        .verify_email_code(&token, &code)
        .await
        .unwrap()
        .unwrap();
    w.services.store.account(&id).await.unwrap().unwrap()
}

#[tokio::test]
async fn correcting_a_date_of_birth_keeps_the_place_and_shows_in_the_history() {
    let w = World::new().await;
    let owner = applicant(&w, "luisa@example.org").await;
    let group = vec![
        traveller(
            "Luisa",
            "Pérez Gómez",
            ("3", "4", "1990"),
            Some("123456789"),
        ),
        traveller("Mateo", "Pérez", ("9", "9", "2019"), None),
        traveller("Sofía", "Pérez", ("1", "2", "2011"), None),
    ];
    let SaveOutcome::Saved {
        version: 1,
        created_at,
    } = w
        .services
        .save_registration(&owner, &owner.id, address("1200 Main St"), group, 0)
        .await
        .unwrap()
    else {
        panic!("saved");
    };
    let saved = w.services.registration(&owner.id).await.unwrap().unwrap();
    assert_eq!(saved.travellers.len(), 3);
    // The test clock says 15 January 2027: Mateo is 7 and needs no photo; Sofía is 15 and does.
    assert!(saved.travellers[0].needs_photo);
    assert!(!saved.travellers[1].needs_photo);
    assert!(saved.travellers[2].needs_photo);

    w.advance(30 * 24 * 3_600_000);
    let mut corrected: Vec<Traveller> = saved
        .travellers
        .iter()
        .map(|t| Traveller {
            id: Some(t.id.clone()),
            name: t.name.clone(),
            birth_date: t.birth_date,
            document: t.document.clone(),
            phone: None,
            email: None,
            details: t.details.clone(),
        })
        .collect();
    corrected[0].birth_date = DateOfBirth::parse("3", "5", "1990", today()).unwrap();
    let outcome = w
        .services
        .save_registration(
            &owner,
            &owner.id,
            address("1200 Main St"),
            corrected.clone(),
            1,
        )
        .await
        .unwrap();
    assert_eq!(
        outcome,
        SaveOutcome::Saved {
            version: 2,
            created_at
        }
    );
    let after = w.services.registration(&owner.id).await.unwrap().unwrap();
    assert_eq!(
        after.created_at, created_at,
        "the place in the draw is kept"
    );
    assert!(after.updated_at > after.created_at);
    assert_eq!(after.travellers[0].id, saved.travellers[0].id);
    assert_eq!(after.travellers[0].added_at, saved.travellers[0].added_at);

    let history = w.services.registration_history(&owner.id).await.unwrap();
    assert_eq!(history.len(), 2);
    let change = &history[1].changes;
    assert_eq!(change.len(), 1, "{change:?}");
    assert_eq!(change[0].field, "birth_date");
    assert_eq!(
        (change[0].before.as_deref(), change[0].after.as_deref()),
        (Some("1990-04-03"), Some("1990-05-03"))
    );
    assert_eq!(history[1].actor, owner.id);

    // A second tab with the old version cannot overwrite the correction.
    let stale = w
        .services
        .save_registration(&owner, &owner.id, address("1200 Main St"), corrected, 1)
        .await
        .unwrap();
    assert_eq!(stale, SaveOutcome::Stale);
}

#[tokio::test]
async fn a_person_already_registered_elsewhere_is_refused_and_can_ask_for_review() {
    let w = World::new().await;
    let first = applicant(&w, "a@example.org").await;
    let second = applicant(&w, "b@example.org").await;
    let luisa = traveller(
        "Luisa",
        "Pérez Gómez",
        ("3", "4", "1990"),
        Some("123456789"),
    );
    w.services
        .save_registration(&first, &first.id, address("1 A St"), vec![luisa], 0)
        .await
        .unwrap();

    // The same person, typed a little differently, and the same passport under another name.
    let again = traveller("luisa", "PEREZ GOMEZ", ("03", "04", "1990"), None);
    let outcome = w
        .services
        .save_registration(
            &second,
            &second.id,
            address("2 B St"),
            vec![
                traveller("Ana", "Ruiz", ("1", "1", "1985"), None),
                again.clone(),
            ],
            0,
        )
        .await
        .unwrap();
    assert_eq!(outcome, SaveOutcome::AlreadyRegistered { position: 1 });
    let same_passport = traveller("Marta", "Díaz", ("5", "5", "1980"), Some("1234-56789"));
    let outcome = w
        .services
        .save_registration(
            &second,
            &second.id,
            address("2 B St"),
            vec![same_passport],
            0,
        )
        .await
        .unwrap();
    assert_eq!(outcome, SaveOutcome::AlreadyRegistered { position: 0 });
    assert!(w.services.registration(&second.id).await.unwrap().is_none());

    for _ in 0..2 {
        w.services
            .request_review(
                &second.id,
                &again.name,
                again.birth_date,
                &again.details.birth_country,
                None,
            )
            .await
            .unwrap();
    }
    let cases = w.services.store.open_cases().await.unwrap();
    assert_eq!(cases.len(), 1);
    assert_eq!(
        (cases[0].kind.as_str(), cases[0].subject.as_str()),
        ("already-registered", second.id.as_str())
    );
}

#[tokio::test]
async fn many_groups_at_one_address_open_a_case_and_nothing_is_readable_in_the_database() {
    let w = World::new().await;
    for i in 0..=ADDRESS_THRESHOLD {
        let owner = applicant(&w, &format!("p{i}@example.org")).await;
        let person = traveller(
            "Persona",
            &format!(
                "Número{}",
                ["Uno", "Dos", "Tres", "Cuatro", "Cinco", "Seis"][i as usize]
            ),
            ("1", "1", "1990"),
            Some(&format!("VXQ88{i}4410")),
        );
        // The same address, written a little differently each time.
        let street = if i % 2 == 0 {
            "500 Elm Street"
        } else {
            "500 ELM STREET "
        };
        let outcome = w
            .services
            .save_registration(&owner, &owner.id, address(street), vec![person], 0)
            .await
            .unwrap();
        assert!(matches!(outcome, SaveOutcome::Saved { .. }), "{outcome:?}");
    }
    let cases = w.services.store.open_cases().await.unwrap();
    assert_eq!(cases.len(), 1);
    assert_eq!(cases[0].kind, "address-cluster");

    // Each word is long enough not to turn up by chance in sealed bytes
    // (a three-letter word does, in a few runs out of a hundred).
    let raw = w.raw_database();
    for secret in [
        "VXQ8804410",
        "VXQ8834410",
        "Persona",
        "NúmeroUno",
        "Elm Street",
        "500 ELM",
        "Maracaibo",
        "Colombia, Panamá",
        "1990-01-01",
        "77002",
    ] {
        assert!(
            !raw.contains(secret),
            "{secret} is readable in the database files"
        );
    }
}

#[tokio::test]
async fn a_group_lists_each_person_and_document_once_with_ids_garita_gave() {
    let w = World::new().await;
    let owner = applicant(&w, "ana.ids@example.org").await;
    let other = applicant(&w, "otro.ids@example.org").await;
    let ana = || traveller("Ana", "Ruiz", ("2", "3", "1991"), Some("P1234567"));
    let save = |who: &Account, group: Vec<Traveller>, version: i64| {
        let (services, who) = (w.services.clone(), who.clone());
        async move {
            services
                .save_registration(&who, &who.id, address("9 Elm St"), group, version)
                .await
                .unwrap()
        }
    };
    // The same person three times: the second is refused, nothing is stored.
    let outcome = save(&owner, vec![ana(), ana(), ana()], 0).await;
    assert_eq!(
        outcome,
        SaveOutcome::Duplicate {
            position: 1,
            error: garita_domain::InputError::SamePersonTwice
        }
    );
    assert!(w.services.registration(&owner.id).await.unwrap().is_none());
    // Another person with the same document.
    let mut namesake = traveller("Berta", "Ruiz", ("9", "9", "1985"), Some("P1234567"));
    namesake.id = None;
    let outcome = save(&owner, vec![ana(), namesake], 0).await;
    assert_eq!(
        outcome,
        SaveOutcome::Duplicate {
            position: 1,
            error: garita_domain::InputError::SameDocumentTwice
        }
    );
    assert!(matches!(
        save(&owner, vec![ana()], 0).await,
        SaveOutcome::Saved { .. }
    ));
    assert!(matches!(
        save(
            &other,
            vec![traveller("Otro", "Más", ("1", "1", "1980"), None)],
            0
        )
        .await,
        SaveOutcome::Saved { .. }
    ));
    // An id Garita did not give this registration: made up, or another registration's.
    let foreign = w
        .services
        .registration(&other.id)
        .await
        .unwrap()
        .unwrap()
        .travellers[0]
        .id
        .clone();
    for id in ["made-up".to_string(), foreign] {
        let mut t = ana();
        t.id = Some(id);
        assert_eq!(
            save(&owner, vec![t], 1).await,
            SaveOutcome::UnknownTraveller
        );
    }
    let stored = w.services.registration(&owner.id).await.unwrap().unwrap();
    assert_eq!(stored.version, 1, "nothing was written");
    // Its own id, listed twice, is the same person twice.
    let own = Traveller {
        id: Some(stored.travellers[0].id.clone()),
        ..ana()
    };
    assert!(matches!(
        save(&owner, vec![own.clone(), own], 1).await,
        SaveOutcome::Duplicate { position: 1, .. }
    ));
}

#[tokio::test]
async fn once_a_group_holds_an_appointment_nobody_is_added_or_replaced() {
    let w = World::new().await;
    let winner = w.drawn(&[2]).await.remove(0);
    let account = w.services.store.account(&winner).await.unwrap().unwrap();
    let group = w.services.registration(&winner).await.unwrap().unwrap();
    let address = group.address.clone();
    let stored = |i: usize| group.travellers[i].as_input();
    let save = |travellers: Vec<Traveller>, version: i64| {
        let (services, account, address) = (w.services.clone(), account.clone(), address.clone());
        async move {
            services
                .save_registration(&account, &account.id, address, travellers, version)
                .await
                .unwrap()
        }
    };
    let fixed = |key: &'static str, position: usize| SaveOutcome::Fixed { position, key };
    let version = group.version;
    // Nobody added: not a third traveller, not a stranger in someone's place.
    let stranger = traveller("Otra", "Persona", ("1", "1", "1990"), Some("X7654321"));
    assert_eq!(
        save(vec![stored(0), stored(1), stranger.clone()], version).await,
        fixed("registration-travellers-fixed", 2)
    );
    // Nobody turned into somebody else: name and date of birth both, or the document.
    let mut other = stranger.clone();
    other.id = Some(group.travellers[1].id.clone());
    assert_eq!(
        save(vec![stored(0), other], version).await,
        fixed("registration-identity-fixed", 1)
    );
    let mut new_document = stored(1);
    new_document.document = stranger.document.clone();
    assert_eq!(
        save(vec![stored(0), new_document], version).await,
        fixed("registration-identity-fixed", 1)
    );
    assert_eq!(
        w.services
            .registration(&winner)
            .await
            .unwrap()
            .unwrap()
            .version,
        version,
        "nothing was written"
    );
    // A correction (the name's spelling) is allowed and versioned; so is removing someone.
    let mut spelled = stored(1);
    spelled.name = traveller("Corregido", "Nombre", ("1", "1", "2000"), None).name;
    assert!(matches!(
        save(vec![stored(0), spelled], version).await,
        SaveOutcome::Saved { .. }
    ));
    assert!(matches!(
        save(vec![stored(0)], version + 1).await,
        SaveOutcome::Saved { .. }
    ));
    // Once the appointment ends, the group is free again.
    let (appointment, _) = w
        .services
        .appointment_status(&winner)
        .await
        .unwrap()
        .appointment
        .unwrap();
    w.services
        .cancel_appointment(&winner, &appointment.id, "given up by the group")
        .await
        .unwrap();
    assert!(matches!(
        save(vec![stored(0), stranger], version + 2).await,
        SaveOutcome::Saved { .. }
    ));
}

#[tokio::test]
async fn a_reviewer_may_accept_a_change_of_who_travels_and_it_is_audited() {
    let w = World::new().await;
    let winner = w.drawn(&[2]).await.remove(0);
    let account = w.services.store.account(&winner).await.unwrap().unwrap();
    let group = w.services.registration(&winner).await.unwrap().unwrap();
    let target = group.travellers[1].id.clone();
    // The document typed at registration was wrong: a change the group alone cannot make now.
    let corrected = traveller("Otra", "Persona", ("1", "1", "1990"), Some("X7654321"));
    let proposal = IdentityProposal {
        name: corrected.name.clone(),
        birth_date: corrected.birth_date,
        document: corrected.document.clone(),
    };
    assert!(
        !w.services
            .request_identity_review(&account, &winner, "not-a-traveller", &proposal)
            .await
            .unwrap(),
        "only a traveller of the group"
    );
    assert!(
        w.services
            .request_identity_review(&account, &winner, &target, &proposal)
            .await
            .unwrap()
    );
    assert!(
        !w.services
            .request_identity_review(&account, &winner, &target, &proposal)
            .await
            .unwrap(),
        "the same change waits once"
    );
    let case = w
        .services
        .review_queue()
        .await
        .unwrap()
        .1
        .into_iter()
        .find(|c| c.kind == "identity-change")
        .unwrap();
    assert!(!case.detail.contains("Otra") && !case.detail.contains("X7654321"));
    let reviewer = w
        .staff(
            "reviewer@programme.example",
            Grant::new(Role::ProgrammeAdmin, None, None).unwrap(),
        )
        .await;
    let (now, proposed) = w
        .services
        .identity_change(&reviewer, &case)
        .await
        .unwrap()
        .unwrap();
    assert_eq!((now.id.as_str(), &proposed), (target.as_str(), &proposal));
    // The stored form of the proposal is sealed: the document is nowhere in clear.
    assert!(!w.raw_database().contains("X7654321"));

    assert!(
        w.services
            .accept_identity_change(&reviewer, &case.id)
            .await
            .unwrap()
    );
    let after = w.services.registration(&winner).await.unwrap().unwrap();
    let changed = after.travellers.iter().find(|t| t.id == target).unwrap();
    assert_eq!(
        (&changed.name, changed.birth_date, &changed.document),
        (&proposal.name, proposal.birth_date, &proposal.document)
    );
    assert_eq!(after.version, group.version + 1);
    // The photo was of the person the traveller was: a new one is needed.
    let photo = w.services.store.photo(&target).await.unwrap();
    let photo = photo.expect("the group had a photo of each traveller");
    assert_eq!(
        (photo.status.as_str(), photo.photo_sealed),
        ("missing", None)
    );
    let history = w.services.registration_history(&winner).await.unwrap();
    assert_eq!(
        history.last().unwrap().actor,
        reviewer.id,
        "the reviewer wrote it"
    );
    let audit = w.services.store.latest_audit(10).await.unwrap();
    assert!(
        audit
            .iter()
            .any(|e| e.action == "review.registration-viewed"
                && e.actor.as_deref() == Some(reviewer.id.as_str()))
    );
    assert!(
        audit
            .iter()
            .any(|e| e.action == "review.case-closed"
                && e.detail.contains("identity-change-accepted"))
    );
    // Closed: accepting again changes nothing.
    assert!(
        !w.services
            .accept_identity_change(&reviewer, &case.id)
            .await
            .unwrap()
    );

    // A change asked for, then a correction by the group: the old proposal is not applied over it.
    let other = traveller("Tercera", "Persona", ("2", "2", "1991"), Some("Y1112223"));
    let proposal = IdentityProposal {
        name: other.name.clone(),
        birth_date: other.birth_date,
        document: other.document.clone(),
    };
    assert!(
        w.services
            .request_identity_review(&account, &winner, &target, &proposal)
            .await
            .unwrap()
    );
    let now = w.services.registration(&winner).await.unwrap().unwrap();
    let mut corrected: Vec<Traveller> = now.travellers.iter().map(|t| t.as_input()).collect();
    corrected[1].name.given = "Otra María".into();
    w.services
        .save_registration(
            &account,
            &winner,
            now.address.clone(),
            corrected,
            now.version,
        )
        .await
        .unwrap();
    let stale = w
        .services
        .review_queue()
        .await
        .unwrap()
        .1
        .into_iter()
        .find(|c| c.kind == "identity-change")
        .unwrap();
    assert!(
        !w.services
            .accept_identity_change(&reviewer, &stale.id)
            .await
            .unwrap(),
        "asked against an earlier version"
    );
    let kept = w.services.registration(&winner).await.unwrap().unwrap();
    assert_eq!(kept.travellers[1].name.given, "Otra María");
}

#[tokio::test]
async fn the_signed_record_has_every_services_part_before_a_group_exists() {
    // The services' parts (the appointments' list) are in the record from the first day, so a
    // reader never meets a record without them.
    let w = World::new().await;
    let account = applicant(&w, "nadie@example.com").await;
    let record = w.services.signed_record(&account).await.unwrap();
    let payload: serde_json::Value = serde_json::from_str(&record.payload).unwrap();
    assert_eq!(payload["format"], "garita-record-v1");
    assert!(payload["registration"].is_null());
    assert_eq!(payload["appointments"], serde_json::json!([]));
}

#[tokio::test]
async fn a_person_wrongly_refused_as_already_registered_appeals_wins_and_registers() {
    for w in World::on_every_backend().await {
        a_person_wrongly_refused_as_already_registered_appeals_wins_and_registers_on(w).await;
    }
}

async fn a_person_wrongly_refused_as_already_registered_appeals_wins_and_registers_on(w: World) {
    use garita_kernel::cases::{Appealed, CaseDecision, Decided};
    let first = applicant(&w, "first@example.org").await;
    let second = applicant(&w, "second@example.org").await;
    let reviewer = w
        .staff(
            "reviewer-1@garita.example",
            Grant::new(Role::ProgrammeAdmin, None, None).unwrap(),
        )
        .await;
    let other_reviewer = w
        .staff(
            "reviewer-2@garita.example",
            Grant::new(Role::ProgrammeAdmin, None, None).unwrap(),
        )
        .await;
    // Two women with one common name, born the same day in the same country.
    let luisa = traveller("Luisa", "Pérez Gómez", ("3", "4", "1990"), None);
    let save = |who: Account| {
        let (services, luisa) = (w.services.clone(), luisa.clone());
        async move {
            let version = services
                .registration(&who.id)
                .await
                .unwrap()
                .map_or(0, |r| r.version);
            services
                .save_registration(&who, &who.id, address("9 Elm St"), vec![luisa], version)
                .await
                .unwrap()
        }
    };
    assert!(matches!(
        save(first.clone()).await,
        SaveOutcome::Saved { .. }
    ));
    assert_eq!(
        save(second.clone()).await,
        SaveOutcome::AlreadyRegistered { position: 0 }
    );
    w.services
        .request_review(
            &second.id,
            &luisa.name,
            luisa.birth_date,
            &luisa.details.birth_country,
            None,
        )
        .await
        .unwrap();
    let kinds = |account: &str| {
        let (services, account) = (w.services.clone(), account.to_string());
        async move {
            services
                .store
                .messages_of(&account)
                .await
                .unwrap()
                .into_iter()
                .map(|m| m.kind)
                .filter(|k| k.starts_with("case-"))
                .collect::<Vec<_>>()
        }
    };
    assert_eq!(kinds(&second.id).await, ["case-opened"], "told it opened");

    // The reviewer sees what matched, when each was made and a masked name, and decides
    // (wrongly) that they are the same person.
    let case = w.services.cases_about(&second.id).await.unwrap().remove(0);
    let evidence = w
        .services
        .case_evidence(&reviewer, &case.id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(evidence.matches.len(), 1);
    let m = &evidence.matches[0];
    assert!(m.same_person && !m.same_document);
    assert_eq!(m.masked_name, "L. P. G.");
    assert_eq!(
        w.services
            .decide_case(
                &reviewer,
                &case.id,
                CaseDecision::SamePersonEarlierKeeps,
                " "
            )
            .await
            .unwrap(),
        Decided::ReasonNeeded
    );
    assert_eq!(
        w.services
            .decide_case(
                &reviewer,
                &case.id,
                CaseDecision::SamePersonEarlierKeeps,
                "same name and birth"
            )
            .await
            .unwrap(),
        Decided::Done
    );
    assert_eq!(
        save(second.clone()).await,
        SaveOutcome::AlreadyRegistered { position: 0 },
        "still refused"
    );

    // She appeals once, in her words; the first reviewer may not decide the appeal.
    assert_eq!(
        w.services
            .appeal_case(&second, &second.id, &case.id, "  ")
            .await
            .unwrap(),
        Appealed::StatementNeeded
    );
    let statement = "Soy otra Luisa: nací en Morelia, ella en Puebla.";
    assert_eq!(
        w.services
            .appeal_case(&second, &second.id, &case.id, statement)
            .await
            .unwrap(),
        Appealed::Done
    );
    assert_eq!(
        w.services
            .appeal_case(&second, &second.id, &case.id, statement)
            .await
            .unwrap(),
        Appealed::NotAllowed,
        "once"
    );
    assert_eq!(
        w.services
            .appeal_case(&first, &first.id, &case.id, statement)
            .await
            .unwrap(),
        Appealed::NotAllowed,
        "not someone else's case"
    );
    let evidence = w
        .services
        .case_evidence(&other_reviewer, &case.id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(evidence.statement.as_deref(), Some(statement));
    assert_eq!(
        w.services
            .decide_case(
                &reviewer,
                &case.id,
                CaseDecision::DifferentPeople,
                "on appeal"
            )
            .await
            .unwrap(),
        Decided::SameReviewer
    );
    assert_eq!(
        w.services
            .decide_case(
                &other_reviewer,
                &case.id,
                CaseDecision::DifferentPeople,
                "born in different cities"
            )
            .await
            .unwrap(),
        Decided::Done
    );
    assert!(
        matches!(save(second.clone()).await, SaveOutcome::Saved { .. }),
        "she wins and registers"
    );
    assert!(
        matches!(save(first.clone()).await, SaveOutcome::Saved { .. }),
        "the other Luisa keeps hers"
    );
    let mut told = kinds(&second.id).await;
    told.sort();
    assert_eq!(
        told,
        ["case-decided", "case-decided", "case-opened", "case-opened"],
        "told of each opening (the appeal too) and each decision"
    );
    let case = w.services.store.case(&case.id).await.unwrap().unwrap();
    assert_eq!(
        (case.decision.as_deref(), case.appeal_decision.as_deref()),
        (Some("same-person-earlier"), Some("different-people"))
    );
    let record = w.services.signed_record(&second).await.unwrap().payload;
    assert!(
        record.contains("\"appeal_decision\": \"different-people\""),
        "{record}"
    );
    assert!(
        !record.contains("born in different cities"),
        "reasons stay with the case"
    );
}

#[tokio::test]
async fn the_same_person_keeps_the_applicants_place_and_the_other_group_is_told() {
    for w in World::on_every_backend().await {
        the_same_person_keeps_the_applicants_place_and_the_other_group_is_told_on(w).await;
    }
}

async fn the_same_person_keeps_the_applicants_place_and_the_other_group_is_told_on(w: World) {
    use garita_kernel::cases::{CaseDecision, Decided};
    let earlier = applicant(&w, "earlier@example.org").await;
    let later = applicant(&w, "later@example.org").await;
    let reviewer = w
        .staff(
            "reviewer@garita.example",
            Grant::new(Role::ProgrammeAdmin, None, None).unwrap(),
        )
        .await;
    let person = traveller("Jean", "Baptiste", ("1", "1", "1988"), Some("HT123456"));
    w.services
        .save_registration(
            &earlier,
            &earlier.id,
            address("1 A St"),
            vec![person.clone()],
            0,
        )
        .await
        .unwrap();
    w.services
        .request_review(
            &later.id,
            &person.name,
            person.birth_date,
            &person.details.birth_country,
            person.document.as_ref(),
        )
        .await
        .unwrap();
    let case = w.services.cases_about(&later.id).await.unwrap().remove(0);
    let evidence = w
        .services
        .case_evidence(&reviewer, &case.id)
        .await
        .unwrap()
        .unwrap();
    assert!(evidence.matches[0].same_person && evidence.matches[0].same_document);
    assert_eq!(
        w.services
            .decide_case(
                &reviewer,
                &case.id,
                CaseDecision::SamePersonApplicantKeeps,
                "the earlier group registered him by mistake"
            )
            .await
            .unwrap(),
        Decided::Done
    );
    let withdrawn = w
        .services
        .store
        .request_profile(&earlier.id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(withdrawn.status, "withdrawn");
    assert!(
        w.services
            .store
            .messages_of(&earlier.id)
            .await
            .unwrap()
            .iter()
            .any(|m| m.kind == "registration-withdrawn")
    );
    assert!(matches!(
        w.services
            .save_registration(&later, &later.id, address("2 B St"), vec![person], 0)
            .await
            .unwrap(),
        SaveOutcome::Saved { .. }
    ));
}
