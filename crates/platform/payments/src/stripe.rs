//! Stripe Checkout (<https://docs.stripe.com/payments/checkout>): a Checkout Session per charge,
//! created with the charge's idempotency key (the same key gives the same session); the payer
//! pays on Stripe's page and comes back; `checkout.session.completed` events arrive signed
//! (`Stripe-Signature`, checked by the client crate's `Webhook`, 300 s tolerance); a session is
//! paid when its `status` is `complete` and its `payment_status` `paid`. Payouts are Connect
//! transfers (<https://docs.stripe.com/api/transfers/create>) to the person's connected account,
//! made with the payout's id as idempotency key. Every call has a time limit: a provider that
//! does not answer is "out of reach", and nothing changes.

use async_trait::async_trait;
use garita_domain::money::{Currency, Money};
use garita_kernel::payments::{Charge, PaymentProvider, Payout, ProviderError, Remote};
use std::time::Duration;
use stripe::{Client, ClientBuilder, IdempotencyKey, RequestStrategy, StripeRequest};
use stripe_checkout::CheckoutSessionStatus;
use stripe_checkout::checkout_session::{
    CreateCheckoutSession, CreateCheckoutSessionLineItems, CreateCheckoutSessionLineItemsPriceData,
    ListCheckoutSession, ProductData, RetrieveCheckoutSession,
};
use stripe_checkout::{CheckoutSession, CheckoutSessionMode, CheckoutSessionPaymentStatus};
use stripe_connect::transfer::CreateTransfer;
use stripe_types::{RangeBoundsTs, RangeQueryTs};
use stripe_webhook::{EventObject, Webhook};

/// How to reach Stripe.
#[derive(Debug, Clone)]
pub struct StripeSettings {
    /// `sk_live_...` or `sk_test_...`.
    pub secret_key: String,
    /// The webhook endpoint's signing secret, `whsec_...`.
    pub webhook_secret: String,
    /// `https://api.stripe.com` in production.
    pub api_url: String,
    /// How long one call may take before the provider counts as out of reach.
    pub timeout: Duration,
}

pub struct Stripe {
    client: Client,
    webhook_secret: String,
    timeout: Duration,
}

impl Stripe {
    pub fn new(settings: StripeSettings) -> Result<Stripe, String> {
        let client = ClientBuilder::new(settings.secret_key.as_str())
            .url(settings.api_url.as_str())
            .build()
            .map_err(|e| format!("the Stripe client cannot be made: {e}"))?;
        Ok(Stripe {
            client,
            webhook_secret: settings.webhook_secret,
            timeout: settings.timeout,
        })
    }

    async fn limited<T>(
        &self,
        call: impl Future<Output = Result<T, stripe::StripeError>>,
    ) -> Result<T, ProviderError> {
        match tokio::time::timeout(self.timeout, call).await {
            Err(_) => Err(ProviderError::Unreachable("no answer in time".into())),
            Ok(Err(e)) => Err(classify(e)),
            Ok(Ok(answer)) => Ok(answer),
        }
    }
}

/// Stripe's 4xx are refusals (they say why); everything else means try again later.
fn classify(e: stripe::StripeError) -> ProviderError {
    match e {
        stripe::StripeError::Stripe(err, status) if (400..500).contains(&status) => {
            ProviderError::Refused(format!("{status}: {}", err.message.unwrap_or_default()))
        }
        other => ProviderError::Unreachable(other.to_string()),
    }
}

/// What Garita reads of a session.
fn remote(s: &CheckoutSession) -> Remote {
    let currency = s
        .currency
        .as_ref()
        .and_then(|c| Currency::parse(&c.to_string().to_ascii_uppercase()));
    Remote {
        provider_ref: s.id.to_string(),
        payment_id: s.client_reference_id.clone(),
        paid: s.status == Some(CheckoutSessionStatus::Complete)
            && s.payment_status == CheckoutSessionPaymentStatus::Paid,
        amount: s.amount_total.zip(currency).map(|(m, c)| Money::new(m, c)),
        created_at: s.created * 1000,
    }
}

