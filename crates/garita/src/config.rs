//! Configuration in layers: built-in defaults, then a TOML file (`garita.toml`, or the path given
//! with `--config`), then `GARITA_*` environment variables, then command-line flags.
//! Secrets are wrapped so that `Debug` and logs never show them.

use figment::Figment;
use figment::providers::{Env, Format, Toml};
use secrecy::{ExposeSecret, SecretString};
use serde::Deserialize;
use std::net::SocketAddr;
use std::path::Path;

#[derive(Debug, Deserialize)]
pub struct Config {
    /// Address `garita serve` listens on.
    #[serde(default = "default_bind")]
    pub bind: SocketAddr,
    /// `sqlite://PATH` (the default) or `postgres://...`. May hold a password: kept secret.
    #[serde(default = "default_database_url")]
    pub database_url: SecretString,
    /// Log filter in `tracing` syntax, e.g. `info` or `garita_web=debug`.
    #[serde(default = "default_log")]
    pub log: String,
    /// `text` for people, `json` for log collectors.
    #[serde(default)]
    pub log_format: LogFormat,
    /// The master secret (base64url, 32+ bytes) every key derives from. If unset, it is read
    /// from `secret_file`, which is created on first run. Every node must share it.
    #[serde(default)]
    pub secret: Option<SecretString>,
    #[serde(default = "default_secret_file")]
    pub secret_file: std::path::PathBuf,
    /// The generation of the key that seals personal fields (1 to 255). Raise it on every node,
    /// then run `garita admin rotate-key`.
    #[serde(default = "default_seal_generation")]
    pub seal_generation: u8,
    /// The address people reach Garita at, for links in messages. Default: the bind address.
    #[serde(default)]
    pub public_url: Option<String>,
    /// `smtp://host:25` or `smtps://user:password@host:465`. Unset: messages are written as
    /// `.eml` files in `mail_dir`.
    #[serde(default)]
    pub smtp_url: Option<SecretString>,
    #[serde(default = "default_mail_from")]
    pub mail_from: String,
    #[serde(default = "default_mail_dir")]
    pub mail_dir: std::path::PathBuf,
    /// The SMS gateway's URL (a signed JSON POST per message, `docs/messages.md`). Unset:
    /// messages go by e-mail and to the in-app inbox only.
    #[serde(default)]
    pub sms_gateway_url: Option<String>,
    /// The secret shared with the SMS gateway, which signs each POST.
    #[serde(default)]
    pub sms_gateway_secret: Option<SecretString>,
    /// Who takes fees: unset (or `port`), an officer records each fee paid at the port;
    /// `stripe`, Stripe Checkout (a build with the `stripe` feature, and the three below).
    #[serde(default)]
    pub payment_provider: Option<String>,
    #[serde(default)]
    pub stripe_secret_key: Option<SecretString>,
    /// The signing secret of Garita's webhook endpoint at Stripe (`/payments/notify`).
    #[serde(default)]
    pub stripe_webhook_secret: Option<SecretString>,
    #[serde(default = "default_stripe_api_url")]
    pub stripe_api_url: String,
    /// Sending limits, over all nodes: more messages wait, none fail.
    #[serde(default = "default_email_per_minute")]
    pub email_per_minute: i64,
    #[serde(default = "default_sms_per_minute")]
    pub sms_per_minute: i64,
    #[serde(default = "default_messages_per_person_per_hour")]
    pub messages_per_person_per_hour: i64,
    /// More active registrations than this at one U.S. address open a case for review.
    #[serde(default = "default_address_cluster_threshold")]
    pub address_cluster_threshold: i64,
    /// The daily request window: a time zone (its date is the service day) and `HH:MM` times.
    #[serde(default = "default_window_zone")]
    pub window_zone: String,
    #[serde(default = "default_window_opens")]
    pub window_opens: String,
    #[serde(default = "default_window_closes")]
    pub window_closes: String,
    /// The share of each port's seats for the longest-registered groups, in basis points.
    #[serde(default = "default_reserved_share_bp")]
    pub reserved_share_bp: u32,
    /// Appointments are this many days after the day of the request.
    #[serde(default = "default_appointment_days_ahead")]
    pub appointment_days_ahead: u64,
    /// Hours an alternate offered seats that lapsed has to confirm (1 to 23).
    #[serde(default = "default_offer_hours")]
    pub offer_hours: i64,
    /// drand relays asked for each draw's beacon round, in order (`docs/draw.md` 11.2); empty:
    /// draws go on without the beacon (their records say so).
    #[serde(default = "default_beacon_relays")]
    pub beacon_relays: Vec<String>,
    /// How long after its round is due a draw waits for a relay (1 to 240 minutes).
    #[serde(default = "default_beacon_grace_minutes")]
    pub beacon_grace_minutes: i64,
    /// How long after the close observers may reveal; the draw waits (1 to 240 minutes).
    #[serde(default = "default_observer_reveal_minutes")]
    pub observer_reveal_minutes: i64,
    /// A JSON file replacing the shipped eligibility policy (see crates/platform/domain/data/README.md).
    #[serde(default)]
    pub eligibility_policy: Option<std::path::PathBuf>,
    /// Fee schedules by what they pay for (e.g. `i94`): one line per change, `DAY AMOUNT
    /// CURRENCY`, lines apart by newlines or `;`. Unset: each service's own (`docs/operations.md`).
    #[serde(default)]
    pub fees: std::collections::BTreeMap<String, String>,
    /// Numbers a service lets operators set (e.g. `travel-authorization.network-filings`): each
    /// service declares its own with a default and a range (`docs/operations.md`).
    #[serde(default)]
    pub settings: std::collections::BTreeMap<String, i64>,
    /// Amounts by date a service declares (e.g. `departure.stipend`), as fee schedules are
    /// written (`docs/operations.md`).
    #[serde(default)]
    pub amounts: std::collections::BTreeMap<String, String>,
    /// What contact data may be used for: each purpose's code and its legal basis. Unset:
    /// Garita's own (`garita_kernel::purposes`); set, it replaces them, and messages under a
    /// purpose left out are not sent (`docs/operations.md`).
    #[serde(default)]
    pub purposes: Option<std::collections::BTreeMap<String, String>>,
    /// How long parole lasts from arrival when the officer gives no end date (1 to 120 months).
    #[serde(default = "default_parole_months")]
    pub parole_months: u32,
    /// How many days a closed account is kept before the daily job forgets it (the consent text
    /// says 2 years: change it only with that text).
    #[serde(default = "default_closed_account_days")]
    pub closed_account_days: i64,
    /// How many days after it was sent (or given up) a message's text is kept; its delivery
    /// record stays with the account.
    #[serde(default = "default_message_text_days")]
    pub message_text_days: i64,
    /// How many hours before the deadline to confirm a group not done yet is reminded (1 to 22).
    #[serde(default = "default_reminder_hours")]
    pub reminder_hours: i64,
    /// Days after the appointment day that a confirmation's live photo is kept.
    #[serde(default = "default_live_photo_days")]
    pub live_photo_days: i64,
    /// Two faces whose descriptors lie closer than this are taken as one person's (0.3 to 0.9;
    /// dlib's figure is 0.6). Lower refuses more people; a refusal goes to a person.
    #[serde(default = "default_face_match_distance")]
    pub face_match_distance: f32,
    /// How often each node looks for due jobs (window, draw, publication).
    #[serde(default = "default_scheduler_interval_seconds")]
    pub scheduler_interval_seconds: u64,
    /// Daily requests arriving together are written in one transaction of up to this many
    /// (1 to 10000).
    #[serde(default = "default_request_batch_max")]
    pub request_batch_max: usize,
    /// How long a smaller batch waits for more (0 to 50 ms; 0: written as soon as the previous
    /// batch committed, which under load is when most have arrived).
    #[serde(default)]
    pub request_batch_wait_ms: u64,
}

