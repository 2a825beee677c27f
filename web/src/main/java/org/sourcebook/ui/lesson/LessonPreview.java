package org.sourcebook.ui.lesson;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Optional;
import org.sourcebook.content.item.ChoiceOption;
import org.sourcebook.content.item.ChoiceQuestion;
import org.sourcebook.content.item.Item;
import org.sourcebook.content.item.ItemId;
import org.sourcebook.content.lesson.Block;
import org.sourcebook.content.lesson.DiscussionPrompt;
import org.sourcebook.content.lesson.FactCardDeck;
import org.sourcebook.content.lesson.Lesson;
import org.sourcebook.content.lesson.Quiz;
import org.sourcebook.content.lesson.ReadingExcerpt;
import org.sourcebook.content.lesson.SourceAnalysis;
import org.sourcebook.content.lesson.Timeline;
import org.sourcebook.content.lesson.TimelineEntry;
import org.sourcebook.content.source.DocumentVersion;
import org.sourcebook.content.source.Span;

/**
 * A lesson as students see it, read-only: reading excerpts with their citations, fact cards that
 * flip, quiz questions (shown, not graded), the timeline, the discussion prompt and the source
 * analysis. Bundle keys start with {@code lesson.}.
 */
public class LessonPreview extends VerticalLayout {

    private final LessonSources sources;

    public LessonPreview(Lesson lesson, LessonSources sources) {
        this.sources = sources;
        addClassName("lesson-preview");
        add(new H2(lesson.title()));
        if (!lesson.summary().isBlank()) {
            add(new MarkdownText(lesson.summary()));
        }
        if (!lesson.objectives().isEmpty()) {
            UnorderedList objectives = new UnorderedList();
            lesson.objectives().forEach(objective -> objectives.add(new ListItem(objective)));
            add(new H3(getTranslation("lesson.objectives")), objectives);
        }
        lesson.blocks().forEach(block -> add(section(block)));
    }

    private Component section(Block block) {
        Div section = new Div(new H3(getTranslation("lesson.kind." + block.kind().name())));
        section.addClassName("lesson-block");
        section.setId("preview-" + block.id());
        if (block instanceof ReadingExcerpt excerpt) {
            excerpt.passages().forEach(passage -> section.add(passage(passage)));
        } else if (block instanceof FactCardDeck deck) {
            deck.cards().forEach(card -> section.add(sources.item(card).map(this::card).orElseGet(() -> missing(card))));
        } else if (block instanceof Quiz quiz) {
            quiz.questions().forEach(question ->
                    section.add(sources.item(question).map(this::question).orElseGet(() -> missing(question))));
        } else if (block instanceof Timeline timeline) {
            UnorderedList entries = new UnorderedList();
            for (TimelineEntry entry : timeline.entries()) {
                entries.add(new ListItem(new com.vaadin.flow.component.html.Span(entry.date()), new Text(" — " + entry.text())));
            }
            section.add(entries);
        } else if (block instanceof DiscussionPrompt prompt) {
            section.add(new MarkdownText(prompt.text()));
        } else if (block instanceof SourceAnalysis analysis) {
            answer(section, "origin", analysis.origin());
            answer(section, "purpose", analysis.purpose());
            answer(section, "perspective", analysis.perspective());
            answer(section, "corroboration", analysis.corroboration());
            answer(section, "missing", analysis.missing());
        }
        return section;
    }

    private Component passage(Span passage) {
        Div quote = new Div(new Paragraph(passage.quote()));
        quote.addClassName("lesson-passage");
        com.vaadin.flow.component.html.Span citation = new com.vaadin.flow.component.html.Span(citation(passage));
        citation.addClassName("lesson-citation");
        quote.add(citation);
        return quote;
    }

    /** "¶3 of The title": the paragraph the passage starts in, counted from 1. */
    public String citation(Span passage) {
        Optional<DocumentVersion> version = sources.version(passage.documentId(), passage.version());
        if (version.isEmpty()) {
            return getTranslation("lesson.citation.unknown");
        }
        int number = Paragraphs.numberAt(version.get(), passage.start());
        return getTranslation("lesson.citation", number, version.get().metadata().title());
    }

    private Component card(Item card) {
        Div face = new Div();
        face.addClassName("fact-card");
        Paragraph front = new Paragraph(card.prompt());
        Paragraph back = new Paragraph(card.canonicalAnswer());
        back.setVisible(false);
        Button flip = new Button(getTranslation("lesson.card.flip"));
        flip.addClickListener(click -> {
            front.setVisible(!front.isVisible());
            back.setVisible(!back.isVisible());
        });
        face.add(front, back, flip);
        return face;
    }

    private Component question(Item question) {
        Div shown = new Div(new Paragraph(question.prompt()));
        shown.addClassName("quiz-question");
        if (question instanceof ChoiceQuestion choice) {
            UnorderedList options = new UnorderedList();
            for (ChoiceOption option : choice.options()) {
                options.add(new ListItem(option.text()));
            }
            shown.add(options);
        } else {
            TextField answer = new TextField(getTranslation("lesson.quiz.answer"));
            answer.setReadOnly(true);
            shown.add(answer);
        }
        return shown;
    }

    private Component missing(ItemId id) {
        Paragraph missing = new Paragraph(getTranslation("lesson.item-missing"));
        missing.setId("missing-" + id);
        return missing;
    }

    private void answer(Div section, String field, String text) {
        if (!text.isBlank()) {
            section.add(new H3(getTranslation("lesson.analysis." + field)), new Paragraph(text));
        }
    }
}
