-- Victim identification (issue 5): screenings against the indicator checklists. A screening is recorded
-- whole and never changed; a re-assessment is a new row, so the history stays.

CREATE TABLE screening (
    id              UUID NOT NULL PRIMARY KEY,
    version         BIGINT NOT NULL,
    created_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    created_by      VARCHAR(64) NOT NULL,
    updated_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_by      VARCHAR(64) NOT NULL,
    deleted_at      TIMESTAMP(6) WITH TIME ZONE,
    deleted_by      VARCHAR(64),
    deletion_reason VARCHAR(500),
    case_id         UUID NOT NULL REFERENCES case_file (id),
    person_id       UUID NOT NULL REFERENCES person (id),
    population      VARCHAR(10) NOT NULL,
    exploitation    VARCHAR(10) NOT NULL,
    assessed_on     DATE NOT NULL,
    summary_note    VARCHAR(4000)
);
CREATE INDEX ix_screening_person ON screening (person_id, assessed_on);
CREATE INDEX ix_screening_case ON screening (case_id);

CREATE TABLE screening_answer (
    screening_id        UUID NOT NULL REFERENCES screening (id),
    position            INT NOT NULL,
    indicator_code      VARCHAR(60) NOT NULL,
    answer              VARCHAR(10) NOT NULL,
    source_interview_id UUID REFERENCES interview (id),
    source_exhibit_id   UUID REFERENCES exhibit (id),
    note                VARCHAR(2000),
    PRIMARY KEY (screening_id, position)
);

-- The MDT's identification decision; it takes effect when a supervisor approves it (approval kind MdtDecision).
CREATE TABLE mdt_decision (
    id                UUID NOT NULL PRIMARY KEY,
    version           BIGINT NOT NULL,
    created_at        TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    created_by        VARCHAR(64) NOT NULL,
    updated_at        TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_by        VARCHAR(64) NOT NULL,
    deleted_at        TIMESTAMP(6) WITH TIME ZONE,
    deleted_by        VARCHAR(64),
    deletion_reason   VARCHAR(500),
    case_id           UUID NOT NULL REFERENCES case_file (id),
    person_id         UUID NOT NULL REFERENCES person (id),
    status            VARCHAR(40) NOT NULL,
    deciding_org_type VARCHAR(40) NOT NULL,
    deciding_org_id   UUID REFERENCES organisation (id),
    decided_on        DATE NOT NULL,
    members_present   VARCHAR(1000) NOT NULL,
    reasons           VARCHAR(2000) NOT NULL,
    screening_id      UUID REFERENCES screening (id),
    state             VARCHAR(20) NOT NULL
);
CREATE INDEX ix_mdt_person ON mdt_decision (person_id, case_id);

-- Shelter stays and the reflection period (issue 5): one row per stay; a transfer ends one and starts the next.
CREATE TABLE shelter_stay (
    id               UUID NOT NULL PRIMARY KEY,
    version          BIGINT NOT NULL,
    created_at       TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    created_by       VARCHAR(64) NOT NULL,
    updated_at       TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_by       VARCHAR(64) NOT NULL,
    deleted_at       TIMESTAMP(6) WITH TIME ZONE,
    deleted_by       VARCHAR(64),
    deletion_reason  VARCHAR(500),
    case_id          UUID NOT NULL REFERENCES case_file (id),
    person_id        UUID NOT NULL REFERENCES person (id),
    shelter_id       UUID NOT NULL REFERENCES organisation (id),
    admitted_on      DATE NOT NULL,
    room             VARCHAR(100),
    left_on          DATE,
    departure_reason VARCHAR(40),
    departure_note   VARCHAR(1000),
    transferred_from UUID REFERENCES shelter_stay (id)
);
CREATE INDEX ix_stay_person ON shelter_stay (person_id, case_id, admitted_on);

CREATE TABLE care_policy (
    id              UUID NOT NULL PRIMARY KEY,
    version         BIGINT NOT NULL,
    created_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    created_by      VARCHAR(64) NOT NULL,
    updated_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_by      VARCHAR(64) NOT NULL,
    deleted_at      TIMESTAMP(6) WITH TIME ZONE,
    deleted_by      VARCHAR(64),
    deletion_reason VARCHAR(500),
    unit_code       VARCHAR(32) NOT NULL,
    reflection_days INT NOT NULL,
    CONSTRAINT uq_care_policy_unit UNIQUE (unit_code)
);

-- Consent per purpose (issue 5): withdrawn consents stay on record and stop what they covered.
CREATE TABLE care_consent (
    id              UUID NOT NULL PRIMARY KEY,
    version         BIGINT NOT NULL,
    created_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    created_by      VARCHAR(64) NOT NULL,
    updated_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_by      VARCHAR(64) NOT NULL,
    deleted_at      TIMESTAMP(6) WITH TIME ZONE,
    deleted_by      VARCHAR(64),
    deletion_reason VARCHAR(500),
    case_id         UUID NOT NULL REFERENCES case_file (id),
    person_id       UUID NOT NULL REFERENCES person (id),
    purpose         VARCHAR(30) NOT NULL,
    partner_id      UUID REFERENCES organisation (id),
    given_on        DATE NOT NULL,
    given_how       VARCHAR(30) NOT NULL,
    witness         VARCHAR(200),
    withdrawn_on    DATE,
    withdrawal_note VARCHAR(1000)
);
CREATE INDEX ix_consent_person ON care_consent (person_id, case_id);

-- Tasks and follow-ups (issue 5): each caseworker's list of due and overdue work.
CREATE TABLE care_task (
    id              UUID NOT NULL PRIMARY KEY,
    version         BIGINT NOT NULL,
    created_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    created_by      VARCHAR(64) NOT NULL,
    updated_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_by      VARCHAR(64) NOT NULL,
    deleted_at      TIMESTAMP(6) WITH TIME ZONE,
    deleted_by      VARCHAR(64),
    deletion_reason VARCHAR(500),
    case_id         UUID NOT NULL REFERENCES case_file (id),
    person_id       UUID NOT NULL REFERENCES person (id),
    title           VARCHAR(300) NOT NULL,
    due_on          DATE NOT NULL,
    assignee        VARCHAR(64) NOT NULL,
    done_on         DATE,
    done_by         VARCHAR(64)
);
CREATE INDEX ix_task_assignee ON care_task (assignee, done_on, due_on);
CREATE INDEX ix_task_case ON care_task (case_id);
