-- A person closes their account (closed_at); after the retention period a daily job forgets it
-- (forgotten_at): every sealed value of theirs emptied, their sessions, devices, codes and
-- challenges deleted, their address lookup freed. The row and its id stay, so that published
-- draw lists and the audit log keep their pseudonymous references.
ALTER TABLE accounts ADD COLUMN closed_at INTEGER;
ALTER TABLE accounts ADD COLUMN forgotten_at INTEGER;
