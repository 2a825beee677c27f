package org.sourcebook.drafting;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Wrong answers of the same kind as a right one: other numbers near it, other years and dates,
 * other names of the same type from the document. Numbers and dates the document lacks are made
 * by shifting the answer; names are never invented.
 */
final class Distractors {

    /** Distractors found, and whether some had to be made up rather than taken from the document. */
    record Found(List<String> values, boolean generated) {}

    private static final int NAME_POOL = 12;
    /** How many neighbours in value a search for near figures looks at, so that a long text stays linear. */
    private static final int NEAREST_LOOKS = 40;
    private static final Pattern YEAR_IN_DATE = Pattern.compile("\\d{3,4}$");
    private static final double[] FACTORS = {0.8, 1.25, 0.6, 1.5, 0.5, 2.0};

    private final DraftingLanguage language;
    private final List<Mention> numbers;
    private final List<Mention> years;
    private final List<Mention> dates;
    private final Map<MentionKind, List<String>> namesByKind = new EnumMap<>(MentionKind.class);
    private final Map<String, Integer> frequency = new HashMap<>();
    /** Every figure, year and date the document gives, as keys: a false statement must not use one. */
    private final Set<String> given = new HashSet<>();
    private final Map<String, String> heads = new HashMap<>();
    private final int mainYear;
    private final Map<String, Set<String>> significant = new HashMap<>();

    Distractors(DocumentAnalysis analysis, DraftingLanguage language) {
        this.language = language;
        List<Mention> all = analysis.sentences().stream()
                .filter(AnalysedSentence::questionable)
                .flatMap(sentence -> sentence.mentions().stream())
                .toList();
        all.forEach(mention -> frequency.merge(key(mention.text()), 1, Integer::sum));
        numbers = distinctSorted(all, m -> m.kind() == MentionKind.NUMBER && !m.ordinal() && m.value() != null);
        years = distinctSorted(all, m -> m.kind() == MentionKind.YEAR && !m.date().decade());
        dates = distinctSorted(all, m -> m.kind() == MentionKind.DATE);
        mainYear = DocumentProfile.mainYear(analysis);
        numbers.forEach(m -> given.add(key(m.text())));
        years.forEach(m -> given.add(key(m.text())));
        dates.forEach(m -> given.add(key(m.text())));
        for (MentionKind kind : List.of(MentionKind.PERSON, MentionKind.PLACE, MentionKind.ORGANISATION, MentionKind.TERM)) {
            namesByKind.put(kind, mostFrequent(all, kind));
        }
    }

    /** How often the document mentions {@code text} (case-insensitive) in its sentences. */
    int frequency(String text) {
        return frequency.getOrDefault(key(text), 0);
    }

    /** Up to {@code count} distractors for {@code answer}, none standing in {@code sentence}; empty when the kind has none. */
    Found forAnswer(Mention answer, String sentence, int count) {
        return switch (answer.kind()) {
            case NUMBER -> answer.ordinal() ? none() : numbers(answer, sentence, count);
            case YEAR -> years(answer, sentence, count);
            case DATE -> dates(answer, sentence, count);
            case PERSON, PLACE, ORGANISATION, TERM -> names(answer, sentence, count);
            case NAME, KEYWORD -> none();
        };
    }

    /**
     * A value to put in place of {@code answer} to make a false statement a student can judge from
     * the text: a figure or year the document does not give (so it is not true somewhere else), a
     * date with another year, or another place of the document; null when there is none.
     */
    @Nullable String forStatement(Mention answer, String sentence) {
        List<String> made = switch (answer.kind()) {
            case NUMBER -> farNumbers(answer.value()).stream().map(value -> language.numberLike(value, answer)).toList();
            case YEAR, DATE -> shiftedYears(answer, new int[] {3, -4, 6, -7, 9});
            case PLACE -> names(answer, sentence, 1).values();
            default -> List.of();
        };
        return made.stream()
                .filter(value -> !given.contains(key(value)) || answer.kind() == MentionKind.PLACE)
                .filter(value -> !key(value).equals(key(answer.text())) && !Words.containsWord(sentence, value, false))
                .findFirst().orElse(null);
    }

    /** True when two figures count the same kind of thing: the same last word of what they count ("civilians", "km"). */
    private boolean sameCount(Mention a, Mention b) {
        return heads.computeIfAbsent(a.counted(), Distractors::head).equals(heads.computeIfAbsent(b.counted(), Distractors::head));
    }

