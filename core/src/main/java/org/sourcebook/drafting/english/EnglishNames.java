package org.sourcebook.drafting.english;

import org.sourcebook.drafting.Mention;
import org.sourcebook.drafting.MentionKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import org.sourcebook.content.source.TextRange;
import org.sourcebook.drafting.english.EnglishTokens.Token;

/**
 * Finds proper names in English sentences and types them (person, place, organisation) by the
 * evidence of every mention in the document: titles, first names, keywords such as "River" or
 * "Council", the words around each mention. A name without enough evidence stays a plain name.
 */
final class EnglishNames {

    private static final int PERSON = 0;
    private static final int PLACE = 1;
    private static final int ORGANISATION = 2;
    /** Prepositions that stand before places far more often than before anything else: "in San Francisco". */
    private static final Set<String> STRONG_PLACE_PREPOSITIONS = Set.of("in", "at", "near", "outside", "throughout", "across");
    private static final List<String> DEMONYM_ENDINGS = List.of("n", "an", "ian", "i", "is", "ns", "ans", "ians", "ese");

    private final Set<String> capitalizedMidSentence;
    private final Map<String, int[]> evidence = new HashMap<>();

    /** @param capitalizedMidSentence words the document capitalizes where a sentence does not start */
    EnglishNames(Set<String> capitalizedMidSentence) {
        this.capitalizedMidSentence = capitalizedMidSentence;
    }

