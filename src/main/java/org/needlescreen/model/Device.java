package org.needlescreen.model;

/** The microneedling device. PEN is a motorised pen. */
public enum Device {
    /** A derma roller: a drum of needles rolled over the skin. */
    ROLLER,
    /** A motorised pen: professional setting only (never at home). */
    PEN,
    /** A stamp: a flat head of needles pressed onto the skin. */
    STAMP
}
