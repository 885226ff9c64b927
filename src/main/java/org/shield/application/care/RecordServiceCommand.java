package org.shield.application.care;

import java.time.LocalDate;
import java.util.UUID;
import org.shield.domain.care.ServiceType;

/**
 * Records a service delivered to a victim under one of their open care plans: by whom (a name or role) and,
 * optionally, by which provider organisation.
 */
public record RecordServiceCommand(UUID caseId, UUID personId, UUID planId, ServiceType type, LocalDate deliveredOn,
        String providedBy, UUID providerId, String note) {
}
