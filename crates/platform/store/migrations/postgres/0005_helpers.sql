-- Helpers of an organization assist people in person: the organization whose helpers may act for
-- an account, and the account a helper's session is acting for.
ALTER TABLE accounts ADD COLUMN assisted_by TEXT;
ALTER TABLE sessions ADD COLUMN acting_for TEXT;
