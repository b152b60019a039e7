//! Hello: a tiny service used only in tests. It shows what adding a service to Garita takes
//! (nothing under `crates/platform` changes): a migration and a sealed column (`store.rs`), its
//! messages in ten languages (`locales/`), an audit action, a message kind, a background job, its
//! answers about a person, a page, a staff page, an API route with its OpenAPI part and a link on
//! the home page (`web.rs`), all handed over in one description ([`service`]).

pub mod store;
pub mod web;

use garita_domain::audit::AuditCode;
use garita_kernel::jobs::{BackgroundJob, JobKinds, Outcome};
use garita_kernel::messages::{Keys, MessageKind, no_facts};
use garita_kernel::people::PersonParts;
use garita_kernel::staff::{Rule, StaffRoute};
use garita_kernel::{Service, Services};
use garita_store::records::Effects;
use garita_store::{Db, StoreError};
use serde::{Deserialize, Serialize};
use std::sync::Arc;
use store::HelloStore;

/// The service's messages in every language (`locales/<code>/hello.ftl`).
pub const CATALOGS: garita_i18n::checks::Sources = garita_i18n::catalogs!("hello.ftl");

/// What the service hands the platform, for a build whose jobs run with context `C`.
pub const fn service<C: AsRef<Services> + Sync + 'static>() -> Service<C> {
    Service {
        name: "hello",
        catalogs: CATALOGS,
        migrations: &store::MIGRATIONS,
        sealed_columns: store::SEALED_COLUMNS,
        messages: &[KEPT],
        people,
        payable: None,
        proofs: None,
        jobs: kinds::<C>,
        staff_routes: STAFF_ROUTES,
        settings: &[],
        amounts: &[],
    }
}

/// Its staff page: the number of notes kept, no personal data.
pub const STAFF_ROUTES: &[StaffRoute] = &[StaffRoute::page(
    "/staff/hello",
    Rule::Roles(&[garita_domain::Role::ProgrammeAdmin]),
    "hello-staff-title",
)];

/// What the service writes in the audit log (stable codes).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HelloAction {
    NoteKept,
}

impl AuditCode for HelloAction {
    fn code(&self) -> &'static str {
        match self {
            HelloAction::NoteKept => "hello.note-kept",
        }
    }
}

/// To a person whose note is kept.
pub const KEPT: &MessageKind = &MessageKind {
    code: "note-kept",
    purpose: garita_domain::purposes::APPLICATIONS,
    versions: &[Keys {
        subject: "hello-kept-subject",
        body: "hello-kept-body",
        next: None,
        sms: None,
    }],
    in_inbox: true,
    arguments: no_facts,
};

fn kinds<C: AsRef<Services> + Sync + 'static>(kinds: JobKinds<C>) -> JobKinds<C> {
    kinds.kind::<Acknowledge>()
}

/// Tells a person their note is kept (a job, so the page answers at once; once per note).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Acknowledge {
    pub note: String,
}

impl BackgroundJob for Acknowledge {
    const KIND: &'static str = "hello.acknowledge";
    type Context = Services;

    fn dedup_key(&self) -> String {
        format!("{}:{}", Self::KIND, self.note)
    }

    async fn run(self, services: &Services) -> garita_kernel::Result<Outcome> {
        let notes = store::on(&services.store.db());
        let Some(untold) = notes.untold(&self.note).await? else {
            return Ok(Outcome::Done);
        };
        let Some(account) = services.store.account(&untold.account_id).await? else {
            return Ok(Outcome::Done);
        };
        let payload = services.payload_to(
            &account.email_sealed,
            account.phone_sealed.as_deref(),
            &account.locale,
            "/hello",
        )?;
        let message = services.message(
            KEPT,
            Some(&account.id),
            format!("note-kept:{}", self.note),
            &payload,
        );
        notes
            .mark_told(
                &self.note,
                services.now(),
                Effects::none().and_message(message),
            )
            .await?;
        Ok(Outcome::Done)
    }
}

/// Its answers about a person: it never holds who travels; the record says when each of the
/// account's notes was kept (the notes themselves stay sealed: the page shows them).
struct People(Arc<dyn HelloStore>);

fn people(db: &Db, _: &Arc<garita_security::Keys>) -> Arc<dyn PersonParts> {
    Arc::new(People(store::on(db)))
}

#[async_trait::async_trait]
impl PersonParts for People {
    async fn fixes_travellers(&self, _: &str) -> Result<bool, StoreError> {
        Ok(false)
    }

    async fn record(
        &self,
        account_id: &str,
        _: Option<&str>,
    ) -> Result<serde_json::Map<String, serde_json::Value>, StoreError> {
        let mut part = serde_json::Map::new();
        part.insert(
            "hello_notes_kept_at".into(),
            self.0.kept_at(account_id).await?.into(),
        );
        Ok(part)
    }
}
