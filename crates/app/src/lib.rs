//! The build: the services Garita runs, put together on the kernel. `SERVICES` is the one list
//! a new service joins; `build` makes the context the web layer, the command line and the job
//! worker use (today the appointments', which holds the kernel's services).

use garita_appointments::app::Appointments;
use garita_appointments::store::AppointmentStore;
use garita_kernel::jobs::JobKinds;
use garita_kernel::{Service, Services};
use garita_security::Keys;
use std::sync::Arc;

/// The services of this build.
pub const SERVICES: &[Service<Appointments>] = &[garita_appointments::app::SERVICE];

/// Opens the database a URL names for these keys, with every service's migrations, and returns
/// the appointments' store on it. Does not migrate.
pub async fn open_store(
    url: &str,
    keys: &Keys,
) -> Result<Arc<dyn AppointmentStore>, garita_store::StoreError> {
    let db = garita_kernel::open_db(url, keys, SERVICES).await?;
    Ok(garita_appointments::store::on(&db))
}

/// Every message of this build: the platform's and each service's.
pub fn catalogs() -> Result<garita_i18n::Catalogs, garita_i18n::CatalogError> {
    garita_kernel::catalogs(SERVICES)
}

/// The build's context on `store`: the kernel's services with what each service hands in, and
/// the job kinds of the kernel (the audit checkpoint) and of each service.
pub fn build(store: Arc<dyn AppointmentStore>, keys: Arc<Keys>, public_url: &str) -> Appointments {
    let services = Services::new(store.clone(), keys, public_url, SERVICES);
    let jobs = SERVICES.iter().fold(
        garita_kernel::audit::kinds(JobKinds::default()),
        |kinds, s| (s.jobs)(kinds),
    );
    Appointments::new(services, store, jobs)
}
