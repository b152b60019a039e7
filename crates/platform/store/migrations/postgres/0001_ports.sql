-- Reference data: ports of entry, their appointment time slots and their daily capacity.
CREATE TABLE ports (
    code TEXT PRIMARY KEY CHECK (length(code) = 3),
    name TEXT NOT NULL,
    crossing TEXT NOT NULL,
    city TEXT NOT NULL,
    state TEXT NOT NULL,
    mexican_city TEXT NOT NULL,
    cbp_port_number TEXT NOT NULL UNIQUE,
    time_zone TEXT NOT NULL,
    default_daily_seats INTEGER NOT NULL CHECK (default_daily_seats >= 0),
    display_order INTEGER NOT NULL
);

CREATE TABLE port_time_slots (
    port_code TEXT NOT NULL REFERENCES ports (code),
    starts_at TIME NOT NULL, -- the port's local time
    PRIMARY KEY (port_code, starts_at)
);

-- Seats per port and date where an admin changed them from the port's default.
CREATE TABLE port_capacity (
    port_code TEXT NOT NULL REFERENCES ports (code),
    service_date DATE NOT NULL,
    seats INTEGER NOT NULL CHECK (seats >= 0),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (port_code, service_date)
);

-- The eight land ports of entry that take appointments, west to east. No per-port split of the
-- 1,450 daily seats was ever published; these defaults add up to 1,450 and admins change them
-- per date in port_capacity.
INSERT INTO ports (code, name, crossing, city, state, mexican_city, cbp_port_number, time_zone, default_daily_seats, display_order) VALUES
  ('SYS', 'San Ysidro', 'PedWest', 'San Ysidro', 'CA', 'Tijuana', '2504', 'America/Los_Angeles', 300, 1),
  ('CXL', 'Calexico', 'Calexico West', 'Calexico', 'CA', 'Mexicali', '2503', 'America/Los_Angeles', 100, 2),
  ('NOG', 'Nogales', 'DeConcini', 'Nogales', 'AZ', 'Nogales', '2604', 'America/Phoenix', 150, 3),
  ('ELP', 'El Paso', 'Paso del Norte', 'El Paso', 'TX', 'Ciudad Juárez', '2402', 'America/Denver', 250, 4),
  ('EGP', 'Eagle Pass', 'Bridge I', 'Eagle Pass', 'TX', 'Piedras Negras', '2303', 'America/Chicago', 150, 5),
  ('LRD', 'Laredo', 'Gateway to the Americas Bridge', 'Laredo', 'TX', 'Nuevo Laredo', '2304', 'America/Chicago', 200, 6),
  ('HID', 'Hidalgo', 'Hidalgo International Bridge', 'Hidalgo', 'TX', 'Reynosa', '2305', 'America/Chicago', 150, 7),
  ('BRO', 'Brownsville', 'Gateway International Bridge', 'Brownsville', 'TX', 'Matamoros', '2301', 'America/Chicago', 150, 8);

-- Hourly appointment slots, 07:00 to 14:00 in each port's own time zone.
INSERT INTO port_time_slots (port_code, starts_at)
SELECT p.code, s.starts_at FROM ports p CROSS JOIN (VALUES (TIME '07:00:00'), (TIME '08:00:00'), (TIME '09:00:00'), (TIME '10:00:00'), (TIME '11:00:00'), (TIME '12:00:00'), (TIME '13:00:00'), (TIME '14:00:00')) AS s(starts_at);
