//! Payments, a capability services use: a charge for a service's record, paid through the
//! configured provider (a hosted payment page: the payer is sent out and comes back) or, with
//! none configured, at the port (an officer records a receipt). Nothing is marked paid from the
//! browser's return alone: a signed notification, or the payer's return, leads to a look-up
//! server to server, and only a charge the provider says is paid, for the payment's own amount,
//! settles it. The service that asked (`Payable`) then writes its state with the ledger entry in
//! one transaction; money is received once per payment (the store's index), so a replayed
//! notification, a retry or a double click never credits twice. A daily reconciliation compares
//! the provider's record with the ledger and opens a difference for a person to look at.

use crate::{Result, Services};
use async_trait::async_trait;
use garita_domain::money::{Currency, Money};
use garita_domain::{AuditAction, AuditEvent};
use garita_security::codes;
use garita_store::payments::{DifferenceRow, PaymentRow};
use garita_store::records::{Effects, LedgerEntry, LedgerKind};
use std::sync::Arc;

/// The provider name of payments made at the port.
pub const AT_THE_PORT: &str = "port";

/// What a provider is asked to charge. `description` names the service and the count, never a
/// person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Charge {
    pub payment_id: String,
    pub idempotency_key: String,
    /// The price of one (a traveller's fee) and how many.
    pub unit: Money,
    pub quantity: i64,
    pub description: String,
    /// Where the payer comes back to (`{payment}` is not needed: the page knows its record).
    pub success_url: String,
    pub cancel_url: String,
}

/// What the provider says about a charge, asked server to server.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Remote {
    pub provider_ref: String,
    /// The payment it was made for (the provider's client reference), if it says.
    pub payment_id: Option<String>,
    pub paid: bool,
    pub amount: Option<Money>,
    /// When it was made, Unix milliseconds.
    pub created_at: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ProviderError {
    /// Out of reach, too slow or failing on its side: try again later.
    #[error("the payment provider is out of reach: {0}")]
    Unreachable(String),
    /// It refused the request (it says why; no personal data is sent to it).
    #[error("the payment provider refused: {0}")]
    Refused(String),
    /// A notification whose signature does not verify, or is too old.
    #[error("a notification whose signature does not verify")]
    BadSignature,
    /// A notification that does not say which charge it is about.
    #[error("a notification that cannot be read: {0}")]
    Unreadable(String),
}

/// A payment provider, speaking its own documented protocol.
#[async_trait]
pub trait PaymentProvider: Send + Sync {
    /// Its name in the `payments` table (`stripe`...).
    fn name(&self) -> &'static str;
    /// The HTTP header its notifications carry their signature in.
    fn signature_header(&self) -> &'static str;
    /// Asks for a hosted payment page: the provider's id of the charge, and where to send the
    /// payer. The same idempotency key gives the same page.
    async fn start(&self, charge: &Charge) -> Result<(String, String), ProviderError>;
    /// The charge as the provider has it now.
    async fn look_up(&self, provider_ref: &str) -> Result<Remote, ProviderError>;
    /// Which charge a notification is about, once its signature verified (against the
    /// provider's clock: it signs with the real time).
    fn notice(&self, signature: &str, body: &[u8]) -> Result<String, ProviderError>;
    /// Every charge paid from `from` until `to` (Unix milliseconds), for reconciliation.
    async fn paid_between(&self, from: i64, to: i64) -> Result<Vec<Remote>, ProviderError>;
    /// Sends a payout, once per `payout.payout_id` (its idempotency key): asked again, the
    /// provider answers the payout it made. Its reference for the payout.
    async fn pay_out(&self, _payout: &Payout) -> Result<String, ProviderError> {
        Err(ProviderError::Refused(
            "this provider does not send payouts".into(),
        ))
    }
}

/// Money Garita sends to a person (a stipend). `description` names the service, never the
/// person; `destination` is the person's account at the provider.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Payout {
    pub payout_id: String,
    pub amount: Money,
    pub destination: String,
    pub description: String,
}

/// How a payout went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PaidOut {
    /// The provider sent it (or had sent it under the same id): its reference.
    Sent { provider_ref: String },
    /// No provider is configured: the money goes by other means, recorded by staff.
    ByOtherMeans,
    /// The provider is out of reach: nothing was sent; try again later with the same id.
    TryLater,
    /// The provider refused (it says why, with no personal data): nothing was sent.
    Refused(String),
}

