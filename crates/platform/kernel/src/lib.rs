//! Garita's kernel: what every service shares and no service owns. What happens when a person
//! signs up, signs in, recovers an account; their registration and photos; helpers and staff;
//! messages and how they leave; the audit log's checks; the job worker; key rotation. The web
//! layer, the command line and the services call these; none touches storage rules directly.

pub mod accounts;
pub mod audit;
pub mod cases;
pub mod closing;
pub mod delivery;
pub mod face_figures;
pub mod heartbeat;
pub mod helpers;
pub mod jobs;
pub mod messages;
pub mod notices;
pub mod org_tokens;
pub mod organizations;
pub mod payments;
pub mod people;
pub mod photos;
pub mod proofs;
pub mod purposes;
pub mod records;
pub mod registrations;
pub mod review;
pub mod rotation;
pub mod settings;
pub mod staff;
pub mod synthetic;

use garita_security::Keys;
use garita_store::sealed::SealedColumn;
use garita_store::{Db, Migrations, Store};
use messages::{MessageKind, MessageKinds};
use people::PersonParts;
use std::sync::Arc;

/// What a service hands the platform: its catalogs, migrations, sealed columns, message kinds,
/// its answers about a person, its background job kinds with their planner (for the build's
/// job context `C`), and its staff routes. (Its pages and API are still in the shared web crate
/// until it splits: ARCHITECTURE.md.)
/// How a service makes its `payments::Payable` on the open database.
pub type MakePayable = fn(&Db, &Arc<Keys>) -> Arc<dyn payments::Payable>;

pub struct Service<C: 'static> {
    pub name: &'static str,
    pub catalogs: garita_i18n::checks::Sources,
    pub migrations: &'static Migrations,
    pub sealed_columns: &'static [SealedColumn],
    /// The kinds of message it sends.
    pub messages: &'static [&'static MessageKind],
    /// Its answers about a person's group, on the open database (with the keys that open
    /// what it keeps sealed).
    pub people: fn(&Db, &Arc<Keys>) -> Arc<dyn PersonParts>,
    /// What it settles when a payment for it is paid (services that take payments).
    pub payable: Option<MakePayable>,
    /// What it says about the signed proofs it issues (services that issue them).
    pub proofs: Option<proofs::MakeProofCheck>,
    pub jobs: fn(jobs::JobKinds<C>) -> jobs::JobKinds<C>,
    /// Its routes under `/staff` and who may use them.
    pub staff_routes: &'static [staff::StaffRoute],
    /// The numbers operators may set for it (`settings.rs`).
    pub settings: &'static [settings::Setting],
    /// The amounts by date operators may set for it (`settings.rs`).
    pub amounts: &'static [settings::DatedAmount],
}

/// Opens the database a URL names for these keys (the audit chain is hashed with a key of
/// theirs), with the platform's and every service's migrations. Does not migrate.
pub async fn open_db<C>(
    url: &str,
    keys: &Keys,
    services: &[&Service<C>],
) -> Result<Db, garita_store::StoreError> {
    let chain_key = garita_domain::ChainKey::new(keys.audit_chain_key());
    let migrations: Vec<&Migrations> = services.iter().map(|s| s.migrations).collect();
    Db::open_with(url, chain_key, &migrations).await
}

/// Every message of a build: the platform's and each service's.
pub fn catalogs<C>(
    services: &[&Service<C>],
) -> Result<garita_i18n::Catalogs, garita_i18n::CatalogError> {
    let sources: Vec<garita_i18n::checks::Sources> = services.iter().map(|s| s.catalogs).collect();
    garita_i18n::Catalogs::load_with(&sources)
}

/// Every sealed column of a build: the platform's and each service's.
pub fn sealed_columns<C>(services: &[&Service<C>]) -> Vec<&'static SealedColumn> {
    garita_store::sealed::SEALED_COLUMNS
        .iter()
        .chain(services.iter().flat_map(|s| s.sealed_columns))
        .collect()
}

/// Every staff route of a build: the kernel's, then each service's. A route listed twice is a
/// programming error (two rules for one route).
pub fn staff_routes<C>(services: &[&Service<C>]) -> Vec<&'static staff::StaffRoute> {
    let mut routes: Vec<&'static staff::StaffRoute> = vec![];
    for route in staff::STAFF_ROUTES
        .iter()
        .chain(services.iter().flat_map(|s| s.staff_routes))
    {
        assert!(
            !routes
                .iter()
                .any(|r| r.method == route.method && r.path == route.path),
            "{} {} is listed twice",
            route.method,
            route.path
        );
        routes.push(route);
    }
    routes
}

/// The current time in Unix milliseconds. A function, so tests can move time.
pub type Clock = Arc<dyn Fn() -> i64 + Send + Sync>;

