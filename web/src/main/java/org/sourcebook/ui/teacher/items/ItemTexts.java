package org.sourcebook.ui.teacher.items;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.Locale;
import org.sourcebook.content.item.ItemKind;
import org.sourcebook.content.item.ItemStatus;
import org.sourcebook.content.item.Problem;
import org.sourcebook.drafting.DraftChecks;

/**
 * Translations of the item model's codes: kinds, statuses, problem codes ({@code items.problem.<code>})
 * and drafting-check failures ({@code drafts.warning.<failure>}).
 */
final class ItemTexts {

    private ItemTexts() {}

    static String kind(ItemKind kind) {
        return t("items.kind." + key(kind));
    }

    /** The kind's name in the plural, for group headings. */
    static String kindPlural(ItemKind kind) {
        return t("items.kinds." + key(kind));
    }

    static String status(ItemStatus status) {
        return t("items.status." + key(status));
    }

    static String problem(Problem problem) {
        return t("items.problem." + problem.code());
    }

    static String warning(DraftChecks.Failure failure) {
        return t("drafts.warning." + key(failure));
    }

    static String quality(double score) {
        return String.format(UI.getCurrent().getLocale(), "%.2f", score);
    }

    static String t(String key, Object... parameters) {
        Component ui = UI.getCurrent();
        return ui.getTranslation(key, parameters);
    }

    /** The kebab-case key of an enum constant: NEEDS_REVIEW is needs-review. */
    static String key(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
