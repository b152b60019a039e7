//! One test binary for the crate (one link instead of one per file); each module is one
//! subject's tests.

mod accounts_contract;
mod contract;
mod group_commit;
mod jobs_contract;
mod payments_contract;
mod registrations_contract;

/// The audit chain's key in these tests.
pub const CHAIN_KEY: [u8; 32] = [3; 32];

/// Opens a test database with the tests' chain key.
pub async fn open(url: &str) -> garita_store::Result<std::sync::Arc<dyn garita_store::Store>> {
    garita_store::open(url, garita_domain::ChainKey::new(CHAIN_KEY)).await
}
