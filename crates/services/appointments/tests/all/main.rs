//! One test binary for the crate; each module is one subject's tests.

mod catalogs;
mod draw;
mod draw_v2;
mod fairness;
mod store;
