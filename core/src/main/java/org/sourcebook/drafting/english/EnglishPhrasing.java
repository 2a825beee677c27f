package org.sourcebook.drafting.english;

import org.sourcebook.drafting.MentionKind;
import org.sourcebook.drafting.Phrasing;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sourcebook.content.source.DocumentMetadata;

/** English wording of drafted items and lessons. */
final class EnglishPhrasing implements Phrasing {

    private static final String ACCORDING = "According to the source, ";

    @Override
    public String gap() {
        return "_____";
    }

    @Override
    public String attributed(String clause, boolean keepCapital) {
        String trimmed = clause.strip();
        String start = keepCapital || trimmed.isEmpty() ? trimmed
                : trimmed.substring(0, 1).toLowerCase(Locale.ROOT) + trimmed.substring(1);
        return ACCORDING + start;
    }

    @Override
    public String whichFillsGap(MentionKind kind, String gappedQuote) {
        String what = switch (kind) {
            case NUMBER -> "number";
            case YEAR -> "year";
            case DATE -> "date";
            case PERSON -> "person";
            case PLACE -> "place";
            case ORGANISATION -> "organisation";
            case NAME -> "name";
            case TERM, KEYWORD -> "term";
        };
        return ACCORDING + "which " + what + " fills the gap? “" + gappedQuote + "”";
    }

    @Override
    public String howMany(String clause) {
        return ACCORDING + "how many " + clause + "?";
    }

    @Override
    public String whatIs(String term) {
        return ACCORDING + "what is " + term + "?";
    }

    @Override
    public String whoIs(String person) {
        return ACCORDING + "who is " + person + "?";
    }

    @Override
    public String sourceSays(String quote) {
        return "The source says: “" + quote + "”";
    }

    @Override
    public String orderEventsPrompt() {
        return ACCORDING + "in which order did these events happen? Put the earliest first.";
    }

    @Override
    public String matchFiguresPrompt() {
        return ACCORDING + "what does each figure count? Match them.";
    }

    @Override
    public String matchTermsPrompt() {
        return ACCORDING + "what does each term mean? Match them.";
    }

    @Override
    public String lessonSummary(DocumentMetadata metadata) {
        return "A lesson on the source “" + metadata.title() + "”" + (metadata.author() == null ? "" : " by " + metadata.author())
                + (metadata.date() == null ? "" : " (" + metadata.date() + ")")
                + ": what it says, how it says it, and how far it can be trusted.";
    }

    @Override
    public List<String> lessonObjectives(boolean hasFacts, boolean hasTimeline) {
        List<String> objectives = new ArrayList<>();
        if (hasFacts) {
            objectives.add("Recall the figures, names and dates the source gives, and where it gives them.");
        }
        if (hasTimeline) {
            objectives.add("Put the events the source describes in order.");
        }
        objectives.add("Say who made the source, why, and from whose point of view, and what other sources would need to confirm.");
        return objectives;
    }

    @Override
    public String discussionPrompt(DocumentMetadata metadata, List<String> namedSources) {
        String check = namedSources.isEmpty() ? "" : " The source refers to " + listed(namedSources)
                + ": how could you find out what they actually say?";
        return "“" + metadata.title() + "” presents one account of its subject. Which of its claims could be checked, and how?"
                + check + " How might someone with a different point of view describe the same events?";
    }

    @Override
    public String analysisOrigin(DocumentMetadata metadata) {
        StringBuilder origin = new StringBuilder("“" + metadata.title() + "”");
        origin.append("; author: ").append(orNotStated(metadata.author()));
        if (metadata.publisher() != null) {
            origin.append("; published by ").append(metadata.publisher());
        }
        origin.append("; date: ").append(orNotStated(metadata.date()));
        if (metadata.address() != null) {
            origin.append("; found at ").append(metadata.address());
        }
        origin.append('.');
        if (metadata.notes() != null) {
            origin.append(' ').append(metadata.notes());
        }
        return origin.toString();
    }

    @Override
    public String analysisPerspective(List<String> evaluativeWords) {
        if (evaluativeWords.isEmpty()) {
            return "";
        }
        return "The source uses words that judge as well as describe, such as " + quotedList(evaluativeWords)
                + ". Whose view do they express?";
    }

    @Override
    public String analysisCorroboration(List<String> namedSources) {
        if (namedSources.isEmpty()) {
            return "The source names no other sources for its claims.";
        }
        return "The source refers to " + listed(namedSources)
                + ". Check what they say before treating its claims as confirmed.";
    }

    @Override
    public String analysisMissing(DocumentMetadata metadata) {
        List<String> missing = new ArrayList<>();
        if (metadata.author() == null) {
            missing.add("the author");
        }
        if (metadata.date() == null) {
            missing.add("the date");
        }
        String notStated = missing.isEmpty() ? "" : "Not stated: " + String.join(" and ", missing) + ". ";
        return notStated + "Whose voices and which facts might be missing from this account?";
    }

    @Override
    public boolean reportsOtherSources(String sentence) {
        for (String word : sentence.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (EnglishLexicon.REPORTING.contains(word)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public List<String> evaluativeWords(String text) {
        Set<String> found = new LinkedHashSet<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (EnglishLexicon.EVALUATIVE.contains(word)) {
                found.add(word);
            }
        }
        return List.copyOf(found).subList(0, Math.min(found.size(), 6));
    }

    private static String orNotStated(String value) {
        return value == null ? "not stated" : value;
    }

    private static String quotedList(List<String> words) {
        return listed(words.stream().map(word -> "“" + word + "”").toList());
    }

    private static String listed(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
