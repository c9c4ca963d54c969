package org.needlescreen.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Option;

/** The options every command takes. */
final class CommonOptions {

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Use the DRL rules in DIR instead of the default rule set. Repeat to combine directories.")
    List<Path> rules = new ArrayList<>();

    @Option(names = "--add-rules", paramLabel = "DIR",
            description = "Add the DRL rules in DIR to the rule set (e.g. a clinic's stricter rules). Repeatable.")
    List<Path> addRules = new ArrayList<>();

    @Option(names = "--policy", paramLabel = "FILE",
            description = "Override policy values (depth limits, washouts, ages) from a JSON file: "
                    + "{\"depth.home.maxMm\": 0.25, ...}. 'needlescreen policy' lists the keys.")
    Path policy;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Option(names = {"-v", "--verbose"},
            description = "On failure, also print the stack trace.")
    boolean verbose;
}
