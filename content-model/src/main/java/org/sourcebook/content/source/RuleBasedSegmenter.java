package org.sourcebook.content.source;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Paragraphs and sentences for languages written with Latin punctuation; the language's word
 * lists come in as {@link SentenceRules}.
 *
 * <p>Paragraphs are separated by blank lines (lines holding only whitespace); a single line break
 * stays inside its paragraph, except around a heading line, which is a paragraph of its own. A sentence may end at {@code . ? ! …}, with any closing quotes or
 * brackets after them, where whitespace follows. Whether it does end there:
 *
 * <ol>
 *   <li>a full stop after one of the rules' abbreviations never ends it ("Dr. Smith"), nor one
 *       after a number abbreviation when a number follows ("Feb. 26", "No. 5"), nor one after a
 *       list number at the start of a line ("1. First");
 *   <li>otherwise a line break after the punctuation ends it;
 *   <li>a full stop after an initial or a dotted abbreviation ("J.", "U.S.") ends it only if one of
 *       the rules' sentence starters follows ("in the U.S. The", not "J. R. R. Tolkien");
 *   <li>otherwise it ends unless the next word starts with a lower-case letter ("etc. and", "Why?"
 *       she asked).
 * </ol>
 *
 * Reference markers right after the punctuation ("end.[12] Next") stay with the sentence they
 * close ({@link Furniture#MARKER}).
 *
 * A full stop between two characters ("3.5", "U.S") is never a candidate, so decimals and the
 * inner dots of abbreviations need no rule.
 */
public final class RuleBasedSegmenter implements TextSegmenter {

    private static final String TERMINALS = ".?!…‽";
    private static final String CLOSERS = "\"'”’)]}»›";
    private static final String OPENERS = "\"'“‘„([{«‹";
    private static final Pattern INITIAL = Pattern.compile("\\p{Lu}");
    private static final Pattern DOTTED_ABBREVIATION = Pattern.compile("\\p{L}{1,2}(\\.\\p{L}{1,2})+");
    private static final Pattern LIST_NUMBER = Pattern.compile("\\d{1,3}");
    private static final Pattern NUMBERED_OR_CAPITAL = Pattern.compile("(?:\\d{1,2}(?:\\.\\d{1,2})*\\.?\\s+)?[\"“‘]?\\p{Lu}");
    private static final Pattern BLOCK_START = Pattern.compile("[\"“‘'(\\[]?\\p{Lu}|\\d{1,2}[.)]\\s|[•·▪*\\-–]\\s");
    /** A line that opens a bulleted point: it starts a sentence even when the line before ends in a colon. */
    private static final Pattern BULLET_LINE = Pattern.compile("[ \\t]*[•·▪]\\s");
    private static final Pattern EDIT_LINK = Pattern.compile("\\[\\s*edit(?:\\s+source)?\\s*\\]\\s*$", Pattern.CASE_INSENSITIVE);

    private final SentenceRules rules;

    public RuleBasedSegmenter(SentenceRules rules) {
        this.rules = rules;
    }

    @Override
    public List<TextRange> paragraphs(String text) {
        List<TextRange> lines = new ArrayList<>();
        for (int lineStart = 0; lineStart <= text.length(); ) {
            int lineEnd = text.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            lines.add(trim(text, lineStart, lineEnd));
            lineStart = lineEnd + 1;
        }
        List<TextRange> paragraphs = new ArrayList<>();
        int start = -1;
        int end = -1;
        for (int i = 0; i < lines.size(); i++) {
            TextRange line = lines.get(i);
            boolean heading = line.length() > 0 && isHeading(text, line, i > 0 ? lines.get(i - 1) : null,
                    i + 1 < lines.size() ? lines.get(i + 1) : null);
            if (line.length() == 0 || heading) {
                if (start >= 0) {
                    paragraphs.add(new TextRange(start, end));
                    start = -1;
                }
                if (heading) {
                    paragraphs.add(line);
                }
            } else {
                start = start < 0 ? line.start() : start;
                end = line.end();
            }
        }
        if (start >= 0) {
            paragraphs.add(new TextRange(start, end));
        }
        return paragraphs;
    }

    /**
     * True for a heading line inside a block of lines, which is a paragraph of its own: one that
     * ends in an edit link ("Background[edit]", as copied web pages have), or a short line with no
     * closing punctuation, after a finished sentence or at the start of the block, before a line
     * that starts with a capital letter ("Background" before "Before the bridge was built, ...").
     */
    private static boolean isHeading(String text, TextRange line, TextRange before, TextRange after) {
        String content = text.substring(line.start(), line.end());
        if (EDIT_LINK.matcher(content).find()) {
            return true;
        }
        boolean blockStart = before == null || before.length() == 0 || isTerminal(text.charAt(before.end() - 1))
                || isCloser(text.charAt(before.end() - 1));
        boolean capitalFollows = after != null && after.length() > 0 && startsLikeABlock(text.substring(after.start(), after.end()));
        char last = content.charAt(content.length() - 1);
        return blockStart && capitalFollows && NUMBERED_OR_CAPITAL.matcher(content).lookingAt()
                && content.split("\\s+").length <= 7 && (Character.isLetterOrDigit(last) || "\"”’".indexOf(last) >= 0);
    }

    /** True for a line that starts a sentence, a quotation, a numbered point or a bullet. */
    private static boolean startsLikeABlock(String line) {
        return BLOCK_START.matcher(line).lookingAt();
    }

    @Override
    public List<TextRange> sentences(String text, List<TextRange> paragraphs) {
        List<TextRange> sentences = new ArrayList<>();
        for (TextRange paragraph : paragraphs) {
            addSentences(text, paragraph, sentences);
        }
        return sentences;
    }

    private void addSentences(String text, TextRange paragraph, List<TextRange> sentences) {
        int sentenceStart = paragraph.start();
        int i = sentenceStart;
        while (i < paragraph.end()) {
            if (text.charAt(i) == '\n' && BULLET_LINE.matcher(text).region(i + 1, paragraph.end()).lookingAt()) {
                int end = skipBack(text, i, sentenceStart, RuleBasedSegmenter::isBlank);
                if (end > sentenceStart) {
                    sentences.add(new TextRange(sentenceStart, end));
                }
                sentenceStart = skip(text, i + 1, paragraph.end(), RuleBasedSegmenter::isBlank);
                i = sentenceStart;
                continue;
            }
            if (!isTerminal(text.charAt(i))) {
                i++;
                continue;
            }
            Stop stop = Stop.at(text, i, paragraph);
            if (stop.nextStart() == stop.closedEnd() || stop.nextStart() == paragraph.end()) {
                i = stop.closedEnd();
                continue;
            }
            if (endsSentence(text, stop, paragraph)) {
                sentences.add(new TextRange(sentenceStart, stop.closedEnd()));
                sentenceStart = stop.nextStart();
            }
            i = stop.nextStart();
        }
        sentences.add(new TextRange(sentenceStart, paragraph.end()));
    }

    private boolean endsSentence(String text, Stop stop, TextRange paragraph) {
        int wordStart = skipBack(text, stop.terminalStart(), paragraph.start(), c -> !isBlank(c));
        String word = strip(text.substring(wordStart, stop.terminalStart()));
        String next = strip(wordAt(text, stop.nextStart()));
        boolean fullStop = stop.isSingleFullStop(text);
        if (fullStop && keepsSentenceOpen(word, next, startsLine(text, wordStart, paragraph.start()))) {
            return false;
        }
        if (text.substring(stop.closedEnd(), stop.nextStart()).indexOf('\n') >= 0) {
            return true;
        }
        if (fullStop && (INITIAL.matcher(word).matches() || DOTTED_ABBREVIATION.matcher(word).matches())) {
            return rules.sentenceStarters().contains(next);
        }
        return next.isEmpty() || !Character.isLowerCase(next.codePointAt(0));
    }

    private boolean keepsSentenceOpen(String word, String next, boolean wordStartsLine) {
        return rules.abbreviations().contains(word)
                || (!next.isEmpty() && Character.isDigit(next.charAt(0)) && rules.abbreviationsBeforeNumbers().contains(word))
                || (wordStartsLine && LIST_NUMBER.matcher(word).matches());
    }

    /** Where a run of terminal punctuation starting at {@code terminalStart} ends, and what follows. */
    private record Stop(int terminalStart, int terminalEnd, int closedEnd, int nextStart) {

        static Stop at(String text, int terminalStart, TextRange paragraph) {
            int terminalEnd = skip(text, terminalStart, paragraph.end(), RuleBasedSegmenter::isTerminal);
            int closedEnd = skipMarkers(text, skip(text, terminalEnd, paragraph.end(), RuleBasedSegmenter::isCloser), paragraph);
            int nextStart = skip(text, closedEnd, paragraph.end(), RuleBasedSegmenter::isBlank);
            return new Stop(terminalStart, terminalEnd, closedEnd, nextStart);
        }

        /** Past the reference markers that stand right after the punctuation ("end.[12][13] Next"): they belong to the sentence they close. */
        private static int skipMarkers(String text, int from, TextRange paragraph) {
            Matcher marker = Furniture.MARKER.matcher(text).region(from, paragraph.end());
            int end = from;
            while (marker.lookingAt()) {
                end = marker.end();
                marker.region(end, paragraph.end());
            }
            return end;
        }

        boolean isSingleFullStop(String text) {
            return terminalEnd - terminalStart == 1 && text.charAt(terminalStart) == '.';
        }
    }

    private static String wordAt(String text, int start) {
        return text.substring(start, skip(text, start, text.length(), c -> !isBlank(c)));
    }

    /** The word without opening quotes or brackets before it, nor punctuation after it. */
    private static String strip(String word) {
        int start = skip(word, 0, word.length(), c -> OPENERS.indexOf(c) >= 0);
        int end = word.length();
        while (end > start && !Character.isLetterOrDigit(word.charAt(end - 1))) {
            end--;
        }
        return word.substring(start, end);
    }

    private static boolean startsLine(String text, int wordStart, int paragraphStart) {
        int before = skipBack(text, wordStart, paragraphStart, c -> c != '\n' && isBlank(c));
        return before == paragraphStart || text.charAt(before - 1) == '\n';
    }

    private static TextRange trim(String text, int start, int end) {
        int trimmedStart = skip(text, start, end, RuleBasedSegmenter::isBlank);
        return new TextRange(trimmedStart, skipBack(text, end, trimmedStart, RuleBasedSegmenter::isBlank));
    }

    private static int skip(String text, int from, int limit, IntPredicate skipped) {
        int i = from;
        while (i < limit && skipped.test(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int skipBack(String text, int from, int limit, IntPredicate skipped) {
        int i = from;
        while (i > limit && skipped.test(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static boolean isTerminal(int c) {
        return TERMINALS.indexOf(c) >= 0;
    }

    private static boolean isCloser(int c) {
        return CLOSERS.indexOf(c) >= 0;
    }

    private static boolean isBlank(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
