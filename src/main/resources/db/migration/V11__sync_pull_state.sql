-- Issue 7, slice 3 (ADR 0019): pulling from HQ. The cursor (HQ's feed position this vault has applied up to) is
-- stored in the same transaction as the records it applied; scope is HQ's fingerprint of what this vault's user may
-- receive; epoch the random value HQ and this vault agreed at the last completed sync (a restored or copied vault
-- presents an older one and is made to start over).
ALTER TABLE sync_state ADD COLUMN feed_cursor BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE sync_state ADD COLUMN scope VARCHAR(64);
ALTER TABLE sync_state ADD COLUMN epoch UUID;
ALTER TABLE sync_state ADD COLUMN last_pull_at TIMESTAMP(6) WITH TIME ZONE;
ALTER TABLE sync_log ADD COLUMN pulled BIGINT DEFAULT 0 NOT NULL;

-- Pulled records that could not be applied yet (a record they point at has not arrived, or a number they carry is
-- taken here): kept, inside the vault, and tried again after every page until they fit.
CREATE TABLE sync_inbox (
    table_name VARCHAR(64)  NOT NULL,
    row_key    VARCHAR(400) NOT NULL,
    deleted    BOOLEAN      NOT NULL,
    fields     CLOB         NOT NULL,
    conflicts  VARCHAR(2000),
    reason     VARCHAR(40)  NOT NULL,
    PRIMARY KEY (table_name, row_key)
);

-- The fields of records here that are in an open conflict at HQ.
CREATE TABLE sync_conflict (
    table_name VARCHAR(64)  NOT NULL,
    row_key    VARCHAR(400) NOT NULL,
    col        VARCHAR(64)  NOT NULL,
    PRIMARY KEY (table_name, row_key, col)
);

CREATE INDEX ix_sync_outbox_row ON sync_outbox (table_name, row_key);
