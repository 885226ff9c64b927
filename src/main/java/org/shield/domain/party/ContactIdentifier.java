package org.shield.domain.party;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.shield.domain.common.DomainRuleViolation;
import org.shield.domain.common.Text;

/**
 * A way to reach or find a person: a phone number in E.164 ({@code +66812345678}), an e-mail
 * address, or a messaging or social handle. Phone numbers typed with spaces or dashes are
 * normalised; a number without its country code is refused (E.164 needs it).
 */
@Embeddable
public class ContactIdentifier {
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @Enumerated(EnumType.STRING)
    @Column(name = "contact_type", nullable = false, length = 20)
    private ContactType type;

    @Column(name = "contact_value", nullable = false, length = 200)
    private String value;

    protected ContactIdentifier() {
        // for JPA
    }

    public ContactIdentifier(ContactType type, String value) {
        if (type == null) {
            throw new DomainRuleViolation("person.contact.type.required");
        }
        String v = Text.required(value, "person.contact.value", 200);
        this.type = type;
        this.value = normalise(type, v);
    }

    /**
     * The message key of what is wrong with this value for this type, or empty when it is acceptable.
     * For inline validation in editors, so they do not repeat the rules.
     */
    public static java.util.Optional<String> problem(ContactType type, String value) {
        try {
            new ContactIdentifier(type, value);
            return java.util.Optional.empty();
        } catch (DomainRuleViolation e) {
            return java.util.Optional.of(e.key());
        }
    }

    private static String normalise(ContactType type, String v) {
        switch (type) {
            case Phone -> {
                String compact = v.replaceAll("[\\s\\-().]", "");
                if (compact.startsWith("00")) {
                    compact = "+" + compact.substring(2);
                }
                if (!E164.matcher(compact).matches()) {
                    throw new DomainRuleViolation("person.contact.phone.e164");
                }
                return compact;
            }
            case Email -> {
                if (!EMAIL.matcher(v).matches()) {
                    throw new DomainRuleViolation("person.contact.email.invalid");
                }
                return v.toLowerCase(Locale.ROOT);
            }
            default -> {
                return v;
            }
        }
    }

    public ContactType getType() {
        return type;
    }

    public String getValue() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ContactIdentifier c && c.type == type && Objects.equals(c.value, value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, value);
    }

    @Override
    public String toString() {
        return "ContactIdentifier[" + type + "]";
    }
}
