package org.sourcebook.ui.student;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.sourcebook.content.review.Rating;

/**
 * The four ratings of a fact card, each with when the card would come back ("Good · 10 min"), as
 * the scheduler computed them for this card now.
 */
public class RatingButtons extends FlexLayout {

    public RatingButtons(Map<Rating, Duration> intervals, Consumer<Rating> rate) {
        addClassName("rating-buttons");
        setFlexWrap(FlexWrap.WRAP);
        getStyle().set("gap", "var(--lumo-space-s)");
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", getTranslation("student.rating.group"));
        for (Rating rating : Rating.values()) {
            String name = getTranslation("student.rating." + rating.name());
            Duration interval = intervals.get(rating);
            String label = interval == null ? name
                    : getTranslation("student.rating.label", name, StudentFormats.interval(this, interval));
            Button button = new Button(label, click -> rate.accept(rating));
            button.addClassName("rate-" + rating.name().toLowerCase(Locale.ROOT));
            button.getElement().setAttribute("title", getTranslation("student.rating.key", rating.grade()));
            if (rating == Rating.AGAIN) {
                button.addThemeVariants(ButtonVariant.LUMO_ERROR);
            } else if (rating == Rating.GOOD) {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            add(button);
        }
    }
}
