package org.sourcebook.ui.base.background;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.communication.PushMode;
import java.io.Serializable;

/**
 * Server push for the components that change the page from outside the page's own requests: the
 * progress of background work and the results of upload handlers. Push is off everywhere else,
 * because every push connection keeps about 120 KB of WebSocket buffers on the server for as long as
 * the tab is open (measured; see docs/performance.md), which a class of students with a quiz open
 * would pay for nothing.
 */
public final class ServerPush {

    private ServerPush() {}

    /**
     * Keeps push on in the tab while {@code component} is attached. When the last such component is
     * detached, push is turned off at the end of that round trip, so that moving from one page that
     * needs push to another keeps the connection open.
     */
    public static void whileAttached(Component component) {
        component.addAttachListener(attach -> demand(attach.getUI()).add(attach.getUI()));
        component.addDetachListener(detach -> demand(detach.getUI()).remove(detach.getUI()));
    }

    private static Demand demand(UI ui) {
        Demand demand = ComponentUtil.getData(ui, Demand.class);
        if (demand == null) {
            demand = new Demand();
            ComponentUtil.setData(ui, Demand.class, demand);
        }
        return demand;
    }

    /** How many attached components of one UI need push. */
    private static final class Demand implements Serializable {
        private int components;

        void add(UI ui) {
            components++;
            ui.getPushConfiguration().setPushMode(PushMode.AUTOMATIC);
        }

        void remove(UI ui) {
            components--;
            ui.beforeClientResponse(ui, context -> {
                if (components == 0 && !ui.isClosing()) {
                    ui.getPushConfiguration().setPushMode(PushMode.DISABLED);
                }
            });
        }
    }
}
