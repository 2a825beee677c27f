package org.sourcebook.drafting;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.sourcebook.content.source.DocumentVersion;

/** Drafting rules for English documents. */
public final class EnglishLanguage implements DraftingLanguage {

    private static final Pattern MONTH = Pattern.compile("\\p{Lu}\\p{Ll}+\\.?");

    private final EnglishPhrasing phrasing = new EnglishPhrasing();

    @Override
    public DocumentAnalysis analyse(DocumentVersion version) {
        return new EnglishReader().analyse(version);
    }

    @Override
    public Phrasing phrasing() {
        return phrasing;
    }

    @Override
    public List<String> acceptedAnswers(Mention mention) {
        List<String> answers = new ArrayList<>(List.of(mention.text()));
        if (mention.kind() == MentionKind.NUMBER) {
            answers.add(mention.text().replace(",", ""));
            answers.add(mention.text().replace(",", "").replace("%", "").strip());
        }
        if (mention.kind() == MentionKind.YEAR && mention.date().decade()) {
            answers.add(mention.text().replace("s", "'s"));
        }
        if (mention.kind() == MentionKind.DATE && mention.date().day() != 0) {
            String month = MONTH.matcher(mention.text()).results().map(MatchResult::group).findFirst().orElse("");
            DateKey date = mention.date();
            answers.add(date.day() + " " + month + " " + date.year());
            answers.add(month + " " + date.day() + ", " + date.year());
        }
        return answers.stream().distinct().toList();
    }
}