impl Services {
    /// Sends `payout` through the configured provider, once per payout id however often it
    /// is asked.
    #[tracing::instrument(skip_all)]
    pub async fn pay_out(&self, payout: &Payout) -> PaidOut {
        let Some(provider) = self.payment_provider.as_ref() else {
            return PaidOut::ByOtherMeans;
        };
        match provider.pay_out(payout).await {
            Ok(provider_ref) => PaidOut::Sent { provider_ref },
            Err(ProviderError::Refused(why)) => PaidOut::Refused(why),
            Err(e) => {
                tracing::warn!(error = %e, "payout not sent");
                PaidOut::TryLater
            }
        }
    }
}

/// A service that takes payments: it settles what a payment pays for.
#[async_trait]
pub trait Payable: Send + Sync {
    /// The `payments.purpose` it answers for.
    fn purpose(&self) -> &'static str;
    /// Marks what `payment` pays for as paid, writing `entry` (through `Effects`) in the same
    /// transaction; `services` are the kernel's (its clock, keys and messages). `false` if it
    /// was paid already: nothing is written.
    async fn settle(
        &self,
        services: &Services,
        payment: &PaymentRow,
        entry: LedgerEntry,
    ) -> Result<bool>;
}

/// How asking for a charge went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Started {
    /// Send the payer to the provider's page.
    Redirect { payment_id: String, url: String },
    /// No provider: the fee is paid at the port, where an officer records it.
    AtThePort { payment_id: String },
    /// The provider is out of reach: the payment stays open; the person may try again later.
    TryLater { payment_id: String },
    /// Paid already (a second click after the money came).
    Paid { payment_id: String },
}

/// How a notification or a payer's return was taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Settled {
    /// Paid now: the service wrote its state and the ledger entry.
    Now,
    /// It was paid before: nothing changed.
    Already,
    /// The provider does not say it is paid (yet): nothing changed.
    NotPaid,
    /// Refused (a bad signature, an unknown charge, another amount): nothing changed, and the
    /// audit log says so without personal data.
    Refused,
    /// The provider is out of reach: try again later; nothing changed.
    Unreachable,
}

/// What a reconciliation found.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Reconciled {
    pub at_provider: usize,
    pub in_ledger: usize,
    /// Differences opened now (one already open is not opened again).
    pub opened: usize,
}

impl Services {
    /// Asks for `charge` of `unit` × `quantity` for a service's record, paid by `account_id`.
    /// The same `idempotency_key` is the same payment, however often it is asked.
    #[tracing::instrument(skip_all)]
    pub async fn start_payment(
        &self,
        account_id: Option<&str>,
        purpose: &str,
        reference: &str,
        charge: Charge,
    ) -> Result<Started> {
        let now = self.now();
        // A count of travellers times a fee in cents is far from 64 bits' end.
        let total = charge
            .unit
            .times(charge.quantity)
            .expect("a fee times a count fits in 64 bits");
        let provider = self.payment_provider.as_ref();
        let payment = self
            .store
            .open_payment(PaymentRow {
                id: charge.payment_id.clone(),
                idempotency_key: charge.idempotency_key.clone(),
                account_id: account_id.map(str::to_string),
                purpose: purpose.to_string(),
                reference: reference.to_string(),
                amount_minor: total.minor,
                currency: total.currency.as_str().to_string(),
                provider: provider.map_or(AT_THE_PORT, |p| p.name()).to_string(),
                provider_ref: None,
                status: "open".into(),
                created_at: now,
                updated_at: now,
            })
            .await?;
        let payment_id = payment.id.clone();
        if payment.status == "paid" {
            return Ok(Started::Paid { payment_id });
        }
        let Some(provider) = provider.filter(|p| p.name() == payment.provider) else {
            return Ok(Started::AtThePort { payment_id });
        };
        // The stored payment's own id and key: a second click repeats the first request.
        let charge = Charge {
            payment_id: payment.id.clone(),
            idempotency_key: payment.idempotency_key.clone(),
            ..charge
        };
        match provider.start(&charge).await {
            Ok((provider_ref, url)) => {
                self.store
                    .set_provider_ref(&payment.id, &provider_ref, now)
                    .await?;
                Ok(Started::Redirect { payment_id, url })
            }
            Err(e) => {
                tracing::warn!(error = %e, "payment not started");
                Ok(Started::TryLater { payment_id })
            }
        }
    }

