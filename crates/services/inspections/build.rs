//! `sqlx::migrate!` embeds the migration folders at compile time; without this a new or edited
//! migration file would not rebuild the crate and the binary would ship the old schema.

fn main() {
    println!("cargo:rerun-if-changed=migrations/sqlite");
    println!("cargo:rerun-if-changed=migrations/postgres");
}
