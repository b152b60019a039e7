-- How the automatic photo checks went, counted per day by the traveller's nationality and age
-- band, and nothing else about them: no row names a person. `outcome` is `accepted`,
-- `to-review` (refused three times, or not comparable), `refused-<reason>` (one refused try),
-- `review-accepted` or `review-refused` (a person's decision). Services publish the rates.
CREATE TABLE face_check_counts (
    day TEXT NOT NULL,
    service TEXT NOT NULL,
    nationality TEXT NOT NULL,
    age_band TEXT NOT NULL,
    outcome TEXT NOT NULL,
    count BIGINT NOT NULL,
    PRIMARY KEY (day, service, nationality, age_band, outcome)
);
