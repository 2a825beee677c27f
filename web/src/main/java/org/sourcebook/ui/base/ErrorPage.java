package org.sourcebook.ui.base;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;

/** Shared look of the error pages: a heading, an explanation and a way back home. */
abstract class ErrorPage extends VerticalLayout implements HasDynamicTitle {

    private final String keyPrefix;

    ErrorPage(String keyPrefix) {
        this.keyPrefix = keyPrefix;
        Button home = new Button(getTranslation("error.go-home"), click -> getUI().ifPresent(ui -> ui.navigate(RootView.class)));
        home.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1(getTranslation(keyPrefix + ".title")), new Paragraph(getTranslation(keyPrefix + ".message")), home);
        setPadding(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation(keyPrefix + ".title") + " · " + getTranslation("app.name");
    }
}
