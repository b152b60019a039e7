//! Garita's domain: plain types and rules, with no I/O.
//!
//! Input from the outside world is parsed here into types that can only hold valid values
//! ("parse, don't validate"). Every way a value can be wrong is a variant with a message key;
//! the web layer looks the key up in the person's language.

pub mod accounts;
pub mod audit;
pub mod countries;
pub mod deadline;
pub mod geofence;
pub mod input;
pub mod money;
pub mod mrz;
pub mod outcome;
pub mod ports;
pub mod purposes;
pub mod travellers;
pub mod window;
pub mod world;

pub use accounts::{CONSENT_VERSION, Email, Grant, GrantError, Login, PhoneNumber, Role};
pub use audit::{AuditAction, AuditEntry, AuditEvent, Chain, ChainKey, Checkpoint};
pub use input::{InputError, ServiceDate};
pub use ports::{Port, PortCode, PortKind, Seats};
