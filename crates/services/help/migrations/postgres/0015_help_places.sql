-- The help directory: organisations that help people in person. Public information about
-- organisations, not about people: nothing here is sealed.
CREATE TABLE help_places (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    city TEXT NOT NULL,
    address TEXT NOT NULL,
    hours TEXT NOT NULL,
    phone TEXT NOT NULL,
    languages TEXT NOT NULL,
    free_of_charge BIGINT NOT NULL,
    created_at BIGINT NOT NULL
);

CREATE INDEX help_places_by_city ON help_places (city, name);
