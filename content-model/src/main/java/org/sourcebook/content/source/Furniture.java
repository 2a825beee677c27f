package org.sourcebook.content.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Page furniture in a document's text: what a copied web page or a scholarly text carries besides
 * its content. Footnote and reference markers ({@code [12]}, {@code [a]}, {@code [note 3]}, {@code
 * [citation needed]}), section edit links ({@code [edit]}), and whole reference sections
 * ("References", "Notes", "See also" and what follows them) and reference entries ("Retrieved 12
 * March 2019", ISBNs, addresses), a press release's contact lines ("For interviews, please contact"), a
 * cookie notice, a page's "Last updated" line and a gallery's notices to visitors ("Please do not touch
 * the case"). The furniture stays in the document text, so citations keep their offsets; readers of
 * the text (the drafting engine) leave it out.
 */
public final class Furniture {

    /**
     * A reference marker: numbers ({@code [12]}, {@code [3, 4]}, {@code [12]:34}), one or two
     * letters ({@code [a]}), notes ({@code [note 3]}, {@code [nb 1]}), and editors' tags that end in
     * "needed" or a question mark ({@code [citation needed]}, {@code [who?]}), {@code [edit]}.
     */
    public static final Pattern MARKER = Pattern.compile("\\[(?:\\d{1,4}(?:\\s?[,–-]\\s?\\d{1,4})*|[a-z]{1,2}|[A-Z]"
            + "|(?:note|nb|n|lower-alpha|upper-alpha|fn)\\s?\\w{1,3}|edit|update|sic|dubious[^\\]\\n]{0,20}"
            + "|disputed[^\\]\\n]{0,20}|[\\p{L} ]{2,30}(?:needed|\\?))\\](?::\\s?\\d{1,4}(?:[–-]\\d{1,4})?)?");

    private static final Set<String> REFERENCE_HEADINGS = Set.of("references", "notes", "footnotes", "citations", "sources",
            "bibliography", "further reading", "external links", "see also", "works cited", "notes and references",
            "references and notes", "sources and further reading", "general references", "explanatory notes", "notes to editors",
            "note to editors", "notes for editors", "ends", "-ends-", "- ends -", "###", "media contact", "media contacts",
            "press contact", "media enquiries", "press enquiries", "questions", "exam questions", "activities", "exercises",
            "check your understanding", "review questions", "test yourself", "discussion questions", "further questions",
            "find out more", "see it in the museum", "plan your visit", "visit us", "related articles", "related pages",
            "more to explore", "you may also like");
    private static final Pattern REFERENCE_ENTRY = Pattern.compile(
            "(?im)^\\s*(?:\\^|(?:\\d{1,3}|[a-z]{1,2})\\.\\s*\\^|↑)|\\bredirects here\\b|\\bretrieved\\s+(?:on\\s+)?\\d{1,2}\\s+\\p{L}+\\s+\\d{4}"
                    + "|\\bretrieved\\s+\\p{L}+\\s+\\d{1,2},\\s+\\d{4}|\\bISBN(?:-1[03])?[:\\s]|\\bdoi:\\s?10\\.|https?://|www\\.\\S+\\.\\p{L}{2,}"
                    + "|\\barchived from the original\\b"
                    + "|^\\s*(?:from wikipedia, the free encyclopedia|this article is about|for other uses, see|not to be confused with"
                    + "|coordinates:|jump to (?:navigation|search))"
                    + "|^\\s*(?:for (?:further|more) information|for interviews|press (?:contact|office)|media (?:contact|enquiries)"
                    + "|notes to editors|-?\\s*ends\\s*-?\\s*$|#{3}\\s*$|contact:|©|all rights reserved|share this|follow us)"
                    + "|\\bwe use cookies\\b|\\b(?:accept|manage|reject) (?:all )?cookies\\b|\\bcookie (?:policy|settings|preferences)\\b"
                    + "|^\\s*(?:page )?last updated\\b|\\blast updated:?\\s+\\d"
                    + "|^\\s*(?:updated|published|posted|reviewed)(?: on)?:?\\s+(?:\\d{1,2}\\s+\\p{Lu}\\p{Ll}+|\\p{Lu}\\p{Ll}+\\s+\\d{1,2})|^\\s*please (?:do not|don't) (?:touch|lean|climb|use flash)\\b|\\bflash photography\\b"
                    + "|\\bon display (?:here )?until\\b");
    private static final Pattern EDIT_LINK = Pattern.compile("\\s*\\[\\s*edit(?:\\s+source)?\\s*\\]\\s*$", Pattern.CASE_INSENSITIVE);
    /** Geographic coordinates as copied pages give them: 41°43′57″N 49°56′49″W, 40.7128° N. */
    private static final Pattern COORDINATES = Pattern.compile(
            "\\d{1,3}(?:\\.\\d+)?°\\s?(?:\\d{1,2}(?:\\.\\d+)?[′']\\s?)?(?:\\d{1,2}(?:\\.\\d+)?[″\"]\\s?)?[NSEW]\\b");
    /** A news dateline: "CARROW BRIDGE, England, Nov. 17 (NPA) — ", "COPIAPÓ, Chile, 14 October 2010 — ". */
    private static final Pattern DATELINE = Pattern.compile(
            "^\\p{Lu}[\\p{Lu} .'-]{2,40},\\s+(?:\\p{Lu}[\\p{L} .'-]{1,30},\\s+)?(?:\\p{Lu}\\p{L}{2,8}\\.?\\s+\\d{1,2}|\\d{1,2}\\s+\\p{Lu}\\p{L}{2,8})"
            + "(?:,?\\s+\\d{4})?\\s*(?:\\([\\p{L} ]{1,20}\\))?\\s*[—–-]+\\s*");
    private static final Pattern TIME_ZONE = Pattern.compile("\\b(?:UTC|GMT)(?:\\s?[+−-]\\s?\\d{1,2}(?::\\d{2})?)?");

    private Furniture() {}

    /** The furniture of {@code text}, whose paragraphs are {@code paragraphs}, in text order, not overlapping. */
    public static List<TextRange> find(String text, List<TextRange> paragraphs) {
        List<TextRange> found = new ArrayList<>();
        boolean inReferences = false;
        for (TextRange paragraph : paragraphs) {
            String content = text.substring(paragraph.start(), paragraph.end());
            inReferences = inReferences && !isOtherHeading(content) || isReferenceHeading(content);
            if (inReferences || REFERENCE_ENTRY.matcher(content).find()) {
                found.add(paragraph);
            } else {
                addMatches(MARKER, content, paragraph.start(), found);
                addMatches(DATELINE, content, paragraph.start(), found);
                addMatches(COORDINATES, content, paragraph.start(), found);
                addMatches(TIME_ZONE, content, paragraph.start(), found);
                Matcher edit = EDIT_LINK.matcher(content);
                if (edit.find() && !content.contains("\n")) {
                    found.add(new TextRange(paragraph.start() + edit.start(), paragraph.end()));
                }
            }
        }
        return TextRange.union(found);
    }

    /** The furniture of {@code version}; kept for the last version asked about, as drafting asks several times. */
    public static List<TextRange> of(DocumentVersion version) {
        Found last = lastFound;
        if (last == null || last.version() != version) {
            last = new Found(version, List.copyOf(find(version.text(), version.paragraphs())));
            lastFound = last;
        }
        return last.furniture();
    }

    private record Found(DocumentVersion version, List<TextRange> furniture) {}

    private static volatile Found lastFound;

    /** {@code text} with every reference marker taken out, e.g. for showing a sentence in a prompt. */
    public static String withoutMarkers(String text) {
        return MARKER.matcher(text).replaceAll("");
    }

    /** True when {@code text} is a heading such as "References" or "See also [edit]". */
    static boolean isReferenceHeading(String text) {
        return REFERENCE_HEADINGS.contains(headingText(text));
    }

    private static boolean isOtherHeading(String text) {
        String heading = headingText(text);
        return !heading.isEmpty() && heading.split("\\s+").length <= 6 && !heading.matches(".*[.!?:;,]$")
                && Character.isUpperCase(text.strip().codePointAt(0)) && !REFERENCE_HEADINGS.contains(heading)
                && !REFERENCE_ENTRY.matcher(text).find() && !text.contains("\n");
    }

    private static String headingText(String text) {
        return EDIT_LINK.matcher(text.strip()).replaceAll("").replaceAll("^#+\\s*", "").strip().toLowerCase(Locale.ROOT);
    }

    private static void addMatches(Pattern pattern, String content, int offset, List<TextRange> into) {
        Matcher matcher = pattern.matcher(content);
        while (matcher.find()) {
            into.add(new TextRange(offset + matcher.start(), offset + matcher.end()));
        }
    }
}
