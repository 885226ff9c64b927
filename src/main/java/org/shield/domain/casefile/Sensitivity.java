package org.shield.domain.casefile;

/** Handling marking printed on screens and reports; the higher, the fewer people should see the case. */
public enum Sensitivity {
    Restricted,
    Confidential,
    Secret;
}
