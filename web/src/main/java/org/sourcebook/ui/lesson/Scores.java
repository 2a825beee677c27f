package org.sourcebook.ui.lesson;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * A score as a percentage, written the same way for the student and the teacher: to one decimal,
 * without a trailing ".0" ("87.5", "88", "100"). The student once read 88% where the teacher read
 * 87.5% for the same attempt.
 */
public final class Scores {

    private Scores() {}

    /** The share in [0, 1] as a percentage number without the sign, in the locale's digits: "87.5", "87,5", "50". */
    public static String number(double share, Locale locale) {
        BigDecimal percent = BigDecimal.valueOf(share * 100).setScale(1, RoundingMode.HALF_UP);
        DecimalFormat format = new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(locale));
        return format.format(percent);
    }
}
