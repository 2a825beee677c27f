package org.sourcebook.drafting;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sourcebook.content.item.ChoiceOption;
import org.sourcebook.content.item.ChoiceQuestion;
import org.sourcebook.content.item.Cloze;
import org.sourcebook.content.item.ClozeGap;
import org.sourcebook.content.item.FactCard;
import org.sourcebook.content.item.Item;
import org.sourcebook.content.item.MatchPair;
import org.sourcebook.content.item.Matching;
import org.sourcebook.content.item.Numeric;
import org.sourcebook.content.item.OrderEntry;
import org.sourcebook.content.item.Ordering;
import org.sourcebook.content.item.TrueFalse;
import org.sourcebook.content.source.DocumentVersion;
import org.sourcebook.content.source.Furniture;
import org.sourcebook.content.source.Span;
import org.sourcebook.content.source.TextRange;

/**
 * Automatic checks of drafted items, independent of how they were drafted: each finds one way a
 * strict teacher would reject a draft. Its citations stand in the source; its answer does not
 * show in its prompt; its wrong options are distinct and of the answer's type; it attributes what
 * it says to the source; no page furniture ("[12]", "[edit]") shows in it; a "how many" question
 * is not answered by two figures of the text; it does not ask for the document's own subject; a
 * false statement is not made by swapping a name; a matching label is a whole phrase; it does not
 * lean on a sentence it does not show; it does not ask trivia. Over a whole draft: no fact asked
 * twice, no answer that answers most items. The review screen shows the failures; the judged-set
 * report counts them.
 */
public final class DraftChecks {

    /** One check an item failed. */
    public enum Failure {
        INVALID,
        CITATION,
        ANSWER_LEAKED,
        DISTRACTORS,
        PROMPT_LENGTH,
        NOT_ATTRIBUTED,
        /** A reference marker, edit link or time zone shows in the item, or it cites a reference list. */
        FURNITURE,
        /** "How many ...?" while the text gives another figure for the same thing; a changed value the text gives elsewhere. */
        AMBIGUOUS,
        /** "Which person ...?" with options that are not people; an answer cut in the middle of a name; a gap on a function word. */
        WRONG_TYPE,
        /** The answer is what the document is about: its title names it. */
        MAIN_SUBJECT,
        /** A false statement made by putting another name into the sentence. */
        NAME_SWAPPED,
        /** A matching or ordering entry that is not a whole phrase ("people were wounded", "two → hours"). */
        FRAGMENT,
        /** The prompt starts with a pronoun whose person or thing it does not show. */
        LOST_CONTEXT,
        /** A small number written as a word, a time of day, a quotation cut at a sentence break, broken capitals. */
        TRIVIA,
        /** Another item of the draft asks for the same answer from the same sentence. */
        REPEATED,
        /** The same answer answers a large share of the draft's items. */
        DOMINANT_ANSWER
    }

