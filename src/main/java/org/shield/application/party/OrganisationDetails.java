package org.shield.application.party;

import java.util.UUID;
import org.shield.domain.party.OrganisationType;

/** An organisation as the editor shows it. */
public record OrganisationDetails(UUID id, long version, String name, OrganisationType type, String place,
        String country) {

    /** Never the content: these fields can name people. */
    @Override
    public String toString() {
        return "OrganisationDetails[" + id + "]";
    }
}
