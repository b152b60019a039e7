//! The daily request and the draw (`docs/draw.md`): a day opens with a committed secret, takes one
//! request per registration from inside the eligible area, closes with a published digest of its
//! entries, is drawn with its winners' appointments in one transaction, is checked for fairness,
//! and is published (or held for an admin).

use super::beacon::BeaconNow;
use super::port_days::slot_text;
use super::{Appointments, Result};
use crate::domain::audit::AppointmentAction;
use crate::domain::draw::{self, DrawRecord, Entry, PortRule, split_seats};
use crate::domain::fairness::{self, Check};
use crate::messages::{self as kinds, AppointmentFacts, Facts, RequestFacts};
use crate::store::draws::{
    Added, AppointmentRow, CloseDigests, DayRow, DrawResult, NewDay, RequestRow,
};
use chrono::{DateTime, Days, NaiveDate, Timelike, Utc};
use garita_domain::geofence::{Geofence, Policy, Position, Verdict};
use garita_domain::window::{Window, WindowState};
use garita_domain::{AuditEvent, PortCode};
use garita_security::codes;
use garita_store::records::{Effects, NewMessage};
use serde::Serialize;

/// A group's status page: where its messages link to.
pub(crate) const STATUS: &str = "/status";

const SECRET: &str = "draws.secret";
/// A winning group has this long to confirm, from the moment it is told.
pub const CONFIRM_WITHIN_MS: i64 = 23 * 3_600_000;

/// How draws run; from configuration.
#[derive(Debug, Clone)]
pub struct DrawSettings {
    pub window: Window,
    pub policy: Policy,
    /// The share of each port's seats for the oldest registrations, in basis points.
    pub reserved_bp: u32,
    /// Appointments are this many days after the service day.
    pub days_ahead: u64,
    /// The family-wide level of the fairness checks (`fairness::FAMILY_ALPHA`).
    pub fairness_alpha: f64,
    /// Hours an alternate offered lapsed seats has to confirm.
    pub offer_hours: i64,
    /// The drand relays and how long a draw waits for its round.
    pub beacon: super::beacon::BeaconSettings,
    /// How long after the close observers may reveal (the draw waits for them, unless all
    /// have revealed).
    pub reveal_ms: i64,
}

impl Default for DrawSettings {
    fn default() -> Self {
        DrawSettings {
            window: Window::default(),
            policy: Policy::shipped(),
            reserved_bp: 5000,
            days_ahead: 14,
            fairness_alpha: fairness::FAMILY_ALPHA,
            offer_hours: 8,
            beacon: super::beacon::BeaconSettings::default(),
            reveal_ms: 15 * 60_000,
        }
    }
}

/// A person's latest request and appointment.
#[derive(Debug, Clone, Default)]
pub struct Status {
    /// The newest appointment of a published day, with its port.
    pub appointment: Option<(AppointmentRow, garita_domain::Port)>,
    /// The request, its port's name, and its result.
    pub latest: Option<(RequestRow, String, RequestResult)>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RequestResult {
    /// The day's result is not published yet.
    Waiting,
    Won,
    /// Chosen (or offered seats), but not confirmed in time.
    Lapsed,
    Cancelled,
    /// Confirmed, but nobody checked in on the day.
    NoShow,
    NotChosen,
}

/// Where a request came from, for the fairness check by device.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Channel {
    Web,
    Api,
}

impl Channel {
    fn code(self) -> &'static str {
        match self {
            Channel::Web => "web",
            Channel::Api => "api",
        }
    }
}

/// Where a request came from, and the asker's time zone if their browser or app said it (the
/// deadline in their messages is given in it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Origin {
    pub channel: Channel,
    pub time_zone: Option<chrono_tz::Tz>,
}

