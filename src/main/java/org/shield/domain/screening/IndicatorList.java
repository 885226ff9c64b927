package org.shield.domain.screening;

/** The checklists a possible victim is screened against (REFERENCE §5). */
public enum IndicatorList {
    /** The ILO's 11 indicators of forced labour. */
    IloForcedLabour,
    /** The ILO/EC operational indicators of trafficking (Delphi survey, 2009). */
    IloEc,
    /** Signs of forced criminality in a scam compound. */
    ScamCompound;
}
