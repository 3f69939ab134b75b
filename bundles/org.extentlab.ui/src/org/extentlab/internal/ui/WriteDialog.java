package org.extentlab.internal.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.extentlab.kernel.sim.Operation;

/**
 * The navigator's Write...: where, how many bytes, and which: drawn from the run's seed, one byte
 * repeated, a text repeated, or a file of the host. The answer is the script line it shows as it is
 * edited ({@code write /a 0 4096 fill 0x41}), performed as one step of the history.
 */
final class WriteDialog extends Dialog {
    private final String path;
    private final long size;
    private Text offset;
    private Text length;
    private Button seeded;
    private Button fill;
    private Button text;
    private Button host;
    private Text fillByte;
    private Text words;
    private Text hostFile;
    private Text hostOffset;
    private Label preview;
    private String line;

    /** A write to the file at {@code path} of {@code size} bytes. */
    WriteDialog(Shell parent, String path, long size) {
        super(parent);
        this.path = path;
        this.size = size;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        HelpContexts.set(shell, "org.extentlab.ui.dialogs.write"); // F1: this dialog's help
        shell.setText(Messages.Write_Title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(3, false));
        offset = field(area, Messages.Write_Offset, Long.toString(size), Messages.Write_Bytes);
        length = field(area, Messages.Write_Length, "4096", Messages.Write_Bytes);
        Label which = new Label(area, SWT.NONE);
        which.setText(Messages.Write_Which);
        which.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        seeded = choice(area, Messages.Write_Seeded);
        new Label(area, SWT.NONE).setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        fill = choice(area, Messages.Write_Fill);
        fillByte = text(area, "0x41", 2);
        text = choice(area, Messages.Write_Text);
        words = text(area, "Extent Lab ", 2);
        host = choice(area, Messages.Write_Host);
        hostFile = text(area, "", 1);
        Button browse = new Button(area, SWT.PUSH);
        browse.setText(Messages.Write_Browse);
        browse.addListener(SWT.Selection, e -> browse());
        new Label(area, SWT.NONE).setText(Messages.Write_HostOffset);
        hostOffset = text(area, "0", 2);
        seeded.setSelection(true);
        preview = new Label(area, SWT.WRAP);
        GridData wide = new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1);
        wide.widthHint = 460;
        preview.setLayoutData(wide);
        for (Control each : new Control[] { offset, length, fillByte, words, hostFile, hostOffset }) {
            each.addListener(SWT.Modify, e -> update());
        }
        for (Button each : new Button[] { seeded, fill, text, host }) {
            each.addListener(SWT.Selection, e -> update());
        }
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        update();
    }

    private static Text field(Composite area, String label, String value, String unit) {
        new Label(area, SWT.NONE).setText(label);
        Text field = new Text(area, SWT.BORDER);
        field.setText(value);
        field.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(area, SWT.NONE).setText(unit);
        return field;
    }

    private static Button choice(Composite area, String label) {
        Button button = new Button(area, SWT.RADIO);
        button.setText(label);
        return button;
    }

    private static Text text(Composite area, String value, int span) {
        Text field = new Text(area, SWT.BORDER);
        field.setText(value);
        field.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, span, 1));
        return field;
    }

    private void browse() {
        FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
        dialog.setText(Messages.Write_Host);
        String chosen = dialog.open();
        if (chosen != null) {
            hostFile.setText(chosen);
            host.setSelection(true);
            seeded.setSelection(false);
            fill.setSelection(false);
            text.setSelection(false);
            try {
                length.setText(Long.toString(Files.size(Path.of(chosen))));
            } catch (IOException e) {
                // The line's check below says what is wrong with the file.
            }
        }
    }

    private static String quote(String value) {
        return "\"" + value.replace("\"", "") + "\"";
    }

    /** The script line the fields make. */
    String compose() {
        StringBuilder out = new StringBuilder("write ").append(Operation.word(path)).append(' ').append(offset.getText().strip()).append(' ')
                .append(length.getText().strip());
        if (fill.getSelection()) {
            out.append(" fill ").append(fillByte.getText().strip());
        } else if (text.getSelection()) {
            out.append(" text ").append(quote(words.getText()));
        } else if (host.getSelection()) {
            out.append(" from ").append(quote(hostFile.getText().strip())).append(' ').append(hostOffset.getText().strip());
        }
        return out.toString();
    }

    private void update() {
        String composed = compose();
        String problem = TransportHandler.validate(composed);
        if (problem == null && host.getSelection() && !Files.isRegularFile(Path.of(hostFile.getText().strip()))) {
            problem = Messages.Write_NoHostFile;
        }
        preview.setText(problem == null ? org.eclipse.osgi.util.NLS.bind(Messages.Write_Line, composed) : problem);
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(problem == null);
        }
    }

    @Override
    protected void okPressed() {
        line = compose();
        super.okPressed();
    }

    /** The script line chosen; null when cancelled. */
    String line() {
        return line;
    }
}