fn default_window_zone() -> String {
    "America/New_York".into()
}

fn default_window_opens() -> String {
    "12:00".into()
}

fn default_window_closes() -> String {
    "23:59".into()
}

fn default_reserved_share_bp() -> u32 {
    5000
}

fn default_offer_hours() -> i64 {
    8
}

fn default_beacon_relays() -> Vec<String> {
    garita_appointments::app::beacon::PUBLIC_RELAYS
        .map(String::from)
        .to_vec()
}

fn default_beacon_grace_minutes() -> i64 {
    30
}

fn default_observer_reveal_minutes() -> i64 {
    15
}

fn default_closed_account_days() -> i64 {
    garita_kernel::closing::Retention::default().closed_account_days
}

fn default_stripe_api_url() -> String {
    "https://api.stripe.com".into()
}

fn default_message_text_days() -> i64 {
    garita_kernel::closing::MESSAGE_TEXT_DAYS
}

fn default_face_match_distance() -> f32 {
    garita_faces::FaceSettings::default().match_distance
}

fn default_live_photo_days() -> i64 {
    garita_appointments::app::LIVE_PHOTO_DAYS
}

fn default_reminder_hours() -> i64 {
    garita_appointments::app::reminders::REMINDER_HOURS
}

fn default_parole_months() -> u32 {
    garita_appointments::app::desk::PAROLE_MONTHS
}

