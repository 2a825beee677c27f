package org.sourcebook.drafting.english;

import org.sourcebook.drafting.DateKey;
import org.sourcebook.drafting.DocumentAnalysis;
import org.sourcebook.drafting.DraftingLanguage;
import org.sourcebook.drafting.Mention;
import org.sourcebook.drafting.MentionKind;
import org.sourcebook.drafting.Phrasing;
import java.math.BigDecimal;
import java.math.MathContext;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.sourcebook.content.source.DocumentVersion;

/** Drafting rules for English documents. */
public final class EnglishLanguage implements DraftingLanguage {

    private static final Pattern MULTIPLIER = Pattern.compile("\\s+(thousand|million|billion|trillion)$");
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

    /** Written the way {@code like} is: "1,275", "12%", "3 million", "4.5", "nine". */
    @Override
    public String numberLike(BigDecimal value, Mention like) {
        String text = like.text();
        if (Character.isLetter(text.codePointAt(0))) {
            String word = EnglishNumbers.numberWord(value);
            return word == null ? text : Character.isUpperCase(text.codePointAt(0))
                    ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word;
        }
        Matcher multiplier = MULTIPLIER.matcher(text);
        if (multiplier.find()) {
            BigDecimal unit = like.value().divide(EnglishNumbers.parse(text.substring(0, multiplier.start()).replace(",", "")),
                    MathContext.DECIMAL64);
            return value.divide(unit, MathContext.DECIMAL64).stripTrailingZeros().toPlainString() + multiplier.group();
        }
        String suffix = text.endsWith("%") ? "%" : "";
        boolean grouped = text.contains(",");
        var symbols = DecimalFormatSymbols.getInstance(Locale.ENGLISH);
        String pattern = (grouped ? "#,##0" : "0") + (value.scale() > 0 ? "." + "0".repeat(value.scale()) : "");
        return new DecimalFormat(pattern, symbols).format(value) + suffix;
    }
}
