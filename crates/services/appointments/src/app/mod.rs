//! The appointments' application services: the kernel's `Services` with the service's own
//! store and settings. Its flows are methods of [`Appointments`]; the kernel's are reached
//! through it (`Deref`). While it is the build's only service, it is also the context the
//! build's jobs run with (`JobContext`).

pub mod beacon;
pub mod confirmations;
pub mod day_jobs;
pub mod desk;
pub mod draws;
pub mod lapses;
pub mod observers;
pub mod outages;
pub mod outcomes;
pub mod overview;
pub mod port_days;
pub mod proofs;
pub mod reminders;
pub mod staff;
pub mod wait_times;
pub mod withdrawals;

use crate::people::People;
use crate::store::AppointmentStore;
use crate::store::draws::{Added, RequestRow};
use garita_kernel::jobs::{JobContext, JobKinds};
use garita_kernel::{Service, Services};
use garita_store::group_commit::{Batching, GroupCommit};
use std::sync::Arc;

pub type Result<T, E = garita_kernel::ServiceError> = std::result::Result<T, E>;

/// A confirmation's live photo serves the officer at the port and a review: it is deleted this
/// many days after the appointment day (`live_photo_days`).
pub const LIVE_PHOTO_DAYS: i64 = 30;

/// What the service hands the platform.
pub const SERVICE: Service<Appointments> = Service {
    name: "appointments",
    catalogs: crate::CATALOGS,
    migrations: &crate::store::MIGRATIONS,
    sealed_columns: crate::store::SEALED_COLUMNS,
    messages: crate::messages::KINDS,
    people: |db, keys| {
        Arc::new(People {
            store: crate::store::on(db),
            keys: keys.clone(),
        })
    },
    payable: None,
    proofs: Some(proofs::check),
    jobs: day_jobs::kinds,
    staff_routes: staff::STAFF_ROUTES,
    settings: &[],
    amounts: &[],
};

#[derive(Clone)]
pub struct Appointments {
    pub services: Services,
    pub store: Arc<dyn AppointmentStore>,
    /// The request window, where requests may come from, and how the draw allocates.
    pub draws: draws::DrawSettings,
    /// How long parole lasts from arrival when the officer gives no end date.
    pub parole_months: u32,
    /// How many hours before the deadline to confirm a group not done yet is reminded.
    pub reminder_hours: i64,
    /// How many days after the appointment day a confirmation's live photo is kept.
    pub live_photo_days: i64,
    /// The background job kinds this build runs, and their planners.
    pub job_kinds: Arc<JobKinds<Appointments>>,
    /// Daily requests that arrive together are written in one transaction.
    intake: Arc<GroupCommit<RequestRow, Added>>,
}

impl Appointments {
    /// The service on the kernel's `services`, with its store and the build's job kinds.
    pub fn new(
        services: Services,
        store: Arc<dyn AppointmentStore>,
        job_kinds: JobKinds<Appointments>,
    ) -> Self {
        Appointments {
            intake: intake(&store, Batching::default()),
            services,
            store,
            draws: draws::DrawSettings::default(),
            parole_months: desk::PAROLE_MONTHS,
            reminder_hours: reminders::REMINDER_HOURS,
            live_photo_days: LIVE_PHOTO_DAYS,
            job_kinds: Arc::new(job_kinds),
        }
    }

    /// How daily requests that arrive together are batched (`Batching::default()` unless set).
    pub fn set_request_batching(&mut self, batching: Batching) {
        self.intake = intake(&self.store, batching);
    }

    /// Makes sure the jobs the planners want exist (`jobs::plan_jobs`).
    #[tracing::instrument(skip_all)]
    pub async fn plan_jobs(&self) -> Result<garita_store::jobs::Added> {
        garita_kernel::jobs::plan_jobs(self).await
    }

    /// Plans, then runs every due job this node can claim. Returns how many ran.
    #[tracing::instrument(skip_all)]
    pub async fn run_due_jobs(&self, owner: &str) -> Result<usize> {
        garita_kernel::jobs::run_due_jobs(self, owner).await
    }
}

fn intake(
    store: &Arc<dyn AppointmentStore>,
    batching: Batching,
) -> Arc<GroupCommit<RequestRow, Added>> {
    let store = store.clone();
    GroupCommit::new(batching, move |requests| {
        let store = store.clone();
        async move { store.add_requests(requests).await }
    })
}

impl std::ops::Deref for Appointments {
    type Target = Services;
    fn deref(&self) -> &Services {
        &self.services
    }
}

impl std::ops::DerefMut for Appointments {
    fn deref_mut(&mut self) -> &mut Services {
        &mut self.services
    }
}

impl AsRef<Services> for Appointments {
    fn as_ref(&self) -> &Services {
        &self.services
    }
}

impl AsRef<Appointments> for Appointments {
    fn as_ref(&self) -> &Appointments {
        self
    }
}

impl JobContext for Appointments {
    fn job_kinds(&self) -> &JobKinds<Self> {
        &self.job_kinds
    }
}