fn default_appointment_days_ahead() -> u64 {
    14
}

fn default_email_per_minute() -> i64 {
    garita_kernel::delivery::DeliveryPolicy::default().email_per_minute
}

fn default_sms_per_minute() -> i64 {
    garita_kernel::delivery::DeliveryPolicy::default().sms_per_minute
}

fn default_messages_per_person_per_hour() -> i64 {
    garita_kernel::delivery::DeliveryPolicy::default().per_recipient_per_hour
}

fn default_scheduler_interval_seconds() -> u64 {
    30
}

fn default_request_batch_max() -> usize {
    garita_store::group_commit::Batching::default().max
}

fn default_address_cluster_threshold() -> i64 {
    garita_kernel::registrations::ADDRESS_THRESHOLD
}

fn default_secret_file() -> std::path::PathBuf {
    "garita-data/secret.key".into()
}

fn default_seal_generation() -> u8 {
    1
}

fn default_mail_from() -> String {
    "Garita <no-reply@garita.localhost>".into()
}

fn default_mail_dir() -> std::path::PathBuf {
    "garita-data/mail".into()
}

#[derive(Debug, Default, Clone, Copy, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    #[default]
    Text,
    Json,
}

fn default_bind() -> SocketAddr {
    SocketAddr::from(([127, 0, 0, 1], 8080))
}

/// A SQLite file under `./garita-data/`, created on first run.
fn default_database_url() -> SecretString {
    SecretString::from("sqlite://garita-data/garita.db")
}

fn default_log() -> String {
    "info".into()
}

/// The settings `GARITA_*` variables may set (others, like `GARITA_TEST_DATABASE_URL`, are not
/// configuration).
const ENV_KEYS: [&str; 44] = [
    "fees",
    "amounts",
    "purposes",
    "settings",
    "sms_gateway_url",
    "sms_gateway_secret",
    "payment_provider",
    "stripe_secret_key",
    "stripe_webhook_secret",
    "stripe_api_url",
    "email_per_minute",
    "sms_per_minute",
    "messages_per_person_per_hour",
    "address_cluster_threshold",
    "window_zone",
    "window_opens",
    "window_closes",
    "reserved_share_bp",
    "appointment_days_ahead",
    "offer_hours",
    "beacon_relays",
    "beacon_grace_minutes",
    "observer_reveal_minutes",
    "parole_months",
    "reminder_hours",
    "closed_account_days",
    "message_text_days",
    "live_photo_days",
    "face_match_distance",
    "eligibility_policy",
    "scheduler_interval_seconds",
    "request_batch_max",
    "request_batch_wait_ms",
    "seal_generation",
    "bind",
    "database_url",
    "log",
    "log_format",
    "secret",
    "secret_file",
    "public_url",
    "smtp_url",
    "mail_from",
    "mail_dir",
];

impl Config {
    /// Reads defaults, then the file (which may be absent), then the environment.
    pub fn load(file: &Path) -> Result<Config, Box<figment::Error>> {
        Figment::new()
            .merge(Toml::file(file))
            .merge(Env::prefixed("GARITA_").only(&ENV_KEYS))
            .extract()
            .map_err(Box::new)
    }

