package org.sourcebook.content.grading;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.sourcebook.content.item.MatchPair;
import org.sourcebook.content.item.Matching;
import org.sourcebook.content.item.OptionId;

/**
 * Matching: the share of prompts matched with their own answer, as in Moodle. Unmatched prompts
 * count as wrong; an answer may be used for several prompts but is right for only one.
 */
final class MatchingGrading {

    private MatchingGrading() {}

    static Grade grade(Matching question, Response response) {
        if (!(response instanceof MatchingResponse matching)) {
            return Grade.wrongShape(question, "matches", response);
        }
        Map<OptionId, OptionId> matches = matching.matches();
        Set<OptionId> known = question.pairs().stream().map(MatchPair::id).collect(Collectors.toSet());
        if (matches.isEmpty()) {
            return Grade.unanswered(question);
        }
        if (!known.containsAll(matches.keySet()) || !known.containsAll(matches.values())) {
            return Grade.zero(question, Grade.UNKNOWN_OPTION);
        }
        List<PartResult> parts = question.pairs().stream()
                .map(pair -> new PartResult(pair.id().value(), pair.id().equals(matches.get(pair.id()))))
                .toList();
        return Grade.ofCorrectShare(question, parts);
    }
}
