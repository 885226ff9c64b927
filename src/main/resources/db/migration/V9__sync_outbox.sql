-- Issue 7 (ADR 0019): the outbox. Every change to a synchronised table is written to sync_outbox by a row
-- trigger, on the same connection and so in the same transaction as the change, with a per-device sequence
-- number taken from sync_state in that transaction: a rolled-back change takes its number back, so the
-- sequence has no gaps. Not synchronised: vault_meta, case_sequence, app_user (local accounts),
-- person_search_key (derived locally), issued_report (this vault's own register).

CREATE TABLE sync_state (
    id       INT    NOT NULL PRIMARY KEY CHECK (id = 1),
    next_seq BIGINT NOT NULL
);
INSERT INTO sync_state (id, next_seq) VALUES (1, 1);

CREATE TABLE sync_outbox (
    seq        BIGINT       NOT NULL PRIMARY KEY,
    change_id  UUID         NOT NULL UNIQUE,
    table_name VARCHAR(64)  NOT NULL,
    row_key    VARCHAR(400) NOT NULL,
    op         VARCHAR(8)   NOT NULL,
    changes    CLOB         NOT NULL,
    at         TIMESTAMP(6) WITH TIME ZONE NOT NULL
);

CREATE TRIGGER sync_out_case_file AFTER INSERT, UPDATE, DELETE ON case_file FOR EACH ROW CALL 'org.shield.infra.persistence.OutboxTrigger';
CREATE TRIGGER sync_out_case_exploitation_type AFTER INSERT, UPDATE, DELETE ON case_exploitation_type FOR EACH ROW CALL 'org.shield.infra.persistence.OutboxTrigger';
CREATE TRIGGER sync_out_case_tag AFTER INSERT, UPDATE, DELETE ON case_tag FOR EACH ROW CALL 'org.shield.infra.persistence.OutboxTrigger';
CREATE TRIGGER sync_out_person AFTER INSERT, UPDATE, DELETE ON person FOR EACH ROW CALL 'org.shield.infra.persistence.OutboxTrigger';
CREATE TRIGGER sync_out_person_alias AFTER INSERT, UPDATE, DELETE ON person_alias FOR EACH ROW CALL 'org.shield.infra.persistence.OutboxTrigger';
CREATE TRIGGER sync_out_person_citizenship AFTER INSERT, UPDATE, DELETE ON person_citizenship FOR EACH ROW CALL 'org.shield.infra.persistence.OutboxTrigger';
CREATE TRIGGER sync_out_person_language AFTER INSERT, UPDATE, DELETE ON person_language FOR EACH ROW CALL 'org.shield.infra.persistence.OutboxTrigger';
CREATE TRIGGER sync_out_identity_document AFTER INSERT, UPDATE, DELETE ON identity_document FOR EACH ROW CALL 'org.shield.infra.persistence.OutboxTrigger';
CREATE TRIGGER sync_out_contact_identifier AFTER INSERT, UPDATE, DELETE ON contact_identifier FOR EACH ROW CALL 'org.shield.infra.persistence.OutboxTrigger';
CREATE TRIGGER sync_out_organisation AFTER INSERT, UPDATE, DELETE ON organisation FOR EACH ROW CALL 'org.shield.infra.persistence.OutboxTrigger';
CREATE TRIGGER sync_out_case_party AFTER INSERT, UPDATE, DELETE ON case_party FOR EACH ROW CALL 'org.shield.infra.persistence.OutboxTrigger';
CREATE TRIGGER sync_out_trafficking_event AFTER INSERT, UPDATE, DELETE ON trafficking_event FOR EACH ROW CALL 'org.shield.infra.persistence.OutboxTrigger';
CREATE TRIGGER sync_out_case_note AFTER INSERT, UPDATE, DELETE ON case_note FOR EACH ROW CALL 'org.shield.infra.persistence.OutboxTrigger';
CREATE TRIGGER sync_out_case_team AFTER INSERT, UPDATE, DELETE ON case_team FOR EACH ROW CALL 'org.shield.infra.persistence.OutboxTrigger';
CREATE TRIGGER sync_out_approval AFTER INSERT, UPDATE, DELETE ON approval FOR EACH ROW CALL 'org.shield.infra.persistence.OutboxTrigger';
CREATE TRIGGER sync_out_audit_entry AFTER INSERT, UPDATE, DELETE ON audit_entry FOR EACH ROW CALL 'org.shield.infra.persistence.OutboxTrigger';
CREATE TRIGGER sync_out_interview AFTER INSERT, UPDATE, DELETE ON interview FOR EACH ROW CALL 'org.shield.infra.persistence.OutboxTrigger';
CREATE TRIGGER sync_out_interview_addendum AFTER INSERT, UPDATE, DELETE ON interview_addendum FOR EACH ROW CALL 'org.shield.infra.persistence.OutboxTrigger';
CREATE TRIGGER sync_out_interview_policy AFTER INSERT, UPDATE, DELETE ON interview_policy FOR EACH ROW CALL 'org.shield.infra.persistence.OutboxTrigger';
CREATE TRIGGER sync_out_exhibit AFTER INSERT, UPDATE, DELETE ON exhibit FOR EACH ROW CALL 'org.shield.infra.persistence.OutboxTrigger';
CREATE TRIGGER sync_out_custody_event AFTER INSERT, UPDATE, DELETE ON custody_event FOR EACH ROW CALL 'org.shield.infra.persistence.OutboxTrigger';
CREATE TRIGGER sync_out_screening AFTER INSERT, UPDATE, DELETE ON screening FOR EACH ROW CALL 'org.shield.infra.persistence.OutboxTrigger';
CREATE TRIGGER sync_out_screening_answer AFTER INSERT, UPDATE, DELETE ON screening_answer FOR EACH ROW CALL 'org.shield.infra.persistence.OutboxTrigger';
CREATE TRIGGER sync_out_mdt_decision AFTER INSERT, UPDATE, DELETE ON mdt_decision FOR EACH ROW CALL 'org.shield.infra.persistence.OutboxTrigger';
CREATE TRIGGER sync_out_shelter_stay AFTER INSERT, UPDATE, DELETE ON shelter_stay FOR EACH ROW CALL 'org.shield.infra.persistence.OutboxTrigger';
CREATE TRIGGER sync_out_care_policy AFTER INSERT, UPDATE, DELETE ON care_policy FOR EACH ROW CALL 'org.shield.infra.persistence.OutboxTrigger';
CREATE TRIGGER sync_out_care_consent AFTER INSERT, UPDATE, DELETE ON care_consent FOR EACH ROW CALL 'org.shield.infra.persistence.OutboxTrigger';
CREATE TRIGGER sync_out_care_task AFTER INSERT, UPDATE, DELETE ON care_task FOR EACH ROW CALL 'org.shield.infra.persistence.OutboxTrigger';
CREATE TRIGGER sync_out_care_assessment AFTER INSERT, UPDATE, DELETE ON care_assessment FOR EACH ROW CALL 'org.shield.infra.persistence.OutboxTrigger';
CREATE TRIGGER sync_out_care_plan AFTER INSERT, UPDATE, DELETE ON care_plan FOR EACH ROW CALL 'org.shield.infra.persistence.OutboxTrigger';
CREATE TRIGGER sync_out_care_service_delivery AFTER INSERT, UPDATE, DELETE ON care_service_delivery FOR EACH ROW CALL 'org.shield.infra.persistence.OutboxTrigger';
CREATE TRIGGER sync_out_care_note AFTER INSERT, UPDATE, DELETE ON care_note FOR EACH ROW CALL 'org.shield.infra.persistence.OutboxTrigger';
CREATE TRIGGER sync_out_legal_support AFTER INSERT, UPDATE, DELETE ON legal_support FOR EACH ROW CALL 'org.shield.infra.persistence.OutboxTrigger';
CREATE TRIGGER sync_out_court_hearing AFTER INSERT, UPDATE, DELETE ON court_hearing FOR EACH ROW CALL 'org.shield.infra.persistence.OutboxTrigger';
CREATE TRIGGER sync_out_compensation_claim AFTER INSERT, UPDATE, DELETE ON compensation_claim FOR EACH ROW CALL 'org.shield.infra.persistence.OutboxTrigger';
CREATE TRIGGER sync_out_repatriation AFTER INSERT, UPDATE, DELETE ON repatriation FOR EACH ROW CALL 'org.shield.infra.persistence.OutboxTrigger';
CREATE TRIGGER sync_out_return_follow_up AFTER INSERT, UPDATE, DELETE ON return_follow_up FOR EACH ROW CALL 'org.shield.infra.persistence.OutboxTrigger';
