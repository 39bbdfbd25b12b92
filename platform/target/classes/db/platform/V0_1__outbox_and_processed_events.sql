-- Transactional outbox: a row is written in the same transaction as the state change it
-- describes, and the relay publishes rows to Kafka in id order.
CREATE TABLE outbox_message (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id      UUID        NOT NULL UNIQUE,
    topic         TEXT        NOT NULL CHECK (topic <> ''),
    message_key   TEXT        NOT NULL CHECK (message_key <> ''),
    event_type    TEXT        NOT NULL CHECK (event_type <> ''),
    payload       TEXT        NOT NULL CHECK (payload <> ''),
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    published_at  TIMESTAMPTZ,
    CHECK (published_at IS NULL OR published_at >= created_at)
);

CREATE INDEX outbox_message_unpublished ON outbox_message (id) WHERE published_at IS NULL;

-- Wakes the relay when a transaction that wrote outbox rows commits.
CREATE FUNCTION outbox_message_notify() RETURNS trigger AS $$
BEGIN
    PERFORM pg_notify('outbox_message', '');
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER outbox_message_inserted
    AFTER INSERT ON outbox_message
    FOR EACH STATEMENT EXECUTE FUNCTION outbox_message_notify();

-- Idempotent consumers: the row is inserted first, in the transaction of the side effect, so a
-- redelivered event finds it and has no second effect.
CREATE TABLE processed_event (
    consumer      TEXT        NOT NULL CHECK (consumer <> ''),
    event_id      UUID        NOT NULL,
    event_type    TEXT        NOT NULL,
    processed_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);
