//! Confirming an appointment before its deadline: every traveller aged 14 or over passes the
//! location check (the request's eligibility policy) and the live-photo check: one usable frontal
//! face, as for registration photos, compared with the traveller's registration photo by the face
//! capability (`garita_faces`), and taken during a liveness challenge (the head turning as the
//! server asked). A photo refused three times goes to a person, and so does one the comparison
//! cannot use and a still sent without the challenge; the confirmation waits for them instead of
//! failing. The group is confirmed when all have passed. The officer at the port sees both
//! photos and their distance.

use super::{Appointments, Result};
use crate::domain::audit::AppointmentAction;
use crate::messages::{self as kinds, Facts};
use crate::store::confirmations::TravellerCheck;
use crate::store::draws::AppointmentRow;
use garita_domain::geofence::{Position, Verdict};
use garita_domain::{AuditAction, AuditEvent, Port};
use garita_faces::liveness::Doubt;
use garita_kernel::face_figures::{self, Group};
use garita_kernel::photos::{Challenge, PhotoProblem};
use garita_kernel::registrations::PHOTO_TRIES;
use garita_store::records::{Account, Effects};

const PHOTO: &str = "confirmations.photo";
/// The check's name in the face figures.
const FIGURES: &str = "appointments.confirmation";

/// What came of one traveller's attempt.
#[derive(Debug, Clone, PartialEq)]
pub enum ConfirmOutcome {
    /// This traveller passed; `group_confirmed` when they were the last one needed.
    Passed {
        group_confirmed: bool,
    },
    TryAgain {
        problem: PhotoProblem,
        tries_left: i64,
    },
    /// Refused three times: a person looks at it; the confirmation waits.
    SentToReview,
    /// No position came with the form.
    NeedsLocation,
    OutsideArea(Verdict),
    /// The deadline has passed.
    TooLate,
}

/// The frames a page took during a challenge, in order, and its token.
#[derive(Debug, Clone)]
pub struct LiveCapture {
    pub token: String,
    pub frames: Vec<Vec<u8>>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CheckState {
    ToDo,
    Retake(String),
    InReview,
    Passed,
}

#[derive(Debug, Clone)]
pub struct TravellerToConfirm {
    pub id: String,
    pub given_name: String,
    pub state: CheckState,
    /// Their nationality and age band, for counting the photo checks' outcomes by group.
    pub group: Group,
    /// Photos refused since the last accepted one or review (a liveness token is for one try).
    pub failed_attempts: i64,
}

/// An appointment waiting for its group's confirmation.
#[derive(Debug, Clone)]
pub struct Confirmation {
    pub appointment: AppointmentRow,
    pub port: Port,
    /// Unix milliseconds, moved later by any degraded period in the time to act.
    pub deadline: i64,
    /// Where the deadline is shown: the zone its messages give it in.
    pub zone: chrono_tz::Tz,
    /// The travellers who confirm (14 or over), in the registration's order.
    pub travellers: Vec<TravellerToConfirm>,
}

impl Appointments {
    /// The person's appointment still to confirm (its day published), if any.
    #[tracing::instrument(skip_all)]
    pub async fn confirmation(&self, account_id: &str) -> Result<Option<Confirmation>> {
        let Some(registration) = self.registration(account_id).await? else {
            return Ok(None);
        };
        let Some(appointment) = self
            .store
            .appointments_of(&registration.id)
            .await?
            .into_iter()
            .find(|a| a.status == "won" || a.status == "offered")
        else {
            return Ok(None);
        };
        let (Some(deadline), Some(port)) = (
            self.deadline_of(&appointment).await?,
            self.store
                .list_ports()
                .await?
                .into_iter()
                .find(|p| p.code.as_str() == appointment.port_code),
        ) else {
            return Ok(None); // not told yet: its day is not published
        };
        let zone = self.deadline_zone(&appointment, &port).await?;
        let checks = self.store.traveller_checks(&appointment.id).await?;
        let today = self.now_utc().date_naive();
        let travellers = registration
            .travellers
            .iter()
            .filter(|t| t.needs_photo)
            .map(|t| {
                let check = checks.iter().find(|c| c.traveller_id == t.id);
                let state = match check.map(|c| (c.status.as_str(), &c.problem)) {
                    None => CheckState::ToDo,
                    Some(("passed", _)) => CheckState::Passed,
                    Some(("review", _)) => CheckState::InReview,
                    Some((_, problem)) => CheckState::Retake(problem.clone().unwrap_or_default()),
                };
                TravellerToConfirm {
                    id: t.id.clone(),
                    given_name: t.name.given.clone(),
                    state,
                    group: Group::of(&t.details.nationality, t.birth_date, today),
                    failed_attempts: check.map_or(0, |c| c.failed_attempts),
                }
            })
            .collect();
        Ok(Some(Confirmation {
            appointment,
            port,
            deadline,
            zone,
            travellers,
        }))
    }

