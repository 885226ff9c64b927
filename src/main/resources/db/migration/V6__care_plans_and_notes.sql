-- Care (issue 5, continued): needs and risk assessments, care plans (HTCDS support plans) with the services
-- delivered under them, and caseworkers' counselling and medical notes. Assessments, services and notes are
-- append-only; a plan is revised while open and closed with its actual end date (ADR 0015).

CREATE TABLE care_assessment (
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
    kind            VARCHAR(30) NOT NULL,
    scope           VARCHAR(30) NOT NULL,
    assessed_on     DATE NOT NULL,
    risk_level      VARCHAR(20) NOT NULL,
    findings        CLOB NOT NULL,
    assessed_by     VARCHAR(64) NOT NULL
);
CREATE INDEX ix_assessment_person ON care_assessment (person_id, case_id, assessed_on);

CREATE TABLE care_plan (
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
    plan_type       VARCHAR(40) NOT NULL,
    objectives      VARCHAR(4000) NOT NULL,
    actions         VARCHAR(4000),
    started_on      DATE NOT NULL,
    planned_end_on  DATE,
    actual_end_on   DATE
);
CREATE INDEX ix_plan_person ON care_plan (person_id, case_id, started_on);

CREATE TABLE care_service_delivery (
    id              UUID NOT NULL PRIMARY KEY,
    version         BIGINT NOT NULL,
    created_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    created_by      VARCHAR(64) NOT NULL,
    updated_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_by      VARCHAR(64) NOT NULL,
    deleted_at      TIMESTAMP(6) WITH TIME ZONE,
    deleted_by      VARCHAR(64),
    deletion_reason VARCHAR(500),
    plan_id         UUID NOT NULL REFERENCES care_plan (id),
    case_id         UUID NOT NULL REFERENCES case_file (id),
    person_id       UUID NOT NULL REFERENCES person (id),
    service_type    VARCHAR(30) NOT NULL,
    delivered_on    DATE NOT NULL,
    provided_by     VARCHAR(200) NOT NULL,
    provider_id     UUID REFERENCES organisation (id),
    note            VARCHAR(2000)
);
CREATE INDEX ix_service_plan ON care_service_delivery (plan_id, delivered_on);
CREATE INDEX ix_service_case ON care_service_delivery (case_id);

CREATE TABLE care_note (
    id              UUID NOT NULL PRIMARY KEY,
    version         BIGINT NOT NULL,
    created_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    created_by      VARCHAR(64) NOT NULL,
    updated_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_by      VARCHAR(64) NOT NULL,
    deleted_at      TIMESTAMP(6) WITH TIME ZONE,
    deleted_by      VARCHAR(64),
    deletion_reason VARCHAR(500),
    case_id          UUID NOT NULL REFERENCES case_file (id),
    person_id        UUID NOT NULL REFERENCES person (id),
    kind             VARCHAR(20) NOT NULL,
    body             CLOB NOT NULL,
    corrects_note_id UUID REFERENCES care_note (id)
);
CREATE INDEX ix_care_note_person ON care_note (person_id, case_id);
