package org.needlescreen.model;

/** A recent procedure on the area to be treated. */
public enum ProcedureType { CHEMICAL_PEEL, LASER, FILLER, NEUROTOXIN, SURGERY, RADIOTHERAPY }