pub fn system_clock() -> Clock {
    Arc::new(|| {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_millis() as i64)
            .unwrap_or_default()
    })
}

/// What the kernel's services need. Cheap to clone.
#[derive(Clone)]
pub struct Services {
    pub store: Arc<dyn Store>,
    pub keys: Arc<Keys>,
    pub clock: Clock,
    /// The address people reach Garita at, for links in messages (no trailing slash).
    pub public_url: String,
    /// More active registrations than this at one U.S. address open a case for review.
    pub address_threshold: i64,
    /// The message kinds this build sends: the kernel's and each service's.
    pub message_kinds: Arc<MessageKinds>,
    /// What each service says about a person's group (`PersonParts`).
    pub people: Vec<Arc<dyn PersonParts>>,
    /// Every sealed column of this build: the platform's and each service's.
    pub sealed_columns: Vec<&'static SealedColumn>,
    /// How long what is kept is kept (`closing`).
    pub retention: closing::Retention,
    /// Whether an SMS gateway is configured: only then may a person sign up with a mobile
    /// number alone (every code and message of theirs goes by SMS).
    pub sms_channel: bool,
    /// The services that take payments (`payments::Payable`).
    pub payables: Vec<Arc<dyn payments::Payable>>,
    /// The configured payment provider; `None`: fees are paid at the port.
    pub payment_provider: Option<Arc<dyn payments::PaymentProvider>>,
    /// Fee schedules set by configuration, by `payments.purpose`; a service whose purpose is
    /// absent charges its own default.
    pub fees: std::collections::BTreeMap<String, garita_domain::money::FeeSchedule>,
    /// How live photos are compared with the photo of record (`garita_faces`).
    pub faces: garita_faces::FaceSettings,
    /// The services that issue signed proofs (`proofs::ProofCheck`), for `/verify`.
    pub proof_checks: Vec<Arc<dyn proofs::ProofCheck>>,
    /// Each declared setting's value, by name (`settings.rs`).
    pub settings: std::collections::BTreeMap<String, i64>,
    pub setting_rules: Vec<&'static settings::Setting>,
    /// Dated amounts set by configuration, by name; a declared one absent keeps its default.
    pub amounts: std::collections::BTreeMap<String, garita_domain::money::FeeSchedule>,
    pub amount_rules: Vec<&'static settings::DatedAmount>,
    /// What contact data may be used for, with each purpose's legal basis (`purposes.rs`).
    pub purposes: purposes::Purposes,
}

impl Services {
    /// The kernel's services on `store`, with what each of the build's `services` hands in.
    pub fn new<C>(
        store: Arc<dyn Store>,
        keys: Arc<Keys>,
        public_url: &str,
        services: &[&Service<C>],
    ) -> Self {
        let db = store.db();
        let people = services.iter().map(|s| (s.people)(&db, &keys)).collect();
        let payables = services
            .iter()
            .filter_map(|s| s.payable.map(|make| make(&db, &keys)))
            .collect();
        let proof_checks = services
            .iter()
            .filter_map(|s| s.proofs.map(|make| make(&db, &keys)))
            .collect();
        Services {
            store,
            keys,
            clock: system_clock(),
            public_url: public_url.trim_end_matches('/').to_string(),
            address_threshold: registrations::ADDRESS_THRESHOLD,
            message_kinds: Arc::new(MessageKinds::new(services.iter().map(|s| s.messages))),
            people,
            sealed_columns: sealed_columns(services),
            retention: closing::Retention::default(),
            sms_channel: false,
            payables,
            payment_provider: None,
            fees: Default::default(),
            faces: Default::default(),
            proof_checks,
            settings: services
                .iter()
                .flat_map(|s| s.settings)
                .map(|s| (s.name.to_string(), s.default))
                .collect(),
            setting_rules: services.iter().flat_map(|s| s.settings).collect(),
            amounts: Default::default(),
            amount_rules: services.iter().flat_map(|s| s.amounts).collect(),
            purposes: Default::default(),
        }
    }

    pub fn now(&self) -> i64 {
        (self.clock)()
    }

    pub fn now_utc(&self) -> chrono::DateTime<chrono::Utc> {
        chrono::DateTime::from_timestamp_millis(self.now()).unwrap_or_default()
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ServiceError {
    #[error(transparent)]
    Store(#[from] garita_store::StoreError),
    #[error("a sealed value cannot be opened: {0}")]
    Keys(#[from] garita_security::KeyError),
    /// A stored job's payload is not what its kind reads.
    #[error("job payload: {0}")]
    JobPayload(String),
}

impl ServiceError {
    /// The database was out of reach: see [`garita_store::StoreError::is_unavailable`].
    pub fn is_unavailable(&self) -> bool {
        matches!(self, ServiceError::Store(e) if e.is_unavailable())
    }
}

pub type Result<T, E = ServiceError> = std::result::Result<T, E>;
