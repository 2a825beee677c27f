package org.sourcebook.ui.base;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.sourcebook.ui.base.i18n.LanguageSettings;
import org.springframework.stereotype.Component;

/** Hooks every new session and UI: the error handler, the person's language and time zone. */
@Component
class UiInitialization implements VaadinServiceInitListener {

    private final LanguageSettings languageSettings;
    private final TimeZones timeZones;

    UiInitialization(LanguageSettings languageSettings, TimeZones timeZones) {
        this.languageSettings = languageSettings;
        this.timeZones = timeZones;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(new UnexpectedErrorHandler()));
        event.getSource().addUIInitListener(init -> {
            languageSettings.applySavedChoice(init.getUI());
            timeZones.apply(init.getUI());
        });
    }
}
