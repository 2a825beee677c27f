package org.sourcebook.drafting;

/** A person and the role the source gives them: "the former President of Armenia, Serzh Sargsyan". */
public record Role(Mention person, String role) {}