    /// A provider's notification: its signature checked, then the charge looked up server to
    /// server and settled if paid.
    #[tracing::instrument(skip_all)]
    pub async fn payment_notice(&self, signature: &str, body: &[u8]) -> Result<Settled> {
        let Some(provider) = self.payment_provider.clone() else {
            return self.refuse("no provider", None).await;
        };
        let provider_ref = match provider.notice(signature, body) {
            Ok(r) => r,
            Err(e) => return self.refuse(&e.to_string(), None).await,
        };
        let payment = match self
            .store
            .payment_by_ref(provider.name(), &provider_ref)
            .await?
        {
            Some(p) => p,
            // Garita may have stopped between asking for the page and keeping its id: the
            // provider's record names the payment it was made for.
            None => match self.orphan(&provider, &provider_ref).await? {
                Some(p) => p,
                None => return self.refuse("unknown charge", None).await,
            },
        };
        self.settle_from_provider(&provider, payment).await
    }

    /// The payment a charge unknown by its id was made for, its id kept now (only a payment
    /// of this provider that has none yet).
    async fn orphan(
        &self,
        provider: &Arc<dyn PaymentProvider>,
        provider_ref: &str,
    ) -> Result<Option<PaymentRow>> {
        let Ok(remote) = provider.look_up(provider_ref).await else {
            return Ok(None);
        };
        let Some(id) = remote.payment_id else {
            return Ok(None);
        };
        match self.store.payment(&id).await? {
            Some(p) if p.provider == provider.name() && p.provider_ref.is_none() => {
                self.store
                    .set_provider_ref(&p.id, provider_ref, self.now())
                    .await?;
                Ok(self.store.payment(&id).await?)
            }
            _ => Ok(None),
        }
    }

    /// The payer came back from the provider's page: the charge is looked up (the return
    /// itself proves nothing).
    #[tracing::instrument(skip_all)]
    pub async fn payment_returned(&self, payment_id: &str) -> Result<Settled> {
        let Some(payment) = self.store.payment(payment_id).await? else {
            return Ok(Settled::NotPaid);
        };
        match self.payment_provider.clone() {
            Some(provider) if provider.name() == payment.provider => {
                self.settle_from_provider(&provider, payment).await
            }
            _ => Ok(Settled::NotPaid),
        }
    }

    async fn settle_from_provider(
        &self,
        provider: &Arc<dyn PaymentProvider>,
        payment: PaymentRow,
    ) -> Result<Settled> {
        if payment.status == "paid" {
            return Ok(Settled::Already);
        }
        let Some(provider_ref) = payment.provider_ref.clone() else {
            return Ok(Settled::NotPaid);
        };
        let remote = match provider.look_up(&provider_ref).await {
            Ok(r) => r,
            Err(ProviderError::Unreachable(e)) => {
                tracing::warn!(error = %e, "payment not looked up");
                return Ok(Settled::Unreachable);
            }
            Err(e) => return self.refuse(&e.to_string(), Some(&payment.id)).await,
        };
        if !remote.paid {
            return Ok(Settled::NotPaid);
        }
        let owed = owed(&payment);
        if remote.amount != owed
            || remote
                .payment_id
                .as_deref()
                .is_some_and(|p| p != payment.id)
        {
            return self
                .refuse("another amount or payment", Some(&payment.id))
                .await;
        }
        let entry = LedgerEntry {
            id: codes::id(),
            payment_id: payment.id.clone(),
            kind: LedgerKind::Charge,
            amount: owed.expect("checked above"),
            provider_ref: Some(provider_ref),
            actor: None,
            at: self.now(),
        };
        self.settle(&payment, entry).await
    }