    /** Collects every capitalized word the document has away from a sentence start. */
    static void collectCapitalized(List<Token> tokens, Set<String> into) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).isCapitalized() && !EnglishTokens.isInitial(tokens, i)) {
                into.add(tokens.get(i).bare());
            }
        }
    }

    /** The names in one sentence (kind NAME until {@link #typed} is called), noting evidence of their type. */
    List<Mention> find(List<Token> tokens, IntPredicate taken, String documentText) {
        List<Mention> names = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Token token = tokens.get(i);
            if (isInitialStart(tokens, i) && !taken.test(token.start())) {
                int last = lastOfName(tokens, i, taken);
                if (last > i) {
                    names.add(noteEvidence(tokens, i, last, false, documentText));
                    i = last + 1;
                    continue;
                }
            }
            if (taken.test(token.start()) || !startsName(tokens, i)) {
                i++;
                continue;
            }
            boolean titled = false;
            if (EnglishLexicon.PERSON_TITLES.contains(token.lower().replace(".", "")) && !isInstitution(tokens, i, taken)) {
                int after = i + 1 < tokens.size() && tokens.get(i + 1).is(".") ? i + 2 : i + 1;
                boolean titleOf = after < tokens.size() && tokens.get(after).lower().equals("of");
                titled = !titleOf;
                i = titleOf ? after + 1 : after;
                if (i >= tokens.size() || !tokens.get(i).isCapitalized() || taken.test(tokens.get(i).start())) {
                    continue;
                }
                if (titleOf && !EnglishLexicon.isKnownPlace(tokens.get(i).bare().toLowerCase(Locale.ROOT))) {
                    i = lastOfName(tokens, i, taken) + 1;
                    continue;
                }
            }
            int last = lastOfName(tokens, i, taken);
            names.add(noteEvidence(tokens, i, last, titled, documentText));
            i = last + 1;
        }
        return names;
    }

    /**
     * {@code mentions} with each name given the kind the whole document's evidence says; demonyms
     * ("Armenian") are dropped; other mentions are kept as they are.
     */
    List<Mention> typed(List<Mention> mentions, Set<String> allNames) {
        List<Mention> typed = new ArrayList<>();
        for (Mention mention : mentions) {
            if (mention.kind() != MentionKind.NAME) {
                typed.add(mention);
            } else if (!isDemonym(mention.text(), allNames)) {
                typed.add(mention.withKind(kindOf(mention.text())));
            }
        }
        return typed;
    }

    /** Gives the last word of each two-word person name the evidence of the full name ("Sargsyan"). */
    void linkSurnames() {
        Map<String, int[]> surnames = new HashMap<>();
        evidence.forEach((name, scores) -> {
            int space = name.lastIndexOf(' ');
            if (space > 0 && best(scores) == PERSON) {
                surnames.put(name.substring(space + 1), scores);
            }
        });
        surnames.forEach((surname, scores) -> evidence.merge(surname, scores.clone(), EnglishNames::add));
    }

    private boolean startsName(List<Token> tokens, int i) {
        Token token = tokens.get(i);
        if (!token.isCapitalized() || token.text().length() < 2 || EnglishLexicon.isStopWord(token.text())
                || EnglishLexicon.NOT_NAMES.contains(token.text()) || isMonthBeforeNumber(tokens, i)) {
            return false;
        }
        return !EnglishTokens.isInitial(tokens, i) || token.isAcronym()
                || capitalizedMidSentence.contains(token.bare())
                || EnglishLexicon.isKnownPlace(token.bare().toLowerCase(Locale.ROOT))
                || EnglishLexicon.PERSON_TITLES.contains(token.lower());
    }

    /** True for "General Assembly", "Secretary of State": a title word opening an institution's name. */
    private static boolean isInstitution(List<Token> tokens, int first, IntPredicate taken) {
        int last = lastOfName(tokens, first, taken);
        for (int j = first + 1; j <= last; j++) {
            String word = tokens.get(j).lower();
            if (EnglishLexicon.ORGANISATION_WORDS.contains(word) || EnglishLexicon.PLACE_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static int lastOfName(List<Token> tokens, int first, IntPredicate taken) {
        int last = first;
        for (int j = first + 1; j < tokens.size() && !tokens.get(last).isPossessive(); j++) {
            Token token = tokens.get(j);
            if (taken.test(token.start()) || isMonthBeforeNumber(tokens, j)) {
                break;
            }
            if (isInitialDot(tokens, j)) {
                continue;
            }
            if (token.isCapitalized() && !EnglishLexicon.isStopWord(token.text()) && !EnglishLexicon.NOT_NAMES.contains(token.text())) {
                last = j;
            } else if (!(isConnector(tokens, j, last) && !EnglishLexicon.PERSON_TITLES.contains(tokens.get(last).lower()))) {
                break;
            }
        }
        while (last > first && isLoneInitial(tokens.get(last))) {
            last--;
        }
        return last;
    }

    /** True for a title or office rather than a person: "Chief Justice", "Earl of Feversham". */
    private static boolean isOffice(List<String> words) {
        return EnglishLexicon.OFFICES.contains(words.get(0)) && (words.size() == 1 || words.stream()
                .allMatch(word -> EnglishLexicon.OFFICES.contains(word) || EnglishLexicon.PERSON_TITLES.contains(word))
                || words.size() >= 3 && words.get(1).equals("of"));
    }

    /**
     * True for a small word inside a name: "of", "de", "the" before a capitalized word, and "for"
     * after an organisation's word ("Council for the Parthenon Sculptures").
     */
    private static boolean isConnector(List<Token> tokens, int j, int last) {
        Token token = tokens.get(j);
        boolean connector = EnglishLexicon.NAME_CONNECTORS.contains(token.text())
                || token.text().equals("for") && EnglishLexicon.ORGANISATION_WORDS.contains(tokens.get(last).lower());
        if (!connector || j + 1 >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(j + 1);
        return next.isCapitalized() || next.text().equals("the") && j + 2 < tokens.size() && tokens.get(j + 2).isCapitalized();
    }

    /** An initial opening a name: the "J" of "J. Tuzo Wilson". */
    private static boolean isInitialStart(List<Token> tokens, int i) {
        return isLoneInitial(tokens.get(i)) && i + 2 < tokens.size() && tokens.get(i + 1).is(".") && tokens.get(i + 2).isCapitalized()
                && !EnglishLexicon.isStopWord(tokens.get(i + 2).text());
    }

    /** The full stop of an initial inside a name: "John F. Kennedy". */
    private static boolean isInitialDot(List<Token> tokens, int j) {
        return tokens.get(j).is(".") && isLoneInitial(tokens.get(j - 1)) && j + 1 < tokens.size()
                && tokens.get(j + 1).isCapitalized();
    }

    private static boolean isLoneInitial(Token token) {
        return token.isWord() && token.text().length() == 1 && token.isCapitalized();
    }

    private Mention noteEvidence(List<Token> tokens, int first, int last, boolean titled, String documentText) {
        Token end = tokens.get(last);
        int endOffset = end.isPossessive() ? end.end() - 2 : end.end();
        String text = documentText.substring(tokens.get(first).start(), endOffset);
        List<String> words = List.of(text.toLowerCase(Locale.ROOT).split("[\\s]+"));
        int[] scores = evidence.computeIfAbsent(text, key -> new int[3]);
        scores[PERSON] += (titled ? 4 : 0) + (words.size() >= 2 && EnglishLexicon.FIRST_NAMES.contains(words.get(0)) ? 3 : 0)
                + (after(tokens, last, EnglishLexicon.PERSON_VERBS) ? 2 : 0)
                + (first > 0 && EnglishLexicon.PERSON_VERBS.contains(tokens.get(first - 1).lower()) && words.size() >= 2 ? 2 : 0);
        scores[PLACE] += (EnglishLexicon.isKnownPlace(String.join(" ", words)) ? 5 : 0)
                + (words.size() >= 2 && words.stream().anyMatch(EnglishLexicon::isKnownPlace) ? 3 : 0)
                + (words.stream().anyMatch(EnglishLexicon.PLACE_WORDS::contains) && !EnglishLexicon.FIRST_NAMES.contains(words.get(0)) ? 4 : 0)
                + (after(tokens, last, EnglishLexicon.PLACE_NOUNS) ? 3 : 0)
                + placeEvidenceBefore(tokens, first);
        boolean genericWord = words.size() == 1 && EnglishLexicon.ORGANISATION_WORDS.contains(words.get(0));
        scores[ORGANISATION] += (words.stream().anyMatch(EnglishLexicon.ORGANISATION_WORDS::contains) && !genericWord ? 5 : 0)
                + (first == last && tokens.get(first).isAcronym() ? 1 : 0);
        if (words.size() >= 2 && words.size() <= 3 && scores[PLACE] == 0 && scores[ORGANISATION] == 0) {
            scores[PERSON] += 1;
        }
        return Mention.name(MentionKind.NAME, new TextRange(tokens.get(first).start(), endOffset), text);
    }

    private static int placeEvidenceBefore(List<Token> tokens, int first) {
        if (first == 0) {
            return 0;
        }
        String before = tokens.get(first - 1).lower();
        boolean nounOf = before.equals("of") && first >= 2 && isPlaceNoun(tokens.get(first - 2).lower());
        if (nounOf || isPlaceNoun(before)) {
            return 3;
        }
        return STRONG_PLACE_PREPOSITIONS.contains(before) ? 2 : EnglishLexicon.PLACE_PREPOSITIONS.contains(before) ? 1 : 0;
    }

    private static boolean isPlaceNoun(String word) {
        String singular = word.endsWith("ies") ? word.substring(0, word.length() - 3) + "y"
                : word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
        return EnglishLexicon.PLACE_NOUNS.contains(word) || EnglishLexicon.PLACE_NOUNS.contains(singular);
    }

    private static boolean after(List<Token> tokens, int last, Set<String> words) {
        return last + 1 < tokens.size() && words.contains(tokens.get(last + 1).lower());
    }

    private static boolean isMonthBeforeNumber(List<Token> tokens, int i) {
        return EnglishLexicon.MONTHS.containsKey(tokens.get(i).lower()) && i + 1 < tokens.size()
                && tokens.get(i + 1).isNumber();
    }

    private MentionKind kindOf(String name) {
        List<String> words = List.of(name.toLowerCase(Locale.ROOT).split("\\s+"));
        if (words.stream().anyMatch(word -> EnglishLexicon.EVENT_WORDS.contains(word)
                || word.endsWith("s") && EnglishLexicon.EVENT_WORDS.contains(word.substring(0, word.length() - 1))) || isOffice(words)) {
            return MentionKind.NAME;
        }
        int[] scores = evidence.getOrDefault(name, new int[3]);
        int best = best(scores);
        if (best < 0) {
            return MentionKind.NAME;
        }
        return switch (best) {
            case PERSON -> MentionKind.PERSON;
            case PLACE -> MentionKind.PLACE;
            default -> MentionKind.ORGANISATION;
        };
    }

    /** The type with the most evidence, if it has at least 2 points and more than the others; else -1. */
    private static int best(int[] scores) {
        int best = -1;
        int bestScore = 1;
        boolean tie = false;
        for (int type = 0; type < scores.length; type++) {
            if (scores[type] > bestScore) {
                best = type;
                bestScore = scores[type];
                tie = false;
            } else if (scores[type] == bestScore && best >= 0) {
                tie = true;
            }
        }
        return tie ? -1 : best;
    }

    private static boolean isDemonym(String word, Set<String> allNames) {
        if (word.contains(" ")) {
            return false;
        }
        for (String ending : DEMONYM_ENDINGS) {
            if (word.length() > ending.length() + 2 && word.endsWith(ending)
                    && allNames.contains(word.substring(0, word.length() - ending.length()))) {
                return true;
            }
        }
        String lower = word.toLowerCase(Locale.ROOT);
        return (lower.endsWith("ians") || lower.endsWith("ese") || lower.endsWith("ish"))
                && !EnglishLexicon.isKnownPlace(lower) || EnglishLexicon.DEMONYMS.contains(lower);
    }

    /** Adds the evidence of an appositive role ("the physicist Marie Curie") to {@code name}. */
    void notePerson(String name) {
        evidence.computeIfAbsent(name, key -> new int[3])[PERSON] += 3;
    }

    /** Every name seen, as written. */
    Set<String> names() {
        return new HashSet<>(evidence.keySet());
    }

    private static int[] add(int[] a, int[] b) {
        int[] sum = new int[a.length];
        for (int i = 0; i < a.length; i++) {
            sum[i] = a[i] + b[i];
        }
        return sum;
    }
}
