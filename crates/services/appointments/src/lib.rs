//! The appointments service: people in Mexico ask each day for one of the inspection
//! appointments at the land ports, a daily draw that anyone can re-run gives them out, winners
//! confirm, officers check them in. See `README.md` for the code map and what still lives in the
//! shared crates while the service moves here.

pub mod domain;
pub mod store;
