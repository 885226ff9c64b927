-- Issue 7 (ADR 0019): exhibit content, addressed by its SHA-256 and uploaded in chunks that resume at the number of
-- bytes HQ holds. One row per content (the same bytes under two exhibits are held once); complete only after HQ
-- hashed the whole content again and found the address. The same SQL runs on PostgreSQL and on H2 (BYTEA is an H2
-- name for BINARY VARYING).
CREATE TABLE hq_content (
    sha256       VARCHAR(64) NOT NULL PRIMARY KEY,
    size_bytes   BIGINT      NOT NULL,
    held_bytes   BIGINT      NOT NULL,
    complete     BOOLEAN     NOT NULL,
    device_id    UUID        NOT NULL,
    started_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    completed_at TIMESTAMP WITH TIME ZONE
);

-- The chunks as they arrived, each at the byte offset where it starts; they follow each other without gaps.
CREATE TABLE hq_content_chunk (
    sha256      VARCHAR(64) NOT NULL REFERENCES hq_content (sha256),
    chunk_start BIGINT      NOT NULL,
    chunk_size  INT         NOT NULL,
    data        BYTEA       NOT NULL,
    PRIMARY KEY (sha256, chunk_start)
);

-- The content (SHA-256) each exhibit record carries and the device that set it, kept in step by the push (as hq_case
-- is): HQ takes content only from a device that pushed an exhibit carrying it, and sends it to who may see one.
CREATE TABLE hq_exhibit_content (
    row_key   VARCHAR(400) NOT NULL PRIMARY KEY,
    sha256    VARCHAR(64)  NOT NULL,
    device_id UUID         NOT NULL
);
CREATE INDEX ix_hq_exhibit_content_sha ON hq_exhibit_content (sha256);
INSERT INTO hq_exhibit_content (row_key, sha256, device_id)
SELECT row_key, SUBSTRING(CAST(val AS VARCHAR(200)) FROM 2 FOR 64), device_id FROM hq_field
WHERE table_name = 'exhibit' AND col = 'sha256' AND val IS NOT NULL;
