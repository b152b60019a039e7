//! One test binary for the crate (one link instead of one per file); each module is one
//! subject's tests.

mod geofence;
