-- Payments, a capability any service uses: a charge asked of a provider for a service's record,
-- and a ledger of every movement of money, written in the same transaction as the state it pays
-- for. Amounts are integer minor units (cents) with their currency, never floats.

-- One charge: the idempotency key makes a double click or a retry the same charge; the
-- provider's own id (a checkout session) is kept once the provider answered.
CREATE TABLE payments (
    id TEXT PRIMARY KEY,
    idempotency_key TEXT NOT NULL UNIQUE,
    account_id TEXT REFERENCES accounts (id),
    -- the service's kind of thing paid for, and its record (a group of applications...)
    purpose TEXT NOT NULL,
    reference TEXT NOT NULL,
    amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
    currency TEXT NOT NULL,
    provider TEXT NOT NULL,
    provider_ref TEXT,
    status TEXT NOT NULL CHECK (status IN ('open', 'paid', 'failed')),
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
) STRICT;
CREATE UNIQUE INDEX payments_provider_ref ON payments (provider, provider_ref);
CREATE INDEX payments_reference ON payments (purpose, reference);

-- Every movement: money received (a provider's charge, or a receipt an officer recorded at the
-- port), a failure, a refund. Money is received once per payment: the index refuses a second.
CREATE TABLE ledger_entries (
    id TEXT PRIMARY KEY,
    payment_id TEXT NOT NULL REFERENCES payments (id),
    kind TEXT NOT NULL CHECK (kind IN ('charge', 'receipt', 'failure', 'refund')),
    amount_minor INTEGER NOT NULL,
    currency TEXT NOT NULL,
    provider_ref TEXT,
    actor TEXT,
    at INTEGER NOT NULL
) STRICT;
CREATE UNIQUE INDEX ledger_received_once ON ledger_entries (payment_id)
    WHERE kind IN ('charge', 'receipt');
CREATE INDEX ledger_at ON ledger_entries (at);

-- What the daily reconciliation found different between a provider's record and the ledger,
-- for a person to look at; each difference is opened once.
CREATE TABLE payment_differences (
    id TEXT PRIMARY KEY,
    provider TEXT NOT NULL,
    provider_ref TEXT NOT NULL,
    payment_id TEXT,
    kind TEXT NOT NULL CHECK (kind IN ('not-in-ledger', 'not-at-provider', 'amount')),
    detail TEXT NOT NULL,
    opened_at INTEGER NOT NULL,
    closed_at INTEGER,
    UNIQUE (provider, provider_ref, kind)
) STRICT;
