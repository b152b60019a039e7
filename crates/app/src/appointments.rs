//! The appointments' application services: the kernel's `Services` with the service's own
//! store and settings. Its flows (`draws`, `confirmations`, `lapses`, `outages`, `desk`,
//! `port_days`, `proofs`, `wait_times`, `overview`, `observers`, `day_jobs`) are methods of
//! [`Appointments`]; the kernel's are reached through it (`Deref`). Until the service's flows
//! move to its crate, it is also the context the build's jobs run with.

use crate::jobs::{JobContext, JobKinds};
use crate::{SERVICES, Services, audit, desk, draws};
use garita_appointments::people::People;
use garita_appointments::store::AppointmentStore;
use garita_security::Keys;
use std::sync::Arc;

#[derive(Clone)]
pub struct Appointments {
    pub services: Services,
    pub store: Arc<dyn AppointmentStore>,
    /// The request window, where requests may come from, and how the draw allocates.
    pub draws: draws::DrawSettings,
    /// How long parole lasts from arrival when the officer gives no end date.
    pub parole_months: u32,
    /// The background job kinds this build runs, and their planners.
    pub job_kinds: Arc<JobKinds<Appointments>>,
}

impl Appointments {
    pub fn new(store: Arc<dyn AppointmentStore>, keys: Arc<Keys>, public_url: &str) -> Self {
        let mut services = Services::new(store.clone(), keys, public_url);
        services.people.push(Arc::new(People(store.clone())));
        Appointments {
            services,
            store,
            draws: draws::DrawSettings::default(),
            parole_months: desk::PAROLE_MONTHS,
            // The kernel's own kinds (the audit checkpoint), then each service's.
            job_kinds: Arc::new(
                SERVICES
                    .iter()
                    .fold(audit::kinds(JobKinds::default()), |kinds, s| {
                        (s.jobs)(kinds)
                    }),
            ),
        }
    }

    /// Makes sure the jobs the planners want exist (`jobs::plan_jobs`).
    pub async fn plan_jobs(&self) -> crate::Result<garita_store::jobs::Added> {
        crate::jobs::plan_jobs(self).await
    }

    /// Plans, then runs every due job this node can claim. Returns how many ran.
    pub async fn run_due_jobs(&self, owner: &str) -> crate::Result<usize> {
        crate::jobs::run_due_jobs(self, owner).await
    }
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
