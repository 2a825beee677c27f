package org.sourcebook.drafting;

import java.math.BigDecimal;
import java.util.List;
import org.sourcebook.content.source.DocumentVersion;

/**
 * The language-specific half of drafting: reading sentences (what is a name, a date, a number, a
 * definition) and phrasing prompts. The engine itself only combines what these give it, so another
 * language needs an implementation of this interface and nothing else.
 */
public interface DraftingLanguage {

    /** Reads every sentence of {@code version}; names are typed with evidence from the whole document. */
    DocumentAnalysis analyse(DocumentVersion version);

    Phrasing phrasing();

    /** What a learner may type for {@code mention}: as written first, then other usual spellings ("1275" for "1,275"). */
    List<String> acceptedAnswers(Mention mention);

    /** {@code value} written the way the number {@code like} is written (grouping, percent, multiplier, words). */
    String numberLike(BigDecimal value, Mention like);
}
