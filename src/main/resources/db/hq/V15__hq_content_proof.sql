-- Proof of possession for exhibit content HQ already holds (ADR 0019, "A second device proves it holds the bytes").
-- A device that pushed an exhibit carrying a hash, and did not upload that content itself, sends the whole content
-- again; HQ compares it with what it holds, byte for byte, and keeps nothing of it but how far it matched. Once every
-- byte matched, exhibits whose hash that device set open the content as the uploader's do. Until then HQ answers that
-- device as if it held none of the content, so that claiming a hash no longer tells whether HQ holds it.
-- The same SQL runs on PostgreSQL and on H2.
CREATE TABLE hq_content_proof (
    sha256        VARCHAR(64) NOT NULL REFERENCES hq_content (sha256),
    device_id     UUID        NOT NULL,
    size_bytes    BIGINT      NOT NULL,
    proven_bytes  BIGINT      NOT NULL,
    matches       BOOLEAN     NOT NULL,
    complete      BOOLEAN     NOT NULL,
    started_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    last_chunk_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (sha256, device_id)
);
