package org.sourcebook.ui.base;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Inline;
import com.vaadin.flow.server.AppShellSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Application-wide page settings. There is deliberately no {@code @Push} here: push is turned on
 * only in the tabs that show background progress or upload results
 * ({@link org.sourcebook.ui.base.background.ServerPush}), since every push connection costs the
 * server about 120 KB for as long as the tab is open. The few page-wide style rules that need focus
 * states or media queries ({@code page.css}: the skip link, 44 px touch targets on phones, no
 * keyboard hints on touch screens) are written into each page, as an inline style sheet: no theme
 * build is needed for them.
 */
public class AppShell implements AppShellConfigurator {

    private static final String PAGE_CSS = read("page.css");

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addInlineWithContents(Inline.Position.APPEND, PAGE_CSS, Inline.Wrapping.STYLESHEET);
    }

    private static String read(String name) {
        try (InputStream in = AppShell.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
