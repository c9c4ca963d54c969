/**
 * JSON input and output: client profiles in the form of DOMAIN.md ({@link org.needlescreen.json.ProfileJson}),
 * screening results ({@link org.needlescreen.json.ResultJson}; text for people is {@link org.needlescreen.text.ResultText}
 * for people), the rule catalogue and questionnaire ({@link org.needlescreen.json.CatalogueJson}) and
 * policy override files ({@link org.needlescreen.json.PolicyJson}).
 *
 * <p>Uses Jackson's tree model (jackson-databind), which is an <em>optional</em> dependency of the
 * library: an embedder that uses this package adds {@code com.fasterxml.jackson.core:jackson-databind}
 * (2.18 or later) to its own build. The rest of the library does not need it.
 *
 * <p>Reading is strict and fails closed: unknown fields, wrong-case enumeration values, non-ISO dates,
 * numbers given as strings and malformed JSON are all rejected with an
 * {@link org.needlescreen.model.InvalidProfileException} naming the field path, the value and what
 * is allowed. Writing is deterministic: the same result always gives byte-identical JSON.
 */
package org.needlescreen.json;
