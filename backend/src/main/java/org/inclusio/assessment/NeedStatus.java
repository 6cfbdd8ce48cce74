package org.inclusio.assessment;

/** Where the response to a need stands, from best to worst; a need of level NONE counts as met. */
public enum NeedStatus {
    MET,
    BEING_ADDRESSED,
    UNADDRESSED
}