    private static String head(String counted) {
        String[] words = key(counted).split("\\s+");
        String last = words[words.length - 1];
        return last.endsWith("s") && last.length() > 3 ? last.substring(0, last.length() - 1) : last;
    }

    /** Figures far enough from {@code value} (half, double, ...) that a student who read the text can tell them apart. */
    private static List<BigDecimal> farNumbers(BigDecimal value) {
        List<BigDecimal> far = new ArrayList<>();
        for (double factor : new double[] {2.0, 0.5, 3.0, 0.4}) {
            BigDecimal raw = value.multiply(BigDecimal.valueOf(factor));
            far.add(value.scale() > 0 ? raw.setScale(value.scale(), RoundingMode.HALF_UP) : raw.setScale(0, RoundingMode.HALF_UP));
        }
        return far;
    }

    private static List<String> shiftedYears(Mention answer, int[] shifts) {
        List<String> shifted = new ArrayList<>();
        String year = String.valueOf(answer.date().year());
        for (int shift : shifts) {
            int step = answer.date().decade() ? 10 * shift : shift;
            shifted.add(answer.text().replace(year, String.valueOf(answer.date().year() + step)));
        }
        return shifted;
    }

    private Found numbers(Mention answer, String sentence, int count) {
        Set<String> chosen = new LinkedHashSet<>();
        boolean percent = answer.text().endsWith("%");
        boolean word = Character.isLetter(answer.text().codePointAt(0));
        nearest(numbers, answer, m -> m.text().endsWith("%") == percent && withinFactor(m.value(), answer.value(), 3)
                        && Character.isLetter(m.text().codePointAt(0)) == word && sameCount(m, answer))
                .forEach(m -> addIfNew(chosen, m.text(), answer.text(), sentence, count));
        boolean generated = chosen.size() < count;
        for (BigDecimal shifted : shiftedNumbers(answer.value())) {
            if (!percent || shifted.compareTo(BigDecimal.valueOf(100)) <= 0) {
                addIfNew(chosen, language.numberLike(shifted, answer), answer.text(), sentence, count);
            }
        }
        return new Found(List.copyOf(chosen), generated);
    }

    private Found years(Mention answer, String sentence, int count) {
        Set<String> chosen = new LinkedHashSet<>();
        if (!answer.date().decade()) {
            nearest(years, answer, m -> Math.abs(m.date().year() - answer.date().year()) <= 15 && sameSide(m.date().year(), answer))
                    .forEach(m -> addIfNew(chosen, m.text(), answer.text(), sentence, count));
        }
        boolean generated = chosen.size() < count;
        int step = answer.date().decade() ? 10 : 1;
        for (int shift : new int[] {-2, 1, 3, -5, 5, -1, 2, -3, 4, -4, 6, -6}) {
            int year = answer.date().year() + shift * step;
            if (sameSide(year, answer)) {
                addIfNew(chosen, answer.text().replace(String.valueOf(answer.date().year()), String.valueOf(year)), answer.text(), sentence, count);
            }
        }
        return new Found(List.copyOf(chosen), generated);
    }

    /**
     * Other dates of the document, then the answer in other years; but in the year most of the
     * document's dates fall in, the answer in other months, since a student who knows only what
     * the document is about would otherwise pick the one in its year ("26 July 1956" against
     * "26 August 1956" in an article on the Suez Crisis, not against "26 July 1957").
     */
    private Found dates(Mention answer, String sentence, int count) {
        Set<String> chosen = new LinkedHashSet<>();
        boolean withDay = answer.date().day() != 0;
        boolean inMainYear = answer.date().year() == mainYear;
        nearest(dates, answer, m -> (m.date().day() != 0) == withDay && (!inMainYear || m.date().year() == mainYear)
                && sameSide(m.date().year(), answer))
                .forEach(m -> addIfNew(chosen, m.text(), answer.text(), sentence, count));
        boolean generated = chosen.size() < count;
        for (int shift : inMainYear ? new int[] {1, -1, 2, -2, 3} : new int[0]) {
            int month = answer.date().month() + shift;
            if (month >= 1 && month <= 12 && answer.date().day() <= YearMonth.of(answer.date().year(), month).lengthOfMonth()) {
                String other = language.withMonth(answer.text(), month);
                if (other != null) {
                    addIfNew(chosen, other, answer.text(), sentence, count);
                }
            }
        }
        Matcher year = YEAR_IN_DATE.matcher(answer.text());
        if (year.find()) {
            for (int shift : new int[] {-1, 2, 1, -3, 3, -2, 4}) {
                if (sameSide(answer.date().year() + shift, answer)) {
                    String shifted = answer.text().substring(0, year.start()) + (answer.date().year() + shift);
                    addIfNew(chosen, shifted, answer.text(), sentence, count);
                }
            }
        }
        return new Found(List.copyOf(chosen), generated);
    }

