-- Leads, the customers (partners) they belong to, their call logs, and the dealer users
-- lead-service has seen. Constraints keep every row in a state the pipeline can produce.

-- Lead references DLEAD/00001 onward.
CREATE SEQUENCE lead_reference_seq START WITH 1 INCREMENT BY 1 NO CYCLE;

-- A customer. Mobile is stored in E.164 and email trimmed and lower-cased, and both are unique,
-- so two concurrent intakes for the same person end with one partner.
CREATE TABLE partner (
    id          UUID        PRIMARY KEY,
    name        TEXT        NOT NULL CHECK (btrim(name) <> '' AND length(name) <= 200),
    mobile      TEXT        UNIQUE CHECK (mobile ~ '^\+[1-9][0-9]{1,14}$'),
    email       TEXT        UNIQUE CHECK (email = lower(btrim(email)) AND email LIKE '_%@_%' AND length(email) <= 254),
    created_at  TIMESTAMPTZ NOT NULL
);

-- Dealer users by token subject, so that an assignment by user id can show the user's name.
CREATE TABLE dealer_user (
    id             TEXT        PRIMARY KEY CHECK (id <> ''),
    name           TEXT        NOT NULL CHECK (name <> ''),
    first_seen_at  TIMESTAMPTZ NOT NULL
);

CREATE TABLE lead (
    id                    UUID          PRIMARY KEY,
    reference             TEXT          NOT NULL UNIQUE CHECK (reference ~ '^DLEAD/[0-9]{5,}$'),
    stage                 TEXT          NOT NULL CHECK (stage IN ('NEW', 'QUALIFIED', 'NEGOTIATION', 'WON', 'LOST')),
    active                BOOLEAN       NOT NULL DEFAULT TRUE,
    owner_id              TEXT          CHECK (owner_id <> ''),
    owner_name            TEXT,
    partner_id            UUID          NOT NULL REFERENCES partner (id),
    customer_name         TEXT          NOT NULL CHECK (btrim(customer_name) <> '' AND length(customer_name) <= 200),
    customer_mobile       TEXT          CHECK (customer_mobile ~ '^\+[1-9][0-9]{1,14}$'),
    customer_email        TEXT          CHECK (customer_email LIKE '_%@_%' AND length(customer_email) <= 254),
    brand_id              UUID,
    product_id            UUID,
    vehicle_model_text    TEXT          CHECK (length(vehicle_model_text) <= 200),
    quantity              INTEGER       NOT NULL DEFAULT 1 CHECK (quantity BETWEEN 1 AND 9999),
    expected_price        NUMERIC(14, 2) CHECK (expected_price >= 0),
    budget                NUMERIC(14, 2) CHECK (budget >= 0),
    trade_in              TEXT          CHECK (length(trade_in) <= 500),
    financing             TEXT          CHECK (length(financing) <= 500),
    notes                 TEXT          CHECK (length(notes) <= 4000),
    sale_order_id         UUID,
    sale_order_name       TEXT          CHECK (sale_order_name <> ''),
    bpo_source_lead_id    BIGINT        UNIQUE CHECK (bpo_source_lead_id > 0),
    bpo_source_reference  TEXT          CHECK (length(bpo_source_reference) <= 64),
    bpo_source_url        TEXT          CHECK (bpo_source_url ~ '^https?://' AND length(bpo_source_url) <= 2048),
    bpo_endorsed_by       TEXT          CHECK (length(bpo_endorsed_by) <= 200),
    bpo_sync_status       TEXT          NOT NULL DEFAULT 'NONE' CHECK (bpo_sync_status IN ('NONE', 'PENDING', 'SYNCED', 'FAILED')),
    date_won              TIMESTAMPTZ,
    date_lost             TIMESTAMPTZ,
    lost_reason           TEXT          CHECK (lost_reason IN ('PRICE_TOO_HIGH', 'CHOSE_COMPETITOR', 'NOT_READY_TO_BUY',
                                                              'FINANCING_ISSUES', 'NO_STOCK_AVAILABLE', 'BUYER_CANCELLED', 'OTHER')),
    lost_notes            TEXT          CHECK (length(lost_notes) <= 2000),
    created_at            TIMESTAMPTZ   NOT NULL,
    updated_at            TIMESTAMPTZ   NOT NULL,
    version               BIGINT        NOT NULL DEFAULT 0 CHECK (version >= 0),
    CHECK (owner_name IS NULL OR owner_id IS NOT NULL),
    CHECK ((sale_order_id IS NULL) = (sale_order_name IS NULL)),
    CHECK (bpo_source_lead_id IS NOT NULL
           OR (bpo_source_reference IS NULL AND bpo_source_url IS NULL AND bpo_endorsed_by IS NULL AND bpo_sync_status = 'NONE')),
    CHECK ((stage = 'WON') = (date_won IS NOT NULL)),
    CHECK (stage <> 'WON' OR sale_order_id IS NOT NULL),
    CHECK ((stage = 'LOST') = (date_lost IS NOT NULL)),
    CHECK ((stage = 'LOST') = (lost_reason IS NOT NULL)),
    CHECK (stage = 'LOST' OR lost_notes IS NULL),
    CHECK (updated_at >= created_at)
);

CREATE INDEX lead_owner_stage ON lead (owner_id, stage);
CREATE INDEX lead_created_at ON lead (created_at);
CREATE INDEX lead_date_lost ON lead (date_lost) WHERE date_lost IS NOT NULL;
CREATE INDEX lead_partner ON lead (partner_id);

-- A call logged on a lead. Deleting a lead deletes its calls.
CREATE TABLE call_log (
    id                UUID        PRIMARY KEY,
    lead_id           UUID        NOT NULL REFERENCES lead (id) ON DELETE CASCADE,
    lead_reference    TEXT        NOT NULL CHECK (lead_reference ~ '^DLEAD/[0-9]{5,}$'),
    user_id           TEXT        NOT NULL CHECK (user_id <> ''),
    user_name         TEXT        NOT NULL CHECK (user_name <> ''),
    duration_seconds  INTEGER     NOT NULL CHECK (duration_seconds BETWEEN 0 AND 86400),
    result            TEXT        NOT NULL CHECK (result IN ('ANSWERED', 'NO_ANSWER', 'VOICEMAIL', 'BUSY', 'WRONG_NUMBER')),
    summary           TEXT        CHECK (length(summary) <= 2000),
    logged_at         TIMESTAMPTZ NOT NULL
);

CREATE INDEX call_log_lead ON call_log (lead_id, logged_at);
CREATE INDEX call_log_logged_at ON call_log (logged_at);
CREATE INDEX call_log_user ON call_log (user_id, logged_at);
