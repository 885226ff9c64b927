package org.shield.domain.party;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.Objects;
import org.shield.domain.common.DomainRuleViolation;
import org.shield.domain.common.Text;

/** An identity document: passport, national ID, border pass or other; a person may hold many. */
@Embeddable
public class IdentityDocument {
    @Enumerated(EnumType.STRING)
    @Column(name = "document_type", nullable = false, length = 20)
    private DocumentType type;

    @Column(name = "document_number", nullable = false, length = 60)
    private String number;

    @Column(name = "issuing_country", length = 2)
    private String issuingCountry;

    @Column(name = "issued_on")
    private LocalDate issuedOn;

    @Column(name = "expires_on")
    private LocalDate expiresOn;

    protected IdentityDocument() {
        // for JPA
    }

    public IdentityDocument(DocumentType type, String number, String issuingCountry, LocalDate issuedOn,
            LocalDate expiresOn) {
        if (type == null) {
            throw new DomainRuleViolation("person.document.type.required");
        }
        if (issuedOn != null && expiresOn != null && expiresOn.isBefore(issuedOn)) {
            throw new DomainRuleViolation("person.document.expiresBeforeIssued");
        }
        this.type = type;
        this.number = Text.required(number, "person.document.number", 60);
        this.issuingCountry = Countries.optional(issuingCountry);
        this.issuedOn = issuedOn;
        this.expiresOn = expiresOn;
    }

    public DocumentType getType() {
        return type;
    }

    public String getNumber() {
        return number;
    }

    public String getIssuingCountry() {
        return issuingCountry;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    /**
     * Whether {@code a} and {@code b} are the same document (same type and number), perhaps with other details: a
     * person's editor saving a document with a corrected expiry date updates that document instead of replacing it.
     */
    public static boolean sameDocument(IdentityDocument a, IdentityDocument b) {
        return a.type == b.type && Objects.equals(a.number, b.number);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IdentityDocument d && d.type == type && Objects.equals(d.number, number)
                && Objects.equals(d.issuingCountry, issuingCountry) && Objects.equals(d.issuedOn, issuedOn)
                && Objects.equals(d.expiresOn, expiresOn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, number, issuingCountry);
    }

    @Override
    public String toString() {
        return "IdentityDocument[" + type + "]";
    }
}
