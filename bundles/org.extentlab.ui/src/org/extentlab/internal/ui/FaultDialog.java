package org.extentlab.internal.ui;

import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.extentlab.kernel.Errno;
import org.extentlab.kernel.sim.KernelSettings.FaultSite;

/**
 * Simulation > Inject Fault...: where the next fault strikes and the error it carries. The answer is a
 * script line ({@code fault blockmap EIO}), performed as a step of the history like any operation, so
 * stepping back removes it and a saved session keeps it.
 */
final class FaultDialog extends Dialog {
    static final String TITLE = Messages.Fault_Title;
    /** The sites, the commonest first. */
    private static final List<FaultSite> SITES = List.of(FaultSite.BLOCKMAP, FaultSite.COMPLETE_IO, FaultSite.DEVICE_READ);
    private static final List<Errno> ERRORS = List.of(Errno.EIO, Errno.ENOSPC, Errno.EFBIG, Errno.EPERM,
            Errno.EINVAL, Errno.ENOTSUP);
    private Combo site;
    private Combo error;
    private String line;

    FaultDialog(Shell parent) {
        super(parent);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        HelpContexts.set(shell, "org.extentlab.ui.dialogs.fault"); // F1: this dialog's help
        shell.setText(TITLE);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(2, false));
        Label intro = new Label(area, SWT.WRAP);
        intro.setText(Messages.Fault_Intro);
        intro.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        new Label(area, SWT.NONE).setText(Messages.Fault_Where);
        site = new Combo(area, SWT.READ_ONLY);
        for (FaultSite each : SITES) {
            site.add(each.scriptName() + ": " + switch (each) {
            case BLOCKMAP -> Messages.Fault_Blockmap;
            case COMPLETE_IO -> Messages.Fault_CompleteIO;
            case DEVICE_READ -> Messages.Fault_DeviceRead;
            });
        }
        site.select(0);
        new Label(area, SWT.NONE).setText(Messages.Fault_Error);
        error = new Combo(area, SWT.READ_ONLY);
        ERRORS.forEach(e -> error.add(e.name() + " (" + e.text() + ")"));
        error.select(0);
        site.addListener(SWT.Selection, e -> error.setEnabled(SITES.get(site.getSelectionIndex()) != FaultSite.DEVICE_READ));
        return area;
    }

    @Override
    protected void okPressed() {
        FaultSite chosen = SITES.get(site.getSelectionIndex());
        line = "fault " + chosen.scriptName()
                + (chosen == FaultSite.DEVICE_READ ? "" : " " + ERRORS.get(error.getSelectionIndex()).name());
        super.okPressed();
    }

    /** The script line chosen; null when cancelled. */
    String line() {
        return line;
    }
}
