//! The real application in-process on 127.0.0.1:0, with a fresh SQLite database and keys.

use garita_appointments::app::Appointments;
use garita_appointments::store::AppointmentStore;
use garita_security::Keys;
use garita_web::Application;
use reqwest::{Client, redirect};
use std::sync::Arc;

pub struct TestApp {
    pub base: String,
    pub store: Arc<dyn AppointmentStore>,
    pub services: Appointments,
    pub db: garita_testkit::TestDb,
}

impl TestApp {
    pub async fn spawn() -> TestApp {
        Self::spawn_with(true).await
    }

    pub async fn spawn_with(migrate: bool) -> TestApp {
        Self::spawn_configured(migrate, |_| {}).await
    }

    /// With the request window open whatever the time: 06:00 to 18:00 in a zone where it is
    /// now about noon.
    pub async fn spawn_in_window() -> TestApp {
        use chrono::Timelike;
        let hour = chrono::Utc::now().hour() as i32;
        let offset = 12 - hour; // the zone's offset from UTC, in hours
        // POSIX names invert the sign: Etc/GMT-3 is UTC+3.
        let zone = match offset {
            0 => "Etc/GMT".to_string(),
            o if o > 0 => format!("Etc/GMT-{o}"),
            o => format!("Etc/GMT+{}", -o),
        };
        Self::spawn_configured(true, |s| {
            s.draws.window = garita_domain::window::Window::parse(&zone, "06:00", "18:00").unwrap()
        })
        .await
    }

    /// An app whose clock starts at `start` (Unix ms) and moves only when the test moves it.
    pub async fn spawn_at(start: i64) -> (TestApp, Arc<std::sync::atomic::AtomicI64>) {
        let time = Arc::new(std::sync::atomic::AtomicI64::new(start));
        let clock = time.clone();
        let app = Self::spawn_configured(true, move |s| {
            s.clock = Arc::new(move || clock.load(std::sync::atomic::Ordering::SeqCst))
        })
        .await;
        (app, time)
    }

    /// A staff account (`port` for officers and supervisors); returns its id.
    pub async fn staff(
        &self,
        email: &str,
        role: garita_domain::Role,
        port: Option<&str>,
    ) -> String {
        let email = garita_domain::Email::parse(email).unwrap();
        let port = port.map(|p| garita_domain::PortCode::parse(p).unwrap());
        let organization = role
            .needs_organization()
            .then(|| "Test organisation".into());
        let grant = garita_domain::Grant::new(role, port.clone(), organization).unwrap();
        self.services
            .create_staff(&email, grant, garita_i18n::Locale::En)
            .await
            .unwrap()
            .unwrap();
        self.store
            .staff_accounts()
            .await
            .unwrap()
            .into_iter()
            .find(|a| a.grant.role == role && a.grant.port == port)
            .unwrap()
            .id
    }

    /// A made-up group of `size` (applicant `n`) that asked for San Ysidro on the test clock's
    /// first day (2027-01-15, from `spawn_at(1_800_000_000_000 + 10 h)`) and won: the day is
    /// drawn and published, 12 hours later. Returns the account id.
    pub async fn winner(
        &self,
        time: &std::sync::atomic::AtomicI64,
        n: usize,
        size: usize,
    ) -> String {
        let sys = garita_domain::PortCode::parse("SYS").unwrap();
        let tijuana = garita_domain::geofence::Position::new(32.5412, -117.0293, 15.0).unwrap();
        let a = self
            .services
            .synthetic_applicant(n, size)
            .await
            .unwrap()
            .account_id;
        self.services
            .request_appointment(
                &a,
                &sys,
                tijuana,
                "c",
                garita_appointments::app::draws::Channel::Web,
            )
            .await
            .unwrap();
        time.fetch_add(12 * 3_600_000, std::sync::atomic::Ordering::SeqCst);
        let date = "2027-01-15".parse().unwrap();
        self.services.run_draw(date).await.unwrap();
        assert!(self.services.publish_day(date, None).await.unwrap());
        a
    }

    /// A made-up group of one (applicant `n`) with a photo, chosen for San Ysidro on the test
    /// clock's first day (from `spawn_at(1_800_000_000_000 + 10 h)`) and confirmed. Returns the
    /// account id, the appointment and its port.
    pub async fn confirmed(
        &self,
        time: &std::sync::atomic::AtomicI64,
        n: usize,
    ) -> (
        String,
        garita_appointments::store::draws::AppointmentRow,
        garita_domain::Port,
    ) {
        let here = garita_domain::geofence::Position::new(32.5412, -117.0293, 15.0).unwrap();
        let a = self
            .services
            .synthetic_applicant(n, 1)
            .await
            .unwrap()
            .account_id;
        let account = self.store.account(&a).await.unwrap().unwrap();
        let traveller = self
            .services
            .registration(&a)
            .await
            .unwrap()
            .unwrap()
            .travellers[0]
            .id
            .clone();
        self.services
            .submit_photo(
                &account,
                &a,
                &traveller,
                &crate::common::face("obama-1.jpg"),
            )
            .await
            .unwrap();
        self.services
            .request_appointment(
                &a,
                &garita_domain::PortCode::parse("SYS").unwrap(),
                here,
                "c",
                garita_appointments::app::draws::Channel::Web,
            )
            .await
            .unwrap();
        time.fetch_add(12 * 3_600_000, std::sync::atomic::Ordering::SeqCst);
        let date = "2027-01-15".parse().unwrap();
        self.services.run_draw(date).await.unwrap();
        self.services.publish_day(date, None).await.unwrap();
        crate::common::confirm_live(&self.services, &account, &a, &traveller, Some(here)).await;
        let (appointment, port) = self
            .services
            .appointment_status(&a)
            .await
            .unwrap()
            .appointment
            .unwrap();
        (a, appointment, port)
    }

