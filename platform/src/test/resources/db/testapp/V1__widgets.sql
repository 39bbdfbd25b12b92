CREATE TABLE widget (
    id   UUID PRIMARY KEY,
    name TEXT NOT NULL
);

-- One row per handled event, deliberately without a unique key: only the inbox keeps it single.
CREATE TABLE widget_effect (
    id       BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id UUID NOT NULL,
    name     TEXT
);
