-- Issue 7, slice 3 (ADR 0019): what HQ needs to send each device only what its user may see, and the device's
-- sync epoch. Kept up to date by the push that changes the records they come from, in the same transaction.

-- The case (and for a person's own rows, the person) each record belongs to.
ALTER TABLE hq_record ADD COLUMN case_id UUID;
ALTER TABLE hq_record ADD COLUMN person_id UUID;
CREATE INDEX ix_hq_record_case ON hq_record (case_id);
CREATE INDEX ix_hq_record_person ON hq_record (person_id);

-- Each case's unit and lead investigator (from case_file).
CREATE TABLE hq_case (
    case_id   UUID        NOT NULL PRIMARY KEY,
    unit_code VARCHAR(32) NOT NULL,
    lead      VARCHAR(64)
);
CREATE INDEX ix_hq_case_unit ON hq_case (unit_code);
CREATE INDEX ix_hq_case_lead ON hq_case (lead);

-- Case teams (from case_team).
CREATE TABLE hq_case_team (
    case_id   UUID        NOT NULL,
    user_name VARCHAR(64) NOT NULL,
    PRIMARY KEY (case_id, user_name)
);
CREATE INDEX ix_hq_case_team_user ON hq_case_team (user_name);

-- Parties of cases that are not deleted: who is a party of which case, and to which caseworker a victim is referred
-- (from case_party).
CREATE TABLE hq_case_party (
    party_id    UUID        NOT NULL PRIMARY KEY,
    case_id     UUID        NOT NULL,
    person_id   UUID        NOT NULL,
    referred_to VARCHAR(64)
);
CREATE INDEX ix_hq_case_party_case ON hq_case_party (case_id);
CREATE INDEX ix_hq_case_party_person ON hq_case_party (person_id);
CREATE INDEX ix_hq_case_party_referred ON hq_case_party (referred_to);

-- A new random epoch at each completed sync; a laptop presenting an older one was restored or copied.
ALTER TABLE hq_device ADD COLUMN sync_epoch UUID;
