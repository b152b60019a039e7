//! Everything `garita serve` runs, in one value: the bound server, the outbox worker that
//! delivers messages and the job worker that runs background jobs, started and stopped
//! together. The binary builds it from configuration; tests build it in-process with a real
//! SMTP server and a test clock, so they run the workers too.

use crate::{AppState, Application, WebService};
use garita_kernel::delivery::{Channel, DeliveryPolicy, Postman};
use garita_kernel::jobs::JobContext;
use std::sync::Arc;
use std::time::Duration;
use tokio::net::TcpListener;
use tokio::sync::watch;
use tokio::task::JoinHandle;

/// How messages leave, and how often each node looks for due jobs.
pub struct Workers {
    pub email: Arc<dyn Channel>,
    pub sms: Option<Arc<dyn Channel>>,
    pub policy: DeliveryPolicy,
    pub jobs_every: Duration,
    /// How often this node writes its heartbeat (`garita_kernel::heartbeat`); `None` writes
    /// none (tests whose clock jumps, which would look like outages).
    pub heartbeat_every: Option<Duration>,
}

pub struct Runtime {
    app: Application,
    stop: watch::Sender<bool>,
    tasks: Vec<JoinHandle<()>>,
}

impl Runtime {
    /// Starts the workers at once; the server answers once `serve` runs. `jobs` is the context
    /// the build's jobs run with; `services` the services whose routes are served.
    pub fn start<C: JobContext + Clone>(
        state: AppState,
        jobs: C,
        services: &[WebService<C>],
        listener: TcpListener,
        workers: Workers,
    ) -> Runtime {
        let (stop, stopped) = watch::channel(false);
        let postman = Postman {
            services: state.services.clone(),
            i18n: state.i18n.clone(),
            email: workers.email,
            sms: workers.sms,
            policy: workers.policy,
        };
        let mut tasks = vec![
            tokio::spawn(postman.run(stopped.clone())),
            tokio::spawn(garita_kernel::jobs::worker(
                jobs,
                workers.jobs_every,
                stopped.clone(),
            )),
        ];
        if let Some(every) = workers.heartbeat_every {
            tasks.push(tokio::spawn(garita_kernel::heartbeat::run(
                state.services.clone(),
                every,
                stopped,
            )));
        }
        let app = Application::new(state, listener, services);
        Runtime { app, stop, tasks }
    }

    pub fn local_addr(&self) -> std::io::Result<std::net::SocketAddr> {
        self.app.local_addr()
    }

    /// Serves until `shutdown` completes, then stops the workers (each finishes what it holds).
    pub async fn serve(
        self,
        shutdown: impl std::future::Future<Output = ()> + Send + 'static,
    ) -> std::io::Result<()> {
        let served = self.app.serve(shutdown).await;
        let _ = self.stop.send(true);
        for task in self.tasks {
            let _ = task.await;
        }
        served
    }
}
