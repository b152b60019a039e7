//! Agricultural and biological declarations: a traveller or an importer's people declare what
//! they bring to a port (a land crossing or an airport) before arriving: each item, its
//! permits with a scan of each (sealed); the port's agriculture specialists decide (allowed,
//! allowed after treatment, present at secondary inspection, refused) with reasons the person
//! reads in their language; deleted after a configured retention period.

pub mod app;
pub mod domain;
pub mod store;
pub mod web;
