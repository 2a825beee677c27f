package org.sourcebook.ui.lesson;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.sourcebook.content.item.ChoiceOption;
import org.sourcebook.content.item.ChoiceQuestion;
import org.sourcebook.content.item.Item;
import org.sourcebook.content.lesson.FactCardDeck;
import org.sourcebook.content.lesson.Lesson;
import org.sourcebook.content.lesson.Quiz;

/**
 * A lesson as students see it, read-only, for the teacher: the {@link LessonBlocks} with fact
 * cards that flip and quiz questions shown, not answered.
 */
public class LessonPreview extends VerticalLayout implements LessonBlocks.Parts {

    private final LessonSources sources;

    public LessonPreview(Lesson lesson, LessonSources sources) {
        this.sources = sources;
        setPadding(false);
        addClassName("lesson-preview");
        add(new LessonBlocks(lesson, sources, "preview-", this));
    }

    @Override
    public Component deck(FactCardDeck deck) {
        Div cards = new Div();
        deck.cards().forEach(card ->
                cards.add(sources.item(card).<Component>map(FactCardFace::new).orElseGet(() -> LessonBlocks.missing(this, card))));
        return cards;
    }

    @Override
    public Component quiz(Quiz quiz) {
        Div questions = new Div();
        quiz.questions().forEach(question ->
                questions.add(sources.item(question).map(this::question).orElseGet(() -> LessonBlocks.missing(this, question))));
        return questions;
    }

    private Component question(Item question) {
        Div shown = new Div(new Paragraph(ItemWording.prompt(question)));
        shown.addClassName("quiz-question");
        if (question instanceof ChoiceQuestion choice) {
            UnorderedList options = new UnorderedList();
            for (ChoiceOption option : choice.options()) {
                options.add(new ListItem(ItemWording.option(choice, option, this)));
            }
            shown.add(options);
        } else {
            TextField answer = new TextField(getTranslation("lesson.quiz.answer"));
            answer.setReadOnly(true);
            shown.add(answer);
        }
        return shown;
    }
}
