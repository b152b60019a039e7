//! The appointments' rules, with no I/O: the daily draw (`docs/draw.md`), its public randomness
//! (the drand beacon and the observers' reveals), its fairness checks, and what follows it
//! (lapses and offers to alternates, appended to the published record).

pub mod audit;
pub mod beacon;
pub mod draw;
pub mod fairness;
pub mod observers;
pub mod reoffer;
