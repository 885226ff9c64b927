-- Access and audit (issue 3): case teams, victim referrals, pseudonyms, approvals, temporary
-- passphrases, and the tamper-evident audit trail.

ALTER TABLE app_user ADD COLUMN must_change_passphrase BOOLEAN DEFAULT FALSE NOT NULL;

CREATE TABLE case_team (
    case_id   UUID NOT NULL REFERENCES case_file (id),
    user_name VARCHAR(64) NOT NULL,
    PRIMARY KEY (case_id, user_name)
);
CREATE INDEX ix_case_team_user ON case_team (user_name, case_id);
CREATE INDEX ix_case_lead ON case_file (lead_investigator);

ALTER TABLE case_party ADD COLUMN referred_to VARCHAR(64);
CREATE INDEX ix_party_referred ON case_party (referred_to);

ALTER TABLE person ADD COLUMN pseudonym VARCHAR(20);
CREATE UNIQUE INDEX uq_person_pseudonym ON person (pseudonym);

-- Every person already recorded as a victim, possible victim or witness gets a pseudonym, numbered
-- per prefix (V- for victims, W- for witnesses only) and year of the person's creation, oldest first.
CREATE LOCAL TEMPORARY TABLE pseudonym_backfill AS
SELECT p.id AS person_id,
       CASE WHEN EXISTS (SELECT 1 FROM case_party v WHERE v.person_id = p.id AND v.deleted_at IS NULL
                         AND v.party_role IN ('Victim', 'PossibleVictim')) THEN 'V-' ELSE 'W-' END
           || CAST(EXTRACT(YEAR FROM p.created_at) AS VARCHAR) AS prefix,
       p.created_at AS created_at
FROM person p
WHERE EXISTS (SELECT 1 FROM case_party cp WHERE cp.person_id = p.id AND cp.deleted_at IS NULL
              AND cp.party_role IN ('Victim', 'PossibleVictim', 'Witness'));

MERGE INTO person USING (
    SELECT person_id, prefix,
           ROW_NUMBER() OVER (PARTITION BY prefix ORDER BY created_at, person_id) AS n
    FROM pseudonym_backfill) b
ON person.id = b.person_id
WHEN MATCHED THEN UPDATE SET pseudonym = b.prefix || '-' || LPAD(CAST(b.n AS VARCHAR), 4, '0');

INSERT INTO case_sequence (prefix, last_value)
SELECT 'PSEUDONYM:' || prefix, COUNT(*) FROM pseudonym_backfill GROUP BY prefix;

DROP TABLE pseudonym_backfill;

CREATE TABLE approval (
    id              UUID NOT NULL PRIMARY KEY,
    version         BIGINT NOT NULL,
    created_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    created_by      VARCHAR(64) NOT NULL,
    updated_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_by      VARCHAR(64) NOT NULL,
    deleted_at      TIMESTAMP(6) WITH TIME ZONE,
    deleted_by      VARCHAR(64),
    deletion_reason VARCHAR(500),
    kind            VARCHAR(30) NOT NULL,
    state           VARCHAR(20) NOT NULL,
    case_id         UUID NOT NULL REFERENCES case_file (id),
    unit_code       VARCHAR(32) NOT NULL,
    subject_id      UUID,
    requested_value VARCHAR(60),
    request_reason  VARCHAR(2000) NOT NULL,
    requested_by    VARCHAR(64) NOT NULL,
    requested_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    decided_by      VARCHAR(64),
    decided_at      TIMESTAMP(6) WITH TIME ZONE,
    decision_reason VARCHAR(2000)
);
CREATE INDEX ix_approval_pending ON approval (state, unit_code, requested_at);
CREATE INDEX ix_approval_case ON approval (case_id);

-- The audit trail. Append-only; each row is chained to the previous one by hash and signed with the
-- vault's Ed25519 key (ADR 0008). The time is kept as epoch seconds and nanoseconds because the hash
-- covers it exactly.
CREATE TABLE audit_entry (
    seq           BIGINT NOT NULL PRIMARY KEY,
    at_second     BIGINT NOT NULL,
    at_nano       INTEGER NOT NULL,
    actor         VARCHAR(64) NOT NULL,
    action        VARCHAR(40) NOT NULL,
    record_type   VARCHAR(40),
    record_id     UUID,
    detail        VARCHAR(1000000),
    previous_hash BINARY(32) NOT NULL,
    entry_hash    BINARY(32) NOT NULL,
    signature     BINARY(64) NOT NULL
);
CREATE INDEX ix_audit_actor ON audit_entry (actor, seq);
CREATE INDEX ix_audit_record ON audit_entry (record_id, seq);
CREATE INDEX ix_audit_time ON audit_entry (at_second, seq);
CREATE INDEX ix_audit_action ON audit_entry (action, seq);
