//! One test binary for the crate (one link instead of one per file); each module is one
//! subject's tests.

mod accounts_contract;
mod contract;
mod jobs_contract;
mod registrations_contract;
