package org.sourcebook.ui.lesson;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.sourcebook.content.grading.ChoiceResponse;
import org.sourcebook.content.grading.GapResponse;
import org.sourcebook.content.grading.MatchingResponse;
import org.sourcebook.content.grading.NumberResponse;
import org.sourcebook.content.grading.OrderResponse;
import org.sourcebook.content.grading.Response;
import org.sourcebook.content.grading.TextResponse;
import org.sourcebook.content.item.ChoiceOption;
import org.sourcebook.content.item.ChoiceQuestion;
import org.sourcebook.content.item.Cloze;
import org.sourcebook.content.item.MatchPair;
import org.sourcebook.content.item.Matching;
import org.sourcebook.content.item.OptionId;
import org.sourcebook.content.item.OrderEntry;
import org.sourcebook.content.item.Ordering;
import org.sourcebook.content.item.Question;

/**
 * A student's answer written out as text, in the style of {@link ItemWording#answer}: chosen
 * options by their text in the order the student saw them (never by a letter they did not see), a
 * cloze's words per gap, matches and orders spelled out.
 */
public final class AnswerTexts {

    private AnswerTexts() {}

    /**
     * @param optionsAsShown a choice question's options in the order the student saw them; the
     *     authored order is used when this is empty
     */
    public static String describe(Question question, @Nullable Response response, List<ChoiceOption> optionsAsShown,
            Component translator) {
        String none = translator.getTranslation("quiz.review.no-answer");
        if (response == null) {
            return none;
        }
        String text = none;
        if (question instanceof ChoiceQuestion choice && response instanceof ChoiceResponse chosen) {
            List<ChoiceOption> options = optionsAsShown.isEmpty() ? choice.options() : optionsAsShown;
            text = options.stream()
                    .filter(option -> chosen.chosen().contains(option.id()))
                    .map(option -> ItemWording.option(choice, option, translator))
                    .collect(Collectors.joining("; "));
        } else if (response instanceof TextResponse typed) {
            text = typed.text().strip();
        } else if (response instanceof NumberResponse number) {
            text = number.value().toPlainString();
        } else if (question instanceof Cloze && response instanceof GapResponse gaps) {
            text = gaps.answers().stream().allMatch(String::isBlank) ? "" : ItemWording.gaps(gaps.answers());
        } else if (question instanceof Matching matching && response instanceof MatchingResponse matches) {
            text = matching.pairs().stream()
                    .map(pair -> pair.left() + " → " + right(matching, matches.matches().get(pair.id())).orElse("—"))
                    .collect(Collectors.joining("; "));
        } else if (question instanceof Ordering ordering && response instanceof OrderResponse order) {
            Map<OptionId, String> texts = ordering.entries().stream()
                    .collect(Collectors.toMap(OrderEntry::id, OrderEntry::text));
            text = IntStream.range(0, order.order().size())
                    .mapToObj(index -> (index + 1) + ". " + texts.getOrDefault(order.order().get(index), "?"))
                    .collect(Collectors.joining("; "));
        }
        return text.isBlank() ? none : text;
    }

    private static Optional<String> right(Matching matching, @Nullable OptionId chosen) {
        return matching.pairs().stream().filter(pair -> pair.id().equals(chosen)).map(MatchPair::right).findFirst();
    }
}
