-- Issue 7 (ADR 0019): the exhibit contents HQ holds whole, hash checked, by SHA-256: this vault sent them and HQ
-- accepted them, or this vault fetched them from HQ. Those are not sent again. This vault's own bookkeeping: not
-- synchronised (no outbox trigger).
CREATE TABLE exhibit_content_at_hq (
    sha256       VARCHAR(64) NOT NULL PRIMARY KEY,
    confirmed_at TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
