//! The appointments' rules, with no I/O: the daily draw (`docs/draw.md`), its fairness checks,
//! and what follows it (lapses and offers to alternates, appended to the published record).

pub mod draw;
pub mod fairness;
pub mod reoffer;
