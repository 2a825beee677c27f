package org.sourcebook.ui.lesson;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Optional;
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
 * A lesson's content in order, as students meet it: title, summary, objectives, then one section
 * per block (reading excerpts with their citations, the timeline, the discussion prompt, the
 * source analysis). Decks and quizzes come from {@link Parts}, the one thing that differs between
 * the teacher's preview and the student's player. Bundle keys start with {@code lesson.}.
 */
public class LessonBlocks extends VerticalLayout {

    /** How a lesson's decks and quizzes appear: shown read-only in the preview, worked with in the player. */
    public interface Parts {

        Component deck(FactCardDeck deck);

        Component quiz(Quiz quiz);
    }

    private final LessonSources sources;

    /**
     * @param sectionIdPrefix put before each block id to name its section ({@code preview-}, {@code block-})
     */
    public LessonBlocks(Lesson lesson, LessonSources sources, String sectionIdPrefix, Parts parts) {
        this.sources = sources;
        setPadding(false);
        addClassName("lesson-blocks");
        add(new H2(lesson.title()));
        if (!lesson.summary().isBlank()) {
            add(new MarkdownText(lesson.summary()));
        }
        if (!lesson.objectives().isEmpty()) {
            UnorderedList objectives = new UnorderedList();
            lesson.objectives().forEach(objective -> objectives.add(new ListItem(objective)));
            add(new H3(getTranslation("lesson.objectives")), objectives);
        }
        for (Block block : lesson.blocks()) {
            Div section = new Div(new H3(getTranslation("lesson.kind." + block.kind().name())));
            section.addClassName("lesson-block");
            section.setId(sectionIdPrefix + block.id());
            section.setWidthFull();
            fill(section, block, parts);
            add(section);
        }
    }

    private void fill(Div section, Block block, Parts parts) {
        if (block instanceof ReadingExcerpt excerpt) {
            excerpt.passages().forEach(passage -> section.add(passage(passage)));
        } else if (block instanceof FactCardDeck deck) {
            section.add(parts.deck(deck));
        } else if (block instanceof Quiz quiz) {
            section.add(parts.quiz(quiz));
        } else if (block instanceof Timeline timeline) {
            section.add(timeline(timeline));
        } else if (block instanceof DiscussionPrompt prompt) {
            section.add(new MarkdownText(prompt.text()));
        } else if (block instanceof SourceAnalysis analysis) {
            answer(section, "origin", analysis.origin());
            answer(section, "purpose", analysis.purpose());
            answer(section, "perspective", analysis.perspective());
            answer(section, "corroboration", analysis.corroboration());
            answer(section, "missing", analysis.missing());
        }
    }

    private Component passage(Span passage) {
        Div quote = new Div(new Paragraph(passage.quote()));
        quote.addClassName("lesson-passage");
        com.vaadin.flow.component.html.Span citation = new com.vaadin.flow.component.html.Span(citation(passage));
        citation.addClassName("lesson-citation");
        quote.add(citation);
        return quote;
    }

    private Component timeline(Timeline timeline) {
        UnorderedList entries = new UnorderedList();
        for (TimelineEntry entry : timeline.entries()) {
            ListItem item = new ListItem(new com.vaadin.flow.component.html.Span(entry.date()), new Text(" — " + entry.text()));
            if (entry.citation() != null) {
                com.vaadin.flow.component.html.Span citation =
                        new com.vaadin.flow.component.html.Span(" (" + citation(entry.citation()) + ")");
                citation.addClassName("lesson-citation");
                item.add(citation);
            }
            entries.add(item);
        }
        return entries;
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

    /** Stands in for an item a block lists that is gone or not visible. */
    public static Component missing(Component translator, ItemId id) {
        Paragraph missing = new Paragraph(translator.getTranslation("lesson.item-missing"));
        missing.setId("missing-" + id);
        return missing;
    }

    private void answer(Div section, String field, String text) {
        if (!text.isBlank()) {
            section.add(new H3(getTranslation("lesson.analysis." + field)), new Paragraph(text));
        }
    }
}
