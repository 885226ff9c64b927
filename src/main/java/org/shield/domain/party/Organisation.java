package org.shield.domain.party;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.shield.domain.common.BaseEntity;
import org.shield.domain.common.DomainRuleViolation;
import org.shield.domain.common.Text;

/** An organisation (HTCDS {@code org_}): partner, authority, or a scam compound, front company or recruitment agency. */
@Entity
@Table(name = "organisation")
public class Organisation extends BaseEntity {
    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "org_type", nullable = false, length = 40)
    private OrganisationType type;

    @Column(name = "place", length = 200)
    private String place;

    @Column(name = "country", length = 2)
    private String country;

    protected Organisation() {
        // for JPA
    }

    public Organisation(String name, OrganisationType type, String actor, Instant at) {
        super(actor, at);
        rename(name);
        retype(type);
    }

    public final void rename(String newName) {
        ensureNotDeleted();
        this.name = Text.required(newName, "organisation.name", 200);
    }

    public final void retype(OrganisationType newType) {
        ensureNotDeleted();
        if (newType == null) {
            throw new DomainRuleViolation("organisation.type.required");
        }
        this.type = newType;
    }

    public void locate(String placeName, String countryCode) {
        ensureNotDeleted();
        this.place = Text.optional(placeName, "organisation.place", 200);
        this.country = Countries.optional(countryCode);
    }

    public String getName() {
        return name;
    }

    public OrganisationType getType() {
        return type;
    }

    public String getPlace() {
        return place;
    }

    public String getCountry() {
        return country;
    }
}