    static final int MIN_PROMPT = 15;
    static final int MAX_PROMPT = 600;
    private static final Pattern MONTH = Pattern.compile(
            "(?i)\\b(january|february|march|april|may|june|july|august|september|october|november|december)\\b");
    private static final Pattern HOW_MANY = Pattern.compile("(?i)\\bhow many (?<clause>[^?]+)\\?");
    private static final Pattern PERSON_QUESTION = Pattern.compile("(?i)\\bwhich person\\b");
    private static final Pattern FURNITURE_TEXT = Pattern.compile("(?i)\\[(?:edit|citation needed)\\]|\\bretrieved \\d|\\bISBN\\b|\\^\\s|\\b(?:UTC|GMT)\\b");
    private static final Pattern BROKEN_CASE = Pattern.compile("\\b\\p{Ll}\\p{Lu}{2,}");
    private static final Pattern TIME_OF_DAY = Pattern.compile("\\d{1,2}[:.]\\d{2}|\\b(?:a\\.m\\.|p\\.m\\.)");
    private static final Set<String> SMALL_NUMBER_WORDS = Set.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine");
    private static final Set<String> PRONOUNS = Set.of("it", "its", "they", "their", "them", "he", "his", "him", "she", "her",
            "this", "these", "those");
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "of", "in", "on", "at", "to", "and", "or", "but",
            "by", "for", "with", "from", "as", "is", "are", "was", "were", "be", "that", "which", "who", "beneath", "within");
    private static final Set<String> NOT_PERSON_WORDS = Set.of("river", "bridge", "sea", "ocean", "mountain", "city", "town",
            "council", "committee", "museum", "university", "army", "ministry", "office", "agency", "department", "ridge", "plate",
            "firth", "lake", "island", "street", "hospital", "treaty", "war", "battle", "act", "company", "church", "court");
    private static final Set<String> FRAGMENT_STARTS = Set.of("were", "was", "are", "is", "had", "has", "have", "been", "and", "or",
            "but", "of", "to", "by");
    private static final Set<String> FRAGMENT_ENDS = Set.of("the", "a", "an", "of", "to", "in", "on", "at", "and", "or", "by", "with");
    private static final double DOMINANT_SHARE = 0.25;
    /** A word that is a figure: "487", "1,275,", "£212,400". */
    private static final Pattern FIGURE_WORD = Pattern.compile("[£$€]?(\\d[\\d,.]*\\d|\\d)[,.;:)]?");

    private final List<String> attributions;
    /** What the checks read from the whole document, kept for the last document checked: a draft checks many items of one. */
    private volatile DocumentIndex index;

    /** The page furniture of one document version, and the figures each word follows there. */
    private record DocumentIndex(DocumentVersion version, List<TextRange> furniture, Map<String, Set<String>> figuresBefore) {

        static DocumentIndex of(DocumentVersion version) {
            Map<String, Set<String>> figures = new HashMap<>();
            String[] words = version.text().split("\\s+");
            for (int i = 0; i < words.length; i++) {
                Matcher figure = FIGURE_WORD.matcher(words[i]);
                if (!figure.matches()) {
                    continue;
                }
                // "487 people were wounded": the figure stands within four words before "wounded"
                for (int j = i + 1; j <= Math.min(words.length - 1, i + 4); j++) {
                    String word = words[j].toLowerCase(Locale.ROOT).replaceAll("^[^\\p{L}\\d]+|[^\\p{L}\\d]+$", "");
                    figures.computeIfAbsent(word, key -> new HashSet<>()).add(figure.group(1).replace(",", ""));
                }
            }
            return new DocumentIndex(version, Furniture.of(version), figures);
        }
    }

    private DocumentIndex indexOf(DocumentVersion version) {
        DocumentIndex current = index;
        if (current == null || current.version() != version) {
            current = DocumentIndex.of(version);
            index = current;
        }
        return current;
    }

    /** @param attributions phrases one of which every learner-facing prompt must contain, e.g. "according to the source" */
    public DraftChecks(List<String> attributions) {
        this.attributions = attributions.stream().map(phrase -> phrase.toLowerCase(Locale.ROOT)).toList();
    }

    public static DraftChecks english() {
        return new org.sourcebook.drafting.english.EnglishLanguage().checks();
    }

    /** The checks {@code item} fails against the version it was drafted from; empty when it passes all. */
    public List<Failure> failures(Item item, DocumentVersion source) {
        Set<Failure> failures = EnumSet.noneOf(Failure.class);
        if (!item.problems().isEmpty()) {
            failures.add(Failure.INVALID);
        }
        List<Span> citations = item.info().citations();
        if (citations.isEmpty() || citations.stream().anyMatch(span -> !span.isValidIn(source))) {
            failures.add(Failure.CITATION);
        }
        if (isLeaked(item)) {
            failures.add(Failure.ANSWER_LEAKED);
        }
        if (item instanceof ChoiceQuestion choice && !(item instanceof TrueFalse) && !distractorsFit(choice.options())) {
            failures.add(Failure.DISTRACTORS);
        }
        String prompt = item.prompt();
        if (prompt.length() < MIN_PROMPT || prompt.length() > MAX_PROMPT || prompt.split("\\s+").length < 4) {
            failures.add(Failure.PROMPT_LENGTH);
        }
        String lower = prompt.toLowerCase(Locale.ROOT);
        if (attributions.stream().noneMatch(lower::contains)) {
            failures.add(Failure.NOT_ATTRIBUTED);
        }
        DocumentIndex document = indexOf(source);
        if (showsFurniture(item, document)) {
            failures.add(Failure.FURNITURE);
        }
        if (isAmbiguous(item, document)) {
            failures.add(Failure.AMBIGUOUS);
        }
        if (isWrongType(item)) {
            failures.add(Failure.WRONG_TYPE);
        }
        if (asksMainSubject(item, source)) {
            failures.add(Failure.MAIN_SUBJECT);
        }
        if (swapsName(item, source)) {
            failures.add(Failure.NAME_SWAPPED);
        }
        if (hasFragments(item)) {
            failures.add(Failure.FRAGMENT);
        }
        if (losesContext(item)) {
            failures.add(Failure.LOST_CONTEXT);
        }
        if (isTrivia(item)) {
            failures.add(Failure.TRIVIA);
        }
        return List.copyOf(failures);
    }

    /**
     * The failures each item of a whole draft has, its own and those that only show against the
     * other items (the same fact asked twice, one answer answering most items).
     */
    public Map<Item, List<Failure>> failures(List<Item> items, DocumentVersion source) {
        Map<Item, List<Failure>> all = new HashMap<>();
        Map<String, Integer> facts = new HashMap<>();
        Map<String, Integer> answers = new HashMap<>();
        for (Item item : items) {
            facts.merge(factKey(item), 1, Integer::sum);
            answers.merge(answerKey(item), 1, Integer::sum);
        }
        for (Item item : items) {
            List<Failure> failures = new ArrayList<>(failures(item, source));
            if (!(item instanceof TrueFalse) && facts.get(factKey(item)) > 1) {
                failures.add(Failure.REPEATED);
            }
            int sameAnswer = answers.get(answerKey(item));
            if (!answerKey(item).isEmpty() && sameAnswer >= 3 && sameAnswer > DOMINANT_SHARE * items.size()) {
                failures.add(Failure.DOMINANT_ANSWER);
            }
            all.put(item, List.copyOf(failures));
        }
        return all;
    }

    private static String factKey(Item item) {
        String sentence = item.info().citations().isEmpty() ? "" : String.valueOf(item.info().citations().get(0).start());
        return sentence + "|" + answerKey(item);
    }

    /** What an item asks for, normalized; "" for items with no single answer (true/false, matching, ordering, several). */
    static String answerKey(Item item) {
        if (item instanceof TrueFalse || item instanceof Matching || item instanceof Ordering) {
            return "";
        }
        if (item instanceof ChoiceQuestion choice) {
            List<String> correct = choice.options().stream().filter(ChoiceOption::correct).map(ChoiceOption::text).toList();
            return correct.size() == 1 ? key(correct.get(0)) : "";
        }
        if (item instanceof Cloze cloze) {
            return cloze.gaps().size() == 1 ? key(cloze.gaps().get(0).preferredAnswer()) : "";
        }
        if (item instanceof Numeric numeric) {
            return numeric.value().stripTrailingZeros().toPlainString();
        }
        return key(item.canonicalAnswer().split("\\s+")[0].matches("[\\d,.]+") ? item.canonicalAnswer().split("\\s+")[0].replace(",", "")
                : item.canonicalAnswer());
    }

    private static String key(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replace(",", "");
    }

    private static boolean isLeaked(Item item) {
        String prompt = item.prompt();
        if (item instanceof Cloze cloze) {
            String text = Cloze.MARKER.matcher(prompt).replaceAll(" ");
            return cloze.gaps().stream().map(ClozeGap::preferredAnswer).anyMatch(answer -> containsWord(text, answer));
        }
        if (item instanceof Numeric numeric) {
            boolean whole = numeric.value().scale() <= 0;
            return containsWord(prompt, numeric.value().toPlainString())
                    || whole && containsWord(prompt, String.format(Locale.ENGLISH, "%,d", numeric.value().longValue()));
        }
        if (item instanceof FactCard card) {
            String first = card.answer().split("\\s+")[0];
            return containsWord(prompt, card.answer()) || first.matches("[\\d,.%]+") && containsWord(prompt, first);
        }
        if (item instanceof Ordering ordering) {
            List<String> dates = ordering.entries().stream().map(OrderEntry::date).filter(date -> date != null).toList();
            return ordering.entries().stream().anyMatch(entry -> dates.stream().anyMatch(date -> containsWord(entry.text(), date)));
        }
        if (item instanceof ChoiceQuestion choice && !(item instanceof TrueFalse)) {
            return choice.options().stream().filter(ChoiceOption::correct).anyMatch(option -> containsWord(prompt, option.text()));
        }
        return false;
    }

    private static boolean distractorsFit(List<ChoiceOption> options) {
        Set<String> distinct = new HashSet<>();
        options.forEach(option -> distinct.add(option.text().strip().toLowerCase(Locale.ROOT)));
        if (distinct.size() != options.size()) {
            return false;
        }
        if (options.stream().filter(ChoiceOption::correct).count() != 1) {
            return true;
        }
        String shape = options.stream().filter(ChoiceOption::correct).map(option -> shape(option.text())).findFirst().orElse("");
        return shape.equals("sentence") || options.stream().allMatch(option -> shape(option.text()).equals(shape));
    }

    /** What kind of value a text is, as far as its form shows: number (or year), percentage, decade, date, name, term or sentence. */
    static String shape(String text) {
        String t = text.strip().replaceFirst("^(?:the|The) ", "");
        long lowerCaseWords = java.util.Arrays.stream(t.split("\\s+")).filter(word -> Character.isLowerCase(word.codePointAt(0))).count();
        if (t.split("\\s+").length > 5 || lowerCaseWords >= 3) {
            return "sentence";
        }
        if (MONTH.matcher(t).find() && t.matches(".*\\d.*")) {
            return "date";
        }
        if (t.matches("\\d{3}0s")) {
            return "decade";
        }
        if (t.matches("[\\d,.]+%")) {
            return "percentage";
        }
        if (t.matches("[\\d,.]+(\\s+(thousand|million|billion|trillion))?")) {
            return "number";
        }
        return Character.isUpperCase(t.codePointAt(0)) ? "name" : "term";
    }

    private static boolean showsFurniture(Item item, DocumentIndex document) {
        String visible = item.prompt() + " " + visibleAnswers(item);
        if (Furniture.MARKER.matcher(visible).find() || FURNITURE_TEXT.matcher(visible).find()) {
            return true;
        }
        List<TextRange> furniture = document.furniture();
        return item.info().citations().stream().anyMatch(span -> furniture.stream()
                .anyMatch(piece -> piece.start() <= span.start() && span.end() <= piece.end()));
    }

    /**
     * A "how many" question whose clause's last word (the event, "wounded") or head noun stands
     * after another figure of the text; a changed true/false value that the text gives too.
     */
    private static boolean isAmbiguous(Item item, DocumentIndex document) {
        Matcher howMany = HOW_MANY.matcher(item.prompt());
        if (howMany.find() && !item.prompt().contains("“")) {
            String[] clause = howMany.group("clause").toLowerCase(Locale.ROOT).split("\\s+");
            String answer = answerKey(item);
            return figuresBefore(document, clause[clause.length - 1], answer) || figuresBefore(document, clause[0], answer);
        }
        return false;
    }

    /** True when a figure other than {@code answer} stands within four words before {@code word} in the document. */
    private static boolean figuresBefore(DocumentIndex document, String word, String answer) {
        String key = word.replaceAll("^[^\\p{L}\\d]+|[^\\p{L}\\d]+$", "");
        return document.figuresBefore().getOrDefault(key, Set.of()).stream().anyMatch(figure -> !figure.equals(answer));
    }

    private static boolean isWrongType(Item item) {
        if (item instanceof ChoiceQuestion choice && !(item instanceof TrueFalse) && PERSON_QUESTION.matcher(item.prompt()).find()) {
            if (choice.options().stream().anyMatch(option -> !looksLikePerson(option.text()))) {
                return true;
            }
        }
        String answer = answerKey(item);
        if (!answer.isEmpty() && (item instanceof Cloze || item instanceof ChoiceQuestion)) {
            String[] words = answer.split("\\s+");
            boolean cutName = words.length >= 2 && words[words.length - 1].length() == 1;
            boolean functionWord = words.length == 1 && FUNCTION_WORDS.contains(words[0]);
            boolean noContent = !answer.matches(".*[\\p{L}\\d].*");
            return cutName || functionWord || noContent;
        }
        return false;
    }

    private static boolean looksLikePerson(String option) {
        String[] words = option.strip().split("\\s+");
        if (!Character.isUpperCase(option.strip().codePointAt(0)) || MONTH.matcher(option).find()) {
            return false;
        }
        for (String word : words) {
            if (NOT_PERSON_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /** The answer is a name the document's title has ("Khojaly" in "... of the Khojaly massacre"). */
    private static boolean asksMainSubject(Item item, DocumentVersion source) {
        String answer = answerKey(item);
        if (answer.isEmpty() || item.info().tags().contains(Draft.SOURCE_ANALYSIS_TAG) || answer.matches("[\\d,.%]+")) {
            return false;
        }
        String title = source.metadata().title();
        return visibleAnswerCapitalized(item) && Words.containsWord(title, answer, false);
    }

    private static boolean visibleAnswerCapitalized(Item item) {
        String answer = visibleAnswers(item).strip();
        return !answer.isEmpty() && Character.isUpperCase(answer.codePointAt(0));
    }

    /** A false statement whose difference from its sentence is a capitalized word: another name put in. */
    private static boolean swapsName(Item item, DocumentVersion source) {
        if (!(item instanceof TrueFalse statement) || statement.answer() || item.info().citations().isEmpty()
                || item.info().tags().contains(Draft.SOURCE_ANALYSIS_TAG)) {
            return false;
        }
        String cited = Texts.clean(item.info().citations().get(0).quote());
        String prompt = item.prompt();
        String changed = difference(prompt, cited);
        return !changed.isEmpty() && Character.isUpperCase(changed.codePointAt(0)) && !changed.matches(".*\\d.*")
                && !MONTH.matcher(changed).find();
    }

    /** The words of {@code statement} that its sentence does not have, in order, or "". */
    private static String difference(String statement, String sentence) {
        Set<String> words = new HashSet<>(List.of(sentence.toLowerCase(Locale.ROOT).split("[^\\p{L}\\d]+")));
        StringBuilder extra = new StringBuilder();
        for (String word : statement.split("[^\\p{L}\\d]+")) {
            if (!word.isEmpty() && !words.contains(word.toLowerCase(Locale.ROOT)) && !word.equalsIgnoreCase("according")) {
                extra.append(extra.isEmpty() ? "" : " ").append(word);
            }
        }
        return extra.toString();
    }

    private static boolean hasFragments(Item item) {
        List<String> labels = new ArrayList<>();
        if (item instanceof Matching matching) {
            matching.pairs().stream().map(MatchPair::right).forEach(labels::add);
            matching.pairs().stream().map(MatchPair::left).forEach(labels::add);
        } else if (item instanceof Ordering ordering) {
            ordering.entries().stream().map(OrderEntry::text).forEach(labels::add);
        }
        for (String label : labels) {
            String[] words = label.strip().toLowerCase(Locale.ROOT).split("\\s+");
            boolean bare = words.length == 1 && item instanceof Matching && !label.matches(".*\\d.*")
                    && Character.isLowerCase(label.strip().codePointAt(0)) && words[0].length() < 6;
            if (FRAGMENT_STARTS.contains(words[0]) || FRAGMENT_ENDS.contains(words[words.length - 1]) || bare
                    || label.strip().endsWith("…")) {
                return true;
            }
        }
        return false;
    }

    /** The prompt's own text (after its attribution) starts with a pronoun and shows no sentence before it. */
    private static boolean losesContext(Item item) {
        String text = item.prompt().replaceFirst("(?i)^according to the \\p{L}+,\\s*", "").replaceFirst("^.*?“", "");
        String first = text.split("[^\\p{L}]+", 2)[0].toLowerCase(Locale.ROOT);
        long sentences = text.split("[.!?]\\s+\\p{Lu}").length;
        return PRONOUNS.contains(first) && sentences < 2;
    }

    private static boolean isTrivia(Item item) {
        if (!(item instanceof TrueFalse) && !(item instanceof Matching) && !(item instanceof Ordering)
                && (SMALL_NUMBER_WORDS.contains(answerKey(item)) || TIME_OF_DAY.matcher(answerKey(item)).find())) {
            return true;
        }
        String prompt = item.prompt();
        long straight = prompt.chars().filter(c -> c == '"').count();
        long opening = prompt.chars().filter(c -> c == '“').count();
        long closing = prompt.chars().filter(c -> c == '”').count();
        return straight % 2 == 1 || opening != closing || BROKEN_CASE.matcher(prompt).find();
    }

    /** What the learner sees as answers: options, the card's back, the gap's answer. */
    private static String visibleAnswers(Item item) {
        if (item instanceof ChoiceQuestion choice && !(item instanceof TrueFalse)) {
            return String.join(" | ", choice.options().stream().map(ChoiceOption::text).toList());
        }
        if (item instanceof Cloze cloze) {
            return String.join(" | ", cloze.gaps().stream().map(ClozeGap::preferredAnswer).toList());
        }
        if (item instanceof FactCard card) {
            return card.answer();
        }
        if (item instanceof TrueFalse) {
            return "";
        }
        return item.canonicalAnswer();
    }

    private static boolean containsWord(String text, String word) {
        return !word.isBlank() && Words.containsWord(text, word.strip(), false);
    }
}
