package org.shield.domain.screening;

/**
 * One checklist item. {@code population} and {@code exploitation} are null when the item applies to all
 * (ILO forced-labour indicators, scam-compound signs); {@code dimension} and {@code strength} are set only
 * for ILO/EC operational indicators. Its label is the message key {@code indicator.<code>}.
 */
public record Indicator(String code, IndicatorList list, Population population, ExploitationForm exploitation,
        Dimension dimension, Strength strength) {

    public boolean appliesTo(Population p, ExploitationForm e) {
        return (population == null || population == p) && (exploitation == null || exploitation == e);
    }
}
