-- Reminders sent, one of each kind per appointment: before the deadline to confirm, and the day
-- before the appointment. The row and its message are written in one transaction, so a reminder
-- is sent once whichever node runs the watch.
CREATE TABLE reminders (
    appointment_id TEXT NOT NULL REFERENCES appointments (id),
    kind TEXT NOT NULL CHECK (kind IN ('confirm', 'day-before')),
    sent_at BIGINT NOT NULL,
    PRIMARY KEY (appointment_id, kind)
);