    pub async fn spawn_configured(
        migrate: bool,
        configure: impl FnOnce(&mut Appointments),
    ) -> TestApp {
        let db = garita_testkit::sqlite();
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let keys = Arc::new(Keys::from_master(&Keys::generate_master()).unwrap());
        let store = crate::common::BUILD
            .open_store(&db.url, &keys)
            .await
            .unwrap();
        if migrate {
            store.migrate().await.unwrap();
        }
        let mut services = crate::common::BUILD.context(store.clone(), keys, &base);
        configure(&mut services);
        let i18n = Arc::new(crate::common::BUILD.catalogs().unwrap());
        let app = Application::new(
            crate::common::BUILD.web_state(services.clone(), i18n),
            listener,
            crate::common::SERVICES,
        );
        tokio::spawn(app.serve(std::future::pending()));
        TestApp {
            base,
            store,
            services,
            db,
        }
    }

    /// A browser: keeps cookies, does not follow redirects (tests look at them).
    pub fn browser(&self) -> Client {
        Client::builder()
            .cookie_store(true)
            .redirect(redirect::Policy::none())
            .build()
            .unwrap()
    }

    /// A browser holding a fresh web session for the account (signing in itself is tested in
    /// `accounts.rs`), with a chosen language if given. It does not follow redirects.
    pub async fn signed_in(&self, account_id: &str, language: Option<&str>) -> Client {
        let session = self
            .services
            .start_session(account_id, garita_store::records::SessionKind::Web)
            .await
            .unwrap();
        let url = reqwest::Url::parse(&self.base).unwrap();
        let jar = reqwest::cookie::Jar::default();
        jar.add_cookie_str(&format!("garita_session={session}"), &url);
        if let Some(language) = language {
            jar.add_cookie_str(&format!("garita_lang={language}"), &url);
        }
        Client::builder()
            .cookie_provider(Arc::new(jar))
            .redirect(redirect::Policy::none())
            .build()
            .unwrap()
    }

    /// The body of a GET with this browser.
    pub async fn page(&self, browser: &Client, path: &str) -> String {
        let response = browser.get(self.url(path)).send().await.unwrap();
        response.text().await.unwrap()
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// The public check page's answer about a signed proof's text, asked by anyone.
    pub async fn verify(&self, token: &str) -> String {
        let anyone = self.browser();
        let form = self.page(&anyone, "/verify").await;
        assert!(form.contains("/static/verify.js"));
        anyone
            .post(self.url("/verify"))
            .form(&[("csrf", csrf(&form)), ("token", token.to_string())])
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap()
    }

    /// The newest message waiting in the outbox, taken as its recipient would get it.
    pub async fn last_message(&self) -> Option<(String, garita_kernel::messages::Payload)> {
        let now = self.services.now();
        let mut all = self
            .store
            .claim_messages(now, 60_000, 10_000)
            .await
            .unwrap();
        for m in &all {
            let sent = garita_store::records::Attempt::Sent;
            self.store
                .record_attempt(m, now, &sent, None)
                .await
                .unwrap();
        }
        all.sort_by(|a, b| (a.created_at, &a.id).cmp(&(b.created_at, &b.id)));
        let m = all.pop()?;
        Some((
            m.kind.clone(),
            self.services.open_payload(&m.payload_sealed).unwrap(),
        ))
    }
}

/// The long code a page shows to copy (`Block::mono`: a signed proof's text, a token shown
/// once).
pub fn shown_code(html: &str) -> String {
    html.split("class=\"token\" dir=\"ltr\">")
        .nth(1)
        .and_then(|t| t.split('<').next())
        .unwrap_or_else(|| panic!("no code to copy in {html}"))
        .to_string()
}

/// The CSRF token of the first form in a page.
pub fn csrf(html: &str) -> String {
    let marker = "name=\"csrf\" value=\"";
    let start = html.find(marker).expect("a form with a CSRF token") + marker.len();
    html[start..].split('"').next().unwrap().to_string()
}

pub fn html_escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&#34;")
        .replace('\'', "&#39;")
}
