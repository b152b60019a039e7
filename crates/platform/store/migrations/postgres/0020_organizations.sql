-- Organisations staff work for, as records: shelters and legal aid groups whose helpers assist
-- people, partner organisations that check confirmations, observers. Grants name one by its
-- name; an organisation's own admins add and remove its helpers.
CREATE TABLE organizations (
    name TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('helpers', 'partner', 'observer')),
    city TEXT NOT NULL,
    -- how people reach the organisation (public, like the help directory's)
    contact TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
