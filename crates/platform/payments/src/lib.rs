//! Payment providers for the kernel's payments capability (`garita_kernel::payments`). One
//! today: Stripe (Checkout for charges, Connect transfers for payouts), spoken through Stripe's
//! own API client (`async-stripe`), so every request and notification has Stripe's documented
//! shape. Its base URL is configuration, so
//! tests talk to `garita_testkit::stripe`, a local server that answers as Stripe documents.

pub mod stripe;

pub use stripe::{Stripe, StripeSettings};
