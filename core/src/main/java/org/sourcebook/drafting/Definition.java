package org.sourcebook.drafting;

import org.sourcebook.content.source.TextRange;

/** A sentence that says what a term means: "Evaporation is the process by which ...". */
public record Definition(Mention term, TextRange meaning, String meaningText) {}
