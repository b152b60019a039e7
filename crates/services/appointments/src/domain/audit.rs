//! What the appointments service writes in the platform's audit log: its actions and their
//! stable codes (part of the hashed record: a code never changes).

use garita_domain::audit::AuditCode;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AppointmentAction {
    /// A port's seats for a date were set (by its supervisor, or on the command line).
    CapacitySet,
    DrawDayOpened,
    DrawDayClosed,
    ObserverCommitted,
    ObserverRevealed,
    DrawRun,
    DrawHeld,
    DrawPublished,
    DrawReleased,
    /// A traveller's location and live photo were checked for a confirmation.
    TravellerChecked,
    /// Every required traveller passed: the appointment is confirmed.
    AppointmentConfirmed,
    /// A person decided on a confirmation photo the automatic check refused three times.
    ConfirmationPhotoReviewed,
    /// Garita's confirmation degraded (measured by the server, or declared by an admin) ...
    DegradedBegan,
    /// ... and recovered.
    DegradedEnded,
    /// An appointment's deadline passed unconfirmed; its seats went to alternates.
    AppointmentLapsed,
    AppointmentSeatsReleased,
    /// An appointment was cancelled (by its group, or by a programme decision).
    AppointmentCancelled,
    /// A programme admin cancelled every standing appointment in a scope (days, one port or
    /// all): the decision, with how many; each appointment is then `AppointmentCancelled`.
    AppointmentsWithdrawn,
    /// A partner organization checked a confirmation number against a date of birth.
    PartnerChecked,
    /// An officer opened a traveller's data at the port.
    StaffOpenedTraveller,
    /// An officer recorded a traveller's arrival or outcome.
    OutcomeRecorded,
    /// An officer looked for a group by a traveller's name and date of birth (a lost proof).
    StaffSearchedTraveller,
    /// A confirmed appointment's day ended with nobody checked in.
    NoShow,
    /// A port supervisor closed a port for a date (its appointments moved).
    PortClosed,
    /// A group moved its appointment to another port after a closure.
    AppointmentMoved,
    /// An officer posted a crossing's wait time.
    WaitTimePosted,
    /// The retention job deleted live photos whose period ended (how many, never whose).
    LivePhotosForgotten,
}

impl AuditCode for AppointmentAction {
    fn code(&self) -> &'static str {
        match self {
            AppointmentAction::CapacitySet => "port.capacity-set",
            AppointmentAction::DrawDayOpened => "draw.day-opened",
            AppointmentAction::DrawDayClosed => "draw.day-closed",
            AppointmentAction::ObserverCommitted => "draw.observer-committed",
            AppointmentAction::ObserverRevealed => "draw.observer-revealed",
            AppointmentAction::DrawRun => "draw.run",
            AppointmentAction::DrawHeld => "draw.held",
            AppointmentAction::DrawPublished => "draw.published",
            AppointmentAction::DrawReleased => "draw.released",
            AppointmentAction::TravellerChecked => "confirmation.traveller-checked",
            AppointmentAction::AppointmentConfirmed => "confirmation.confirmed",
            AppointmentAction::ConfirmationPhotoReviewed => "confirmation.photo-reviewed",
            AppointmentAction::DegradedBegan => "outage.began",
            AppointmentAction::DegradedEnded => "outage.ended",
            AppointmentAction::AppointmentLapsed => "confirmation.lapsed",
            AppointmentAction::AppointmentSeatsReleased => "appointment.seats-released",
            AppointmentAction::AppointmentCancelled => "appointment.cancelled",
            AppointmentAction::AppointmentsWithdrawn => "programme.appointments-withdrawn",
            AppointmentAction::PartnerChecked => "partner.checked",
            AppointmentAction::StaffOpenedTraveller => "desk.traveller-opened",
            AppointmentAction::OutcomeRecorded => "desk.outcome",
            AppointmentAction::StaffSearchedTraveller => "desk.traveller-searched",
            AppointmentAction::NoShow => "desk.no-show",
            AppointmentAction::PortClosed => "port.closed",
            AppointmentAction::AppointmentMoved => "appointment.moved",
            AppointmentAction::WaitTimePosted => "port.wait-time-posted",
            AppointmentAction::LivePhotosForgotten => "retention.live-photos-forgotten",
        }
    }
}
