-- BPO CRM connection settings that an admin saved through the API, in one row at most. Without
-- it the connection comes from configuration. A NULL api_key keeps the configured key.
CREATE TABLE bpo_connection (
    id             SMALLINT    PRIMARY KEY CHECK (id = 1),
    url            TEXT        NOT NULL CHECK (url ~* '^https?://[^/?#@]+'),
    database_name  TEXT        NOT NULL CHECK (database_name <> ''),
    login          TEXT        NOT NULL CHECK (login <> ''),
    api_key        TEXT        CHECK (api_key <> ''),
    updated_at     TIMESTAMPTZ NOT NULL,
    updated_by     TEXT        NOT NULL CHECK (updated_by <> '')
);

-- One callback job per LeadWon or LeadLost event of an endorsed lead. A PENDING job has the time
-- of its next attempt. A worker claims it by setting claim_token and claimed_until, calls BPO CRM
-- outside any transaction, and records the result only while the claim is still its own.
CREATE TABLE bpo_callback_job (
    id               UUID        PRIMARY KEY,
    event_id         UUID        NOT NULL UNIQUE,
    lead_id          UUID        NOT NULL,
    lead_reference   TEXT        NOT NULL CHECK (lead_reference <> ''),
    bpo_lead_id      BIGINT      NOT NULL CHECK (bpo_lead_id > 0),
    bpo_reference    TEXT,
    outcome          TEXT        NOT NULL CHECK (outcome IN ('won', 'lost')),
    outcome_at       TIMESTAMPTZ NOT NULL,
    sale_order_name  TEXT,
    lost_reason      TEXT        CHECK (lost_reason ~ '^[a-z0-9_]+$'),
    notes            TEXT,
    status           TEXT        NOT NULL CHECK (status IN ('PENDING', 'SUCCEEDED', 'FAILED')),
    attempts         INTEGER     NOT NULL CHECK (attempts >= 0),
    attempt_limit    INTEGER     NOT NULL CHECK (attempt_limit > 0),
    last_error       TEXT,
    next_attempt_at  TIMESTAMPTZ,
    claim_token      UUID,
    claimed_until    TIMESTAMPTZ,
    created_at       TIMESTAMPTZ NOT NULL,
    updated_at       TIMESTAMPTZ NOT NULL,
    completed_at     TIMESTAMPTZ,
    CHECK (attempts <= attempt_limit),
    CHECK ((outcome = 'lost') = (lost_reason IS NOT NULL)),
    CHECK ((status = 'PENDING') = (next_attempt_at IS NOT NULL)),
    CHECK ((status = 'PENDING') = (completed_at IS NULL)),
    CHECK (status <> 'FAILED' OR last_error IS NOT NULL),
    CHECK (status <> 'SUCCEEDED' OR attempts > 0),
    CHECK ((claim_token IS NULL) = (claimed_until IS NULL)),
    CHECK (status = 'PENDING' OR claim_token IS NULL),
    CHECK (updated_at >= created_at)
);

CREATE INDEX bpo_callback_job_due ON bpo_callback_job (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX bpo_callback_job_lead ON bpo_callback_job (lead_id, created_at);
CREATE INDEX bpo_callback_job_status ON bpo_callback_job (status, created_at);

-- Each call made for a job, in order: its result and, unless it succeeded, the error.
CREATE TABLE bpo_callback_attempt (
    id           UUID        PRIMARY KEY,
    job_id       UUID        NOT NULL REFERENCES bpo_callback_job (id),
    number       INTEGER     NOT NULL CHECK (number > 0),
    started_at   TIMESTAMPTZ NOT NULL,
    finished_at  TIMESTAMPTZ NOT NULL,
    result       TEXT        NOT NULL CHECK (result IN ('SUCCEEDED', 'RETRY_SCHEDULED', 'FAILED')),
    error        TEXT,
    UNIQUE (job_id, number),
    CHECK (finished_at >= started_at),
    CHECK ((result = 'SUCCEEDED') = (error IS NULL))
);
