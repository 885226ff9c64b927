package org.shield.ui.sync;

import org.shield.application.sync.SyncProgress;
import org.shield.ui.common.ByteSizes;
import org.shield.ui.common.Messages;

/** How the status bar and the Sync page put the link with HQ into words. */
public final class SyncTexts {
    private SyncTexts() {
    }

    /** The link in a word or two: online, offline, syncing, not enrolled… */
    public static String link(SyncViewModel vm, Messages m) {
        if (vm.syncingProperty().get()) {
            return m.get("ui.sync.link.syncing");
        }
        return m.get(switch (vm.linkProperty().get()) {
            case NotEnrolled -> "ui.sync.link.NotEnrolled";
            case Unknown -> "ui.sync.link.Unknown";
            case Online -> "ui.sync.link.Online";
            case Offline -> "ui.sync.link.Offline";
            case Refused -> "ui.sync.link.Refused";
        });
    }

    /** A sync log line's outcome. */
    public static String outcome(String outcome, Messages m) {
        return switch (outcome) {
            case "Done" -> m.get("ui.sync.outcome.Done");
            case "Cancelled" -> m.get("ui.sync.outcome.Cancelled");
            case "Failed" -> m.get("ui.sync.outcome.Failed");
            default -> outcome;
        };
    }

    /** The kind of record a synchronised table holds, for people (the table's name if it has no label). */
    public static String table(String table, Messages m) {
        return switch (table) {
            case "case_file" -> m.get("ui.sync.table.caseFile");
            case "case_party" -> m.get("ui.sync.table.caseParty");
            case "person" -> m.get("ui.sync.table.person");
            case "exhibit" -> m.get("ui.sync.table.exhibit");
            case "interview" -> m.get("ui.sync.table.interview");
            case "organisation" -> m.get("ui.sync.table.organisation");
            case "custody_event" -> m.get("ui.sync.table.custodyEvent");
            case "case_note" -> m.get("ui.sync.table.caseNote");
            case "interview_addendum" -> m.get("ui.sync.table.interviewAddendum");
            case "trafficking_event" -> m.get("ui.sync.table.traffickingEvent");
            case "person_alias" -> m.get("ui.sync.table.personAlias");
            case "identity_document" -> m.get("ui.sync.table.identityDocument");
            case "contact_identifier" -> m.get("ui.sync.table.contactIdentifier");
            case "screening" -> m.get("ui.sync.table.screening");
            case "mdt_decision" -> m.get("ui.sync.table.mdtDecision");
            case "shelter_stay" -> m.get("ui.sync.table.shelterStay");
            case "care_consent" -> m.get("ui.sync.table.careConsent");
            case "care_task" -> m.get("ui.sync.table.careTask");
            case "care_assessment" -> m.get("ui.sync.table.careAssessment");
            case "care_plan" -> m.get("ui.sync.table.carePlan");
            case "care_service_delivery" -> m.get("ui.sync.table.careServiceDelivery");
            case "care_note" -> m.get("ui.sync.table.careNote");
            case "legal_support" -> m.get("ui.sync.table.legalSupport");
            case "court_hearing" -> m.get("ui.sync.table.courtHearing");
            case "compensation_claim" -> m.get("ui.sync.table.compensationClaim");
            case "repatriation" -> m.get("ui.sync.table.repatriation");
            case "return_follow_up" -> m.get("ui.sync.table.returnFollowUp");
            default -> table;
        };
    }

