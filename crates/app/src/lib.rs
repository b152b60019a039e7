//! Garita's application services: what happens when a person signs up, signs in, recovers an
//! account; how messages leave; how the audit log is checked. The web layer and the command line
//! both call these; neither touches storage rules directly.

pub mod accounts;
pub mod appointments;
pub mod audit;
pub mod beacon;
pub mod confirmations;
pub mod day_jobs;
pub mod delivery;
pub mod desk;
pub mod draws;
pub mod helpers;
pub mod jobs;
pub mod lapses;
pub mod messages;
pub mod observers;
pub mod outages;
pub mod overview;
pub mod photos;
pub mod port_days;
pub mod proofs;
pub mod records;
pub mod registrations;
pub mod review;
pub mod rotation;
pub mod synthetic;
pub mod wait_times;

use garita_appointments::store::AppointmentStore;
use garita_kernel::messages::{MessageKind, MessageKinds};
use garita_kernel::people::PersonParts;
use garita_security::Keys;
use garita_store::Store;
use std::sync::Arc;

pub use appointments::Appointments;

/// What a service hands the platform, so far: its catalogs, its migrations, its sealed
/// columns, its background job kinds and their planner, its message kinds. (Its staff routes and pages are still
/// listed in the shared crates until they split: ARCHITECTURE.md.)
pub struct Service {
    pub name: &'static str,
    pub catalogs: garita_i18n::checks::Sources,
    pub migrations: &'static garita_store::Migrations,
    pub sealed_columns: &'static [garita_store::sealed::SealedColumn],
    pub jobs: fn(jobs::JobKinds<Appointments>) -> jobs::JobKinds<Appointments>,
    /// The kinds of message it sends (`garita_kernel::messages::MessageKind`).
    pub messages: &'static [&'static MessageKind],
}

/// The services of this build: the one list a new service joins.
pub const SERVICES: &[Service] = &[Service {
    name: "appointments",
    catalogs: garita_appointments::CATALOGS,
    migrations: &garita_appointments::store::MIGRATIONS,
    sealed_columns: garita_appointments::store::SEALED_COLUMNS,
    jobs: day_jobs::kinds,
    messages: garita_appointments::messages::KINDS,
}];

/// Opens the database a URL names for these keys (the audit chain is hashed with a key of
/// theirs), with every service's migrations. Does not migrate.
pub async fn open_store(
    url: &str,
    keys: &Keys,
) -> Result<Arc<dyn AppointmentStore>, garita_store::StoreError> {
    let chain_key = garita_domain::ChainKey::new(keys.audit_chain_key());
    let migrations: Vec<&garita_store::Migrations> =
        SERVICES.iter().map(|s| s.migrations).collect();
    let db = garita_store::Db::open_with(url, chain_key, &migrations).await?;
    Ok(garita_appointments::store::on(&db))
}

/// Every message of this build: the platform's and each service's.
pub fn catalogs() -> Result<garita_i18n::Catalogs, garita_i18n::CatalogError> {
    let sources: Vec<garita_i18n::checks::Sources> = SERVICES.iter().map(|s| s.catalogs).collect();
    garita_i18n::Catalogs::load_with(&sources)
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
}

impl Services {
    pub fn new(store: Arc<dyn Store>, keys: Arc<Keys>, public_url: &str) -> Self {
        Services {
            store,
            keys,
            clock: system_clock(),
            public_url: public_url.trim_end_matches('/').to_string(),
            address_threshold: registrations::ADDRESS_THRESHOLD,
            message_kinds: Arc::new(MessageKinds::new(SERVICES.iter().map(|s| s.messages))),
            people: vec![],
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

pub type Result<T, E = ServiceError> = std::result::Result<T, E>;