    /// One traveller's location and a still photo, for the account's appointment waiting for
    /// confirmation (`None`: no such appointment, or the traveller does not confirm). Nothing
    /// shows a still was taken now: one that passes the checks goes to a person, at once.
    pub async fn confirm_traveller(
        &self,
        actor: &Account,
        account_id: &str,
        traveller_id: &str,
        position: Option<Position>,
        photo: &[u8],
    ) -> Result<Option<ConfirmOutcome>> {
        self.confirm_capture(actor, account_id, traveller_id, position, photo, None)
            .await
    }

    /// The same, with the frames a page took during the traveller's liveness challenge
    /// ([`Appointments::liveness_challenge`]). The first frame (facing the camera) is the photo
    /// checked and compared: the face compared is the one that turned.
    pub async fn confirm_traveller_live(
        &self,
        actor: &Account,
        account_id: &str,
        traveller_id: &str,
        position: Option<Position>,
        live: &LiveCapture,
    ) -> Result<Option<ConfirmOutcome>> {
        let photo = live.frames.first().map_or(&[][..], Vec::as_slice);
        self.confirm_capture(actor, account_id, traveller_id, position, photo, Some(live))
            .await
    }

    /// The head poses to ask a traveller for, in order, and the token the page sends back with
    /// the frames: sealed, it binds them to this traveller, appointment and try, for
    /// [`CHALLENGE_MINUTES`] (`None`: nobody to confirm).
    pub async fn liveness_challenge(
        &self,
        account_id: &str,
        traveller_id: &str,
    ) -> Result<Option<Challenge>> {
        let Some(c) = self.confirmation(account_id).await? else {
            return Ok(None);
        };
        let Some(traveller) = c.travellers.iter().find(|t| t.id == traveller_id) else {
            return Ok(None);
        };
        let bound = bound(&c.appointment.id, traveller_id, traveller.failed_attempts);
        Ok(Some(Challenge::issue(&self.keys, &bound, self.now())))
    }

