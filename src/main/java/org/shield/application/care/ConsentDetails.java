package org.shield.application.care;

import java.time.LocalDate;
import java.util.UUID;
import org.shield.domain.care.ConsentForm;
import org.shield.domain.care.ConsentPurpose;

/** A consent as recorded; {@code active} is whether it holds today. */
public record ConsentDetails(UUID id, ConsentPurpose purpose, UUID partnerId, String partnerName, LocalDate givenOn,
        ConsentForm form, String witness, LocalDate withdrawnOn, String withdrawalNote, boolean active,
        long version) {
}
