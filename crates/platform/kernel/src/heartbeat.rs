//! Each node writes a heartbeat; when every node was down, the first one back records the gap
//! as a downtime, which services count as a degraded period (deadlines move for it, and the
//! status page shows it).

use crate::{Result, Services};
use garita_domain::{AuditAction, AuditEvent};
use garita_store::heartbeats::Downtime;
use garita_store::records::Effects;
use std::time::Duration;

/// How often a node beats.
pub const BEAT_EVERY: Duration = Duration::from_secs(10);
/// No heartbeat for this long means no node was up: six missed beats, so that a slow database
/// answer or a busy node is not mistaken for an outage.
pub const DOWN_AFTER_MS: i64 = 60_000;

impl Services {
    /// Writes this node's heartbeat; the downtime it recorded, if no node had beaten for
    /// [`DOWN_AFTER_MS`].
    #[tracing::instrument(skip_all)]
    pub async fn beat(&self, node: &str, started_at: i64) -> Result<Option<Downtime>> {
        let now = self.now();
        let node_id = node.to_string();
        let effects = Box::new(move |from: i64| {
            Effects::audit(
                AuditEvent::new(now, AuditAction::DowntimeRecorded)
                    .actor("system")
                    .detail(
                        serde_json::json!({ "from": from, "to": now, "node": node_id }).to_string(),
                    ),
            )
        });
        Ok(self
            .store
            .beat(node, started_at, now, DOWN_AFTER_MS, effects)
            .await?)
    }
}

/// Beats every `every` until stopped, the first at once: a node that starts after an outage
/// records it within moments of starting.
pub async fn run(
    services: Services,
    every: Duration,
    mut stop: tokio::sync::watch::Receiver<bool>,
) {
    let node = garita_security::codes::id();
    let started_at = services.now();
    loop {
        match services.beat(&node, started_at).await {
            Ok(Some(down)) => tracing::warn!(
                seconds = (down.ended_at - down.started_at) / 1000,
                "no node was up: the gap is recorded as a degraded period"
            ),
            Ok(None) => {}
            Err(error) => tracing::warn!(%error, "heartbeat not written"),
        }
        tokio::select! {
            _ = tokio::time::sleep(every) => {},
            _ = stop.changed() => return,
        }
    }
}
