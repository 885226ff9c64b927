package org.shield.application.repatriation;

import java.time.LocalDate;
import java.util.UUID;
import org.shield.domain.legal.TestifyWillingness;

/**
 * A victim's legal support as recorded; {@code id} is null while nothing is (then {@code willingness} is
 * Undecided). The next edit sends {@code version}.
 */
public record LegalSupportDetails(UUID id, UUID caseId, UUID personId, TestifyWillingness willingness,
        LocalDate willingnessOn, String counselName, String counselOrganisation, long version) {
}
