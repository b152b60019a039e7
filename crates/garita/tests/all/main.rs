//! One test binary for the crate (one link instead of one per file); each module is one
//! subject's tests.

mod backup;
mod cli;
mod draw_day;
mod two_nodes;

/// The `garita` binary, asking no drand relay: these tests reach nothing outside this machine
/// (their draws' records say the beacon is missing).
pub fn garita_command() -> std::process::Command {
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_garita"));
    command.env("GARITA_BEACON_RELAYS", "[]");
    command
}
