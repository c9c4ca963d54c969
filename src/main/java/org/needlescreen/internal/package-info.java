/**
 * Implementation: the Drools rule base, the loader and its checks, the engine and the guidance.
 * Not an API: anything here may change in any release. All {@code org.kie} and
 * {@code org.drools} types stay inside this package.
 */
package org.needlescreen.internal;
