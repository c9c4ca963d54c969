package org.needlescreen.model;

/**
 * A procedure on the area to be treated. {@code TOPICAL_RETINOID_OR_ACID} dates the last
 * application; {@code SUNTAN} is sunbathing or a tanning bed; {@code WAXING_OR_DEPILATION} covers
 * waxing, depilatory creams and electrolysis.
 */
public enum ProcedureType {
    CHEMICAL_PEEL, LASER, FILLER, NEUROTOXIN, SURGERY, RADIOTHERAPY, MICRONEEDLING, WAXING_OR_DEPILATION,
    TOPICAL_RETINOID_OR_ACID, SUNTAN
}
