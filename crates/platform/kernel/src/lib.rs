//! Garita's kernel: what every service shares and no service owns. It grows as the kernel
//! parts of `crates/app` move here (ARCHITECTURE.md); today it holds messages to people.

pub mod messages;
