-- Foundation schema: vault metadata, users, cases, persons, organisations, parties, route events, notes.
-- Every synchronised table carries id (UUIDv7), version, created/updated stamps and a deletion tombstone.

CREATE TABLE vault_meta (
    meta_key   VARCHAR(64)  NOT NULL PRIMARY KEY,
    meta_value VARCHAR(500) NOT NULL
);

CREATE TABLE app_user (
    id              UUID NOT NULL PRIMARY KEY,
    version         BIGINT NOT NULL,
    created_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    created_by      VARCHAR(64) NOT NULL,
    updated_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_by      VARCHAR(64) NOT NULL,
    deleted_at      TIMESTAMP(6) WITH TIME ZONE,
    deleted_by      VARCHAR(64),
    deletion_reason VARCHAR(500),
    user_name       VARCHAR(64) NOT NULL,
    display_name    VARCHAR(200),
    unit_code       VARCHAR(32) NOT NULL,
    roles           VARCHAR(200) NOT NULL,
    disabled        BOOLEAN NOT NULL,
    CONSTRAINT uq_app_user_name UNIQUE (user_name)
);

CREATE TABLE case_sequence (
    prefix     VARCHAR(80) NOT NULL PRIMARY KEY,
    last_value BIGINT NOT NULL
);

CREATE TABLE case_file (
    id                UUID NOT NULL PRIMARY KEY,
    version           BIGINT NOT NULL,
    created_at        TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    created_by        VARCHAR(64) NOT NULL,
    updated_at        TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_by        VARCHAR(64) NOT NULL,
    deleted_at        TIMESTAMP(6) WITH TIME ZONE,
    deleted_by        VARCHAR(64),
    deletion_reason   VARCHAR(500),
    case_number       VARCHAR(40) NOT NULL,
    title             VARCHAR(200) NOT NULL,
    status            VARCHAR(20) NOT NULL,
    closure_reason    VARCHAR(500),
    unit_code         VARCHAR(32) NOT NULL,
    lead_investigator VARCHAR(64),
    opened_on         DATE NOT NULL,
    closed_on         DATE,
    summary           CLOB,
    sensitivity       VARCHAR(20) NOT NULL,
    CONSTRAINT uq_case_number UNIQUE (case_number)
);
CREATE INDEX ix_case_opened ON case_file (opened_on);
CREATE INDEX ix_case_status ON case_file (status, opened_on);
CREATE INDEX ix_case_unit ON case_file (unit_code, opened_on);
CREATE INDEX ix_case_updated ON case_file (updated_at);
CREATE INDEX ix_case_title ON case_file (title);

CREATE TABLE case_exploitation_type (
    case_id           UUID NOT NULL REFERENCES case_file (id),
    exploitation_type VARCHAR(40) NOT NULL,
    PRIMARY KEY (case_id, exploitation_type)
);
CREATE INDEX ix_case_type ON case_exploitation_type (exploitation_type, case_id);

CREATE TABLE case_tag (
    case_id UUID NOT NULL REFERENCES case_file (id),
    tag     VARCHAR(60) NOT NULL,
    PRIMARY KEY (case_id, tag)
);

CREATE TABLE person (
    id              UUID NOT NULL PRIMARY KEY,
    version         BIGINT NOT NULL,
    created_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    created_by      VARCHAR(64) NOT NULL,
    updated_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_by      VARCHAR(64) NOT NULL,
    deleted_at      TIMESTAMP(6) WITH TIME ZONE,
    deleted_by      VARCHAR(64),
    deletion_reason VARCHAR(500),
    name_native     VARCHAR(200),
    name_latin      VARCHAR(200),
    gender          VARCHAR(30) NOT NULL,
    date_of_birth   DATE,
    estimated_age   INTEGER
);

CREATE TABLE person_alias (
    person_id UUID NOT NULL REFERENCES person (id),
    ord       INTEGER NOT NULL,
    name_kind VARCHAR(20) NOT NULL,
    name_text VARCHAR(200) NOT NULL,
    PRIMARY KEY (person_id, ord)
);

CREATE TABLE person_citizenship (
    person_id UUID NOT NULL REFERENCES person (id),
    country   VARCHAR(2) NOT NULL,
    PRIMARY KEY (person_id, country)
);

CREATE TABLE person_language (
    person_id UUID NOT NULL REFERENCES person (id),
    language  VARCHAR(3) NOT NULL,
    PRIMARY KEY (person_id, language)
);

CREATE TABLE identity_document (
    person_id       UUID NOT NULL REFERENCES person (id),
    ord             INTEGER NOT NULL,
    document_type   VARCHAR(20) NOT NULL,
    document_number VARCHAR(60) NOT NULL,
    issuing_country VARCHAR(2),
    issued_on       DATE,
    expires_on      DATE,
    PRIMARY KEY (person_id, ord)
);

CREATE TABLE contact_identifier (
    person_id     UUID NOT NULL REFERENCES person (id),
    ord           INTEGER NOT NULL,
    contact_type  VARCHAR(20) NOT NULL,
    contact_value VARCHAR(200) NOT NULL,
    PRIMARY KEY (person_id, ord)
);

-- Folded search keys (names, aliases, document numbers, phone digits and reversed digits); derived data,
-- rebuilt from the person on every save.
CREATE TABLE person_search_key (
    person_id  UUID NOT NULL REFERENCES person (id),
    search_key VARCHAR(201) NOT NULL,
    PRIMARY KEY (search_key, person_id)
);
CREATE INDEX ix_search_key_person ON person_search_key (person_id);

CREATE TABLE organisation (
    id              UUID NOT NULL PRIMARY KEY,
    version         BIGINT NOT NULL,
    created_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    created_by      VARCHAR(64) NOT NULL,
    updated_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_by      VARCHAR(64) NOT NULL,
    deleted_at      TIMESTAMP(6) WITH TIME ZONE,
    deleted_by      VARCHAR(64),
    deletion_reason VARCHAR(500),
    name            VARCHAR(200) NOT NULL,
    org_type        VARCHAR(40) NOT NULL,
    place           VARCHAR(200),
    country         VARCHAR(2)
);
CREATE INDEX ix_organisation_name ON organisation (name);

CREATE TABLE case_party (
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
    party_role      VARCHAR(30) NOT NULL,
    role_in_process VARCHAR(40),
    note            VARCHAR(2000)
);
CREATE INDEX ix_party_case ON case_party (case_id);
CREATE INDEX ix_party_person ON case_party (person_id);

CREATE TABLE trafficking_event (
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
    event_type      VARCHAR(20) NOT NULL,
    event_date      DATE,
    place           VARCHAR(200),
    country         VARCHAR(2),
    latitude        DOUBLE PRECISION,
    longitude       DOUBLE PRECISION,
    description     CLOB
);
CREATE INDEX ix_event_case ON trafficking_event (case_id);

CREATE TABLE case_note (
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
    body             CLOB NOT NULL,
    corrects_note_id UUID REFERENCES case_note (id)
);
CREATE INDEX ix_note_case ON case_note (case_id);
