-- Messages that never contradict the record: channels with fallback, versioned templates, every
-- delivery attempt recorded, and what a winner message names (the deadline, the person's zone).

-- The channels still to try after the current one (comma-separated, in order), the template
-- version the message was written with, and how many attempts the current channel has had.
ALTER TABLE outbox ADD COLUMN fallbacks TEXT NOT NULL DEFAULT '';
ALTER TABLE outbox ADD COLUMN template_version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE outbox ADD COLUMN channel_attempts BIGINT NOT NULL DEFAULT 0;
-- The in-app inbox reads a person's messages, newest first.
CREATE INDEX outbox_account ON outbox (account_id, created_at);

-- One row per delivery attempt: when, on which channel, and how it went.
CREATE TABLE message_attempts (
    message_id TEXT NOT NULL REFERENCES outbox (id),
    at BIGINT NOT NULL,
    channel TEXT NOT NULL,
    outcome TEXT NOT NULL CHECK (outcome IN ('sent', 'retry', 'next-channel', 'dead', 'deferred')),
    error TEXT
);
CREATE INDEX message_attempts_at ON message_attempts (at);
CREATE INDEX message_attempts_message ON message_attempts (message_id);

-- Set when winners are told: the deadline to confirm.
ALTER TABLE appointments ADD COLUMN confirm_by BIGINT;
-- The requester's own time zone (IANA name, from their browser or app), for deadlines.
ALTER TABLE draw_requests ADD COLUMN time_zone TEXT;
-- A person may ask to be told, by e-mail, when their group is not chosen (1); by default the
-- result only shows on their status page.
ALTER TABLE accounts ADD COLUMN tell_not_chosen BIGINT NOT NULL DEFAULT 0;
