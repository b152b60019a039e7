//! One test binary for the crate; each module is one subject's tests.

mod draw;
mod fairness;
mod store;