    /** Where a table's fields are labelled in its own editor ({@code ui.case.field.title}…). */
    private static final java.util.Map<String, String> EDITOR = java.util.Map.of("case_file", "ui.case.field.",
            "person", "ui.person.field.", "exhibit", "ui.evidence.field.", "organisation", "ui.organisation.field.",
            "interview", "ui.interview.field.", "case_party", "ui.parties.add.");
    /** Columns ({@code table:column}) whose editor label is not their name in camel case. */
    private static final java.util.Map<String, String> LABELLED = java.util.Map.ofEntries(
            java.util.Map.entry("case_file:lead_investigator", "ui.case.field.lead"),
            java.util.Map.entry("case_file:unit_code", "ui.case.field.unit"),
            java.util.Map.entry("exhibit:storage_location", "ui.evidence.field.storage"),
            java.util.Map.entry("exhibit:seal_number", "ui.evidence.field.seal"),
            java.util.Map.entry("exhibit:item_condition", "ui.evidence.field.condition"),
            java.util.Map.entry("organisation:org_type", "ui.organisation.field.type"),
            java.util.Map.entry("interview:interview_date", "ui.interview.field.date"),
            java.util.Map.entry("interview:start_time", "ui.interview.field.start"),
            java.util.Map.entry("interview:end_time", "ui.interview.field.end"),
            java.util.Map.entry("case_party:party_role", "ui.parties.add.role"),
            java.util.Map.entry("case_file:case_number", "ui.cases.column.number"),
            java.util.Map.entry("exhibit:exhibit_number", "ui.evidence.column.number"),
            java.util.Map.entry("exhibit:exhibit_type", "ui.evidence.column.type"),
            java.util.Map.entry("exhibit:device_make", "ui.evidence.add.deviceMake"),
            java.util.Map.entry("exhibit:device_model", "ui.evidence.add.deviceModel"),
            java.util.Map.entry("exhibit:device_serial", "ui.evidence.field.serial"),
            java.util.Map.entry("exhibit:source_account", "ui.evidence.field.account"),
            java.util.Map.entry("exhibit:source_url", "ui.evidence.field.url"),
            java.util.Map.entry("exhibit:collected_by_role", "ui.evidence.add.collectedByRole"),
            java.util.Map.entry("exhibit:collected_by_badge", "ui.evidence.add.badge"),
            java.util.Map.entry("exhibit:tool_version", "ui.evidence.add.toolVersion"),
            java.util.Map.entry("exhibit:original_file_name", "ui.evidence.field.fileName"),
            java.util.Map.entry("exhibit:size_bytes", "ui.evidence.field.size"),
            java.util.Map.entry("exhibit:identifies_victim", "ui.evidence.flag.identifiesVictim"),
            java.util.Map.entry("exhibit:involves_minor", "ui.evidence.flag.involvesMinor"),
            java.util.Map.entry("exhibit:sexual_content", "ui.evidence.flag.sexualContent"),
            java.util.Map.entry("exhibit:parent_id", "ui.evidence.field.parent"),
            java.util.Map.entry("interview:kind", "ui.interview.new.kind"),
            java.util.Map.entry("interview:state", "ui.interview.register.column.state"),
            java.util.Map.entry("interview:recording_exhibit_id", "ui.interview.field.recording"),
            java.util.Map.entry("interview:c_agreed", "ui.interview.consent.agreed"),
            java.util.Map.entry("interview:c_purpose", "ui.interview.consent.toldPurpose"),
            java.util.Map.entry("interview:c_data_use", "ui.interview.consent.toldDataUse"),
            java.util.Map.entry("interview:c_research", "ui.interview.consent.toldResearchUse"),
            java.util.Map.entry("interview:c_right_to_see", "ui.interview.consent.toldRightToSee"),
            java.util.Map.entry("interview:c_retention", "ui.interview.consent.toldRetention"),
            java.util.Map.entry("interview:c_withdrawal", "ui.interview.consent.toldWithdrawal"),
            java.util.Map.entry("interview:c_caution", "ui.interview.consent.cautionGiven"),
            java.util.Map.entry("interview:c_counsel", "ui.interview.consent.legalCounsel"));

    /**
     * A field in conflict, for people: the label its record's editor gives it (without its mnemonic), in the user's
     * language; a column no editor labels is shown by its name with spaces ({@code signed off by}).
     */
    public static String field(String table, String column, Messages m) {
        String prefix = EDITOR.get(table);
        String key = LABELLED.getOrDefault(table + ":" + column, prefix == null ? null : prefix + camel(column));
        return key != null && m.has(key) ? m.get(key).replace("_", "") : column.replace('_', ' ');
    }

    private static String camel(String column) {
        StringBuilder s = new StringBuilder();
        boolean up = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                up = true;
            } else {
                s.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        return s.toString();
    }

    /** Why a record from HQ is kept back here, in words ({@code Replica.Held#reason}). */
    public static String heldReason(String reason, Messages m) {
        return m.get(switch (reason) {
            case "reference" -> "ui.sync.held.reason.reference";
            case "duplicate" -> "ui.sync.held.reason.duplicate";
            default -> "ui.sync.held.reason.incomplete";
        });
    }

    /** One line for the status bar: the link, the last sync, what waits and open conflicts. */
    public static String summary(SyncViewModel vm, Messages m) {
        if (vm.linkProperty().get() == SyncViewModel.Link.NotEnrolled) {
            return link(vm, m);
        }
        SyncProgress p = vm.progressProperty().get();
        if (p != null) {
            return link(vm, m) + " · " + progress(p, m);
        }
        StringBuilder s = new StringBuilder(link(vm, m)).append(" · ").append(lastSync(vm, m))
                .append(" · ").append(m.get("ui.sync.pending.count", vm.pendingProperty().get()));
        if (vm.conflictsProperty().get() > 0) {
            s.append(" · ").append(m.get("ui.sync.conflicts.count", vm.conflictsProperty().get()));
        }
        return s.toString();
    }

    public static String lastSync(SyncViewModel vm, Messages m) {
        return vm.lastSyncProperty().get() == null ? m.get("ui.sync.lastSync.never")
                : m.get("ui.sync.lastSync.at", m.dateTime(vm.lastSyncProperty().get()));
    }

    /** A running sync: its step, records and bytes each way. */
    public static String progress(SyncProgress p, Messages m) {
        String step = m.get(switch (p.step()) {
            case Connecting -> "ui.sync.step.Connecting";
            case Pushing -> "ui.sync.step.Pushing";
            case Pulling -> "ui.sync.step.Pulling";
            case Exhibits -> "ui.sync.step.Exhibits";
            case Finishing -> "ui.sync.step.Finishing";
        });
        return step + " — " + m.get("ui.sync.progress", p.pushed(),
                ByteSizes.text(p.bytesSent(), m), p.pulled(), ByteSizes.text(p.bytesReceived(), m));
    }
}
