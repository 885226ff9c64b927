package org.shield.domain.care;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.shield.domain.common.BaseEntity;
import org.shield.domain.common.DomainRuleViolation;
import org.shield.domain.common.Text;

/** A unit's care settings: how many days the reflection period lasts (15 by default). */
@Entity
@Table(name = "care_policy")
public class CarePolicy extends BaseEntity {
    @Column(name = "unit_code", nullable = false, updatable = false, length = 32)
    private String unitCode;
    @Column(name = "reflection_days", nullable = false)
    private int reflectionDays;

    protected CarePolicy() {
        // for JPA
    }

    public CarePolicy(String unitCode, int reflectionDays, String actor, Instant at) {
        super(actor, at);
        this.unitCode = Text.required(unitCode, "unit.code", 32);
        setDays(reflectionDays);
    }

    public void change(int days, String actor, Instant at) {
        touch(actor, at);
        setDays(days);
    }

    private void setDays(int days) {
        if (days < 1 || days > 365) {
            throw new DomainRuleViolation("care.reflectionDays.range");
        }
        this.reflectionDays = days;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public int getReflectionDays() {
        return reflectionDays;
    }
}
