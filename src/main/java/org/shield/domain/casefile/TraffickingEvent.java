package org.shield.domain.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.shield.domain.common.BaseEntity;
import org.shield.domain.common.DomainRuleViolation;
import org.shield.domain.common.Text;
import org.shield.domain.party.Countries;

/** One step of a victim's route (HTCDS historic trafficking event): recruitment, transit or exploitation. */
@Entity
@Table(name = "trafficking_event")
public class TraffickingEvent extends BaseEntity {
    @Column(name = "case_id", nullable = false, updatable = false)
    private UUID caseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", nullable = false, length = 20)
    private TraffickingEventType type;

    @Column(name = "event_date")
    private LocalDate date;

    @Column(name = "place", length = 200)
    private String place;

    @Column(name = "country", length = 2)
    private String country;

    @Column(name = "latitude")
    private Double latitude;

    @Column(name = "longitude")
    private Double longitude;

    @Lob
    @Column(name = "description")
    private String description;

    protected TraffickingEvent() {
        // for JPA
    }

    public TraffickingEvent(UUID caseId, TraffickingEventType type, String actor, Instant at) {
        super(actor, at);
        if (caseId == null) {
            throw new IllegalArgumentException("case required");
        }
        this.caseId = caseId;
        retype(type);
    }

    public final void retype(TraffickingEventType newType) {
        if (newType == null) {
            throw new DomainRuleViolation("event.type.required");
        }
        this.type = newType;
    }

    public void locate(LocalDate on, String placeName, String countryCode, Double lat, Double lon) {
        ensureNotDeleted();
        if ((lat == null) != (lon == null)) {
            throw new DomainRuleViolation("event.coordinates.bothOrNone");
        }
        if (lat != null && (lat < -90 || lat > 90 || lon < -180 || lon > 180)) {
            throw new DomainRuleViolation("event.coordinates.range");
        }
        this.date = on;
        this.place = Text.optional(placeName, "event.place", 200);
        this.country = Countries.optional(countryCode);
        this.latitude = lat;
        this.longitude = lon;
    }

    public void describe(String text) {
        ensureNotDeleted();
        this.description = Text.optional(text, "event.description", 20_000);
    }

    public UUID getCaseId() {
        return caseId;
    }

    public TraffickingEventType getType() {
        return type;
    }

    public LocalDate getDate() {
        return date;
    }

    public String getPlace() {
        return place;
    }

    public String getCountry() {
        return country;
    }

    public Double getLatitude() {
        return latitude;
    }

    public Double getLongitude() {
        return longitude;
    }

    public String getDescription() {
        return description;
    }
}
