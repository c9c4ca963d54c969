package org.needlescreen.model;

/** Where the treatment is done. */
public enum Setting { HOME, PROFESSIONAL }