    /**
     * False for a year on the other side of the year the document is about from the answer's: "Reactor No. 4 had begun
     * operating in _____" in an article on the 1986 explosion is not answered by 1987 or 1990, and a student who knows
     * only the main year would rule them out.
     */
    private boolean sameSide(int year, Mention answer) {
        int answerYear = answer.date().year();
        return mainYear == 0 || answerYear == mainYear || Integer.signum(year - mainYear) == Integer.signum(answerYear - mainYear);
    }

    private Found names(Mention answer, String sentence, int count) {
        Set<String> chosen = new LinkedHashSet<>();
        Set<String> answerWords = significantWords(answer.text());
        boolean country = language.isCountry(answer.text());
        boolean region = language.isRegion(answer.text());
        Set<String> taken = new HashSet<>(answerWords);
        boolean fullName = answer.text().contains(" ");
        for (String name : namesByKind.getOrDefault(answer.kind(), List.of())) {
            boolean sameGrain = answer.kind() != MentionKind.PLACE || language.isCountry(name) == country
                    && language.isRegion(name) == region && !language.placesOverlap(name, answer.text())
                    && chosen.stream().noneMatch(other -> language.placesOverlap(name, other));
            if (answer.kind() == MentionKind.PERSON) {
                sameGrain = name.contains(" ") == fullName && language.looksLikePerson(name);
            }
            if (answer.kind() == MentionKind.TERM) {
                sameGrain = looksPlural(name) == looksPlural(answer.text()); // "provinces called _____": subas, not regent
            }
            boolean shortForm = isInitials(name, answer.text()) || chosen.stream().anyMatch(other -> isInitials(name, other));
            if (sameGrain && !shortForm && Collections.disjoint(significantWords(name), taken) && chosen.size() < count) {
                taken.addAll(significantWords(name));
                addIfNew(chosen, answer.kind() == MentionKind.TERM ? sameCase(name, answer.text()) : name, answer.text(),
                        sentence, count);
            }
        }
        return new Found(List.copyOf(chosen), false);
    }

    /** True when one name is the initials of the other: "SCS" and "Soil Conservation Service" are one answer. */
    private static boolean isInitials(String name, String other) {
        String shorter = name.length() <= other.length() ? name : other;
        String longer = shorter == name ? other : name;
        if (shorter.contains(" ") || !shorter.equals(shorter.toUpperCase(Locale.ROOT)) || shorter.length() < 2) {
            return false;
        }
        StringBuilder initials = new StringBuilder();
        for (String word : longer.split("[\\s-]+")) {
            if (!word.isEmpty() && Character.isUpperCase(word.codePointAt(0))) {
                initials.append(word.charAt(0));
            }
        }
        return initials.toString().equals(shorter);
    }

