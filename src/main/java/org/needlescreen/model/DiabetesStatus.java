package org.needlescreen.model;

/** Diabetes, as far as wound healing is concerned. */
public enum DiabetesStatus { NONE, CONTROLLED, UNCONTROLLED }
