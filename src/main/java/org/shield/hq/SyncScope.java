package org.shield.hq;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.shield.domain.security.Permission;

/**
 * Need-to-know across sync (ADR 0019): for each synchronised table, under which rule HQ sends its records to a
 * device, using the laptop's own rules ({@link org.shield.domain.security.AccessPolicy}) for the device's user, role
 * and unit. Case records need the table's read permission on their case; a person's records need the right to see
 * that person (a protected person — one with a pseudonym — travels without the columns that identify them to a user
 * who may see the case but may not reveal them); unit policies go to the unit; the audit trail stays each vault's own.
 */
public final class SyncScope {
    /** How a table's records are scoped. */
    public enum Kind {
        /** Belongs to a case: needs {@link Rule#permission} on it. */
        CASE,
        /** The person record itself. */
        PERSON,
        /** A person's own details (aliases, documents, contacts...): only with the person in full. */
        PERSON_PART,
        /** A unit's policy: to devices of that unit. */
        UNIT,
        /** Needs {@link Rule#permission} in any scope. */
        ANYWHERE,
        /** Never sent to a device. */
        NEVER
    }

    /** A table's rule; {@code caseParent} names the table whose record holds the case when the row has no case_id. */
    public record Rule(Kind kind, Permission permission, String caseParent, String caseParentColumn) {
    }

    /** Tables whose rows are numbered per vault: HQ keys them by device as well. */
    public static final Set<String> PER_DEVICE = Set.of("audit_entry");
    /** The person columns that identify someone. */
    public static final Set<String> IDENTIFYING = Set.of("name_native", "name_latin", "date_of_birth",
            "estimated_age");

    private static final Map<String, Rule> RULES = new HashMap<>();

    static {
        for (String t : new String[] {"case_file", "case_exploitation_type", "case_tag", "case_team", "case_party",
                "approval"}) {
            RULES.put(t, caseRule(Permission.CASE_VIEW));
        }
        RULES.put("trafficking_event", caseRule(Permission.CASE_READ_INVESTIGATION));
        RULES.put("case_note", caseRule(Permission.CASE_READ_INVESTIGATION));
        RULES.put("interview", caseRule(Permission.INTERVIEW_VIEW));
        RULES.put("interview_addendum", new Rule(Kind.CASE, Permission.INTERVIEW_VIEW, "interview", "interview_id"));
        RULES.put("exhibit", caseRule(Permission.EVIDENCE_VIEW));
        RULES.put("custody_event", caseRule(Permission.EVIDENCE_VIEW));
        RULES.put("screening", caseRule(Permission.SCREENING_VIEW));
        RULES.put("screening_answer", new Rule(Kind.CASE, Permission.SCREENING_VIEW, "screening", "screening_id"));
        RULES.put("mdt_decision", caseRule(Permission.SCREENING_VIEW));
        for (String t : new String[] {"shelter_stay", "care_consent", "care_task", "care_assessment", "care_plan",
                "care_service_delivery", "legal_support", "court_hearing", "compensation_claim", "repatriation",
                "return_follow_up"}) {
            RULES.put(t, caseRule(Permission.CARE_VIEW));
        }
        RULES.put("care_note", caseRule(Permission.CARE_NOTE_VIEW));
        RULES.put("person", new Rule(Kind.PERSON, Permission.PERSON_VIEW, null, null));
        for (String t : new String[] {"person_alias", "person_citizenship", "person_language", "identity_document",
                "contact_identifier"}) {
            RULES.put(t, new Rule(Kind.PERSON_PART, Permission.PERSON_VIEW, null, null));
        }
        RULES.put("organisation", new Rule(Kind.ANYWHERE, Permission.ORGANISATION_VIEW, null, null));
        RULES.put("interview_policy", new Rule(Kind.UNIT, null, null, null));
        RULES.put("care_policy", new Rule(Kind.UNIT, null, null, null));
        RULES.put("audit_entry", new Rule(Kind.NEVER, null, null, null));
    }

    private SyncScope() {
    }

    private static Rule caseRule(Permission p) {
        return new Rule(Kind.CASE, p, null, null);
    }

    /** The table's rule; a table HQ does not know is never sent. */
    public static Rule rule(String table) {
        return RULES.getOrDefault(table, new Rule(Kind.NEVER, null, null, null));
    }
}
