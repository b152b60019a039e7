//! A services world for tests: a fresh SQLite database, fresh keys, and a clock tests move.

use garita_appointments::app::Appointments;
use garita_appointments::app::confirmations::{ConfirmOutcome, LiveCapture};
use garita_domain::Email;
use garita_domain::geofence::Position;
use garita_domain::travellers::{
    Country, DateOfBirth, Document, EyeColour, Gender, Height, PersonName, Weight,
};
use garita_i18n::Locale;
use garita_kernel::accounts::SignUp;
use garita_kernel::messages::Payload;
use garita_kernel::registrations::{Details, Traveller};
use garita_security::Keys;
use garita_store::records::Attempt;
use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

/// The build the tests run: Garita's services and the test-only `hello` service, which shows
/// that the role matrix, the catalog checks and the rotation tests take in a new service
/// without a list of theirs being edited.
pub const SERVICES: &[garita_web::WebService<Appointments>] = &[
    garita_appointments::web::SERVICE,
    garita_departure::web::service::<Appointments>(),
    garita_help::web::service::<Appointments>(),
    garita_i94::web::service::<Appointments>(),
    garita_travel_authorization::web::service::<Appointments>(),
    garita_trusted::web::service::<Appointments>(),
    garita_manifests::web::service::<Appointments>(),
    garita_inspections::web::service::<Appointments>(),
    garita_hello::web::service::<Appointments>(),
];
pub const BUILD: garita_app::Build = garita_app::Build(SERVICES);

pub struct World {
    pub services: Appointments,
    pub master: String,
    pub time: Arc<AtomicI64>,
    pub db: garita_testkit::TestDb,
}

impl World {
    pub async fn new() -> World {
        World::on(garita_testkit::sqlite()).await
    }

    /// A world on each backend this machine has (SQLite, and PostgreSQL when it can start or
    /// reach one; `GARITA_REQUIRE_POSTGRES=1` makes its absence a failure).
    pub async fn on_every_backend() -> Vec<World> {
        let mut worlds = vec![];
        for db in garita_testkit::all_backends().await {
            worlds.push(World::on(db).await);
        }
        worlds
    }

    pub async fn on(db: garita_testkit::TestDb) -> World {
        let master = Keys::generate_master();
        let keys = Arc::new(Keys::from_master(&master).unwrap());
        let store = crate::common::BUILD
            .open_store(&db.url, &keys)
            .await
            .unwrap();
        store.migrate().await.unwrap();
        let mut services = crate::common::BUILD.context(store, keys, "http://garita.test");
        let time = Arc::new(AtomicI64::new(1_800_000_000_000));
        let clock = time.clone();
        services.clock = Arc::new(move || clock.load(Ordering::SeqCst));
        World {
            services,
            master,
            time,
            db,
        }
    }

    /// Made-up groups of these sizes ask for San Ysidro from Tijuana on the clock's first day
    /// (2027-01-15), and that day is drawn and published 22 hours after the start. Returns their
    /// account ids.
    pub async fn drawn(&self, sizes: &[usize]) -> Vec<String> {
        let sys = garita_domain::PortCode::parse("SYS").unwrap();
        let tijuana = garita_domain::geofence::Position::new(32.5412, -117.0293, 15.0).unwrap();
        let mut accounts = vec![];
        for (n, size) in sizes.iter().enumerate() {
            let a = self.services.synthetic_applicant(n, *size).await.unwrap();
            accounts.push(a.account_id);
        }
        self.advance(10 * 3_600_000);
        for (i, a) in accounts.iter().enumerate() {
            self.services
                .request_appointment(
                    a,
                    &sys,
                    tijuana,
                    &format!("c{i}"),
                    garita_appointments::app::draws::Channel::Web,
                )
                .await
                .unwrap();
        }
        self.advance(12 * 3_600_000);
        let date = today();
        self.services.run_draw(date).await.unwrap();
        assert!(self.services.publish_day(date, None).await.unwrap());
        accounts
    }

    /// The kinds of an account's inbox messages, newest first.
    pub async fn inbox_kinds(&self, account: &str) -> Vec<String> {
        let inbox = self.services.store.inbox(account, 20).await.unwrap();
        inbox.into_iter().map(|m| m.kind).collect()
    }

    /// A staff account with this address and grant.
    pub async fn staff(
        &self,
        email: &str,
        grant: garita_domain::Grant,
    ) -> garita_store::records::Account {
        let email = Email::parse(email).unwrap();
        self.services
            .create_staff(&email, grant, Locale::En)
            .await
            .unwrap()
            .unwrap();
        let staff = self.services.store.staff_accounts().await.unwrap();
        staff
            .into_iter()
            .find(|a| self.services.email_of(a).unwrap() == email.as_str())
            .unwrap()
    }

    /// The same services with another sealing-key generation (as after a configuration change).
    pub fn with_generation(&self, generation: u8) -> Appointments {
        let mut services = self.services.clone();
        services.keys = Arc::new(Keys::with_generation(&self.master, generation).unwrap());
        services
    }

