-- Photos of travellers aged 14 and over. Only the cleaned photo is kept (upright, scaled,
-- re-encoded without metadata), sealed. The automatic check only advises: after three refused
-- tries the photo waits for a person's review and the registration carries on.
CREATE TABLE photos (
    traveller_id TEXT PRIMARY KEY,
    registration_id TEXT NOT NULL,
    photo_sealed BLOB,
    status TEXT NOT NULL CHECK (status IN ('missing', 'accepted', 'review')),
    problem TEXT,
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    updated_at INTEGER NOT NULL
) STRICT;
CREATE INDEX photos_status ON photos (status);
