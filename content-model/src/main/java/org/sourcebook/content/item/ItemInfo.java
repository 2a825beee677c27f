package org.sourcebook.content.item;

import java.util.List;
import java.util.Objects;
import org.sourcebook.content.source.Span;

/**
 * What every item has besides its answer data. Kept in one record that each kind holds, so the
 * shared fields, their copies and their validation exist once.
 *
 * @param prompt the learner-facing text: the front of a fact card, the question, or for a cloze
 *     the text with its gap markers
 * @param feedback shown to the learner after answering (may be empty), typically pointing to
 *     what the source says
 * @param citations the passages the item is based on; a drafted item needs at least one
 * @param tags free labels for the question bank; stripped, blank ones dropped, duplicates removed
 * @param qualityScore the drafting engine's ranking of the draft, in [0, 1]; 1 for written items
 */
public record ItemInfo(
        ItemId id,
        String prompt,
        String feedback,
        List<Span> citations,
        List<String> tags,
        ItemStatus status,
        ItemOrigin origin,
        double qualityScore) {

    public ItemInfo {
        Objects.requireNonNull(id, "an item needs an id");
        Objects.requireNonNull(prompt, "prompt must not be null (use an empty text)");
        Objects.requireNonNull(feedback, "feedback must not be null (use an empty text)");
        Objects.requireNonNull(status, "an item needs a status");
        Objects.requireNonNull(origin, "an item needs an origin");
        citations = List.copyOf(citations);
        tags = tags.stream().map(String::strip).filter(tag -> !tag.isEmpty()).distinct().toList();
    }

    /** A new draft from the drafting engine: status DRAFT, no feedback, no tags. */
    public static ItemInfo drafted(String prompt, List<Span> citations, double qualityScore) {
        return new ItemInfo(ItemId.random(), prompt, "", citations, List.of(), ItemStatus.DRAFT, ItemOrigin.DRAFTED,
                qualityScore);
    }

    /** A new item written by a teacher: accepted (its author reviewed it), quality 1, no citations yet. */
    public static ItemInfo written(String prompt) {
        return new ItemInfo(ItemId.random(), prompt, "", List.of(), List.of(), ItemStatus.ACCEPTED, ItemOrigin.WRITTEN,
                1.0);
    }

    public ItemInfo withStatus(ItemStatus newStatus) {
        return new ItemInfo(id, prompt, feedback, citations, tags, newStatus, origin, qualityScore);
    }

    /** A copy citing {@code newCitations}, e.g. after re-anchoring to a new document version. */
    public ItemInfo withCitations(List<Span> newCitations) {
        return new ItemInfo(id, prompt, feedback, newCitations, tags, status, origin, qualityScore);
    }

    public ItemInfo withPrompt(String newPrompt) {
        return new ItemInfo(id, newPrompt, feedback, citations, tags, status, origin, qualityScore);
    }

    public ItemInfo withFeedback(String newFeedback) {
        return new ItemInfo(id, prompt, newFeedback, citations, tags, status, origin, qualityScore);
    }

    public ItemInfo withTags(List<String> newTags) {
        return new ItemInfo(id, prompt, feedback, citations, newTags, status, origin, qualityScore);
    }

    /** Problems with the shared fields; empty when they are fine. */
    public List<Problem> problems() {
        return new Problems()
                .check(!prompt.isBlank(), "prompt-blank", "prompt must not be blank")
                .check(qualityScore >= 0 && qualityScore <= 1, "quality-score-out-of-range",
                        "quality score must be between 0 and 1")
                .check(origin != ItemOrigin.DRAFTED || !citations.isEmpty(), "citation-missing",
                        "a drafted item needs at least one citation")
                .toList();
    }
}
