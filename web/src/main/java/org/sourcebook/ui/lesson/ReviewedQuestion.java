package org.sourcebook.ui.lesson;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.sourcebook.content.grading.ChoiceResponse;
import org.sourcebook.content.grading.Grade;
import org.sourcebook.content.grading.Response;
import org.sourcebook.content.item.ChoiceOption;
import org.sourcebook.content.item.ChoiceQuestion;
import org.sourcebook.content.item.Question;

/**
 * One question of a submitted attempt as its student saw it, for the student's review and the
 * teacher's view of the attempt: the prompt with blanks for gaps; for a choice question every option
 * in the order the student saw it (options may be shuffled), marked "your answer" and "correct
 * answer"; for other kinds the answer given and the right one; the verdict and the feedback; then
 * where in the source the answer stands, each quote once (drafted feedback often quotes the cited
 * sentence already, and then only the paragraph is named).
 */
public class ReviewedQuestion extends Div {

    /**
     * A passage the question cites.
     *
     * @param paragraph its paragraph's number in the version cited, or null if that version is not at hand
     */
    public record Citation(String quote, @Nullable Integer paragraph) {}

    /**
     * @param optionsAsShown a choice question's options in the order the student saw them (empty: as authored)
     */
    public ReviewedQuestion(Component heading, Question question, @Nullable Response response, Grade grade,
            List<ChoiceOption> optionsAsShown, List<Citation> citations) {
        addClassName("review-question");
        add(heading, new Paragraph(ItemWording.prompt(question)));
        if (question instanceof ChoiceQuestion choice) {
            add(options(choice, response, optionsAsShown.isEmpty() ? choice.options() : optionsAsShown));
        } else {
            add(labelled("quiz.review.your-answer", AnswerTexts.describe(question, response, optionsAsShown, this)));
            add(labelled("quiz.review.correct-answer", ItemWording.answer(question, this)));
        }
        add(new GradeFeedback(grade));
        String feedback = grade.feedback() + " " + question.info().feedback();
        citations.forEach(citation -> citationText(citation, feedback).ifPresent(text -> {
            Paragraph cited = new Paragraph(text);
            cited.addClassName("review-citation");
            add(cited);
        }));
    }

    private UnorderedList options(ChoiceQuestion choice, @Nullable Response response, List<ChoiceOption> shown) {
        UnorderedList list = new UnorderedList();
        list.addClassName("review-options");
        for (ChoiceOption option : shown) {
            boolean chosen = response instanceof ChoiceResponse given && given.chosen().contains(option.id());
            ListItem item = new ListItem(new Span(ItemWording.option(choice, option, this)));
            item.addClassName("review-option");
            if (chosen) {
                item.add(new Span(" "), badge("quiz.review.option.chosen", option.correct() ? "badge success" : "badge error"));
                item.addClassName("review-option-chosen");
            }
            if (option.correct()) {
                item.add(new Span(" "), badge("quiz.review.option.correct", "badge success"));
                item.addClassName("review-option-correct");
            }
            list.add(item);
        }
        if (!(response instanceof ChoiceResponse given) || given.chosen().isEmpty()) {
            list.add(new ListItem(getTranslation("quiz.review.no-answer")));
        }
        return list;
    }

    private Span badge(String key, String theme) {
        Span badge = new Span(getTranslation(key));
        badge.getElement().getThemeList().add(theme);
        return badge;
    }

    /** "See paragraph 3: “quote”"; only "See paragraph 3 of the source." when the feedback quotes it already. */
    private Optional<String> citationText(Citation citation, String feedback) {
        boolean quotedAlready = normalized(feedback).contains(normalized(citation.quote()));
        if (citation.paragraph() == null) {
            return quotedAlready ? Optional.empty() : Optional.of(getTranslation("quiz.review.quote", citation.quote()));
        }
        return Optional.of(quotedAlready ? getTranslation("quiz.review.paragraph", citation.paragraph())
                : getTranslation("quiz.review.citation", citation.paragraph(), citation.quote()));
    }

    private static String normalized(String text) {
        return text.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    private Paragraph labelled(String key, String text) {
        Paragraph paragraph = new Paragraph();
        Span label = new Span(getTranslation(key) + " ");
        label.addClassName("review-label");
        label.getStyle().set("font-weight", "600");
        paragraph.add(label, new Span(text));
        return paragraph;
    }
}
