package org.sourcebook.content.lesson;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.sourcebook.content.item.Problem;
import org.sourcebook.content.item.Problems;

/**
 * How a quiz is taken and scored.
 *
 * @param attemptsAllowed how many attempts a student may make; 0 means unlimited
 * @param timeLimit how long one attempt may take, or null for no limit
 * @param opensAt when students may start, or null for as soon as it is assigned
 * @param closesAt when attempts end, or null for never; must be after {@code opensAt}
 * @param shuffleQuestions whether each attempt shows the questions in a new order
 * @param shuffleOptions whether choice options and matching answers are shuffled per attempt
 * @param passMark the share of the total score needed to pass, in [0, 1]
 * @param layout one question per page or all on one page; lessons stored before this setting
 *     existed read as one per page
 * @param flaggedQuestions what students get while questions wait for review after a re-import;
 *     null (and so every lesson stored before this setting existed) means {@link
 *     FlaggedQuestions#KEEP_SERVING}, which is also stored as null so the JSON of a quiz that keeps
 *     the default stays as it was
 */
public record QuizSettings(
        int attemptsAllowed,
        @Nullable Duration timeLimit,
        @Nullable Instant opensAt,
        @Nullable Instant closesAt,
        boolean shuffleQuestions,
        boolean shuffleOptions,
        FeedbackTiming feedbackTiming,
        GradingMethod gradingMethod,
        double passMark,
        @Nullable QuizLayout layout,
        @Nullable FlaggedQuestions flaggedQuestions) {

    /**
     * Unlimited attempts, no time limit, always open, questions in order, options shuffled,
     * feedback after submission, highest attempt counts, pass mark one half, one question per page.
     */
    public static final QuizSettings DEFAULTS = new QuizSettings(0, null, null, null, false, true,
            FeedbackTiming.AFTER_SUBMISSION, GradingMethod.HIGHEST, 0.5, QuizLayout.ONE_PER_PAGE, null);

    public QuizSettings {
        Objects.requireNonNull(feedbackTiming, "quiz settings need a feedback timing");
        Objects.requireNonNull(gradingMethod, "quiz settings need a grading method");
        if (layout == null) { // a lesson body written before layouts existed
            layout = QuizLayout.ONE_PER_PAGE;
        }
        if (flaggedQuestions == FlaggedQuestions.KEEP_SERVING) {
            flaggedQuestions = null;
        }
    }

    /** Settings that keep serving flagged questions (the default), as before that choice existed. */
    public QuizSettings(int attemptsAllowed, @Nullable Duration timeLimit, @Nullable Instant opensAt,
            @Nullable Instant closesAt, boolean shuffleQuestions, boolean shuffleOptions, FeedbackTiming feedbackTiming,
            GradingMethod gradingMethod, double passMark, @Nullable QuizLayout layout) {
        this(attemptsAllowed, timeLimit, opensAt, closesAt, shuffleQuestions, shuffleOptions, feedbackTiming,
                gradingMethod, passMark, layout, null);
    }

    /** What students get while questions of this quiz wait for review; never null. */
    public FlaggedQuestions whenFlagged() {
        return flaggedQuestions == null ? FlaggedQuestions.KEEP_SERVING : flaggedQuestions;
    }

    /** These settings, with {@code choice} for questions that wait for review. */
    public QuizSettings withFlaggedQuestions(FlaggedQuestions choice) {
        return new QuizSettings(attemptsAllowed, timeLimit, opensAt, closesAt, shuffleQuestions, shuffleOptions,
                feedbackTiming, gradingMethod, passMark, layout, choice);
    }

    public boolean isUnlimited() {
        return attemptsAllowed == 0;
    }

    public List<Problem> problems() {
        return new Problems()
                .check(attemptsAllowed >= 0, "attempts-negative", "attempts allowed must not be negative (0 means unlimited)")
                .check(timeLimit == null || timeLimit.compareTo(Duration.ZERO) > 0, "time-limit-not-positive",
                        "a time limit must be longer than zero")
                .check(opensAt == null || closesAt == null || closesAt.isAfter(opensAt), "closes-before-opens",
                        "closing time must be after opening time")
                .check(feedbackTiming != FeedbackTiming.AFTER_CLOSE || closesAt != null, "feedback-after-close-never-closes",
                        "feedback after closing needs a closing time")
                .check(passMark >= 0 && passMark <= 1, "pass-mark-out-of-range", "pass mark must be between 0 and 1")
                .toList();
    }
}
