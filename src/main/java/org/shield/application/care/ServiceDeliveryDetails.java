package org.shield.application.care;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.shield.domain.care.ServiceType;

/** A service delivered under a care plan; {@code providerName} is the provider organisation's name, if any. */
public record ServiceDeliveryDetails(UUID id, UUID planId, ServiceType type, LocalDate deliveredOn,
        String providedBy, UUID providerId, String providerName, String note, String recordedBy,
        Instant recordedAt) {
}
