//! The whole build through HTTP: the real app in-process on `127.0.0.1:0`, its pages and API
//! (the kernel's and the appointments'), each module one subject.

mod accounts;
mod common;
mod confirmations;
mod csrf;
mod departure;
mod desk;
mod draws;
mod hello;
mod help;
mod http;
mod i94;
mod inspections;
mod limits;
mod manifests;
mod message_keys;
mod messages;
mod observe;
mod port_days;
mod programme;
mod registration;
mod runtime;
mod staff_access;
mod statistics;
mod travel_authorization;
mod trusted;
