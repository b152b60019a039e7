//! One test binary for the crate (one link instead of one per file); each module is one
//! subject's tests.

mod accounts;
mod common;
mod confirmations;
mod csrf;
mod desk;
mod draws;
mod http;
mod limits;
mod message_keys;
mod messages;
mod observe;
mod port_days;
mod registration;
mod runtime;
mod staff_access;