    pub fn advance(&self, ms: i64) {
        self.time.fetch_add(ms, Ordering::SeqCst);
    }

    /// Takes every message waiting in the outbox, as the person would receive them.
    pub async fn inbox(&self) -> Vec<(String, Payload)> {
        let mut out = vec![];
        let now = self.services.now();
        let store = &self.services.store;
        for m in store.claim_messages(now, 60_000, 10_000).await.unwrap() {
            store
                .record_attempt(&m, now, &Attempt::Sent, None)
                .await
                .unwrap();
            let payload = self.services.open_payload(&m.payload_sealed).unwrap();
            out.push((m.created_at, m.id.clone(), m.kind.clone(), payload));
        }
        out.sort_by(|a, b| (a.0, &a.1).cmp(&(b.0, &b.1)));
        out.into_iter().map(|(_, _, kind, p)| (kind, p)).collect()
    }

    pub async fn sign_up(&self, email: &str, password: &str) -> String {
        self.services
            .sign_up(SignUp {
                login: garita_domain::Login::Email(Email::parse(email).unwrap()),
                phone: None,
                password: password.into(),
                locale: Locale::Ht,
                origin: vec![],
            })
            .await
            .unwrap()
    }

    /// Everything in the database's files (the database, its WAL and shared memory).
    pub fn raw_database_bytes(&self) -> Vec<u8> {
        let path = self.db.url.trim_start_matches("sqlite://");
        let dir = std::path::Path::new(path).parent().unwrap().to_path_buf();
        let mut bytes = vec![];
        for entry in std::fs::read_dir(&dir).unwrap() {
            bytes.extend(std::fs::read(entry.unwrap().path()).unwrap());
        }
        bytes
    }

    /// The same, read as text, to search for words.
    pub fn raw_database(&self) -> String {
        String::from_utf8_lossy(&self.raw_database_bytes()).into_owned()
    }
}

/// An organisation record of `kind` (a carrier, a broker), added by a programme admin.
pub async fn organization(services: &garita_kernel::Services, name: &str, kind: &str) {
    let email = Email::parse(&format!("admin-{}-{kind}@cbp.example", name.len())).unwrap();
    let grant = garita_domain::Grant::new(garita_domain::Role::ProgrammeAdmin, None, None).unwrap();
    services
        .create_staff(&email, grant, Locale::En)
        .await
        .unwrap();
    let admin = services
        .store
        .staff_accounts()
        .await
        .unwrap()
        .into_iter()
        .find(|a| a.grant.role == garita_domain::Role::ProgrammeAdmin)
        .unwrap();
    let new = garita_kernel::organizations::NewOrganization {
        name,
        kind,
        city: "Ciudad Juárez",
        contact: "+52 656 000 0000",
    };
    services.add_organization(&admin, &new).await.unwrap();
}

/// The day the test clock shows (15 January 2027).
pub fn today() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2027, 1, 15).unwrap()
}

/// A traveller born in Venezuela, living in Mexico; `document` is a Venezuelan passport number.
pub fn traveller(
    given: &str,
    family: &str,
    born: (&str, &str, &str),
    document: Option<&str>,
) -> Traveller {
    Traveller {
        id: None,
        name: PersonName::parse(given, family).unwrap(),
        birth_date: DateOfBirth::parse(born.0, born.1, born.2, today()).unwrap(),
        document: document.map(|n| Document::parse("passport", "VE", n).unwrap()),
        phone: None,
        email: None,
        details: Details {
            birth_country: Country::parse("VE").unwrap(),
            birth_city: "Maracaibo".into(),
            residence: Country::parse("MX").unwrap(),
            nationality: Country::parse("VE").unwrap(),
            gender: Gender::Female,
            language: "Español".into(),
            height: Height::from_cm("160").unwrap(),
            weight: Weight::from_kg("58").unwrap(),
            eyes: EyeColour::Brown,
            home_address: "Calle 72, Maracaibo".into(),
            travel_history: "Colombia, Panamá, Guatemala".into(),
            work: String::new(),
            emergency_contact: String::new(),
            family: String::new(),
            marital: None,
        },
    }
}

pub use garita_faces::samples::{face, frames_for};

/// A traveller confirms as the page with a camera does: it draws a challenge, then sends frames
/// of a head turning as asked. The head is Obama's (`frames_for`): a registration photo, when
/// the traveller has one, should be `face("obama-1.jpg")` or `face("obama-2.jpg")`.
pub async fn confirm_live(
    services: &Appointments,
    actor: &garita_store::records::Account,
    account: &str,
    traveller: &str,
    at: Option<Position>,
) -> ConfirmOutcome {
    let challenge = services
        .liveness_challenge(account, traveller)
        .await
        .unwrap()
        .expect("a traveller to confirm");
    let capture = LiveCapture {
        frames: frames_for(&challenge.steps, false),
        token: challenge.token,
    };
    services
        .confirm_traveller_live(actor, account, traveller, at, &capture)
        .await
        .unwrap()
        .expect("a traveller to confirm")
}
