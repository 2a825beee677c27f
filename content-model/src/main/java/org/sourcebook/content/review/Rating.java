package org.sourcebook.content.review;

/** How well a student recalled a fact card: the four FSRS grades. */
public enum Rating {
    AGAIN(1), HARD(2), GOOD(3), EASY(4);

    private final int grade;

    Rating(int grade) {
        this.grade = grade;
    }

    /** 1 (again) to 4 (easy), as the FSRS formulas use it. */
    public int grade() {
        return grade;
    }
}
