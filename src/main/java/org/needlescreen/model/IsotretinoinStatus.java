package org.needlescreen.model;

/** Oral isotretinoin use. */
public enum IsotretinoinStatus { NEVER, CURRENT, STOPPED }
