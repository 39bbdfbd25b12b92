-- The audit log: one attributed chatter message per consumed event.
--
-- Each row's hash is SHA-256 over its content and the previous row's hash (see
-- com.dealercrm.audit.service.MessageChain), so an edit, removal or reordering of any row
-- breaks the chain from that row on. sequence_number is contiguous from 1 because rows are
-- inserted one at a time under a transaction-level advisory lock.
CREATE TABLE audit_message (
    sequence_number     BIGINT      PRIMARY KEY CHECK (sequence_number > 0),
    id                  UUID        NOT NULL UNIQUE,
    event_id            UUID        NOT NULL UNIQUE,
    occurred_at         TIMESTAMPTZ NOT NULL,
    recorded_at         TIMESTAMPTZ NOT NULL,
    actor_id            TEXT        NOT NULL CHECK (actor_id <> ''),
    actor_name          TEXT        NOT NULL CHECK (actor_name <> ''),
    event_type          TEXT        NOT NULL CHECK (event_type <> ''),
    body                TEXT        NOT NULL CHECK (body <> ''),
    changes             TEXT        NOT NULL CHECK (jsonb_typeof(changes::jsonb) = 'array'),
    aggregate_type      TEXT        NOT NULL CHECK (aggregate_type <> ''),
    aggregate_id        TEXT        NOT NULL CHECK (aggregate_id <> ''),
    aggregate_reference TEXT,
    lead_id             TEXT        CHECK (lead_id <> ''),
    sale_order_id       TEXT        CHECK (sale_order_id <> ''),
    previous_hash       TEXT        NOT NULL CHECK (previous_hash ~ '^[0-9a-f]{64}$'),
    hash                TEXT        NOT NULL UNIQUE CHECK (hash ~ '^[0-9a-f]{64}$'),
    -- Only the first message links to the all-zero genesis hash.
    CHECK ((sequence_number = 1) = (previous_hash = repeat('0', 64)))
);

CREATE INDEX audit_message_lead ON audit_message (lead_id, occurred_at);
CREATE INDEX audit_message_sale_order ON audit_message (sale_order_id, occurred_at);
CREATE INDEX audit_message_occurred ON audit_message (occurred_at);
CREATE INDEX audit_message_type ON audit_message (event_type, occurred_at);
CREATE INDEX audit_message_actor ON audit_message (actor_id, occurred_at);

-- Append-only, twice over.
--
-- 1. Privileges: the service connects as the role that runs this migration and so owns the
--    table. PostgreSQL lets an owner revoke its own ordinary privileges, after which its
--    UPDATE, DELETE and TRUNCATE fail with "permission denied" like anyone else's.
-- 2. Triggers: they raise on UPDATE, DELETE and TRUNCATE for every role, including superusers,
--    which skip privilege checks.
--
-- NOTE: an owner can still GRANT the privileges back to itself or disable the triggers with
-- ALTER TABLE, and a superuser can do anything. The hash chain is what detects such an edit:
-- GET /api/audit/integrity reports the first broken link.
CREATE FUNCTION audit_message_reject_change() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit_message is append-only: % is not allowed', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_message_append_only
    BEFORE UPDATE OR DELETE ON audit_message
    FOR EACH ROW EXECUTE FUNCTION audit_message_reject_change();

CREATE TRIGGER audit_message_no_truncate
    BEFORE TRUNCATE ON audit_message
    FOR EACH STATEMENT EXECUTE FUNCTION audit_message_reject_change();

REVOKE ALL ON audit_message FROM PUBLIC;
REVOKE UPDATE, DELETE, TRUNCATE ON audit_message FROM CURRENT_USER;

-- Read model of each lead, fed by lead and BPO callback events: who may see its chatter and
-- the data of the lost-reason and BPO sync reports. Events of different topics arrive in any
-- order, so every column but lead_id may still be unknown.
CREATE TABLE audited_lead (
    lead_id             TEXT        PRIMARY KEY CHECK (lead_id <> ''),
    reference           TEXT,
    owner_id            TEXT,
    owner_name          TEXT,
    deleted             BOOLEAN     NOT NULL DEFAULT false,
    endorsed            BOOLEAN     NOT NULL DEFAULT false,
    bpo_lead_id         BIGINT,
    bpo_reference       TEXT,
    outcome             TEXT        CHECK (outcome IN ('won', 'lost')),
    stage_from          TEXT,
    date_won            TIMESTAMPTZ,
    date_lost           TIMESTAMPTZ,
    lost_reason         TEXT,
    lost_notes          TEXT,
    sale_order_name     TEXT,
    callback_status     TEXT        CHECK (callback_status IN ('SUCCEEDED', 'FAILED')),
    callback_outcome    TEXT,
    callback_error      TEXT,
    callback_attempts   INTEGER     CHECK (callback_attempts >= 0),
    callback_at         TIMESTAMPTZ,
    CHECK (owner_name IS NULL OR owner_id IS NOT NULL),
    CHECK (outcome IS DISTINCT FROM 'won' OR date_won IS NOT NULL),
    CHECK (outcome IS DISTINCT FROM 'lost' OR (date_lost IS NOT NULL AND lost_reason IS NOT NULL)),
    CHECK ((callback_status IS NULL) = (callback_at IS NULL))
);

CREATE INDEX audited_lead_lost ON audited_lead (date_lost) WHERE outcome = 'lost';
CREATE INDEX audited_lead_endorsed_closed ON audited_lead (lead_id) WHERE endorsed AND outcome IS NOT NULL;

-- Which lead each sale order belongs to, so that order and picking messages join the lead's
-- chatter even when their event carries no lead id or arrives before the link is known.
CREATE TABLE sale_order_link (
    sale_order_id       TEXT        PRIMARY KEY CHECK (sale_order_id <> ''),
    sale_order_name     TEXT,
    lead_id             TEXT        NOT NULL CHECK (lead_id <> '')
);

CREATE INDEX sale_order_link_lead ON sale_order_link (lead_id);
