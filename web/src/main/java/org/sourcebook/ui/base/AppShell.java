package org.sourcebook.ui.base;

import com.vaadin.flow.component.page.AppShellConfigurator;

/**
 * Application-wide page settings. There is deliberately no {@code @Push} here: push is turned on
 * only in the tabs that show background progress or upload results
 * ({@link org.sourcebook.ui.base.background.ServerPush}), since every push connection costs the
 * server about 120 KB for as long as the tab is open.
 */
public class AppShell implements AppShellConfigurator {}
