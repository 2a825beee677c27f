package org.sourcebook.ui.base;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sourcebook.account.AccountService;
import org.sourcebook.content.account.Role;
import org.sourcebook.ui.KaribuTest;
import org.sourcebook.ui.lesson.Times;

/** Dates and times in each person's own time zone, chosen in the user menu and kept with the account. */
class TimeZonesTest extends KaribuTest {

    private static final Instant AT = Instant.parse("2026-02-26T08:00:00Z");

    @Test
    void withoutAChoiceTimesAreInTheBrowsersZoneAndSayWhichItIs() {
        login(createAccount("zoneless", Role.TEACHER));

        ZoneId browsers = TimeZones.browsers().orElseThrow();
        assertThat(TimeZones.current()).isEqualTo(browsers);
        assertThat(Times.format(AT, Locale.ENGLISH)).endsWith(" " + TimeZones.name(browsers, Locale.ENGLISH));
    }

    @Test
    void aChosenZoneIsKeptWithTheAccountAndUsedOnEveryPage() {
        String teacher = createAccount("baku", Role.TEACHER);
        login(teacher);
        TimeZoneDialog dialog = new TimeZoneDialog(context.getBean(TimeZones.class));
        dialog.open();

        dialog.zone().setValue("Asia/Baku");
        _click(_get(dialog, Button.class, spec -> spec.withId("time-zone-save")));

        assertThat(context.getBean(AccountService.class).currentAccount().zone()).contains(ZoneId.of("Asia/Baku"));
        assertThat(Times.format(AT, Locale.ENGLISH)).isEqualTo("Feb 26, 2026, 12:00 PM AZT");
        newSession();
        login(teacher);
        assertThat(Times.format(AT, Locale.ENGLISH)).as("in a new session too").endsWith("12:00 PM AZT");

        TimeZoneDialog again = new TimeZoneDialog(context.getBean(TimeZones.class));
        again.open();
        assertThat(again.zone().getValue()).isEqualTo("Asia/Baku");
        again.zone().setValue(TimeZoneDialog.AUTOMATIC);
        _click(_get(again, Button.class, spec -> spec.withId("time-zone-save")));
        assertThat(context.getBean(AccountService.class).currentAccount().zone()).isEmpty();
    }
}