    /** True for a term whose last word reads as a plural: "tectonic plates", "subas"; not "photosynthesis", "virus", "gas". */
    private static boolean looksPlural(String term) {
        String last = term.substring(term.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        return last.length() > 3 && last.endsWith("s") && !last.endsWith("ss") && !last.endsWith("us") && !last.endsWith("is");
    }

    /**
     * {@code term} with its first letter in the case of {@code like}'s: "Evaporation" and "condensation" go together; a
     * name with capitals inside ("Cold War") keeps its own.
     */
    private static String sameCase(String term, String like) {
        if (term.chars().skip(1).anyMatch(Character::isUpperCase)) {
            return term;
        }
        String first = term.substring(0, 1);
        first = Character.isUpperCase(like.codePointAt(0)) ? first.toUpperCase(Locale.ROOT) : first.toLowerCase(Locale.ROOT);
        return first + term.substring(1);
    }

    /** "antibiotics" and "antibiotic" are one option written twice. */
    static String singular(String text) {
        String key = key(text);
        return key.length() > 4 && key.endsWith("s") && Character.isLetter(key.charAt(key.length() - 2)) ? key.substring(0, key.length() - 1) : key;
    }

    private static void addIfNew(Set<String> chosen, String candidate, String answer, String sentence, int count) {
        if (chosen.size() >= count || key(candidate).equals(key(answer)) || Words.containsWord(sentence, candidate, false)) {
            return;
        }
        boolean lookalike = chosen.stream().anyMatch(existing -> singular(existing).equals(singular(candidate)))
                || singular(candidate).equals(singular(answer));
        if (!lookalike) {
            chosen.add(candidate);
        }
    }

    /** Mentions of {@code pool} ordered by distance in value from {@code answer}, nearest first. */
    private static List<Mention> nearest(List<Mention> pool, Mention answer, Predicate<Mention> fits) {
        int at = Collections.binarySearch(pool, answer, BY_VALUE);
        int below = at >= 0 ? at - 1 : -at - 2;
        int above = at >= 0 ? at + 1 : -at - 1;
        List<Mention> ordered = new ArrayList<>();
        int looked = 0;
        while ((below >= 0 || above < pool.size()) && ordered.size() < 8 && looked++ < NEAREST_LOOKS) {
            boolean takeBelow = above >= pool.size() || below >= 0
                    && distance(pool.get(below), answer).compareTo(distance(pool.get(above), answer)) <= 0;
            Mention next = takeBelow ? pool.get(below--) : pool.get(above++);
            if (next.value().compareTo(answer.value()) != 0 && fits.test(next)) {
                ordered.add(next);
            }
        }
        return ordered;
    }

    private static final Comparator<Mention> BY_VALUE =
            Comparator.comparing(Mention::value).thenComparing(Mention::text);

    private static BigDecimal distance(Mention mention, Mention answer) {
        return mention.value().subtract(answer.value()).abs();
    }

    private static boolean withinFactor(BigDecimal value, BigDecimal answer, int factor) {
        BigDecimal a = answer.abs();
        BigDecimal v = value.abs();
        return v.multiply(BigDecimal.valueOf(factor)).compareTo(a) >= 0 && a.multiply(BigDecimal.valueOf(factor)).compareTo(v) >= 0;
    }

    private static List<BigDecimal> shiftedNumbers(BigDecimal value) {
        List<BigDecimal> shifted = new ArrayList<>();
        if (value.abs().compareTo(BigDecimal.TEN) < 0 && value.scale() <= 0) {
            for (int step : new int[] {1, 2, -1, 3, 4, -2}) {
                BigDecimal candidate = value.add(BigDecimal.valueOf(step));
                if (candidate.signum() >= 0) {
                    shifted.add(candidate);
                }
            }
            return shifted;
        }
        // As round as the answer, at most two figures: 420 gives 340 and 530, 400 gives 300 and 500, "2.5 million" 3.1 million, not 3.125.
        int digits = Math.min(2, value.stripTrailingZeros().precision());
        for (double factor : FACTORS) {
            BigDecimal raw = value.multiply(BigDecimal.valueOf(factor));
            shifted.add(value.scale() > 0 ? raw.setScale(value.scale(), RoundingMode.HALF_UP)
                    : raw.round(new MathContext(digits, RoundingMode.HALF_UP)).setScale(0, RoundingMode.HALF_UP));
        }
        return shifted;
    }

    private static List<Mention> distinctSorted(List<Mention> all, Predicate<Mention> keep) {
        Map<String, Mention> distinct = new HashMap<>();
        all.stream().filter(keep).forEach(m -> distinct.putIfAbsent(key(m.text()), m));
        List<Mention> sorted = new ArrayList<>(distinct.values());
        sorted.sort(BY_VALUE);
        return sorted;
    }

    private List<String> mostFrequent(List<Mention> all, MentionKind kind) {
        Map<String, String> firstSpelling = new HashMap<>();
        Map<String, Integer> firstSeen = new HashMap<>();
        for (Mention mention : all) {
            if (mention.kind() == kind) {
                firstSpelling.putIfAbsent(key(mention.text()), mention.text());
                firstSeen.putIfAbsent(key(mention.text()), firstSeen.size());
            }
        }
        return firstSpelling.keySet().stream()
                .sorted(Comparator.comparing((String k) -> -frequency.getOrDefault(k, 0)).thenComparing(firstSeen::get))
                .limit(NAME_POOL)
                .map(firstSpelling::get)
                .toList();
    }

    private Set<String> significantWords(String text) {
        return significant.computeIfAbsent(text, Distractors::wordsOfFourLetters);
    }

    private static Set<String> wordsOfFourLetters(String text) {
        Set<String> words = new LinkedHashSet<>();
        for (String word : key(text).split("[^\\p{L}\\d]+")) {
            if (word.length() >= 4) {
                words.add(word);
            }
        }
        return words;
    }


    static String key(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }

    private static Found none() {
        return new Found(List.of(), false);
    }
}
