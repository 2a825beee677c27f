package org.sourcebook.ui.teacher.items;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.sourcebook.content.item.Item;
import org.sourcebook.content.source.CitationChange;
import org.sourcebook.content.source.TextDiff;
import org.sourcebook.reimport.FlaggedCitation;
import org.sourcebook.reimport.ItemReview;
import org.sourcebook.ui.lesson.ItemWording;

/**
 * Why an item waits for review after a re-import, and the teacher's decisions in one click each:
 * for every citation that could not be carried over, the reason and the cited passage beside the
 * one that stands there now, the changed words marked (removed struck through in the old, added
 * underlined in the new); the answer update those changes allow, shown before it is made; then
 * re-cite the new passage, keep citing the old version, or reject. Service-free: the editor acts.
 */
class ReviewPanel extends Composite<Div> {

    /** The decisions, for the editor to carry out. */
    interface Decisions {
        void recite(boolean updateAnswer);

        void keepAsItIs();

        void reject();
    }

    final Checkbox updateAnswer = new Checkbox();

    ReviewPanel(ItemReview review, Decisions decisions) {
        Div root = getContent();
        root.setId("item-review");
        root.addClassNames(LumoUtility.Padding.MEDIUM, LumoUtility.Background.ERROR_10, LumoUtility.BorderRadius.MEDIUM,
                LumoUtility.Width.FULL, LumoUtility.BoxSizing.BORDER);
        root.add(new H3(ItemTexts.t("items.review.heading")));
        if (review.flagged().isEmpty()) {
            root.add(new Paragraph(ItemTexts.t("items.review.nothing-changed")));
        }
        review.flagged().forEach(flagged -> root.add(citation(flagged)));
        if (review.canRecite()) {
            review.answerUpdated().ifPresent(updated -> root.add(answerUpdate(review.item().item(), updated)));
        }
        root.add(buttons(review, decisions));
    }

    private Div citation(FlaggedCitation flagged) {
        CitationChange change = flagged.change();
        Paragraph reason = new Paragraph(ItemTexts.t("items.review.reason." + ItemTexts.key(change.reason()),
                flagged.documentTitle(), flagged.latestVersion()));
        reason.addClassName("review-reason");
        Paragraph before = new Paragraph();
        before.addClassName("review-old");
        Paragraph after = new Paragraph();
        after.addClassName("review-new");
        change.diff().ifPresentOrElse(diff -> {
            diff.parts().stream().filter(part -> part.change() != TextDiff.Change.ADDED).forEach(part -> mark(before, part));
            diff.parts().stream().filter(part -> part.change() != TextDiff.Change.REMOVED).forEach(part -> mark(after, part));
        }, () -> {
            before.setText(change.citation().quote());
            after.setText(ItemTexts.t("items.review.no-passage", flagged.latestVersion()));
            after.addClassName(LumoUtility.TextColor.SECONDARY);
        });
        HorizontalLayout sides = new HorizontalLayout(
                side(ItemTexts.t("items.review.cited", change.citation().version()), before),
                side(ItemTexts.t("items.review.now", flagged.latestVersion()), after));
        sides.setWidthFull();
        sides.setWrap(true);
        Div citation = new Div(reason, sides);
        citation.addClassName("review-citation");
        return citation;
    }

    private static VerticalLayout side(String caption, Paragraph text) {
        H4 heading = new H4(caption);
        heading.addClassNames(LumoUtility.Margin.NONE, LumoUtility.FontSize.SMALL);
        text.addClassNames(LumoUtility.Margin.NONE, LumoUtility.Padding.SMALL, LumoUtility.Background.BASE,
                LumoUtility.BorderRadius.SMALL);
        VerticalLayout side = new VerticalLayout(heading, text);
        side.setPadding(false);
        side.setSpacing(false);
        side.getStyle().set("flex", "1 1 18em").set("min-width", "0");
        return side;
    }

    /** Appends {@code part} to {@code paragraph}: plain when both passages share it, else as del or ins. */
    private static void mark(Paragraph paragraph, TextDiff.Part part) {
        if (part.change() == TextDiff.Change.SAME) {
            paragraph.getElement().appendChild(Element.createText(part.text()));
            return;
        }
        boolean removed = part.change() == TextDiff.Change.REMOVED;
        Element marked = new Element(removed ? "del" : "ins");
        marked.setText(part.text());
        marked.getClassList().add(removed ? "diff-removed" : "diff-added");
        marked.getStyle().set("background", removed ? "var(--lumo-error-color-10pct)" : "var(--lumo-success-color-10pct)")
                .set("color", removed ? "var(--lumo-error-text-color)" : "var(--lumo-success-text-color)")
                .set("font-weight", "600");
        paragraph.getElement().appendChild(marked);
    }

    private Div answerUpdate(Item item, Item updated) {
        updateAnswer.setId("review-update-answer");
        updateAnswer.setValue(true);
        updateAnswer.setLabel(ItemTexts.t("items.review.update-answer", ItemWording.answer(item, this), ItemWording.answer(updated, this)));
        List<String> alsoChanged = new ArrayList<>();
        if (!updated.prompt().equals(item.prompt())) {
            alsoChanged.add(ItemTexts.t("items.review.field.prompt"));
        }
        if (!updated.info().feedback().equals(item.info().feedback())) {
            alsoChanged.add(ItemTexts.t("items.review.field.feedback"));
        }
        if (!alsoChanged.isEmpty()) {
            updateAnswer.setHelperText(ItemTexts.t("items.review.update-also", String.join(", ", alsoChanged)));
        }
        return new Div(updateAnswer);
    }

    private HorizontalLayout buttons(ItemReview review, Decisions decisions) {
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.setWrap(true);
        if (review.canRecite()) {
            Button recite = button("review-recite", "items.review.recite",
                    click -> decisions.recite(review.answerUpdated().isPresent() && updateAnswer.getValue()));
            recite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            buttons.add(recite);
        }
        String keep = review.flagged().isEmpty() ? ItemTexts.t("items.review.keep-as-is")
                : ItemTexts.t("items.review.keep", review.flagged().get(0).change().citation().version());
        Button keepButton = new Button(keep, click -> decisions.keepAsItIs());
        keepButton.setId("review-keep");
        // The panel's tinted background leaves the default blue label just under 4.5:1 (axe, serious).
        keepButton.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        Button reject = button("review-reject", "items.review.reject", click -> decisions.reject());
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        buttons.add(keepButton, reject);
        return buttons;
    }

    private static Button button(String id, String key, ComponentEventListener<ClickEvent<Button>> listener) {
        Button button = new Button(ItemTexts.t(key), listener);
        button.setId(id);
        return button;
    }

    /** The decisions made by three callbacks. */
    static Decisions decisions(Consumer<Boolean> recite, Runnable keep, Runnable reject) {
        return new Decisions() {
            @Override
            public void recite(boolean updateAnswer) {
                recite.accept(updateAnswer);
            }

            @Override
            public void keepAsItIs() {
                keep.run();
            }

            @Override
            public void reject() {
                reject.run();
            }
        };
    }
}