impl From<Channel> for Origin {
    fn from(channel: Channel) -> Self {
        Origin {
            channel,
            time_zone: None,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum RequestOutcome {
    /// Stored now.
    Accepted(RequestRow),
    /// Stored earlier with the same client request id: a retry, answered the same way.
    Repeated(RequestRow),
    /// The registration already asked today, with another client request id.
    AlreadyRequested(RequestRow),
    WindowClosed {
        next_date: NaiveDate,
        opens_at: DateTime<Utc>,
    },
    OutsideArea(Verdict),
    NoRegistration,
    PhotosMissing,
    /// The group holds a live appointment: one at a time (cancel it to ask again).
    HoldsAppointment(AppointmentRow),
}

impl Appointments {
    /// The zone a group's deadline is shown in, on the page as in every message: the phone's
    /// zone sent with the request, else the port's (one rule: `garita_i18n::when`).
    #[tracing::instrument(skip_all)]
    pub async fn deadline_zone(
        &self,
        a: &AppointmentRow,
        port: &garita_domain::Port,
    ) -> Result<chrono_tz::Tz> {
        Ok(self
            .store
            .request_of(&a.registration_id, &a.service_date)
            .await?
            .and_then(|r| r.time_zone)
            .and_then(|z| z.parse().ok())
            .unwrap_or(port.time_zone))
    }

    /// Where the request window stands now.
    pub fn window_state(&self) -> WindowState {
        self.draws.window.state(self.now_utc())
    }

    /// Opens a day: a fresh secret, sealed, and its commitment, published from now on. Opening
    /// an open day changes nothing.
    #[tracing::instrument(skip_all)]
    pub async fn open_day(&self, date: NaiveDate) -> Result<DayRow> {
        let secret = codes::random::<32>();
        let commitment = draw::hex(&draw::commitment(&secret));
        let closes_at = self.draws.window.closes_at(date).timestamp_millis();
        let event = AuditEvent::new(self.now(), AppointmentAction::DrawDayOpened)
            .actor("system")
            .subject(&date.to_string());
        Ok(self
            .store
            .open_day(
                NewDay {
                    service_date: date.to_string(),
                    secret_sealed: self.keys.seal(&secret, SECRET),
                    commitment,
                    closes_at,
                    reveals_until: closes_at + self.draws.reveal_ms,
                },
                self.now(),
                Effects::audit(event),
            )
            .await?)
    }

    /// Today's request of an account's registration, if any.
    #[tracing::instrument(skip_all)]
    pub async fn todays_request(&self, account_id: &str) -> Result<Option<RequestRow>> {
        let today = self.draws.window.service_date(self.now_utc());
        self.request_of_day(account_id, today).await
    }

    /// One request for today's draw. `client_request_id` makes retries safe.
    #[tracing::instrument(skip_all)]
    pub async fn request_appointment(
        &self,
        account_id: &str,
        port: &PortCode,
        position: Position,
        client_request_id: &str,
        origin: impl Into<Origin>,
    ) -> Result<RequestOutcome> {
        let origin = origin.into();
        let (date, now) = match self.window_state() {
            WindowState::Open { service_date, .. } => (service_date, self.now()),
            WindowState::Closed {
                next_date,
                opens_at,
            } => {
                return Ok(RequestOutcome::WindowClosed {
                    next_date,
                    opens_at,
                });
            }
        };
        // One read for the registration and whether it holds an appointment.
        let Some(standing) = self.store.request_standing(account_id).await? else {
            return Ok(RequestOutcome::NoRegistration);
        };
        let registration = standing.profile;
        if registration.travellers == 0 || registration.status != "active" {
            return Ok(RequestOutcome::NoRegistration);
        }
        if registration.photos_missing > 0 {
            return Ok(RequestOutcome::PhotosMissing);
        }
        if standing.live_appointment.is_some()
            && let Some(held) = self.store.live_appointment(&registration.id).await?
        {
            return Ok(RequestOutcome::HoldsAppointment(held));
        }
        let state = match self.eligible_state(account_id, position).await? {
            Ok(state) => state,
            Err(refused) => return Ok(RequestOutcome::OutsideArea(refused)),
        };
        let registered_on = DateTime::from_timestamp_millis(registration.created_at)
            .unwrap_or_default()
            .with_timezone(&self.draws.window.zone)
            .date_naive();
        let request = RequestRow {
            entry_id: codes::id(),
            service_date: date.to_string(),
            registration_id: registration.id.clone(),
            client_request_id: client_request_id.to_string(),
            port_code: port.as_str().to_string(),
            seats: registration.travellers,
            registered_on: registered_on.to_string(),
            created_at: now,
            channel: origin.channel.code().to_string(),
            state,
            time_zone: origin.time_zone.map(|z| z.name().to_string()),
        };
        let mut added = self.intake.submit(request.clone()).await?;
        if added == Added::NotOpen {
            let open_now = match self.store.day(&request.service_date).await? {
                // Nobody opened the day (every node was down when it was due): open it now.
                None => {
                    self.open_day(date).await?;
                    true
                }
                // Another request opened it since.
                Some(day) => day.status == "open",
            };
            if open_now {
                added = self.intake.submit(request).await?;
            }
        }
        Ok(match added {
            Added::Created(r) => RequestOutcome::Accepted(r),
            Added::Existing(r) if r.client_request_id == client_request_id => {
                RequestOutcome::Repeated(r)
            }
            Added::Existing(r) => RequestOutcome::AlreadyRequested(r),
            Added::NotOpen => {
                let next_date = date + Days::new(1);
                RequestOutcome::WindowClosed {
                    next_date,
                    opens_at: self.draws.window.opens_at(next_date),
                }
            }
        })
    }

    /// The Mexican state a group's position counts in, by the eligibility policy (a refused
    /// place still counts when the policy accepts it for groups of its nationals and every
    /// traveller is one); else the refusal, to explain.
    pub(crate) async fn eligible_state(
        &self,
        account_id: &str,
        position: Position,
    ) -> Result<std::result::Result<String, Verdict>> {
        Ok(
            match Geofence::shipped().check(&self.draws.policy, position) {
                Verdict::Eligible { state } => Ok(state),
                Verdict::Refused {
                    accepted_if_all_nationals: true,
                    place: garita_domain::geofence::Place::State { code, .. },
                    ..
                } if self.all_nationals(account_id).await? => Ok(code),
                refused => Err(refused),
            },
        )
    }

    /// Whether every traveller is a national of the policy's country (opens their details).
    async fn all_nationals(&self, account_id: &str) -> Result<bool> {
        let Some(country) = &self.draws.policy.anywhere_in_mexico_if_all_nationals_of else {
            return Ok(false);
        };
        let Some((_, travellers)) = self.store.registration_of(account_id).await? else {
            return Ok(false);
        };
        for t in &travellers {
            let details: garita_kernel::registrations::Details =
                self.open_json(&t.details_sealed, "travellers.details")?;
            if details.nationality.code() != country {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// Closes a day's window and publishes the digest of its entry list.
    #[tracing::instrument(skip_all)]
    pub async fn close_day(&self, date: NaiveDate) -> Result<()> {
        let key = date.to_string();
        let event = AuditEvent::new(self.now(), AppointmentAction::DrawDayClosed)
            .actor("system")
            .subject(&key);
        self.store
            .close_day(&key, self.now(), Effects::audit(event))
            .await?;
        let day = self.store.day(&key).await?;
        if day.is_some_and(|d| d.status != "open" && d.entries_digest.is_none()) {
            let entries = entries_of(&self.store.entries(&key).await?);
            let rules = self.rules(date).await?;
            let close = CloseDigests {
                entry_count: entries.len() as i64,
                entries_digest: draw::hex(&draw::entries_digest(&entries)),
                rules: serde_json::to_string(&rules).expect("rules serialize"),
                rules_digest: draw::hex(&draw::rules_digest(&rules)),
            };
            self.store.set_digest(&key, close).await?;
        }
        Ok(())
    }

    /// When a day's window closes: as kept at its opening, else as configured now.
    pub fn closes_at(&self, day: &DayRow) -> i64 {
        day.closes_at.unwrap_or_else(|| {
            let date = day.service_date.parse().unwrap_or_default();
            self.draws.window.closes_at(date).timestamp_millis()
        })
    }

    /// When a day's observers' reveals end: as kept at its opening, else its close plus the
    /// reveal period as configured now. Its drand round is the first after it.
    pub fn reveals_until(&self, day: &DayRow) -> i64 {
        day.reveals_until
            .unwrap_or_else(|| self.closes_at(day) + self.draws.reveal_ms)
    }

    /// The rules a closed day is drawn with: those published at its close.
    async fn closed_rules(&self, date: NaiveDate, day: &DayRow) -> Result<Vec<PortRule>> {
        match day.rules.as_deref().map(serde_json::from_str) {
            Some(Ok(rules)) => Ok(rules),
            // A day closed before rules were kept (or unreadable ones): as they are now.
            _ => self.rules(date).await,
        }
    }

    /// The port rules for a day: each port's seats per slot on the appointment date (less those
    /// held by appointments a closure moved there), its slots, and the reserved share.
    async fn rules(&self, date: NaiveDate) -> Result<Vec<PortRule>> {
        let on = date + Days::new(self.draws.days_ahead);
        let (day, key) = (on.to_string(), date.to_string());
        let mut rules = vec![];
        for port in self.store.list_ports().await? {
            let held = self
                .store
                .held_seats(port.code.as_str(), &day, &day)
                .await?;
            let slot_seats: Vec<u32> = self
                .slot_plan(&port, on)
                .await?
                .into_iter()
                .map(|(slot, seats)| {
                    let taken: i64 = held
                        .iter()
                        .filter(|h| h.service_date != key && h.slot == slot_text(slot))
                        .map(|h| h.seats)
                        .sum();
                    seats.saturating_sub(u32::try_from(taken).unwrap_or(u32::MAX))
                })
                .collect();
            let capacity = slot_seats.iter().sum();
            // The record names seats per slot only when they are not the even split.
            let even = split_seats(capacity, port.time_slots.len()) == slot_seats;
            rules.push(PortRule {
                port: port.code.clone(),
                capacity,
                reserved_bp: self.draws.reserved_bp,
                slots: port.time_slots.clone(),
                slot_seats: if even { vec![] } else { slot_seats },
            });
        }
        Ok(rules)
    }

    /// Runs a closed day's draw (closing it first if its window is over), checks it, and stores
    /// it with its appointments. Running it again changes nothing.
    #[tracing::instrument(skip_all)]
    pub async fn run_draw(&self, date: NaiveDate) -> Result<DrawOutcome> {
        let key = date.to_string();
        let Some(day) = self.store.day(&key).await? else {
            return Ok(DrawOutcome::NoSuchDay);
        };
        if day.status == "open" && self.now_utc() < self.draws.window.closes_at(date) {
            return Ok(DrawOutcome::StillOpen);
        }
        if day.drawn_at.is_some() {
            return Ok(DrawOutcome::AlreadyDrawn);
        }
        self.close_day(date).await?;
        let Some(day) = self.store.day(&key).await? else {
            return Ok(DrawOutcome::NoSuchDay);
        };
        let closes_at = self.closes_at(&day);
        let observers = self.observers_of_day(date).await?;
        let reveals_until = self.reveals_until(&day);
        if self.now() < reveals_until && observers.iter().any(|o| o.reveal.is_none()) {
            return Ok(DrawOutcome::Waiting {
                until: reveals_until,
            });
        }
        // The round after the reveals: known to nobody while anything else could still change.
        let drand = match self.draws.beacon.fetch(reveals_until, self.now()).await {
            BeaconNow::Ready(drand) => drand,
            BeaconNow::Wait { until } => return Ok(DrawOutcome::Waiting { until }),
        };
        let secret: [u8; 32] = self
            .keys
            .open(&day.secret_sealed, SECRET)?
            .try_into()
            .map_err(|_| {
                garita_kernel::ServiceError::Keys(garita_security::KeyError::CannotOpen)
            })?;
        let rows = self.store.entries(&key).await?;
        let entries = entries_of(&rows);
        let public = draw::Public {
            window_closes_at: closes_at,
            reveals_until,
            drand,
            observers,
        };
        let rules = self.closed_rules(date, &day).await?;
        let started = std::time::Instant::now();
        let record = draw::run_v2(date, &secret, public, &rules, &entries);
        let draw_ms = u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX);
        tracing::info!(entries = entries.len(), draw_ms, "draw run");
        let by_entry: std::collections::HashMap<&str, &RequestRow> =
            rows.iter().map(|r| (r.entry_id.as_str(), r)).collect();
        let checks = self.fairness_checks(&record, &entries, &by_entry);
        let failed: Vec<String> = fairness::failures(&checks, self.draws.fairness_alpha)
            .iter()
            .map(|c| format!("{} {} p={:.2e}", c.port, c.dimension, c.p_value))
            .collect();
        let now = self.now();
        let appointment_date = date + Days::new(self.draws.days_ahead);
        let appointments = record
            .ports
            .iter()
            .flat_map(|p| p.winners.iter().map(move |w| (p, w)))
            .filter_map(|(p, w)| {
                let r = by_entry.get(w.entry_id.as_str())?;
                Some(AppointmentRow {
                    id: codes::id(),
                    entry_id: w.entry_id.clone(),
                    registration_id: r.registration_id.clone(),
                    service_date: key.clone(),
                    port_code: p.rule.port.as_str().to_string(),
                    appointment_date: appointment_date.to_string(),
                    slot: w.slot.format("%H:%M:%S").to_string(),
                    seats: i64::from(w.seats),
                    pass: w.pass.code().to_string(),
                    status: "won".into(),
                    created_at: now,
                    confirm_by: None,
                    confirmed_at: None,
                    confirm_from: None,
                    deadline_told: None,
                    confirmation_number: None,
                    cancelled_at: None,
                })
            })
            .collect::<Vec<_>>();
        let held = !failed.is_empty();
        let detail = serde_json::json!({
            "entries": entries.len(),
            "winners": appointments.len(),
            "held": held,
            "draw_ms": draw_ms,
        });
        let mut effects = Effects::audit(
            AuditEvent::new(now, AppointmentAction::DrawRun)
                .actor("system")
                .subject(&key)
                .detail(detail.to_string()),
        );
        if held {
            effects.audit.push(
                AuditEvent::new(now, AppointmentAction::DrawHeld)
                    .actor("system")
                    .subject(&key)
                    .detail(serde_json::json!({ "failed": failed }).to_string()),
            );
            effects.messages = self.held_alerts(&key).await?;
        }
        let stats = statistics(&record, &entries);
        let written = self
            .store
            .record_draw(
                DrawResult {
                    service_date: key.clone(),
                    record: serde_json::to_string(&record).expect("records serialize"),
                    stats: serde_json::to_string(&stats).expect("statistics serialize"),
                    status: if held { "held" } else { "drawn" }.into(),
                    held_reason: held.then(|| failed.join("; ")),
                    drawn_at: now,
                    appointments,
                },
                effects,
            )
            .await?;
        if !written {
            return Ok(DrawOutcome::AlreadyDrawn);
        }
        if held {
            tracing::error!(service_date = %key, failed = ?failed, "draw held: a fairness check failed; an admin must look before it is published");
            return Ok(DrawOutcome::Held(failed));
        }
        Ok(DrawOutcome::Drawn)
    }

    /// One message to each programme admin, written with the held draw.
    async fn held_alerts(&self, key: &str) -> Result<Vec<garita_store::records::NewMessage>> {
        let mut messages = vec![];
        for admin in self.store.staff_accounts().await? {
            if admin.grant.role != garita_domain::Role::ProgrammeAdmin {
                continue;
            }
            let page = format!("/draws/{key}");
            let payload = self.payload_to(&admin.email_sealed, None, &admin.locale, &page)?;
            messages.push(self.message(
                kinds::DRAW_HELD,
                Some(&admin.id),
                format!("draw-held:{key}:{}", admin.id),
                &payload,
            ));
        }
        Ok(messages)
    }

    fn fairness_checks(
        &self,
        record: &DrawRecord,
        entries: &[Entry],
        by_entry: &std::collections::HashMap<&str, &RequestRow>,
    ) -> Vec<Check> {
        let zone = self.draws.window.zone;
        let hour = |e: &Entry| {
            by_entry
                .get(draw::entry_hex(&e.entry_id).as_str())
                .and_then(|r| DateTime::from_timestamp_millis(r.created_at))
                .map(|t| t.with_timezone(&zone).hour().to_string())
                .unwrap_or_default()
        };
        let device = |e: &Entry| {
            by_entry
                .get(draw::entry_hex(&e.entry_id).as_str())
                .map(|r| r.channel.clone())
                .unwrap_or_default()
        };
        let mut checks = fairness::random_pass_checks(record, entries, "hour", hour);
        checks.extend(fairness::random_pass_checks(
            record, entries, "device", device,
        ));
        checks.extend(fairness::random_pass_checks(
            record,
            entries,
            "size",
            fairness::size_band,
        ));
        checks
    }

    /// Publishes a drawn day (or, with `release`, one held for an admin) and, in the same
    /// transaction, tells each winning group: their deadline to confirm starts now.
    #[tracing::instrument(skip_all)]
    pub async fn publish_day(&self, date: NaiveDate, released_by: Option<&str>) -> Result<bool> {
        let key = date.to_string();
        let (from, action, actor) = match released_by {
            Some(admin) => (["held"], AppointmentAction::DrawReleased, admin),
            None => (["drawn"], AppointmentAction::DrawPublished, "system"),
        };
        let now = self.now();
        let confirm_by = now + CONFIRM_WITHIN_MS;
        let event = AuditEvent::new(now, action).actor(actor).subject(&key);
        let mut effects = Effects::audit(event);
        effects.messages = self.winner_messages(&key, confirm_by).await?;
        effects
            .messages
            .extend(self.not_chosen_messages(&key).await?);
        let published = self
            .store
            .publish_day(&key, &from, now, confirm_by, effects)
            .await?;
        if published {
            // A checkpoint of the audit log with each publication, whoever published (the
            // daily one follows anyway); a failure here must not undo the publication.
            if let Err(e) = self.checkpoint_audit().await {
                tracing::error!(error = %e, "no audit checkpoint at the publication");
            }
        }
        Ok(published)
    }

    /// One message per winning group, naming its appointment as the record has it. The
    /// de-duplication key is the request's day and registration: however often a day is
    /// published or drawn, a group hears once.
    async fn winner_messages(&self, key: &str, confirm_by: i64) -> Result<Vec<NewMessage>> {
        let ports = self.store.list_ports().await?;
        let mut messages = vec![];
        for w in self.store.winners_to_tell(key).await? {
            let a = &w.appointment;
            let Some(port) = ports.iter().find(|p| p.code.as_str() == a.port_code) else {
                continue;
            };
            let zone = w
                .time_zone
                .clone()
                .unwrap_or_else(|| port.time_zone.name().to_string());
            let mut payload = self.payload_to(
                &w.email_sealed,
                w.phone_sealed.as_deref(),
                &w.locale,
                STATUS,
            )?;
            Facts::edit(&mut payload, |f| {
                f.appointment = Some(AppointmentFacts::new(a, port, confirm_by, zone))
            });
            messages.push(self.message(
                kinds::WON,
                Some(&w.account_id),
                format!("won:{key}:{}", a.registration_id),
                &payload,
            ));
        }
        Ok(messages)
    }

    /// What a person's status page shows: their latest request and what came of it, and their
    /// appointment once its day is published (a held draw tells nobody anything).
    #[tracing::instrument(skip_all)]
    pub async fn appointment_status(&self, account_id: &str) -> Result<Status> {
        let Some(registration) = self.store.request_profile(account_id).await? else {
            return Ok(Status::default());
        };
        let ports = self.store.list_ports().await?;
        let mut status = Status::default();
        let appointments = self.store.appointments_of(&registration.id).await?;
        let standing =
            |a: &&AppointmentRow| matches!(a.status.as_str(), "won" | "offered" | "confirmed");
        for a in appointments.iter().filter(standing) {
            let published = self
                .store
                .day(&a.service_date)
                .await?
                .is_some_and(|d| d.status == "published");
            if published && let Some(port) = ports.iter().find(|p| p.code.as_str() == a.port_code) {
                status.appointment = Some((a.clone(), port.clone()));
                break;
            }
        }
        if let Some(request) = self.store.latest_request(&registration.id).await? {
            let published = self
                .store
                .day(&request.service_date)
                .await?
                .is_some_and(|d| d.status == "published");
            let won = status
                .appointment
                .as_ref()
                .is_some_and(|(a, _)| a.entry_id == request.entry_id);
            let ended = appointments
                .iter()
                .find(|a| a.entry_id == request.entry_id)
                .map(|a| a.status.as_str());
            let result = match (published, won, ended) {
                (false, _, _) => RequestResult::Waiting,
                (true, true, _) => RequestResult::Won,
                (true, false, Some("lapsed")) => RequestResult::Lapsed,
                (true, false, Some("cancelled")) => RequestResult::Cancelled,
                (true, false, Some("no-show")) => RequestResult::NoShow,
                (true, false, _) => RequestResult::NotChosen,
            };
            let port = ports
                .iter()
                .find(|p| p.code.as_str() == request.port_code)
                .map_or_else(|| request.port_code.clone(), |p| p.name.clone());
            status.latest = Some((request, port, result));
        }
        Ok(status)
    }

    /// One e-mail per group not chosen that asked to be told (nobody else hears about losing:
    /// their status page shows it).
    async fn not_chosen_messages(&self, key: &str) -> Result<Vec<NewMessage>> {
        let ports = self.store.list_ports().await?;
        let mut messages = vec![];
        for c in self.store.not_chosen_to_tell(key).await? {
            let port_name = ports
                .iter()
                .find(|p| p.code.as_str() == c.port_code)
                .map_or_else(|| c.port_code.clone(), |p| p.name.clone());
            let mut payload = self.payload_to(&c.email_sealed, None, &c.locale, STATUS)?;
            Facts::edit(&mut payload, |f| {
                f.request = Some(RequestFacts {
                    service_date: key.to_string(),
                    port_name,
                })
            });
            messages.push(self.message(
                kinds::NOT_CHOSEN,
                Some(&c.account_id),
                format!("not-chosen:{key}:{}", c.registration_id),
                &payload,
            ));
        }
        Ok(messages)
    }

    #[tracing::instrument(skip_all)]
    pub async fn public_day(&self, date: NaiveDate) -> Result<Option<PublicDay>> {
        let Some(day) = self.store.day(&date.to_string()).await? else {
            return Ok(None);
        };
        let record = if day.status == "published" {
            self.store
                .day_record(&day.service_date)
                .await?
                .and_then(|(r, s)| {
                    Some((
                        serde_json::from_str(&r).ok()?,
                        serde_json::from_str(&s).ok()?,
                    ))
                })
        } else {
            None
        };
        let (record, stats) = record.unzip();
        let closes_at = self.closes_at(&day);
        let reveals_until = self.reveals_until(&day);
        // Observers' commitments from the start (only the hashes); reveals once drawn.
        let drawn = day.drawn_at.is_some();
        let observers = self
            .observers_of_day(date)
            .await?
            .into_iter()
            .map(|o| PublicObserver {
                observer: o.observer,
                name: o.name,
                commitment: o.commitment,
                status: drawn.then_some(o.status),
            })
            .collect();
        Ok(Some(PublicDay {
            service_date: date,
            status: day.status,
            commitment: day.commitment,
            committed_at: day.committed_at,
            window_closes_at: closes_at,
            reveals_until,
            beacon_round: crate::domain::beacon::round_after(reveals_until),
            observers,
            entry_count: day.entry_count,
            entries_digest: day.entries_digest,
            rules: day
                .rules
                .as_deref()
                .and_then(|r| serde_json::from_str(r).ok()),
            rules_digest: day.rules_digest,
            published_at: day.published_at,
            record,
            stats,
        }))
    }

    /// The account's request for a given day.
    #[tracing::instrument(skip_all)]
    pub async fn request_of_day(
        &self,
        account_id: &str,
        date: NaiveDate,
    ) -> Result<Option<RequestRow>> {
        let Some(registration) = self.store.request_profile(account_id).await? else {
            return Ok(None);
        };
        Ok(self
            .store
            .request_of(&registration.id, &date.to_string())
            .await?)
    }

    /// The downloadable record of a published day, with its entry list (`draw::Published`).
    #[tracing::instrument(skip_all)]
    pub async fn published_file(&self, date: NaiveDate) -> Result<Option<String>> {
        let Some(PublicDay {
            record: Some(record),
            ..
        }) = self.public_day(date).await?
        else {
            return Ok(None);
        };
        let key = date.to_string();
        let entries = entries_of(&self.store.entries(&key).await?);
        let after = self.store.after_draw(&key).await?;
        let v2 = record.version == draw::VERSION_V2;
        let mut file = self.with_after(draw::Published::new(record, &entries), &after, date);
        if v2 {
            // The audit log's checkpoint signed at the publication (`docs/audit.md`).
            let published_at = self.store.day(&key).await?.and_then(|d| d.published_at);
            if let Some(at) = published_at {
                let checkpoints = self.store.checkpoints(1_000).await?;
                file.audit_checkpoint = checkpoints
                    .into_iter()
                    .filter(|c| c.at_ms >= at)
                    .min_by_key(|c| c.at_ms)
                    .map(|c| serde_json::to_value(c).expect("checkpoints serialize"));
            }
        }
        Ok(Some(
            serde_json::to_string_pretty(&file).expect("records serialize"),
        ))
    }

    /// The figures of the latest published days, newest first.
    #[tracing::instrument(skip_all)]
    pub async fn published_statistics(
        &self,
        days: usize,
    ) -> Result<Vec<(NaiveDate, Vec<PortStats>)>> {
        let mut out = vec![];
        for day in self.store.days().await? {
            if out.len() == days {
                break;
            }
            if day.status != "published" {
                continue;
            }
            let Ok(date) = NaiveDate::parse_from_str(&day.service_date, "%Y-%m-%d") else {
                continue;
            };
            if let Some((record, stats)) = self.store.day_record(&day.service_date).await?
                && let Ok(mut stats) = serde_json::from_str::<Vec<PortStats>>(&stats)
            {
                // Figures stored before each winner's days were kept: made again from the
                // record and the day's entries, as at the draw.
                if stats
                    .iter()
                    .any(|s| s.winners > 0 && s.winner_days.is_empty())
                    && let Ok(record) = serde_json::from_str::<DrawRecord>(&record)
                {
                    let entries = entries_of(&self.store.entries(&day.service_date).await?);
                    stats = statistics(&record, &entries);
                }
                out.push((date, stats));
            }
        }
        Ok(out)
    }

    /// The canonical entry list of a closed day (`None` while the day is open).
    #[tracing::instrument(skip_all)]
    pub async fn entry_list(&self, date: NaiveDate) -> Result<Option<String>> {
        let key = date.to_string();
        match self.store.day(&key).await? {
            Some(day) if day.entries_digest.is_some() => Ok(Some(draw::canonical_list(
                &entries_of(&self.store.entries(&key).await?),
            ))),
            _ => Ok(None),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DrawOutcome {
    Drawn,
    /// A fairness check failed: stored, not published, an admin alerted.
    Held(Vec<String>),
    AlreadyDrawn,
    StillOpen,
    /// Closed, and waiting for the observers' reveals or the drand round until this time
    /// (Unix ms).
    Waiting {
        until: i64,
    },
    NoSuchDay,
}

/// What `/draws/{date}` shows.
#[derive(Debug, Clone, Serialize)]
pub struct PublicDay {
    pub service_date: NaiveDate,
    pub status: String,
    pub commitment: String,
    pub committed_at: i64,
    /// When the window closes, when the observers' reveals end, and the drand quicknet round
    /// the draw will take (the first after the reveals), known from the opening.
    pub window_closes_at: i64,
    pub reveals_until: i64,
    pub beacon_round: u64,
    pub observers: Vec<PublicObserver>,
    pub entry_count: Option<i64>,
    pub entries_digest: Option<String>,
    /// The ports' rules published at the close, and their digest.
    pub rules: Option<Vec<PortRule>>,
    pub rules_digest: Option<String>,
    pub published_at: Option<i64>,
    pub record: Option<DrawRecord>,
    pub stats: Option<Vec<PortStats>>,
}

/// An observer as `/draws/D` shows it: its commitment from the start, how its reveal was
/// judged once the day is drawn.
#[derive(Debug, Clone, Serialize)]
pub struct PublicObserver {
    pub observer: String,
    pub name: String,
    pub commitment: String,
    pub status: Option<crate::domain::observers::RevealStatus>,
}

/// One port's figures for a day, for the statistics page.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
pub struct PortStats {
    pub port: String,
    pub requests: u64,
    pub seats_requested: u64,
    pub seats: u32,
    pub winners: u64,
    pub seats_won: u64,
    /// Days winners had been registered: the shortest, the median and the longest.
    pub registered_days: Option<(i64, i64, i64)>,
    /// The days each winner had been registered, shortest first, so that figures over many
    /// days can be told exactly (absent from figures stored before it was kept).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub winner_days: Vec<i64>,
}

fn statistics(record: &DrawRecord, entries: &[Entry]) -> Vec<PortStats> {
    let by_id: std::collections::HashMap<String, &Entry> = entries
        .iter()
        .map(|e| (draw::entry_hex(&e.entry_id), e))
        .collect();
    record
        .ports
        .iter()
        .map(|p| {
            let at_port = entries.iter().filter(|e| e.port == p.rule.port);
            let mut days: Vec<i64> = p
                .winners
                .iter()
                .filter_map(|w| by_id.get(&w.entry_id))
                .map(|e| (record.service_date - e.registered_on).num_days())
                .collect();
            days.sort_unstable();
            PortStats {
                port: p.rule.port.as_str().to_string(),
                requests: at_port.clone().count() as u64,
                seats_requested: at_port.map(|e| u64::from(e.seats)).sum(),
                seats: p.rule.capacity,
                winners: p.winners.len() as u64,
                seats_won: p.winners.iter().map(|w| u64::from(w.seats)).sum(),
                registered_days: (!days.is_empty())
                    .then(|| (days[0], days[days.len() / 2], days[days.len() - 1])),
                winner_days: days,
            }
        })
        .collect()
}

/// The draw's view of stored requests.
pub(crate) fn entries_of(rows: &[RequestRow]) -> Vec<Entry> {
    rows.iter()
        .filter_map(|r| {
            Some(Entry {
                entry_id: draw::parse_entry_id(&r.entry_id)?,
                port: PortCode::parse(&r.port_code).ok()?,
                seats: u32::try_from(r.seats).ok()?,
                registered_on: NaiveDate::parse_from_str(&r.registered_on, "%Y-%m-%d").ok()?,
            })
        })
        .collect()
}

impl Appointments {
    /// What a message about an appointment says, to the group holding it: the account, and the
    /// payload with the appointment's facts, `deadline`, and the group's zone (the one its
    /// request came with, else the port's). `None` if the group or port is gone.
    pub(crate) async fn appointment_payload(
        &self,
        a: &crate::store::draws::AppointmentRow,
        deadline: i64,
    ) -> super::Result<Option<(String, garita_kernel::messages::Payload)>> {
        let Some(account_id) = self
            .store
            .account_of_registration(&a.registration_id)
            .await?
        else {
            return Ok(None);
        };
        let Some(account) = self.store.account(&account_id).await? else {
            return Ok(None);
        };
        let ports = self.store.list_ports().await?;
        let Some(port) = ports.iter().find(|p| p.code.as_str() == a.port_code) else {
            return Ok(None);
        };
        let zone = self.deadline_zone(a, port).await?.name().to_string();
        let mut payload = self.payload_to(
            &account.email_sealed,
            account.phone_sealed.as_deref(),
            &account.locale,
            STATUS,
        )?;
        Facts::edit(&mut payload, |f| {
            f.appointment = Some(AppointmentFacts::new(a, port, deadline, zone))
        });
        Ok(Some((account_id, payload)))
    }
}
