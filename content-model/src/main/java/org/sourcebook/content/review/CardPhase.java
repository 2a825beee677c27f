package org.sourcebook.content.review;

/** Where a card stands: short learning steps, long review intervals, or relearning after a lapse. */
public enum CardPhase { LEARNING, REVIEW, RELEARNING }
