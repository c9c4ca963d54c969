/**
 * What a screening knows about a client: {@link org.needlescreen.model.ClientProfile} (built with
 * {@link org.needlescreen.model.ClientProfile#builder()}), the requested
 * {@link org.needlescreen.model.Treatment}, tri-state {@link org.needlescreen.model.Answer}s and
 * the enumerations of each answer.
 *
 * <p>Unknown is explicit and never read as "no": a tri-state answer left unset is
 * {@link org.needlescreen.model.Answer#UNKNOWN}, any other field {@code null}. Profiles validate
 * on construction and reject an impossible value with an
 * {@link org.needlescreen.model.InvalidProfileException} naming the field and the value. Every
 * type's {@code toString()} is redacted, so client data cannot reach logs by accident.
 *
 * <p>The types are built only through builders ({@code ClientProfile.builder()},
 * {@code Treatment.builder()}, {@code toBuilder()}) and static factories
 * ({@code RecentProcedure.of}, {@code Isotretinoin.never()} and its siblings): none has a public
 * constructor, so a new answer adds a builder method and breaks no caller.
 *
 * <p>{@link org.needlescreen.model.ProcedureHistory} and
 * {@link org.needlescreen.model.CustomAnswers} are facts the engine derives for the rules; rule
 * authors match them, embedders never build them.
 */
package org.needlescreen.model;
