package org.shield.domain.party;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import org.shield.domain.common.DomainRuleViolation;
import org.shield.domain.common.Text;

/** Another name a person is known by: an alias or a nickname, in any script. */
@Embeddable
public class PersonAlias {
    @Enumerated(EnumType.STRING)
    @Column(name = "name_kind", nullable = false, length = 20)
    private NameKind kind;

    @Column(name = "name_text", nullable = false, length = 200)
    private String text;

    protected PersonAlias() {
        // for JPA
    }

    public PersonAlias(NameKind kind, String text) {
        if (kind == null) {
            throw new DomainRuleViolation("person.alias.kind.required");
        }
        this.kind = kind;
        this.text = Text.required(text, "person.alias", 200);
    }

    public NameKind getKind() {
        return kind;
    }

    public String getText() {
        return text;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PersonAlias a && a.kind == kind && Objects.equals(a.text, text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, text);
    }

    @Override
    public String toString() {
        return "PersonAlias[" + kind + "]";
    }
}
