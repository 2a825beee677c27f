package org.sourcebook.loadtest;

/**
 * What the server-side set-up ({@link QuizLoadClass}) and the HTTP harness ({@link QuizHttpLoad})
 * agree on: the lesson, the accounts and the answers. Depends on nothing, so the harness runs
 * without the application's classes.
 */
final class QuizLoadPlan {

    /** The published lesson's id, fixed so the harness can open it. */
    static final String LESSON_ID = "0a0a0a0a-0000-4000-8000-000000000016";
    static final String LESSON_PATH = "student/lessons/" + LESSON_ID;
    static final int QUESTIONS = 16;
    /** Option ids of every choice question, in the order the set-up writes them (the page shuffles them). */
    static final String[] OPTION_IDS = {"a", "b", "c"};
    private static final String[] OPTION_WORDS = {"Right", "Wrong", "Other"};

    private QuizLoadPlan() {}

    /** The {@code number}th load student's username, from 1. */
    static String username(int number) {
        return String.format("load-student-%03d", number);
    }

    /** The load students' password (they exist only on a benchmark's throw-away database). */
    static String password(int number) {
        return "quiz-load-password-" + number;
    }

    /** Odd questions are single choice (three options), even ones short answer. */
    static boolean isChoice(int question) {
        return question % 2 == 1;
    }

    /** The text of option {@code index} (0..2) of choice question {@code question}. */
    static String optionText(int question, int index) {
        return OPTION_WORDS[index] + " " + question;
    }

    /** The id of the option whose text is {@code text}, or null if the text is none of them. */
    static String optionIdOf(int question, String text) {
        for (int index = 0; index < OPTION_IDS.length; index++) {
            if (optionText(question, index).equals(text)) {
                return OPTION_IDS[index];
            }
        }
        return null;
    }

    /** The answer the harness types into short-answer question {@code question}: unique per student and question. */
    static String typedAnswer(String username, int question) {
        return username + " answers question " + question;
    }
}