#[async_trait]
impl PaymentProvider for Stripe {
    fn name(&self) -> &'static str {
        "stripe"
    }

    fn signature_header(&self) -> &'static str {
        "stripe-signature"
    }

    async fn start(&self, charge: &Charge) -> Result<(String, String), ProviderError> {
        let currency = charge
            .unit
            .currency
            .lower()
            .parse::<stripe_types::Currency>()
            .map_err(|_| ProviderError::Refused("a currency Stripe does not know".into()))?;
        let item = CreateCheckoutSessionLineItems {
            price_data: Some(CreateCheckoutSessionLineItemsPriceData {
                unit_amount: Some(charge.unit.minor),
                product_data: Some(ProductData::new(charge.description.as_str())),
                ..CreateCheckoutSessionLineItemsPriceData::new(currency)
            }),
            quantity: Some(
                u64::try_from(charge.quantity)
                    .map_err(|_| ProviderError::Refused("a negative quantity".into()))?,
            ),
            ..Default::default()
        };
        let key = IdempotencyKey::new(charge.idempotency_key.as_str()).map_err(|_| {
            ProviderError::Refused("an idempotency key of 1 to 255 characters".into())
        })?;
        let request = CreateCheckoutSession::new()
            .mode(CheckoutSessionMode::Payment)
            .line_items(vec![item])
            .success_url(charge.success_url.as_str())
            .cancel_url(charge.cancel_url.as_str())
            .client_reference_id(charge.payment_id.as_str())
            .customize()
            .request_strategy(RequestStrategy::Idempotent(key));
        let session = self.limited(request.send(&self.client)).await?;
        let url = session
            .url
            .clone()
            .ok_or_else(|| ProviderError::Refused("a session without a page".into()))?;
        Ok((session.id.to_string(), url))
    }

    async fn look_up(&self, provider_ref: &str) -> Result<Remote, ProviderError> {
        let session = self
            .limited(RetrieveCheckoutSession::new(provider_ref).send(&self.client))
            .await?;
        Ok(remote(&session))
    }

    fn notice(&self, signature: &str, body: &[u8]) -> Result<String, ProviderError> {
        let text =
            std::str::from_utf8(body).map_err(|_| ProviderError::Unreadable("not UTF-8".into()))?;
        let event = Webhook::construct_event(text, signature, &self.webhook_secret)
            .map_err(|_| ProviderError::BadSignature)?;
        match event.data.object {
            EventObject::CheckoutSessionCompleted(session)
            | EventObject::CheckoutSessionAsyncPaymentSucceeded(session) => {
                Ok(session.id.to_string())
            }
            _ => Err(ProviderError::Unreadable(
                "an event about something else".into(),
            )),
        }
    }

    async fn pay_out(&self, payout: &Payout) -> Result<String, ProviderError> {
        let currency = payout
            .amount
            .currency
            .lower()
            .parse::<stripe_types::Currency>()
            .map_err(|_| ProviderError::Refused("a currency Stripe does not know".into()))?;
        let key = IdempotencyKey::new(payout.payout_id.as_str()).map_err(|_| {
            ProviderError::Refused("an idempotency key of 1 to 255 characters".into())
        })?;
        let request = CreateTransfer::new(currency, payout.destination.as_str())
            .amount(payout.amount.minor)
            .description(payout.description.as_str())
            .transfer_group(payout.payout_id.as_str())
            .customize()
            .request_strategy(RequestStrategy::Idempotent(key));
        let transfer = self.limited(request.send(&self.client)).await?;
        Ok(transfer.id.to_string())
    }

    async fn paid_between(&self, from: i64, to: i64) -> Result<Vec<Remote>, ProviderError> {
        let bounds = RangeBoundsTs {
            gte: Some(from.div_euclid(1000)),
            lt: Some(to.div_euclid(1000) + i64::from(to % 1000 != 0)),
            ..Default::default()
        };
        let mut found = vec![];
        let mut after: Option<String> = None;
        loop {
            let mut list = ListCheckoutSession::new()
                .created(RangeQueryTs::Bounds(bounds))
                .status(CheckoutSessionStatus::Complete)
                .limit(100);
            if let Some(id) = &after {
                list = list.starting_after(id.as_str());
            }
            let page = self.limited(list.send(&self.client)).await?;
            after = page.data.last().map(|s| s.id.to_string());
            found.extend(page.data.iter().map(remote).filter(|r| r.paid));
            if !page.has_more || after.is_none() {
                return Ok(found);
            }
        }
    }
}
