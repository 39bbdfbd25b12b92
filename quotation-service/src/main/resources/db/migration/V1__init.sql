-- Catalog: brands and the products (vehicles, accessories, services) sold under them.
CREATE TABLE brand (
    id          UUID        PRIMARY KEY,
    code        TEXT        NOT NULL CHECK (code ~ '^[A-Za-z0-9][A-Za-z0-9_-]{0,19}$'),
    name        TEXT        NOT NULL CHECK (btrim(name) <> '' AND length(name) <= 120),
    created_at  TIMESTAMPTZ NOT NULL
);

CREATE UNIQUE INDEX brand_code_unique ON brand (upper(code));

CREATE TABLE product (
    id           UUID          PRIMARY KEY,
    brand_id     UUID          NOT NULL REFERENCES brand (id),
    name         TEXT          NOT NULL CHECK (btrim(name) <> '' AND length(name) <= 200),
    list_price   NUMERIC(11,2) NOT NULL CHECK (list_price >= 0),
    -- False for services such as an extended warranty: no picking line is created for them.
    deliverable  BOOLEAN       NOT NULL,
    created_at   TIMESTAMPTZ   NOT NULL
);

CREATE UNIQUE INDEX product_brand_name_unique ON product (brand_id, lower(name));

-- Sale orders are named SO00001 onward from this sequence. A rolled-back create leaves a gap.
CREATE SEQUENCE sale_order_number;

CREATE TABLE sale_order (
    id               UUID        PRIMARY KEY,
    name             TEXT        NOT NULL UNIQUE CHECK (name ~ '^SO[0-9]{5,}$'),
    state            TEXT        NOT NULL CHECK (state IN ('DRAFT', 'SALE', 'DONE', 'CANCELLED')),
    partner_id       UUID        NOT NULL,
    partner_name     TEXT        NOT NULL CHECK (btrim(partner_name) <> ''),
    partner_mobile   TEXT,
    partner_email    TEXT,
    brand_id         UUID        NOT NULL REFERENCES brand (id),
    origin           TEXT,
    dealer_lead_id   UUID,
    -- The client's Idempotency-Key: a second create with the same key returns this order.
    idempotency_key  TEXT        NOT NULL UNIQUE CHECK (idempotency_key <> '' AND length(idempotency_key) <= 255),
    created_by       TEXT        NOT NULL CHECK (created_by <> ''),
    created_by_name  TEXT        NOT NULL,
    confirmed_at     TIMESTAMPTZ,
    locked_at        TIMESTAMPTZ,
    cancelled_at     TIMESTAMPTZ,
    created_at       TIMESTAMPTZ NOT NULL,
    updated_at       TIMESTAMPTZ NOT NULL,
    version          BIGINT      NOT NULL CHECK (version >= 0),
    CHECK ((state = 'DRAFT') = (confirmed_at IS NULL) OR state = 'CANCELLED'),
    CHECK ((state = 'DONE') = (locked_at IS NOT NULL)),
    CHECK ((state = 'CANCELLED') = (cancelled_at IS NOT NULL)),
    CHECK (updated_at >= created_at)
);

CREATE INDEX sale_order_dealer_lead ON sale_order (dealer_lead_id);
CREATE INDEX sale_order_created_by ON sale_order (created_by, created_at DESC);

-- A line either sells a catalog product or, without a product, adjusts the price (a trade-in is
-- a line with a negative unit price). Its subtotal is checked against the pricing formula so a
-- stored subtotal can never disagree with quantity, price and discount.
CREATE TABLE sale_order_line (
    id                UUID          PRIMARY KEY,
    sale_order_id     UUID          NOT NULL REFERENCES sale_order (id),
    position          INTEGER       NOT NULL CHECK (position > 0),
    product_id        UUID          REFERENCES product (id),
    description       TEXT          NOT NULL CHECK (btrim(description) <> '' AND length(description) <= 500),
    quantity          NUMERIC(9,3)  NOT NULL CHECK (quantity > 0),
    price_unit        NUMERIC(11,2) NOT NULL,
    discount_percent  NUMERIC(5,2)  NOT NULL CHECK (discount_percent BETWEEN 0 AND 100),
    subtotal          NUMERIC(17,2) NOT NULL
        CHECK (subtotal = round(quantity * price_unit * (1 - discount_percent / 100), 2)),
    -- Copied from the product when the line is written. Products cannot be edited.
    deliverable       BOOLEAN       NOT NULL CHECK (product_id IS NOT NULL OR NOT deliverable),
    UNIQUE (sale_order_id, position)
);
