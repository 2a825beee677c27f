package org.sourcebook.content.item;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * A text with gaps to fill. The prompt holds the text, where {@code {{1}}}, {@code {{2}}}, ...
 * mark the gaps; gap {@code n} is {@code gaps.get(n - 1)}. Each marker stands exactly once, so
 * the text and the gap list cannot drift apart unnoticed.
 *
 * @param comparison how typed answers are compared with each gap's accepted answers
 */
public record Cloze(ItemInfo info, List<ClozeGap> gaps, TextComparison comparison) implements Question {

    /** A gap marker; group 1 is the gap number as written. */
    public static final Pattern MARKER = Pattern.compile("\\{\\{(\\d+)}}");

    public Cloze {
        Objects.requireNonNull(info, "an item needs its shared fields");
        Objects.requireNonNull(comparison, "a cloze needs a text comparison");
        gaps = List.copyOf(gaps);
    }

    /** The marker for gap {@code number} (from 1), e.g. {@code {{1}}}. */
    public static String marker(int number) {
        return "{{" + number + "}}";
    }

    @Override
    public ItemKind kind() {
        return ItemKind.CLOZE;
    }

    /** The text with each gap filled by its preferred answer in brackets: "founded in [1613]". */
    @Override
    public String canonicalAnswer() {
        Matcher markers = MARKER.matcher(prompt());
        StringBuilder filled = new StringBuilder();
        while (markers.find()) {
            int index = gapIndex(markers.group(1));
            String fill = index < 0 ? markers.group() : "[" + gaps.get(index).preferredAnswer() + "]";
            markers.appendReplacement(filled, Matcher.quoteReplacement(fill));
        }
        return markers.appendTail(filled).toString();
    }

    @Override
    public Cloze withInfo(ItemInfo newInfo) {
        return new Cloze(newInfo, gaps, comparison);
    }

    @Override
    public List<Problem> answerProblems() {
        List<String> markers = markersInText();
        boolean eachOnce = IntStream.rangeClosed(1, gaps.size())
                .allMatch(number -> markers.stream().filter(String.valueOf(number)::equals).count() == 1);
        return new Problems()
                .check(!gaps.isEmpty(), "cloze-no-gaps", "a cloze needs at least one gap")
                .check(gaps.stream().noneMatch(gap -> gap.acceptedAnswers().isEmpty()), "cloze-gap-no-accepted-answer",
                        "a cloze gap needs at least one accepted answer")
                .check(gaps.stream().noneMatch(gap -> Rules.anyBlank(gap.acceptedAnswers())), "accepted-answer-blank",
                        "accepted answers must not be blank")
                .check(eachOnce, "cloze-marker-count", "the cloze text must contain every gap marker exactly once")
                .check(markers.stream().allMatch(number -> gapIndex(number) >= 0), "cloze-marker-unknown",
                        "the cloze text has a marker for a gap that does not exist")
                .toList();
    }

    private List<String> markersInText() {
        Matcher markers = MARKER.matcher(prompt());
        List<String> numbers = new ArrayList<>();
        while (markers.find()) {
            numbers.add(markers.group(1));
        }
        return numbers;
    }

    private int gapIndex(String writtenNumber) {
        return IntStream.range(0, gaps.size())
                .filter(index -> String.valueOf(index + 1).equals(writtenNumber))
                .findFirst()
                .orElse(-1);
    }
}
