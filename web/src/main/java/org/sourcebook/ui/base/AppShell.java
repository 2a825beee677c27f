package org.sourcebook.ui.base;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;

/**
 * Application-wide page settings. Server push is on so that work running in the background (a
 * document import, drafting) can update the page the teacher is looking at.
 */
@Push
public class AppShell implements AppShellConfigurator {}
