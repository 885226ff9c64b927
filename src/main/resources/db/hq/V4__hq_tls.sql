-- Issue 7 (ADR 0019): HQ's self-signed TLS certificate and key, made at the first start that serves TLS and kept in
-- the database, so that every HQ process over it presents the same certificate and laptops pin one fingerprint.
-- The PKCS#12 store is base64 text (the same type on PostgreSQL and H2), its password random.
CREATE TABLE hq_tls (
    id          INT          NOT NULL PRIMARY KEY CHECK (id = 1),
    keystore    TEXT         NOT NULL,
    password    VARCHAR(64)  NOT NULL,
    fingerprint VARCHAR(100) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
