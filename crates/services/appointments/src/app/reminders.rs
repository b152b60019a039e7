//! Reminders, through the outbox like every message and once each (the reminder's row and its
//! message are written together): to a group not everyone of which has confirmed, some hours
//! before the deadline (`reminder_hours`, 6 by default); and to a confirmed group, a day before
//! its appointment, with the time, the port, its pedestrian entrance and what to bring.

use super::{Appointments, Result};
use crate::messages::{self as kinds, Facts};
use crate::store::reminders::Reminder;
use chrono::{DateTime, Days, NaiveDate, NaiveTime, Utc};
use garita_store::records::Effects;

const HOUR: i64 = 3_600_000;
const DAY: i64 = 24 * HOUR;
/// How long before the deadline to confirm the reminder goes, unless configured otherwise.
pub const REMINDER_HOURS: i64 = 6;

impl Appointments {
    /// Sends the reminders that are due; returns how many went out.
    #[tracing::instrument(skip_all)]
    pub async fn send_reminders(&self) -> Result<usize> {
        Ok(self.remind_to_confirm().await? + self.remind_day_before().await?)
    }

    async fn remind_to_confirm(&self) -> Result<usize> {
        let waiting = self.store.waiting_appointments().await?;
        let Some(from) = waiting.iter().filter_map(|a| a.confirm_from).min() else {
            return Ok(0);
        };
        let periods = self.periods_since(from).await?;
        let done = self.store.reminded(Reminder::Confirm, from).await?;
        let now = self.now();
        let mut sent = 0;
        for a in waiting.iter().filter(|a| !done.contains(&a.id)) {
            // The deadline as moved by any outage: the reminder keeps its distance from it.
            let Some(deadline) = self.deadline_with(a, &periods) else {
                continue;
            };
            if now < deadline - self.reminder_hours * HOUR || now >= deadline {
                continue;
            }
            let Some((account_id, payload)) = self.appointment_payload(a, deadline).await? else {
                continue;
            };
            let message = self.message(
                kinds::CONFIRM_REMINDER,
                Some(&account_id),
                format!("reminder:confirm:{}", a.id),
                &payload,
            );
            let effects = Effects::none().and_message(message);
            if self
                .store
                .remind(&a.id, Reminder::Confirm, now, effects)
                .await?
            {
                sent += 1;
            }
        }
        Ok(sent)
    }

    async fn remind_day_before(&self) -> Result<usize> {
        let now = self.now();
        // Days as any port's clock may show them.
        let today = self.now_utc().date_naive() - Days::new(1);
        let confirmed = self
            .store
            .confirmed_between(&today.to_string(), &(today + Days::new(3)).to_string())
            .await?;
        if confirmed.is_empty() {
            return Ok(0);
        }
        let ports = self.store.list_ports().await?;
        let done = self
            .store
            .reminded(Reminder::DayBefore, now - 3 * DAY)
            .await?;
        let mut sent = 0;
        for a in confirmed.iter().filter(|a| !done.contains(&a.id)) {
            let Some(port) = ports.iter().find(|p| p.code.as_str() == a.port_code) else {
                continue;
            };
            let Some(at) = NaiveDate::parse_from_str(&a.appointment_date, "%Y-%m-%d")
                .ok()
                .zip(NaiveTime::parse_from_str(&a.slot, "%H:%M:%S").ok())
                .and_then(|(d, t)| d.and_time(t).and_local_timezone(port.time_zone).earliest())
                .map(|at| at.with_timezone(&Utc))
            else {
                continue;
            };
            let at = DateTime::timestamp_millis(&at);
            if now < at - DAY || now >= at {
                continue;
            }
            let deadline = a.confirm_by.unwrap_or_default();
            let Some((account_id, mut payload)) = self.appointment_payload(a, deadline).await?
            else {
                continue;
            };
            Facts::edit(&mut payload, |f| {
                f.confirmation_number = a.confirmation_number.clone()
            });
            let message = self.message(
                kinds::DAY_BEFORE,
                Some(&account_id),
                format!("reminder:day-before:{}", a.id),
                &payload,
            );
            let effects = Effects::none().and_message(message);
            if self
                .store
                .remind(&a.id, Reminder::DayBefore, now, effects)
                .await?
            {
                sent += 1;
            }
        }
        Ok(sent)
    }
}
