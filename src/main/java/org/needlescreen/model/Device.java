package org.needlescreen.model;

/** The microneedling device. PEN is a motorised pen. */
public enum Device { ROLLER, PEN, STAMP }
