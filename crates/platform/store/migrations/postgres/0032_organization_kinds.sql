-- Organisations that work with the ports: bus carriers, customs brokers and importers, beside
-- helpers, partners and observers.
ALTER TABLE organizations DROP CONSTRAINT organizations_kind_check;
ALTER TABLE organizations ADD CONSTRAINT organizations_kind_check CHECK (
    kind IN ('helpers', 'partner', 'observer', 'carrier', 'broker', 'importer')
);