    /// The draw settings, checked.
    pub fn draw_settings(&self) -> Result<garita_appointments::app::draws::DrawSettings, String> {
        let window = garita_domain::window::Window::parse(
            &self.window_zone,
            &self.window_opens,
            &self.window_closes,
        )
        .map_err(|e| format!("request window: {e}"))?;
        let policy = match &self.eligibility_policy {
            None => garita_domain::geofence::Policy::shipped(),
            Some(path) => {
                let text = std::fs::read_to_string(path)
                    .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
                garita_domain::geofence::Policy::from_json(&text)
                    .map_err(|e| format!("{} is not an eligibility policy: {e}", path.display()))?
            }
        };
        if !(1..=23).contains(&self.offer_hours) {
            return Err("offer_hours must be 1 to 23".into());
        }
        for (name, minutes) in [
            ("beacon_grace_minutes", self.beacon_grace_minutes),
            ("observer_reveal_minutes", self.observer_reveal_minutes),
        ] {
            if !(1..=240).contains(&minutes) {
                return Err(format!("{name} must be 1 to 240"));
            }
        }
        if self.reserved_share_bp > 10_000 {
            return Err("reserved_share_bp must be 0 to 10000".into());
        }
        Ok(garita_appointments::app::draws::DrawSettings {
            window,
            policy,
            reserved_bp: self.reserved_share_bp,
            days_ahead: self.appointment_days_ahead,
            fairness_alpha: garita_appointments::domain::fairness::FAMILY_ALPHA,
            offer_hours: self.offer_hours,
            beacon: garita_appointments::app::beacon::BeaconSettings {
                relays: self.beacon_relays.clone(),
                grace_ms: self.beacon_grace_minutes * 60_000,
            },
            reveal_ms: self.observer_reveal_minutes * 60_000,
        })
    }

    /// How daily requests are batched, checked.
    pub fn request_batching(&self) -> Result<garita_store::group_commit::Batching, String> {
        if !(1..=10_000).contains(&self.request_batch_max) {
            return Err("request_batch_max must be 1 to 10000".into());
        }
        if self.request_batch_wait_ms > 50 {
            return Err("request_batch_wait_ms must be 0 to 50".into());
        }
        Ok(garita_store::group_commit::Batching {
            max: self.request_batch_max,
            wait: std::time::Duration::from_millis(self.request_batch_wait_ms),
        })
    }

    pub fn database_url(&self) -> &str {
        self.database_url.expose_secret()
    }

    /// The master secret: configured, or read from (and on first run written to) `secret_file`.
    pub fn master_secret(&self) -> Result<String, String> {
        if let Some(secret) = &self.secret {
            return Ok(secret.expose_secret().to_string());
        }
        let path = &self.secret_file;
        match std::fs::read_to_string(path) {
            Ok(text) => Ok(text.trim().to_string()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                let secret = garita_security::Keys::generate_master();
                if let Some(dir) = path.parent() {
                    std::fs::create_dir_all(dir)
                        .map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
                }
                write_private(path, &secret)
                    .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
                tracing::warn!(path = %path.display(), "created a new master secret; keep it safe and share it with every node");
                Ok(secret)
            }
            Err(e) => Err(format!("cannot read {}: {e}", path.display())),
        }
    }

    pub fn public_url(&self, bound: std::net::SocketAddr) -> String {
        self.public_url
            .clone()
            .unwrap_or_else(|| format!("http://{bound}"))
    }
}

/// Writes a file only its owner can read.
fn write_private(path: &Path, contents: &str) -> std::io::Result<()> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)?;
    file.write_all(contents.as_bytes())?;
    file.sync_all()
}

/// A database URL fit to print: the scheme and path or host, never a password.
pub fn describe_database(url: &str) -> String {
    match url.split_once("://") {
        Some((scheme, rest)) => {
            let after_credentials = rest.rsplit_once('@').map_or(rest, |(_, host)| host);
            let without_query = after_credentials.split('?').next().unwrap_or_default();
            format!("{scheme}://{without_query}")
        }
        None => "(unrecognised database URL)".into(),
    }
}