    /// An officer recorded the fee received at the port (cash or card on the port's own
    /// terminal).
    #[tracing::instrument(skip_all)]
    pub async fn record_receipt(&self, officer: &str, payment_id: &str) -> Result<Settled> {
        let Some(payment) = self.store.payment(payment_id).await? else {
            return Ok(Settled::NotPaid);
        };
        if payment.status == "paid" {
            return Ok(Settled::Already);
        }
        let Some(amount) = owed(&payment) else {
            return Ok(Settled::NotPaid);
        };
        let entry = LedgerEntry {
            id: codes::id(),
            payment_id: payment.id.clone(),
            kind: LedgerKind::Receipt,
            amount,
            provider_ref: None,
            actor: Some(officer.to_string()),
            at: self.now(),
        };
        let settled = self.settle(&payment, entry).await?;
        if settled == Settled::Now {
            let event = AuditEvent::new(self.now(), AuditAction::PaymentReceiptRecorded)
                .actor(officer)
                .subject(&payment.id);
            self.store.append_audit(vec![event]).await?;
        }
        Ok(settled)
    }

    async fn settle(&self, payment: &PaymentRow, entry: LedgerEntry) -> Result<Settled> {
        let Some(payable) = self
            .payables
            .iter()
            .find(|p| p.purpose() == payment.purpose)
        else {
            tracing::error!(purpose = %payment.purpose, "no service settles this purpose");
            return Ok(Settled::NotPaid);
        };
        match payable.settle(self, payment, entry).await {
            Ok(true) => Ok(Settled::Now),
            Ok(false) => Ok(Settled::Already),
            // Two notices at once: the second's receipt hit the once-per-payment index.
            Err(_)
                if self
                    .store
                    .payment(&payment.id)
                    .await?
                    .is_some_and(|p| p.status == "paid") =>
            {
                Ok(Settled::Already)
            }
            Err(e) => Err(e),
        }
    }

    async fn refuse(&self, why: &str, payment_id: Option<&str>) -> Result<Settled> {
        tracing::warn!(why, "payment notice refused");
        let mut event = AuditEvent::new(self.now(), AuditAction::PaymentNoticeRefused)
            .actor("payments")
            .detail(serde_json::json!({ "why": why }).to_string());
        if let Some(id) = payment_id {
            event = event.subject(id);
        }
        self.store.append_audit(vec![event]).await?;
        Ok(Settled::Refused)
    }

    /// A person (`staff_id`) looked at a difference and closes it, audited with its kind:
    /// `false` if it was closed already.
    pub async fn close_payment_difference(&self, staff_id: &str, id: &str) -> Result<bool> {
        let Some(d) = self
            .store
            .open_differences()
            .await?
            .into_iter()
            .find(|d| d.id == id)
        else {
            return Ok(false);
        };
        let now = self.now();
        let event = AuditEvent::new(now, AuditAction::PaymentDifferenceClosed)
            .actor(staff_id)
            .subject(&d.id)
            .detail(serde_json::json!({ "kind": d.kind, "provider": d.provider }).to_string());
        Ok(self
            .store
            .close_difference(&d.id, now, Effects::audit(event))
            .await?)
    }

