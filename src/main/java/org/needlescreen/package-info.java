/**
 * NeedleScreen: screening clients for microneedling (collagen induction therapy) against rule
 * files that cite their sources.
 *
 * <p>Build one {@link org.needlescreen.Screener} at start-up and share it; each
 * {@link org.needlescreen.Screener#screen screen} returns an immutable
 * {@link org.needlescreen.ScreeningResult}: the decision, the findings with the rules and sources
 * behind them, the questions still to ask, and guidance. The screening fails closed: an unknown
 * answer is never read as "no", and an internal failure is a
 * {@link org.needlescreen.ScreeningException}, never a result.
 *
 * <pre>{@code
 * Screener screener = Screener.withDefaultRules();
 * ScreeningResult result = screener.screen(profile);
 * }</pre>
 *
 * <p>Thresholds are {@link org.needlescreen.Policy} values with their provenance; rule sets load
 * from the library's jar and from directories the embedder names, and fail to load with a
 * {@link org.needlescreen.RulesLoadException} listing every problem at its file and line.
 */
package org.needlescreen;
