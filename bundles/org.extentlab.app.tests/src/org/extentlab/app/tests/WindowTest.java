package org.extentlab.app.tests;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchWindow;
import org.junit.jupiter.api.BeforeEach;

/** A workbench test on the running window: {@link #window} and its {@link #display}, settled before each test. */
abstract class WindowTest {
    protected IWorkbenchWindow window;
    protected Display display;

    @BeforeEach
    void findWindow() {
        window = WorkbenchDriver.settledWindow();
        display = window.getShell().getDisplay();
    }
}
