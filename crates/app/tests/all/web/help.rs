//! The help directory: empty until a programme admin adds a checked organisation (and it says
//! so), wrong input named field by field, shown by city to anyone, removed again; each change
//! audited.

use crate::web::common::{TestApp, csrf};
use garita_domain::Role;

#[tokio::test]
async fn an_admin_keeps_the_help_directory_and_anyone_reads_it_by_city() {
    let app = TestApp::spawn().await;
    let public = app.page(&app.browser(), "/help").await;
    assert!(public.contains("No organisation is listed yet"), "{public}");
    assert!(
        app.page(&app.browser(), "/")
            .await
            .contains("href=\"/help\"")
    );
    // Where a page says a helper can do a step with the person, it says where to find one.
    let recover = app.page(&app.browser(), "/recover").await;
    assert!(
        recover.contains("<a href=\"/help\">Find a helper near you</a>"),
        "{recover}"
    );

    let admin = app
        .staff("admin@garita.test", Role::ProgrammeAdmin, None)
        .await;
    let browser = app.signed_in(&admin, None).await;
    let page = app.page(&browser, "/staff/help").await;
    let send = |fields: Vec<(&'static str, &'static str)>, page: String| {
        let browser = browser.clone();
        let url = app.url("/staff/help");
        async move {
            let mut form = vec![("csrf", csrf(&page))];
            form.extend(fields.into_iter().map(|(k, v)| (k, v.to_string())));
            browser
                .post(url)
                .form(&form)
                .send()
                .await
                .unwrap()
                .text()
                .await
                .unwrap()
        }
    };
    // Wrong input is named field by field, and what was typed stays.
    let refused = send(
        vec![
            ("name", "Casa del Migrante"),
            ("city", "Tijuana"),
            ("phone", "12"),
        ],
        page,
    )
    .await;
    assert!(refused.contains("value=\"Casa del Migrante\""), "{refused}");
    assert!(refused.contains("id=\"e-address\"") && refused.contains("id=\"e-phone\""));
    assert!(!refused.contains("id=\"e-name\""));
    let added = send(
        vec![
            ("name", "Casa del Migrante"),
            ("city", "Tijuana"),
            ("address", "Calle Galileo 239, Col. Postal"),
            ("hours", "Lunes a viernes, 9:00 a 17:00"),
            ("phone", "+52 664 682 5180"),
            ("languages", "Español, English, Kreyòl"),
            ("free", "yes"),
        ],
        refused,
    )
    .await;
    assert!(
        added.contains("Casa del Migrante was added to the list."),
        "{added}"
    );

    let public = app.page(&app.browser(), "/help").await;
    assert!(!public.contains("No organisation is listed yet"));
    for fact in [
        "<h2>Tijuana</h2>",
        "Casa del Migrante",
        "Calle Galileo 239",
        "Their help is free of charge.",
    ] {
        assert!(public.contains(fact), "{fact}: {public}");
    }
    let es = app
        .browser()
        .get(app.url("/help"))
        .header("accept-language", "es")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(es.contains("Su ayuda es gratuita."), "{es}");

    // Removed again; both changes are in the audit log.
    let id = added
        .split("/staff/help/")
        .nth(1)
        .and_then(|r| r.split('/').next())
        .unwrap()
        .to_string();
    let removed = browser
        .post(app.url(&format!("/staff/help/{id}/remove")))
        .form(&[("csrf", csrf(&added))])
        .send()
        .await
        .unwrap();
    assert_eq!(removed.status(), 303);
    assert!(
        app.page(&app.browser(), "/help")
            .await
            .contains("No organisation is listed yet")
    );
    let actions: Vec<String> = app
        .store
        .latest_audit(20)
        .await
        .unwrap()
        .into_iter()
        .map(|e| e.action)
        .collect();
    assert!(actions.iter().any(|a| a == "help.place-added"));
    assert!(actions.iter().any(|a| a == "help.place-removed"));
}
