-- garita-draw-v2 (docs/draw.md section 11). Each day keeps when its window closes and when the
-- observers' reveals end (its drand round is the first after that, published with the commitment), and the ports' rules published at the
-- close with their digest: the draw uses these, not the rules as they are later.
ALTER TABLE draw_days ADD COLUMN closes_at BIGINT;
ALTER TABLE draw_days ADD COLUMN reveals_until BIGINT; -- observers reveal until then; the round is after it
ALTER TABLE draw_days ADD COLUMN rules TEXT; -- JSON: the rules as the record carries them
ALTER TABLE draw_days ADD COLUMN rules_digest TEXT;

-- Observers' commitments (before the window opens) and reveals (after the close). No personal
-- data: an observer is an organisation's staff account.
CREATE TABLE observer_commitments (
    service_date TEXT NOT NULL,
    observer_id TEXT NOT NULL REFERENCES accounts (id),
    commitment TEXT NOT NULL,
    committed_at BIGINT NOT NULL,
    reveal TEXT,
    revealed_at BIGINT,
    PRIMARY KEY (service_date, observer_id)
);
