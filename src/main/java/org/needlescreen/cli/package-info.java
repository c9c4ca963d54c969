/**
 * The {@code needlescreen} command-line tool ({@link org.needlescreen.cli.Main}): {@code screen},
 * {@code batch}, {@code validate}, {@code rules} and {@code questions}. Built on picocli and the
 * {@link org.needlescreen.json} package; shipped as the executable {@code target/needlescreen-cli.jar}.
 *
 * <p>Exit codes: 0 done; 1 the rules failed to load (or {@code validate} found problems);
 * 2 invalid input, an unreadable file or a usage error; 3 an internal failure, where no result was
 * produced. Error messages go to stderr and name the field, the value and what is allowed; a stack
 * trace is printed only with {@code --verbose}. Profile values are never logged.
 *
 * <p>Not a library API: the classes here may change in any release; the command line is the contract.
 */
package org.needlescreen.cli;
