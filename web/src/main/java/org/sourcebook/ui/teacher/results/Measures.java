package org.sourcebook.ui.teacher.results;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.Locale;
import java.util.OptionalDouble;
import org.sourcebook.content.analysis.ItemFlag;
import org.sourcebook.ui.lesson.Scores;

/** Measures written for people: percentages with one decimal, "not computable" instead of a missing value. */
final class Measures {

    private Measures() {}

    static String percent(OptionalDouble value, Component translator) {
        return value.isPresent() ? percent(value.getAsDouble(), locale(translator))
                : translator.getTranslation("results.not-computable");
    }

    private static Locale locale(Component component) {
        UI ui = component.getUI().orElse(UI.getCurrent());
        return ui == null ? Locale.ENGLISH : ui.getLocale();
    }

    static String percent(double value, Locale locale) {
        return String.format(locale, "%.1f%%", value);
    }

    /** A score (a share in [0, 1]) as the student sees it too: "87.5%", "50%". */
    static String score(double share, Locale locale) {
        return Scores.number(share, locale) + "%";
    }

    static String marks(double value, Locale locale) {
        return value == Math.rint(value) ? String.format(locale, "%.0f", value) : String.format(locale, "%.2f", value);
    }

    /** The Lumo badge theme of a flag: red for what is likely wrong, orange for what deserves a look. */
    static String badgeTheme(ItemFlag flag) {
        return flag == ItemFlag.NEGATIVE_DISCRIMINATION ? "badge error" : "badge contrast";
    }
}
