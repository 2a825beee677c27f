package org.sourcebook.content.lesson;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.sourcebook.content.item.ItemId;
import org.sourcebook.content.item.Problem;
import org.sourcebook.content.item.Problems;
import org.sourcebook.content.source.DocumentId;

/**
 * A lesson: what it is about and what students should learn, then its blocks in the order
 * students meet them. Immutable; edits make copies.
 *
 * @param summary a sentence or two for lesson lists (may be empty)
 * @param objectives what students should be able to do afterwards, in order
 */
public record Lesson(LessonId id, String title, String summary, List<String> objectives, List<Block> blocks) {

    public Lesson {
        Objects.requireNonNull(id, "a lesson needs an id");
        Objects.requireNonNull(title, "title must not be null (use an empty text)");
        Objects.requireNonNull(summary, "summary must not be null (use an empty text)");
        objectives = List.copyOf(objectives);
        blocks = List.copyOf(blocks);
    }

    /** A new, empty lesson. */
    public static Lesson titled(String title) {
        return new Lesson(LessonId.random(), title, "", List.of(), List.of());
    }

    public Lesson withBlocks(List<Block> newBlocks) {
        return new Lesson(id, title, summary, objectives, newBlocks);
    }

    /** Every item the lesson uses (decks and quizzes), each once, in order of first use; e.g. for an export bundle. */
    public Set<ItemId> itemIds() {
        Set<ItemId> ids = new LinkedHashSet<>();
        for (Block block : blocks) {
            if (block instanceof FactCardDeck deck) {
                ids.addAll(deck.cards());
            } else if (block instanceof Quiz quiz) {
                ids.addAll(quiz.questions());
            }
        }
        return Collections.unmodifiableSet(ids);
    }

    /**
     * Every document the lesson's own blocks refer to (reading passages, timeline citations, source
     * analyses), each once, in order of first use; items' citations are not included.
     */
    public Set<DocumentId> documentIds() {
        Set<DocumentId> ids = new LinkedHashSet<>();
        for (Block block : blocks) {
            if (block instanceof ReadingExcerpt excerpt) {
                excerpt.passages().forEach(passage -> ids.add(passage.documentId()));
            } else if (block instanceof Timeline timeline) {
                timeline.entries().stream().map(TimelineEntry::citation).filter(Objects::nonNull)
                        .forEach(citation -> ids.add(citation.documentId()));
            } else if (block instanceof SourceAnalysis analysis && analysis.document() != null) {
                ids.add(analysis.document());
            }
        }
        return Collections.unmodifiableSet(ids);
    }

    /**
     * What keeps the lesson from being published: its own problems, then each block's. Item ids
     * are not resolved here; whether they exist and are of the right kind is the service's check.
     */
    public List<Problem> problems() {
        List<Problem> blockProblems = new ArrayList<>();
        blocks.forEach(block -> blockProblems.addAll(block.problems()));
        return new Problems()
                .check(!title.isBlank(), "lesson-title-blank", "a lesson needs a title")
                .check(objectives.stream().noneMatch(String::isBlank), "lesson-objective-blank",
                        "objectives must not be blank")
                .check(new HashSet<>(blocks.stream().map(Block::id).toList()).size() == blocks.size(),
                        "block-ids-duplicate", "block ids must be distinct")
                .addAll(blockProblems)
                .toList();
    }
}
