-- Ports become typed: the eight land crossings, and international airports where cargo and
-- agricultural inspections happen too (an airport takes no crossing appointments: no seats,
-- no Mexican city). Each airport's slots for inspections are its cargo hours, 07:00 to 14:00.
ALTER TABLE ports ADD COLUMN kind TEXT NOT NULL DEFAULT 'land-crossing'
    CHECK (kind IN ('land-crossing', 'airport'));

INSERT INTO ports (code, kind, name, crossing, city, state, mexican_city, cbp_port_number, time_zone, default_daily_seats, display_order) VALUES
  ('LAX', 'airport', 'Los Angeles International Airport', 'Tom Bradley International Terminal', 'Los Angeles', 'CA', '', '2720', 'America/Los_Angeles', 0, 101),
  ('DFW', 'airport', 'Dallas/Fort Worth International Airport', 'Terminal D', 'Dallas', 'TX', '', '5501', 'America/Chicago', 0, 102),
  ('IAH', 'airport', 'Houston George Bush Intercontinental Airport', 'Terminal E', 'Houston', 'TX', '', '5309', 'America/Chicago', 0, 103),
  ('MIA', 'airport', 'Miami International Airport', 'North Terminal', 'Miami', 'FL', '', '5206', 'America/New_York', 0, 104),
  ('JFK', 'airport', 'John F. Kennedy International Airport', 'Terminal 4', 'New York', 'NY', '', '4701', 'America/New_York', 0, 105);

INSERT INTO port_time_slots (port_code, starts_at)
SELECT p.code, s.starts_at FROM ports p CROSS JOIN (VALUES (TIME '07:00:00'), (TIME '08:00:00'), (TIME '09:00:00'), (TIME '10:00:00'), (TIME '11:00:00'), (TIME '12:00:00'), (TIME '13:00:00'), (TIME '14:00:00')) AS s(starts_at)
WHERE p.kind = 'airport';
