package org.sourcebook.drafting;

/**
 * A sentence that gives the reason for what it states: "Starch is a useful store because it is
 * insoluble." What a student should be able to explain, not only recall.
 *
 * @param fact what the sentence states, as a clause that can stand alone ("Starch is a useful store")
 * @param reason the reason it gives, as the text words it ("because it is insoluble", "due to flooding", "so that ...")
 */
public record Reason(String fact, String reason) {}
