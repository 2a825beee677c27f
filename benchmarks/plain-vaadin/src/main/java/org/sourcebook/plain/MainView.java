package org.sourcebook.plain;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;

/** One page with one button, like a freshly generated Vaadin starter. */
@Route("")
public class MainView extends VerticalLayout {

    public MainView() {
        add(new Button("Say hello", click -> Notification.show("Hello")));
    }
}
