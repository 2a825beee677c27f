package org.sourcebook.drafting;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sourcebook.content.source.DocumentMetadata;

/**
 * Learner-facing wording of drafted items and lessons in one language, for one kind of source.
 * Every prompt attributes what it says to the document ("according to the statement"); none
 * states the document's claims as the platform's own.
 */
public interface Phrasing {

    /** The gap shown in a quoted sentence, e.g. "_____". */
    String gap();

    /** A claim of the document as a statement: "According to the statement, {clause}". */
    String attributed(String clause, boolean keepCapital);

    /** The document's claim as reported speech, for a timeline of a source with a point of view: "The statement says that {clause}". */
    String reported(String clause, boolean keepCapital);

    /** A question whose answer fills the gap in {@code gappedQuote}, naming what kind of answer it is. */
    String whichCompletes(MentionKind kind, String gappedQuote);

    /** "According to the statement, how many {clause}?" */
    String howMany(String clause);

    /** "According to the text, what is {term}?" */
    String whatIs(String term);

    /** "According to the text, what does “{term}” mean?", for a term the text gives without an article. */
    String whatMeans(String term);

    /** "According to the text, which term means “{meaning}”?": a question that asks for a term from its meaning. */
    String whichTermMeans(String meaning);

    /** The front of a card asking for a reason: "According to the text, {fact}. Why?"; {@code keepCapital} for a fact that starts with a name. */
    String why(String fact, boolean keepCapital);

    /** The front of a card on an event: "According to the text, what happened on {date}?" ({@code day}: a day is given) or "in {date}". */
    String whatHappened(String date, boolean day);

    /** "According to the text, who was {person}?" */
    String whoIs(String person);

    /** Feedback pointing to the sentence: "The statement says: “...”". */
    String sourceSays(String quote);

    String orderEventsPrompt();

    String matchFiguresPrompt();

    String matchTermsPrompt();

    /** The lesson's title for a document whose own title is {@code title}. */
    String lessonTitle(String title);

    String lessonSummary(DocumentMetadata metadata);

    List<String> lessonObjectives(boolean hasFacts, boolean hasTimeline, boolean pointOfView);

    /** A discussion prompt made for this document. */
    String discussionPrompt(DocumentFacts facts);

    String analysisOrigin(DocumentFacts facts);

    String analysisPurpose(DocumentFacts facts);

    String analysisPerspective(DocumentFacts facts);

    String analysisCorroboration(DocumentFacts facts);

    String analysisMissing(DocumentFacts facts);

    /** "What is the main purpose of this statement?", with its right answer and three wrong ones. */
    ChoiceText purposeQuestion(DocumentFacts facts);

    /**
     * "What kind of source is this text?", answered by the kind the text was read as; null when that kind is unclear or its
     * name would only restate the purpose question.
     */
    @Nullable ChoiceText kindQuestion(DocumentFacts facts);

    /** "Which best describes the statement's point of view?"; null when the text judges now and then, and no answer is clearly right. */
    @Nullable ChoiceText viewpointQuestion(DocumentFacts facts);

    /** "Which of these words show the statement's own judgement?"; null when the document has too few. */
    @Nullable ChoiceText judgementQuestion(DocumentFacts facts);

    /** "Which of these does the statement name as a source?"; null when it names none. */
    @Nullable ChoiceText namedSourceQuestion(DocumentFacts facts);

    /** "How does the article support its claims?", for a document with reference markers; else null. */
    @Nullable ChoiceText referencesQuestion(DocumentFacts facts);

    /** "In which year was it most likely written?", for a document that dates itself; else null. */
    @Nullable String selfDateQuestion(DocumentFacts facts);

    /** "According to the statement, whom does it hold responsible ...?"; null when no one stands out. */
    @Nullable ChoiceText responsibleQuestion(DocumentFacts facts, String accused, List<String> others);

    /**
     * A choice question's wording: its prompt, the right options, the wrong ones, and feedback
     * that says why.
     */

    record ChoiceText(String prompt, List<String> correct, List<String> wrong, String feedback) {

        public ChoiceText {
            correct = List.copyOf(correct);
            wrong = List.copyOf(wrong);
        }
    }
}
