-- HQ encrypts values at rest (ADR 0019, 2026-12-04). The value key: 32 random bytes made at HQ's first start,
-- wrapped under the administrator's passphrase (Argon2id, AES-256-GCM; the text form of infra.vault's
-- PassphraseKeyWrap). One row: two HQ processes first starting together both insert, one wins, the other reads it.
-- The same SQL runs on PostgreSQL and on H2.
CREATE TABLE hq_value_key (
    id         INT           NOT NULL PRIMARY KEY CHECK (id = 1),
    wrapped    VARCHAR(2000) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- A chunk's bytes carry no mark: this says whether they are sealed. Chunks stored before are sealed at HQ's start.
ALTER TABLE hq_content_chunk ADD COLUMN sealed BOOLEAN DEFAULT FALSE NOT NULL;
