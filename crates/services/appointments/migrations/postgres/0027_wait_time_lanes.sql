-- Wait times for every lane of CBP's feed: besides each lane type's standard lanes (`pedestrian`,
-- `passenger`, `commercial`), the Ready Lanes on foot and by car, NEXUS/SENTRI by car and FAST for
-- trucks.
ALTER TABLE wait_times DROP CONSTRAINT wait_times_lane_check;
ALTER TABLE wait_times ADD CONSTRAINT wait_times_lane_check CHECK (lane IN ('pedestrian',
    'pedestrian-ready', 'passenger', 'passenger-sentri', 'passenger-ready', 'commercial',
    'commercial-fast'));