    #[tracing::instrument(skip_all)]
    async fn confirm_capture(
        &self,
        actor: &Account,
        account_id: &str,
        traveller_id: &str,
        position: Option<Position>,
        photo: &[u8],
        live: Option<&LiveCapture>,
    ) -> Result<Option<ConfirmOutcome>> {
        let Some(c) = self.confirmation(account_id).await? else {
            return Ok(None);
        };
        let Some(traveller) = c.travellers.iter().find(|t| t.id == traveller_id) else {
            return Ok(None);
        };
        if matches!(traveller.state, CheckState::Passed | CheckState::InReview) {
            return Ok(Some(ConfirmOutcome::Passed {
                group_confirmed: false,
            }));
        }
        if self.now() > c.deadline {
            return Ok(Some(ConfirmOutcome::TooLate));
        }
        let Some(position) = position else {
            return Ok(Some(ConfirmOutcome::NeedsLocation));
        };
        let state = match self.eligible_state(account_id, position).await? {
            Ok(state) => state,
            Err(refused) => return Ok(Some(ConfirmOutcome::OutsideArea(refused))),
        };
        let of_record = self.registration_photo(traveller_id).await?;
        let settings = self.faces;
        let failed = traveller.failed_attempts;
        let still = live.is_none();
        // A capture whose token is not this try's (replayed, stale, another traveller's) is not
        // one capture of this challenge.
        let live = live.map(|l| {
            let bound = bound(&c.appointment.id, traveller_id, failed);
            let steps = Challenge::steps(&self.keys, &l.token, &bound, self.now());
            (steps, l.frames.clone())
        });
        // Finding and comparing faces takes CPU: keep it off the threads that answer requests.
        let owned = photo.to_vec();
        let (checked, compared, doubt) = tokio::task::spawn_blocking(move || {
            let checked = garita_kernel::photos::check(&owned);
            // A capture that passed has described its first frame, the photo: not done again.
            let (doubt, described) = match (&checked.problem, live) {
                (None, Some((Some(steps), frames))) => {
                    match garita_kernel::photos::liveness(&checked, &frames, &steps, settings) {
                        Ok(first) => (None, Some(first)),
                        Err(doubt) => (Some(doubt), None),
                    }
                }
                (None, Some((None, _))) => (Some(Doubt::NotOneCapture), None),
                _ => (None, None),
            };
            // No photo of record (none is kept): nothing to compare with; the officer compares.
            let compared = match (&checked.problem, &of_record) {
                (None, Some(record)) => Some(
                    described
                        .or_else(|| checked.descriptor())
                        .zip(garita_kernel::photos::descriptor_of(record))
                        .map(|(live, record)| garita_faces::compare(&live, &record, settings)),
                ),
                _ => None,
            };
            (checked, compared, doubt)
        })
        .await
        .expect("the photo check does not panic");
        let problem = checked
            .problem
            .or(doubt.map(|_| PhotoProblem::MoveAsAsked))
            .or(match compared {
                Some(Some(c)) if !c.alike => Some(PhotoProblem::CompareAgain),
                Some(None) => Some(PhotoProblem::NotCompared),
                _ => None,
            })
            // Nothing showed this still being taken now, by this person: a person decides.
            .or(still.then_some(PhotoProblem::NotLive));
        let compared = compared.flatten();
        let now = self.now();
        let sealed = checked
            .photo
            .as_ref()
            .map(|p| self.keys.seal(&p.jpeg, PHOTO));
        let (status, problem, failed, outcome) = match (problem, sealed.is_some()) {
            (None, true) => ("passed", None, 0, None),
            // Not a picture at all: nothing a person could review.
            (Some(p @ PhotoProblem::NotAPhoto), _) | (Some(p), false) => {
                return Ok(Some(ConfirmOutcome::TryAgain {
                    problem: p,
                    tries_left: PHOTO_TRIES - failed,
                }));
            }
            (None, false) => {
                return Ok(Some(ConfirmOutcome::TryAgain {
                    problem: PhotoProblem::NotAPhoto,
                    tries_left: PHOTO_TRIES - failed,
                }));
            }
            // Another try would not help: a person looks at the photo (and compares the two).
            (Some(p @ (PhotoProblem::NotCompared | PhotoProblem::NotLive)), true) => (
                "review",
                Some(p),
                failed,
                Some(ConfirmOutcome::SentToReview),
            ),
            (Some(p), true) if failed + 1 >= PHOTO_TRIES => (
                "review",
                Some(p),
                failed + 1,
                Some(ConfirmOutcome::SentToReview),
            ),
            (Some(p), true) => (
                "retake",
                Some(p),
                failed + 1,
                Some(ConfirmOutcome::TryAgain {
                    problem: p,
                    tries_left: PHOTO_TRIES - failed - 1,
                }),
            ),
        };
        let check = TravellerCheck {
            appointment_id: c.appointment.id.clone(),
            traveller_id: traveller_id.to_string(),
            status: status.into(),
            failed_attempts: failed,
            photo_sealed: sealed,
            problem: problem.map(|p| p.code().to_string()),
            state: Some(state.clone()),
            updated_at: now,
            face_distance_milli: compared.map(|c| (c.distance * 1000.0).round() as i64),
        };
        let event = AuditEvent::new(now, AppointmentAction::TravellerChecked)
            .actor(&actor.id)
            .subject(&c.appointment.id)
            .detail(
                serde_json::json!({
                    "traveller": traveller_id,
                    "status": status,
                    "problem": check.problem,
                    "doubt": doubt.map(Doubt::code),
                    "state": state,
                })
                .to_string(),
            );
        let counted = match (status, problem) {
            ("passed", _) => face_figures::ACCEPTED.to_string(),
            ("review", _) => face_figures::TO_REVIEW.to_string(),
            (_, p) => face_figures::refused(p.map_or("", |p| p.code())),
        };
        let effects =
            Effects::audit(event).and_face_count(traveller.group.count(now, FIGURES, &counted));
        let number = super::proofs::new_number();
        let confirmed = self
            .store
            .record_check(
                check,
                &required(&c),
                &number,
                effects,
                self.on_confirmed(account_id, &c, now, &number).await?,
            )
            .await?;
        Ok(Some(outcome.unwrap_or(ConfirmOutcome::Passed {
            group_confirmed: confirmed,
        })))
    }