    /// Compares what the provider says was paid from `from` to `to` with the ledger's charges
    /// in the same time, and opens a difference for each that does not match.
    #[tracing::instrument(skip_all)]
    pub async fn reconcile_payments(&self, from: i64, to: i64) -> Result<Option<Reconciled>> {
        let Some(provider) = self.payment_provider.clone() else {
            return Ok(None);
        };
        // A charge paid just before `to` may be credited just after it: the ledger is read a
        // day beyond, and the provider's record from a day before (one call, split here).
        const DAY: i64 = 86_400_000;
        let (remote_before, remote): (Vec<Remote>, Vec<Remote>) =
            match provider.paid_between(from - DAY, to).await {
                Ok(r) => r.into_iter().partition(|r| r.created_at < from),
                Err(e) => {
                    tracing::warn!(error = %e, "reconciliation postponed");
                    return Ok(None);
                }
            };
        let ledger = self
            .store
            .received_between(provider.name(), from - DAY, to + DAY)
            .await?;
        let now = self.now();
        let mut found = Reconciled {
            at_provider: remote.len(),
            in_ledger: 0,
            opened: 0,
        };
        let mut differences = vec![];
        for r in &remote {
            let entry = ledger
                .iter()
                .find(|l| l.provider_ref.as_deref() == Some(&r.provider_ref));
            let money = |l: &garita_store::payments::LedgerRow| {
                Currency::parse(&l.currency).map(|c| Money::new(l.amount_minor, c))
            };
            match entry {
                None => differences.push((r.provider_ref.clone(), None, "not-in-ledger", r.amount)),
                Some(l) if money(l) != r.amount => differences.push((
                    r.provider_ref.clone(),
                    Some(l.payment_id.clone()),
                    "amount",
                    r.amount,
                )),
                Some(_) => {}
            }
        }
        for l in ledger.iter().filter(|l| l.at >= from && l.at < to) {
            found.in_ledger += 1;
            let known = remote
                .iter()
                .chain(&remote_before)
                .any(|r| Some(&r.provider_ref) == l.provider_ref.as_ref());
            if !known {
                let money = Currency::parse(&l.currency).map(|c| Money::new(l.amount_minor, c));
                differences.push((
                    l.provider_ref.clone().unwrap_or_default(),
                    Some(l.payment_id.clone()),
                    "not-at-provider",
                    money,
                ));
            }
        }
        for (provider_ref, payment_id, kind, amount) in differences {
            let detail = serde_json::json!({
                "amount_minor": amount.map(|m| m.minor),
                "currency": amount.map(|m| m.currency.to_string()),
            });
            let opened = self
                .store
                .open_difference(DifferenceRow {
                    id: codes::id(),
                    provider: provider.name().to_string(),
                    provider_ref,
                    payment_id,
                    kind: kind.to_string(),
                    detail: detail.to_string(),
                    opened_at: now,
                    closed_at: None,
                })
                .await?;
            found.opened += usize::from(opened);
        }
        let event = AuditEvent::new(now, AuditAction::PaymentsReconciled)
            .actor("payments")
            .detail(
                serde_json::json!({
                    "from": from,
                    "to": to,
                    "at_provider": found.at_provider,
                    "in_ledger": found.in_ledger,
                    "opened": found.opened,
                })
                .to_string(),
            );
        self.store.enqueue(Effects::audit(event)).await?;
        Ok(Some(found))
    }
}

/// What a payment asks for, as money.
fn owed(payment: &PaymentRow) -> Option<Money> {
    Currency::parse(&payment.currency).map(|c| Money::new(payment.amount_minor, c))
}

/// Once a day: the day before is reconciled with the provider (a charge credited just after
/// midnight is read with it, see `reconcile_payments`). Nothing to do without a provider.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Reconcile {
    /// The UTC day reconciled.
    pub date: chrono::NaiveDate,
}

impl crate::jobs::BackgroundJob for Reconcile {
    const KIND: &'static str = "payments.reconcile";
    type Context = Services;
    fn dedup_key(&self) -> String {
        format!("{}:{}", Self::KIND, self.date)
    }
    async fn run(self, services: &Services) -> Result<crate::jobs::Outcome> {
        let start = self
            .date
            .and_hms_opt(0, 0, 0)
            .expect("midnight")
            .and_utc()
            .timestamp_millis();
        const DAY: i64 = 86_400_000;
        match services.reconcile_payments(start, start + DAY).await? {
            Some(found) => tracing::info!(
                at_provider = found.at_provider,
                in_ledger = found.in_ledger,
                opened = found.opened,
                "payments reconciled"
            ),
            None if services.payment_provider.is_some() => {
                // The provider did not answer: try again in an hour.
                return Ok(crate::jobs::Outcome::Later {
                    reason: "the payment provider did not answer".into(),
                    at: services.now() + DAY / 24,
                });
            }
            None => {}
        }
        Ok(crate::jobs::Outcome::Done)
    }
}

/// The payments' job kind and its planner: yesterday's reconciliation, due an hour into today.
pub fn kinds<C: AsRef<Services> + Sync + 'static>(
    kinds: crate::jobs::JobKinds<C>,
) -> crate::jobs::JobKinds<C> {
    kinds.kind::<Reconcile>().planner(|s: &Services| {
        let today = s.now_utc().date_naive();
        let due = today
            .and_hms_opt(1, 0, 0)
            .expect("one o'clock")
            .and_utc()
            .timestamp_millis();
        let yesterday = today.pred_opt().unwrap_or(today);
        vec![crate::jobs::new_job(&Reconcile { date: yesterday }, due)]
    })
}
