//! Garita's kernel: what every service shares and no service owns. It grows as the kernel
//! parts of `crates/app` move here (ARCHITECTURE.md); today it holds messages to people and what it asks services about a person.

pub mod messages;
pub mod people;