    /// Tells programme admins, once an ISO week, when over the seven days before `date` the
    /// automatic check sent a group (large enough to publish) to a person more than twice as
    /// often as everyone. Returns how many groups stood out.
    pub async fn watch_face_rates(&self, date: chrono::NaiveDate) -> Result<usize> {
        let since = date - chrono::Days::new(7);
        let counts = self
            .store
            .face_check_counts(&since.format("%Y-%m-%d").to_string())
            .await?;
        let (groups, all) = face_figures::rates(&counts);
        let out = face_figures::outliers(&groups, &all).len();
        if out == 0 {
            return Ok(0);
        }
        let week = chrono::Datelike::iso_week(&date);
        let mut effects = Effects::none();
        for admin in self.store.staff_accounts().await? {
            if admin.grant.role != garita_domain::Role::ProgrammeAdmin {
                continue;
            }
            let payload =
                self.payload_to(&admin.email_sealed, None, &admin.locale, "/statistics")?;
            effects = effects.and_message(self.message(
                kinds::FACE_RATES,
                Some(&admin.id),
                format!("face-rates:{}-W{}:{}", week.year(), week.week(), admin.id),
                &payload,
            ));
        }
        self.store.enqueue(effects).await?;
        Ok(out)
    }

    /// The traveller's registration photo, opened, if one is kept.
    async fn registration_photo(&self, traveller_id: &str) -> Result<Option<Vec<u8>>> {
        let Some(sealed) = self
            .store
            .photo(traveller_id)
            .await?
            .and_then(|p| p.photo_sealed)
        else {
            return Ok(None);
        };
        Ok(Some(self.keys.open(&sealed, "photos.jpeg")?))
    }

    /// A programme admin decides on a confirmation photo the check refused three times:
    /// accepted, the traveller has passed (even after the deadline: the group was waiting for
    /// this); refused, they take another.
    #[tracing::instrument(skip_all)]
    pub async fn review_confirmation_photo(
        &self,
        reviewer: &Account,
        appointment_id: &str,
        traveller_id: &str,
        accept: bool,
    ) -> Result<bool> {
        let Some(mut check) = self
            .store
            .traveller_checks(appointment_id)
            .await?
            .into_iter()
            .find(|c| c.traveller_id == traveller_id && c.status == "review")
        else {
            return Ok(false);
        };
        let Some(account_id) = self.store.account_of_appointment(appointment_id).await? else {
            return Ok(false);
        };
        let Some(c) = self.confirmation(&account_id).await? else {
            return Ok(false);
        };
        let now = self.now();
        check.status = if accept { "passed" } else { "retake" }.into();
        check.failed_attempts = 0;
        check.updated_at = now;
        let event = AuditEvent::new(now, AppointmentAction::ConfirmationPhotoReviewed)
            .actor(&reviewer.id)
            .subject(appointment_id)
            .detail(
                serde_json::json!({ "traveller": traveller_id, "accepted": accept }).to_string(),
            );
        let decided = if accept {
            face_figures::REVIEW_ACCEPTED
        } else {
            face_figures::REVIEW_REFUSED
        };
        let mut effects = Effects::audit(event);
        if let Some(t) = c.travellers.iter().find(|t| t.id == traveller_id) {
            effects = effects.and_face_count(t.group.count(now, FIGURES, decided));
        }
        let number = super::proofs::new_number();
        self.store
            .record_check(
                check,
                &required(&c),
                &number,
                effects,
                self.on_confirmed(&account_id, &c, now, &number).await?,
            )
            .await?;
        Ok(true)
    }

