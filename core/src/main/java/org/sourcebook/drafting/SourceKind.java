package org.sourcebook.drafting;

/**
 * What kind of document a source is, as far as its text and metadata show. It decides how items
 * name the document ("according to the statement"), what its purpose is taken to be, and which
 * discussion suits it: a science text is not "one account of events".
 */
public enum SourceKind {
    /** An official or organisation's statement, declaration or press release: argues a position. */
    STATEMENT(true),
    /** An encyclopedia article, usually with numbered references. */
    ENCYCLOPEDIA(false),
    /** A news report: recent events, quotes from named people. */
    NEWS(false),
    /** An organisation's report on its own work: an annual report, an impact report. */
    REPORT(true),
    /** A speech or address in the speaker's own voice. */
    SPEECH(true),
    /** A letter or memoir in the writer's own voice, written to someone. */
    LETTER(true),
    /** A memoir or autobiography: the writer's own memories, told years after the events. */
    MEMOIR(true),
    /** An interview: someone's answers to a journalist's questions, in their own words. */
    INTERVIEW(false),
    /** A diary or journal: the writer's own record, kept day by day as things happened. */
    DIARY(false),
    /** A textbook or popular-science text that explains. */
    TEXTBOOK(false),
    /** A narrative of past events. */
    HISTORY(false),
    /** A museum catalogue entry, a visitor guide or an exhibition panel: informs visitors about a place or an object. */
    HERITAGE(false),
    /** The story of one person's life. */
    BIOGRAPHY(false),
    /** None of the above is clear. */
    GENERAL(false);

    private final boolean argues;

    SourceKind(boolean argues) {
        this.argues = argues;
    }

    /** True for kinds whose purpose is usually to persuade or to speak for their author. */
    public boolean argues() {
        return argues;
    }
}
