package org.sourcebook.ui.base;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * A role's home page. For now it tells the person what will appear there; bundle keys are
 * {@code home.<role>.title}, {@code .intro} and {@code .upcoming.1..n}.
 */
public abstract class RoleHomeView extends VerticalLayout implements HasDynamicTitle {

    private final String keyPrefix;

    protected RoleHomeView(String role, int upcomingCount) {
        this.keyPrefix = "home." + role;
        setId(role + "-home");
        UnorderedList upcoming = new UnorderedList();
        for (int i = 1; i <= upcomingCount; i++) {
            upcoming.add(new ListItem(getTranslation(keyPrefix + ".upcoming." + i)));
        }
        add(new Paragraph(getTranslation(keyPrefix + ".intro")), upcoming);
    }

    @Override
    public String getPageTitle() {
        return getTranslation(keyPrefix + ".title");
    }
}
