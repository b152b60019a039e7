//! One test binary for the crate (one link instead of one per file); each module is one
//! subject's tests.

mod audit;
mod closing;
mod common;
mod confirmations;
mod desk;
mod draw_v2;
mod draws;
mod flows;
mod inspections;
mod jobs;
mod lapses;
mod manifests;
mod messages;
mod notices;
mod photos;
mod port_days;
mod registrations;
mod reminders;
mod rotation;
mod web;
mod withdrawals;
