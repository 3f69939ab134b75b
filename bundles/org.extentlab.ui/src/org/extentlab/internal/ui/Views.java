package org.extentlab.internal.ui;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** What the protocol views share: a line saying what they show, above their content. */
final class Views {
    private Views() {
    }

    /** Lays {@code parent} out in one column and puts the status line at its top. */
    static Label statusLine(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        Label status = new Label(parent, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return status;
    }
}
