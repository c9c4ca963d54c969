package org.needlescreen.cli;

import java.util.List;

import org.needlescreen.RuleSetInfo;
import org.needlescreen.Screener;
import org.needlescreen.json.CatalogueJson;
import org.needlescreen.json.CatalogueJson.Question;
import org.needlescreen.text.ResultText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code questions}: prints the questionnaire the rule set implies. */
@Command(name = "questions", sortOptions = false,
        description = "Print the questionnaire: every answer the rule set reads, its allowed values, whether it is "
                + "required, and the question to ask the client.")
final class QuestionsCommand extends BaseCommand {

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default) or json.")
    Format format;

    QuestionsCommand(Context ctx) {
        super(ctx);
    }

    @Override
    int execute() {
        Screener screener = screener();
        List<Question> questions = CatalogueJson.questionnaire(screener.rules(), screener.customAnswers());
        print(format == Format.json ? CatalogueJson.writeQuestions(screener.ruleSet(), questions) + "\n"
                : text(screener.ruleSet(), questions));
        return ExitCode.OK;
    }

    static String text(RuleSetInfo info, List<Question> questions) {
        long required = questions.stream().filter(Question::required).count();
        StringBuilder sb = new StringBuilder();
        sb.append("Questionnaire for ").append(info.name()).append(' ').append(info.version()).append(": ")
                .append(questions.size()).append(" answers, ").append(required).append(" required.\n");
        ResultText.wrap(sb, "An unknown required answer makes the result INCOMPLETE (unknown is never read as \"no\");"
                + " the optional ones refine the advice.", "", "");
        int i = 1;
        for (Question q : questions) {
            String head = String.format("%2d. ", i++);
            sb.append('\n').append(head).append(q.field()).append(q.required() ? "  (required)" : "  (optional)")
                    .append('\n');
            String indent = " ".repeat(head.length());
            ResultText.wrap(sb, q.question(), indent, indent);
            if (!q.allowed().isEmpty()) {
                ResultText.wrap(sb, "Answers: " + String.join(", ", q.allowed()), indent, indent + "  ");
            }
        }
        return sb.toString();
    }
}
