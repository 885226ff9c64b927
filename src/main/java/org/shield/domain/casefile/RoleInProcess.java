package org.shield.domain.casefile;

/** A suspect's role in the trafficking process, HTCDS {@code per_RoleInProcess}. */
public enum RoleInProcess {
    TravellingPartner,
    Transporter,
    RecruiterOrIntermediary,
    BrokerTravelAgent,
    TransferredIndividual,
    HarbouredIndividual,
    SoldIndividual,
    BoughtIndividual,
    ReceivedIndividual,
    ControlledIndividual,
    Smuggler,
    Abuser,
    Kidnapper,
    Exploiter,
    Other;
}
