-- Court-ready reports (issue 6): the register of every report the vault produced, with the SHA-256 of the
-- exact PDF, for `report verify`. No report content and no protected identity is kept here.
-- Plain SQL for H2 and PostgreSQL alike. Depends on V1 (case_file).

CREATE TABLE issued_report (
    id              UUID NOT NULL PRIMARY KEY,
    version         BIGINT NOT NULL,
    created_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    created_by      VARCHAR(64) NOT NULL,
    updated_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_by      VARCHAR(64) NOT NULL,
    deleted_at      TIMESTAMP(6) WITH TIME ZONE,
    deleted_by      VARCHAR(64),
    deletion_reason VARCHAR(500),
    report_id       VARCHAR(40) NOT NULL,
    kind            VARCHAR(30) NOT NULL,
    case_id         UUID REFERENCES case_file (id),
    case_number     VARCHAR(40),
    subject         VARCHAR(100),
    language        VARCHAR(8) NOT NULL,
    redaction       VARCHAR(20) NOT NULL,
    pages           INTEGER NOT NULL,
    sha256          VARCHAR(64) NOT NULL,
    CONSTRAINT uq_issued_report_id UNIQUE (report_id)
);

CREATE INDEX ix_issued_report_sha256 ON issued_report (sha256);
CREATE INDEX ix_issued_report_case ON issued_report (case_id);
