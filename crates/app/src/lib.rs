//! The build: the services Garita runs, put together on the platform. `SERVICES` is the one list
//! a new service joins; `Build` puts a list together: the context the command line and the job
//! worker use (today the appointments', which holds the kernel's services), the web layer's state
//! with each service's context in it, and the runtime of `garita serve`. Tests build with their
//! own list (the appointments and the test-only `hello` service).

use garita_appointments::app::Appointments;
use garita_appointments::store::AppointmentStore;
use garita_kernel::jobs::JobKinds;
use garita_kernel::{Service, Services};
use garita_security::Keys;
use garita_web::{AppState, WebService};
use std::sync::Arc;

/// The services of this build.
pub const SERVICES: &[WebService<Appointments>] = &[
    garita_appointments::web::SERVICE,
    garita_departure::web::service::<Appointments>(),
    garita_help::web::service::<Appointments>(),
    garita_i94::web::service::<Appointments>(),
    garita_travel_authorization::web::service::<Appointments>(),
    garita_trusted::web::service::<Appointments>(),
    garita_manifests::web::service::<Appointments>(),
    garita_inspections::web::service::<Appointments>(),
];

/// This build's services.
pub const BUILD: Build = Build(SERVICES);

/// A list of services put together.
#[derive(Clone, Copy)]
pub struct Build(pub &'static [WebService<Appointments>]);

impl Build {
    /// What each service hands the kernel.
    pub fn kernel_parts(self) -> Vec<&'static Service<Appointments>> {
        self.0.iter().map(|s| &s.service).collect()
    }

    /// Opens the database a URL names for these keys, with every service's migrations, and
    /// returns the appointments' store on it. Does not migrate.
    pub async fn open_store(
        self,
        url: &str,
        keys: &Keys,
    ) -> Result<Arc<dyn AppointmentStore>, garita_store::StoreError> {
        let db = garita_kernel::open_db(url, keys, &self.kernel_parts()).await?;
        Ok(garita_appointments::store::on(&db))
    }

    /// Every message of the build: the platform's and each service's.
    pub fn catalogs(self) -> Result<garita_i18n::Catalogs, garita_i18n::CatalogError> {
        garita_kernel::catalogs(&self.kernel_parts())
    }

    /// The build's context on `store`: the kernel's services with what each service hands in,
    /// and the job kinds of the kernel (the audit checkpoint, the payments' reconciliation) and
    /// of each service.
    pub fn context(
        self,
        store: Arc<dyn AppointmentStore>,
        keys: Arc<Keys>,
        public_url: &str,
    ) -> Appointments {
        let parts = self.kernel_parts();
        let services = Services::new(store.clone(), keys, public_url, &parts);
        let jobs = parts.iter().fold(
            garita_kernel::payments::kinds(garita_kernel::audit::kinds(JobKinds::default())),
            |kinds, s| (s.jobs)(kinds),
        );
        Appointments::new(services, store, jobs)
    }

    /// The web layer's state: the kernel's services, the build's staff routes and links, and
    /// each service's context.
    pub fn web_state(
        self,
        appointments: Appointments,
        i18n: Arc<garita_i18n::Catalogs>,
    ) -> AppState {
        AppState::new(appointments.services.clone(), i18n, self.0)
            .with_part(garita_appointments::web::Part::new(appointments))
    }

    /// Everything `garita serve` runs (the server, the outbox worker, the job worker) on a
    /// bound listener.
    pub fn runtime(
        self,
        appointments: Appointments,
        i18n: Arc<garita_i18n::Catalogs>,
        listener: tokio::net::TcpListener,
        workers: garita_web::runtime::Workers,
    ) -> garita_web::runtime::Runtime {
        let state = self.web_state(appointments.clone(), i18n);
        garita_web::runtime::Runtime::start(state, appointments, self.0, listener, workers)
    }
}

/// `BUILD.open_store`.
pub async fn open_store(
    url: &str,
    keys: &Keys,
) -> Result<Arc<dyn AppointmentStore>, garita_store::StoreError> {
    BUILD.open_store(url, keys).await
}

/// `BUILD.catalogs`.
pub fn catalogs() -> Result<garita_i18n::Catalogs, garita_i18n::CatalogError> {
    BUILD.catalogs()
}

/// `BUILD.context`.
pub fn build(store: Arc<dyn AppointmentStore>, keys: Arc<Keys>, public_url: &str) -> Appointments {
    BUILD.context(store, keys, public_url)
}
