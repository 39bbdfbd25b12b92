-- Copies of sale orders and pickings, kept from the events of quotation-service and
-- delivery-service. Lead responses read them to offer Mark Won only when its gate would pass,
-- without calling those services on every read. The Mark Won command itself calls the services.

-- A sale order as its latest event describes it. lead_id has no foreign key, because an order
-- may name a lead that was deleted or that this database never had.
CREATE TABLE sale_order (
    id                     UUID        PRIMARY KEY,
    lead_id                UUID,
    name                   TEXT        NOT NULL CHECK (name <> ''),
    state                  TEXT        NOT NULL CHECK (state IN ('DRAFT', 'SALE', 'DONE', 'CANCELLED')),
    has_deliverable_lines  BOOLEAN     NOT NULL,
    event_time             TIMESTAMPTZ NOT NULL
);

CREATE INDEX sale_order_lead ON sale_order (lead_id) WHERE lead_id IS NOT NULL;

-- A picking (delivery order) as its latest event describes it. Picking events and sale-order
-- events travel on different topics, so a picking may arrive before its order, and the table has
-- no foreign key to sale_order.
CREATE TABLE picking (
    id             UUID        PRIMARY KEY,
    sale_order_id  UUID        NOT NULL,
    name           TEXT        NOT NULL CHECK (name <> ''),
    state          TEXT        NOT NULL CHECK (state IN ('CONFIRMED', 'ASSIGNED', 'DONE', 'CANCELLED')),
    event_time     TIMESTAMPTZ NOT NULL
);

CREATE INDEX picking_sale_order ON picking (sale_order_id);

-- bpo-connector reports the outcome of an endorsed lead to BPO CRM once it is Won or Lost, so the
-- sync status is NONE while a lead is open and never NONE on a closed endorsed lead. Endorsed leads closed
-- before this rule start as PENDING, until a callback event of bpo-connector sets the result.
UPDATE lead SET bpo_sync_status = 'PENDING'
WHERE bpo_source_lead_id IS NOT NULL AND stage IN ('WON', 'LOST') AND bpo_sync_status = 'NONE';

ALTER TABLE lead ADD CONSTRAINT lead_bpo_sync_only_when_closed
    CHECK (bpo_sync_status = 'NONE' OR stage IN ('WON', 'LOST'));

ALTER TABLE lead ADD CONSTRAINT lead_bpo_sync_set_when_endorsed_and_closed
    CHECK (bpo_source_lead_id IS NULL OR stage NOT IN ('WON', 'LOST') OR bpo_sync_status <> 'NONE');
