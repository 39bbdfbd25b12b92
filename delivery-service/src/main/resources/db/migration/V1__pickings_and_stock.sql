-- Quantities are units of a product with at most two decimal places, stored as NUMERIC(12, 2).

-- Sale orders as delivery-service records them from dealer.sale-order.events. quotation-service
-- owns them. This copy serves the delivery status of an order and keeps the order's lead and
-- creator for object-level rules.
CREATE TABLE sale_order (
    id                        UUID        PRIMARY KEY,
    name                      TEXT        NOT NULL CHECK (name <> ''),
    state                     TEXT        NOT NULL CHECK (state IN ('DRAFT', 'SALE', 'DONE', 'CANCELLED')),
    dealer_lead_id            UUID,
    created_by                TEXT,
    -- Both are set when the confirmation is processed. deliverable_product_count is the number
    -- of distinct deliverable products of the order, which may be 0 (an extended warranty alone).
    confirmation_processed_at TIMESTAMPTZ,
    deliverable_product_count INTEGER     CHECK (deliverable_product_count >= 0),
    updated_at                TIMESTAMPTZ NOT NULL,
    CHECK ((confirmation_processed_at IS NULL) = (deliverable_product_count IS NULL))
);

-- Outgoing pickings (delivery orders), named WH/OUT/00001 onward from picking_name_seq.
CREATE SEQUENCE picking_name_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE picking (
    id                UUID        PRIMARY KEY,
    name              TEXT        NOT NULL UNIQUE CHECK (name ~ '^WH/OUT/[0-9]{5,}$'),
    sale_order_id     UUID        NOT NULL REFERENCES sale_order (id),
    sale_order_name   TEXT        NOT NULL CHECK (sale_order_name <> ''),
    dealer_lead_id    UUID,
    state             TEXT        NOT NULL CHECK (state IN ('CONFIRMED', 'ASSIGNED', 'DONE', 'CANCELLED')),
    backorder_of_id   UUID        REFERENCES picking (id),
    date_done         TIMESTAMPTZ,
    validated_by      TEXT        CHECK (validated_by <> ''),
    validated_by_name TEXT        CHECK (validated_by_name <> ''),
    created_at        TIMESTAMPTZ NOT NULL,
    updated_at        TIMESTAMPTZ NOT NULL,
    CHECK ((state = 'DONE') = (date_done IS NOT NULL)),
    CHECK ((state = 'DONE') = (validated_by IS NOT NULL)),
    CHECK ((state = 'DONE') = (validated_by_name IS NOT NULL)),
    CHECK (backorder_of_id IS NULL OR backorder_of_id <> id),
    CHECK (updated_at >= created_at)
);

-- One picking per confirmed sale order, so a redelivered or repeated confirmation cannot add one.
CREATE UNIQUE INDEX picking_first_of_sale_order ON picking (sale_order_id) WHERE backorder_of_id IS NULL;
-- A validation creates at most one backorder.
CREATE UNIQUE INDEX picking_backorder_of ON picking (backorder_of_id) WHERE backorder_of_id IS NOT NULL;
CREATE INDEX picking_state ON picking (state, name);

CREATE TABLE picking_line (
    id          UUID          PRIMARY KEY,
    picking_id  UUID          NOT NULL REFERENCES picking (id),
    product_id  UUID          NOT NULL,
    description TEXT,
    demand      NUMERIC(12, 2) NOT NULL CHECK (demand > 0),
    reserved    NUMERIC(12, 2) NOT NULL DEFAULT 0 CHECK (reserved >= 0 AND reserved <= demand),
    done        NUMERIC(12, 2) NOT NULL DEFAULT 0 CHECK (done >= 0 AND done <= demand),
    UNIQUE (picking_id, product_id)
);

-- Stock on hand per product. reserved is the sum of the reservations of open picking lines, and
-- the CHECK keeps it within on_hand even if two reservations race.
CREATE TABLE stock_quant (
    product_id UUID           PRIMARY KEY,
    on_hand    NUMERIC(12, 2) NOT NULL CHECK (on_hand >= 0),
    reserved   NUMERIC(12, 2) NOT NULL DEFAULT 0 CHECK (reserved >= 0),
    updated_at TIMESTAMPTZ    NOT NULL,
    CHECK (reserved <= on_hand)
);

-- Inventory adjustments by managers and admins: each sets a product's on-hand quantity.
CREATE TABLE stock_adjustment (
    id              UUID           PRIMARY KEY,
    product_id      UUID           NOT NULL REFERENCES stock_quant (product_id),
    on_hand_before  NUMERIC(12, 2) NOT NULL CHECK (on_hand_before >= 0),
    on_hand_after   NUMERIC(12, 2) NOT NULL CHECK (on_hand_after >= 0),
    adjusted_by     TEXT           NOT NULL CHECK (adjusted_by <> ''),
    adjusted_by_name TEXT          NOT NULL CHECK (adjusted_by_name <> ''),
    adjusted_at     TIMESTAMPTZ    NOT NULL
);

CREATE INDEX stock_adjustment_product ON stock_adjustment (product_id, adjusted_at);
