package org.shield.application.party;

import java.util.UUID;
import org.shield.domain.party.OrganisationType;

/** Create (id null) or update (id and loaded version) an organisation. */
public record SaveOrganisationCommand(UUID id, long version, String name, OrganisationType type, String place,
        String country) {

    /** Never the content: these fields can name people. */
    @Override
    public String toString() {
        return "SaveOrganisationCommand[" + id + "]";
    }
}