#[cfg(test)]
#[allow(clippy::result_large_err)] // figment's Jail closures must return figment::Error.
mod tests {
    use super::*;
    use figment::Jail;

    #[test]
    fn layers_apply_in_order_defaults_file_environment() {
        Jail::expect_with(|jail| {
            let config = Config::load(Path::new("absent.toml")).map_err(|e| *e)?;
            assert_eq!(config.bind, default_bind());
            assert_eq!(config.database_url(), "sqlite://garita-data/garita.db");

            jail.create_file("garita.toml", "bind = \"0.0.0.0:9000\"\nlog = \"debug\"")?;
            let config = Config::load(Path::new("garita.toml")).map_err(|e| *e)?;
            assert_eq!(config.bind.port(), 9000);
            assert_eq!(config.log, "debug");

            jail.set_env("GARITA_BIND", "127.0.0.1:7000");
            jail.set_env("GARITA_ADDRESS_CLUSTER_THRESHOLD", "12");
            jail.set_env("GARITA_DATABASE_URL", "postgres://u:hunter22@db/garita");
            let config = Config::load(Path::new("garita.toml")).map_err(|e| *e)?;
            assert_eq!(config.bind.port(), 7000);
            assert_eq!(config.log, "debug");
            assert_eq!(config.database_url(), "postgres://u:hunter22@db/garita");
            assert_eq!(config.address_cluster_threshold, 12);
            Ok(())
        });
    }

    #[test]
    fn fees_are_read_from_the_file_or_the_environment() {
        Jail::expect_with(|jail| {
            jail.create_file(
                "garita.toml",
                "[fees]\ni94 = \"2000-01-01 6.00 USD; 2025-09-30 30.00 USD; 2026-10-01 30.90 USD\"",
            )?;
            let config = Config::load(Path::new("garita.toml")).map_err(|e| *e)?;
            let fees = garita_domain::money::FeeSchedule::parse(&config.fees["i94"]).unwrap();
            let day = |d: &str| d.parse().unwrap();
            assert_eq!(fees.on(day("2026-10-01")).unwrap().minor, 3090);
            jail.set_env("GARITA_FEES", "{i94=\"2000-01-01 7 USD\"}");
            let config = Config::load(Path::new("garita.toml")).map_err(|e| *e)?;
            assert_eq!(config.fees["i94"], "2000-01-01 7 USD");
            Ok(())
        });
    }

    #[test]
    fn settings_are_read_from_the_file_or_the_environment() {
        Jail::expect_with(|jail| {
            jail.create_file(
                "garita.toml",
                "[settings]\n\"travel-authorization.network-filings\" = 40",
            )?;
            let config = Config::load(Path::new("garita.toml")).map_err(|e| *e)?;
            assert_eq!(config.settings["travel-authorization.network-filings"], 40);
            jail.set_env(
                "GARITA_SETTINGS",
                "{\"travel-authorization.signal-days\"=7}",
            );
            let config = Config::load(Path::new("garita.toml")).map_err(|e| *e)?;
            assert_eq!(config.settings["travel-authorization.signal-days"], 7);
            Ok(())
        });
    }

    #[test]
    fn secrets_never_show_in_debug_output() {
        Jail::expect_with(|jail| {
            jail.set_env("GARITA_DATABASE_URL", "postgres://u:hunter22@db/garita");
            let config = Config::load(Path::new("absent.toml")).map_err(|e| *e)?;
            assert!(!format!("{config:?}").contains("hunter22"));
            assert!(!describe_database(config.database_url()).contains("hunter22"));
            assert_eq!(
                describe_database(config.database_url()),
                "postgres://db/garita"
            );
            Ok(())
        });
    }

    #[test]
    fn a_bad_value_is_refused_with_its_name() {
        Jail::expect_with(|jail| {
            jail.set_env("GARITA_BIND", "not an address");
            let error = Config::load(Path::new("absent.toml")).unwrap_err();
            assert!(error.to_string().to_lowercase().contains("bind"), "{error}");
            Ok(())
        });
    }
}
