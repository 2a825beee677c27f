package org.sourcebook.ui.base;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * Shared look of the error pages: a heading, an explanation and a way back home. The heading is
 * an h2 because inside the main layout the page title is already the h1.
 */
abstract class ErrorPage extends VerticalLayout implements HasDynamicTitle {

    private final String keyPrefix;

    ErrorPage(String keyPrefix) {
        this.keyPrefix = keyPrefix;
        Button home = new Button(getTranslation("error.go-home"), click -> getUI().ifPresent(ui -> ui.navigate(RootView.class)));
        home.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation(keyPrefix + ".title")), new Paragraph(getTranslation(keyPrefix + ".message")), home);
        setPadding(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation(keyPrefix + ".title");
    }
}
