-- Organisations that work with the ports: bus carriers, customs brokers and importers, beside
-- helpers, partners and observers. SQLite cannot change a CHECK in place: the table is made
-- again with the same rows (nothing refers to it by a foreign key).
CREATE TABLE organizations_v2 (
    name TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (
        kind IN ('helpers', 'partner', 'observer', 'carrier', 'broker', 'importer')
    ),
    city TEXT NOT NULL,
    -- how people reach the organisation (public, like the help directory's)
    contact TEXT NOT NULL,
    created_at INTEGER NOT NULL
) STRICT;
INSERT INTO organizations_v2 (name, kind, city, contact, created_at)
SELECT name, kind, city, contact, created_at FROM organizations;
DROP TABLE organizations;
ALTER TABLE organizations_v2 RENAME TO organizations;
