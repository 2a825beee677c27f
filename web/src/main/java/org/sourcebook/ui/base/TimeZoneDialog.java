package org.sourcebook.ui.base;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Chooses the time zone of every date and time shown to the signed-in person: automatic (the
 * browser's, what nearly everyone wants) or a named zone, kept with the account for every device.
 */
class TimeZoneDialog extends Dialog {

    /** The "automatic" choice in the list. */
    static final String AUTOMATIC = "";

    private final ComboBox<String> zone = new ComboBox<>();

    TimeZoneDialog(TimeZones timeZones) {
        setId("time-zone-dialog");
        setHeaderTitle(getTranslation("time-zone.title"));
        zone.setLabel(getTranslation("time-zone.field"));
        zone.setId("time-zone-field");
        zone.setWidthFull();
        zone.setItems(choices());
        zone.setItemLabelGenerator(this::label);
        zone.setValue(TimeZones.chosen().map(ZoneId::getId).orElse(AUTOMATIC));
        add(new Paragraph(getTranslation("time-zone.intro")), zone);
        Button cancel = new Button(getTranslation("time-zone.cancel"), click -> close());
        Button save = new Button(getTranslation("time-zone.save"), click -> {
            String chosen = zone.getValue();
            UI ui = UI.getCurrent();
            close();
            timeZones.choose(ui, chosen == null || chosen.equals(AUTOMATIC) ? null : ZoneId.of(chosen));
        });
        save.setId("time-zone-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, save);
        setWidth("min(30rem, 95vw)");
    }

    ComboBox<String> zone() {
        return zone;
    }

    private String label(String id) {
        if (id.equals(AUTOMATIC)) {
            return TimeZones.browsers().map(browser -> getTranslation("time-zone.automatic", browser.getId()))
                    .orElseGet(() -> getTranslation("time-zone.automatic-unknown"));
        }
        return id.replace('_', ' ') + " (" + TimeZones.name(ZoneId.of(id), getLocale()) + ")";
    }

    /** Automatic, then the region/city zones people recognise (no legacy or "Etc" aliases), and UTC. */
    private static List<String> choices() {
        List<String> zones = new ArrayList<>();
        zones.add(AUTOMATIC);
        ZoneId.getAvailableZoneIds().stream()
                .filter(id -> id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/")
                        && Character.isUpperCase(id.charAt(0)))
                .sorted()
                .forEach(zones::add);
        zones.add("UTC");
        return zones;
    }
}
