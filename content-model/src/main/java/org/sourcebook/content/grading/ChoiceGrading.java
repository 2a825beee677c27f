package org.sourcebook.content.grading;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.sourcebook.content.item.ChoiceOption;
import org.sourcebook.content.item.ChoiceQuestion;
import org.sourcebook.content.item.MultipleResponse;
import org.sourcebook.content.item.OptionId;
import org.sourcebook.content.item.Problem;

/**
 * Single choice and true/false: 1 for the correct option, else 0; choosing several scores 0.
 * Multiple response, as Moodle recommends: each correct option chosen earns 1/(correct options),
 * each wrong option chosen costs 1/(wrong options), and the total never drops below 0. Choosing
 * everything therefore scores 0, and a guess cannot beat knowing.
 */
final class ChoiceGrading {

    private static final Problem SEVERAL_CHOSEN =
            new Problem("several-options-chosen", "only one option may be chosen");

    private ChoiceGrading() {}

    static Grade grade(ChoiceQuestion question, Response response) {
        if (!(response instanceof ChoiceResponse choice)) {
            return Grade.wrongShape(question, "chosen options", response);
        }
        Set<OptionId> chosen = choice.chosen();
        Set<OptionId> known = question.options().stream().map(ChoiceOption::id).collect(Collectors.toSet());
        if (chosen.isEmpty()) {
            return Grade.unanswered(question);
        }
        if (!known.containsAll(chosen)) {
            return Grade.zero(question, Grade.UNKNOWN_OPTION);
        }
        if (question instanceof MultipleResponse) {
            return Grade.of(question, multipleResponseScore(question.options(), chosen), parts(question, chosen));
        }
        if (chosen.size() > 1) {
            return Grade.zero(question, SEVERAL_CHOSEN);
        }
        boolean right = question.options().stream().anyMatch(option -> option.correct() && chosen.contains(option.id()));
        return Grade.of(question, right ? 1 : 0, parts(question, chosen));
    }

    private static double multipleResponseScore(List<ChoiceOption> options, Set<OptionId> chosen) {
        long correct = options.stream().filter(ChoiceOption::correct).count();
        long rightChosen = options.stream().filter(option -> option.correct() && chosen.contains(option.id())).count();
        long wrongChosen = chosen.size() - rightChosen;
        return Math.max(0, Grade.share(rightChosen, correct) - Grade.share(wrongChosen, options.size() - correct));
    }

    private static List<PartResult> parts(ChoiceQuestion question, Set<OptionId> chosen) {
        return question.options().stream()
                .map(option -> new PartResult(option.id().value(), chosen.contains(option.id()) == option.correct()))
                .toList();
    }
}
