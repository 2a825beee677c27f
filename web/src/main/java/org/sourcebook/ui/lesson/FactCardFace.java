package org.sourcebook.ui.lesson;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.List;
import org.sourcebook.content.item.Item;

/**
 * A fact card that shows its prompt and turns over to its answer, by its button or by a click on
 * the card. Listeners hear each turn (to offer ratings once the answer shows).
 */
public class FactCardFace extends Div {

    private final Paragraph front;
    private final Paragraph back;
    private final List<Runnable> flipListeners = new ArrayList<>();

    public FactCardFace(Item card) {
        addClassName("fact-card");
        front = new Paragraph(card.prompt());
        front.addClassName("fact-card-front");
        back = new Paragraph(card.canonicalAnswer());
        back.addClassName("fact-card-back");
        back.setVisible(false);
        Div face = new Div(front, back);
        face.addClassName("fact-card-face");
        face.getElement().setAttribute("aria-live", "polite");
        face.getStyle().set("cursor", "pointer");
        front.addClickListener(click -> flip());
        back.addClickListener(click -> flip());
        Button flip = new Button(getTranslation("lesson.card.flip"), click -> flip());
        flip.addClassName("fact-card-flip");
        add(face, flip);
    }

    /** Shows the other side. */
    public void flip() {
        front.setVisible(!front.isVisible());
        back.setVisible(!back.isVisible());
        flipListeners.forEach(Runnable::run);
    }

    public boolean showsAnswer() {
        return back.isVisible();
    }

    public void addFlipListener(Runnable listener) {
        flipListeners.add(listener);
    }
}