    /// A confirmation photo waiting for review, or (`registration`) the traveller's registration
    /// photo beside it, opened by a reviewer (audited).
    #[tracing::instrument(skip_all)]
    pub async fn confirmation_photo_for_review(
        &self,
        reviewer: &Account,
        appointment_id: &str,
        traveller_id: &str,
        registration: bool,
    ) -> Result<Option<Vec<u8>>> {
        let Some(sealed) = self
            .store
            .traveller_checks(appointment_id)
            .await?
            .into_iter()
            .find(|c| c.traveller_id == traveller_id && c.status == "review")
            .and_then(|c| c.photo_sealed)
        else {
            return Ok(None);
        };
        let jpeg = if registration {
            match self.registration_photo(traveller_id).await? {
                Some(jpeg) => jpeg,
                None => return Ok(None),
            }
        } else {
            self.keys.open(&sealed, PHOTO)?
        };
        let photo = if registration { "registration" } else { "live" };
        let event = AuditEvent::new(self.now(), AuditAction::StaffViewedPhoto)
            .actor(&reviewer.id)
            .subject(appointment_id)
            .detail(serde_json::json!({ "traveller": traveller_id, "photo": photo }).to_string());
        self.store.append_audit(vec![event]).await?;
        Ok(Some(jpeg))
    }

    /// After travellers left a group (`release_unused_seats`), everyone still in it may have
    /// passed already, each before the deadline: the group is confirmed then, as of its latest
    /// check (written again unchanged). Also asked before a lapse, so a crash between the
    /// release and this loses nothing.
    pub(crate) async fn confirm_if_complete(&self, account_id: &str) -> Result<bool> {
        let Some(c) = self.confirmation(account_id).await? else {
            return Ok(false);
        };
        let required = required(&c);
        let checks = self.store.traveller_checks(&c.appointment.id).await?;
        let passed: Vec<&TravellerCheck> = checks
            .iter()
            .filter(|k| {
                k.status == "passed"
                    && required.contains(&k.traveller_id)
                    && k.updated_at <= c.deadline
            })
            .collect();
        if passed.len() < required.len() {
            return Ok(false);
        }
        let Some(latest) = passed.into_iter().max_by_key(|k| k.updated_at).cloned() else {
            return Ok(false);
        };
        let number = super::proofs::new_number();
        let on_confirmed = self
            .on_confirmed(account_id, &c, latest.updated_at, &number)
            .await?;
        Ok(self
            .store
            .record_check(latest, &required, &number, Effects::none(), on_confirmed)
            .await?)
    }

    /// What confirming writes: the audit entry and the message saying so.
    async fn on_confirmed(
        &self,
        account_id: &str,
        c: &Confirmation,
        now: i64,
        number: &str,
    ) -> Result<Effects> {
        let a = &c.appointment;
        let Some((_, mut payload)) = self.appointment_payload(a, c.deadline).await? else {
            return Ok(Effects::none());
        };
        Facts::edit(&mut payload, |f| {
            f.confirmation_number = Some(number.to_string())
        });
        let event = AuditEvent::new(now, AppointmentAction::AppointmentConfirmed)
            .actor("system")
            .subject(&a.id)
            .detail(serde_json::json!({ "number": number }).to_string());
        Ok(Effects::audit(event).and_message(self.message(
            kinds::CONFIRMED,
            Some(account_id),
            format!("confirmed:{}", a.id),
            &payload,
        )))
    }
}

fn required(c: &Confirmation) -> Vec<String> {
    c.travellers.iter().map(|t| t.id.clone()).collect()
}

impl Appointments {
    /// Deletes the live photos of appointments whose day ended more than `live_photo_days` ago;
    /// the audit log records how many. Returns how many.
    #[tracing::instrument(skip_all)]
    pub async fn forget_old_live_photos(&self) -> Result<u64> {
        let cutoff = self.now_utc().date_naive() - chrono::Days::new(self.live_photo_days as u64);
        let gone = self.store.forget_live_photos(&cutoff.to_string()).await?;
        if gone > 0 {
            let event = AuditEvent::new(self.now(), AppointmentAction::LivePhotosForgotten)
                .actor("retention")
                .detail(serde_json::json!({ "photos": gone }).to_string());
            self.store.append_audit(vec![event]).await?;
        }
        Ok(gone)
    }
}

/// What a liveness challenge is bound to: this traveller's current try at this appointment.
fn bound(appointment: &str, traveller: &str, tries: i64) -> String {
    format!("{appointment}/{traveller}/{tries}")
}
