-- Legal support and repatriation (issue 5): willingness to testify, counsel, court hearings, compensation
-- and restitution claims; the return home, its handover and the follow-ups at 3, 6 and 12 months.
-- Plain SQL for H2 and PostgreSQL alike. Depends on V1 (case_file, person, organisation) and V5 (care_task).

CREATE TABLE legal_support (
    id                   UUID NOT NULL PRIMARY KEY,
    version              BIGINT NOT NULL,
    created_at           TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    created_by           VARCHAR(64) NOT NULL,
    updated_at           TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_by           VARCHAR(64) NOT NULL,
    deleted_at           TIMESTAMP(6) WITH TIME ZONE,
    deleted_by           VARCHAR(64),
    deletion_reason      VARCHAR(500),
    case_id              UUID NOT NULL REFERENCES case_file (id),
    person_id            UUID NOT NULL REFERENCES person (id),
    willingness          VARCHAR(30) NOT NULL,
    willingness_on       DATE,
    counsel_name         VARCHAR(200),
    counsel_organisation VARCHAR(200),
    CONSTRAINT uq_legal_support_victim UNIQUE (case_id, person_id)
);

CREATE TABLE court_hearing (
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
    starts_at       TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    court           VARCHAR(200) NOT NULL,
    kind            VARCHAR(30) NOT NULL,
    outcome_note    VARCHAR(2000)
);
CREATE INDEX ix_hearing_person ON court_hearing (person_id, case_id);

CREATE TABLE compensation_claim (
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
    kind            VARCHAR(20) NOT NULL,
    amount          DECIMAL(15, 2),
    currency        VARCHAR(3),
    filed_on        DATE NOT NULL,
    outcome         VARCHAR(20) NOT NULL,
    paid_amount     DECIMAL(15, 2),
    decided_on      DATE
);
CREATE INDEX ix_claim_person ON compensation_claim (person_id, case_id);

CREATE TABLE repatriation (
    id                       UUID NOT NULL PRIMARY KEY,
    version                  BIGINT NOT NULL,
    created_at               TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    created_by               VARCHAR(64) NOT NULL,
    updated_at               TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_by               VARCHAR(64) NOT NULL,
    deleted_at               TIMESTAMP(6) WITH TIME ZONE,
    deleted_by               VARCHAR(64),
    deletion_reason          VARCHAR(500),
    case_id                  UUID NOT NULL REFERENCES case_file (id),
    person_id                UUID NOT NULL REFERENCES person (id),
    status                   VARCHAR(20) NOT NULL,
    country                  VARCHAR(2) NOT NULL,
    place_of_return          VARCHAR(300),
    nationality_verification VARCHAR(20) NOT NULL,
    nationality_verified_on  DATE,
    nationality_verified_by  VARCHAR(200),
    travel_document_type     VARCHAR(30),
    issuing_embassy          VARCHAR(200),
    document_issued_on       DATE,
    document_expires_on      DATE,
    consular_contact         VARCHAR(200),
    consular_contact_on      DATE,
    network_danger           VARCHAR(2000),
    broker_debt              VARCHAR(2000),
    family_situation         VARCHAR(2000),
    overall_risk             VARCHAR(10),
    receiving_org_id         UUID REFERENCES organisation (id),
    receiving_org_name       VARCHAR(200),
    handed_over_on           DATE,
    handover_place           VARCHAR(300),
    handed_over_by           VARCHAR(200),
    handed_over_to           VARCHAR(200),
    cancel_reason            VARCHAR(1000),
    re_trafficked            BOOLEAN NOT NULL,
    re_trafficked_on         DATE
);
CREATE INDEX ix_repatriation_person ON repatriation (person_id, case_id);
CREATE INDEX ix_repatriation_case ON repatriation (case_id);

CREATE TABLE return_follow_up (
    id              UUID NOT NULL PRIMARY KEY,
    version         BIGINT NOT NULL,
    created_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    created_by      VARCHAR(64) NOT NULL,
    updated_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_by      VARCHAR(64) NOT NULL,
    deleted_at      TIMESTAMP(6) WITH TIME ZONE,
    deleted_by      VARCHAR(64),
    deletion_reason VARCHAR(500),
    repatriation_id UUID NOT NULL REFERENCES repatriation (id),
    case_id         UUID NOT NULL REFERENCES case_file (id),
    person_id       UUID NOT NULL REFERENCES person (id),
    months          INTEGER NOT NULL,
    due_on          DATE NOT NULL,
    task_id         UUID REFERENCES care_task (id),
    done_on         DATE,
    outcome         VARCHAR(4000),
    re_trafficked   BOOLEAN NOT NULL,
    CONSTRAINT uq_follow_up_months UNIQUE (repatriation_id, months)
);
CREATE INDEX ix_follow_up_case ON return_follow_up (case_id);
