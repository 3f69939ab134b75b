package org.extentlab.internal.ui;

import org.eclipse.osgi.util.NLS;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IWorkbenchPart;
import org.extentlab.kernel.sim.Inspection;

/**
 * The bytes of the allocation unit selected on the Volume Map, as the simulation holds them now (the
 * image with the simulation's changes above it), and what the unit is in the format's words: superblock,
 * group descriptors, a bitmap, an inode table with its inode numbers, an extent tree node, directory
 * entries, a file's data and its offset. The view's toolbar steps to the previous and next unit.
 */
public class BlockHexView extends SessionView {
    public static final String ID = "org.extentlab.ui.views.hex";
    /** The most bytes shown of one unit (a 64 KiB cluster is 4,096 lines). */
    private static final int MOST = 64 * 1024;

    private StyledText text;
    /** The unit asked for (the toolbar steps from it); -1 when none. */
    private long unit = -1;
    /** The unit whose bytes are shown; -1 when none. */
    private long shownUnit = -1;
    private byte[] bytes = new byte[0];
    private String description = "";

    @Override
    protected void createContent(Composite parent) {
        text = new StyledText(parent, SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        text.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        text.setFont(JFaceResources.getTextFont());
        org.eclipse.jface.action.IToolBarManager toolbar = getViewSite().getActionBars().getToolBarManager();
        toolbar.add(new org.eclipse.jface.action.Action(Messages.Hex_Previous) {
            @Override
            public void run() {
                show(unit - 1);
            }
        });
        toolbar.add(new org.eclipse.jface.action.Action(Messages.Hex_Next) {
            @Override
            public void run() {
                show(unit + 1);
            }
        });
    }

    @Override
    protected void selectionChanged(IWorkbenchPart part, ISelection selection) {
        if (part != this && selection instanceof IStructuredSelection structured
                && structured.getFirstElement() instanceof SelectedUnit selected) {
            show(selected.unit());
        }
    }

    /** Shows unit {@code which} (ignored outside the volume). */
    public void show(long which) {
        if (which < 0) {
            return;
        }
        unit = which;
        refresh();
    }

    @Override
    protected Control content() {
        return text;
    }

    @Override
    protected void clear() {
        shownUnit = -1;
        bytes = new byte[0];
        description = "";
        text.setText("");
    }

    /** It shows the volume at the moment chosen in the Protocol Trace. */
    @Override
    protected boolean followsMoments() {
        return true;
    }

    @Override
    protected void read(Inspection.Snapshot snapshot) {
        if (unit < 0 || unit >= snapshot.units()) {
            unit = unit < 0 ? -1 : snapshot.units() - 1;
        }
        if (unit < 0) {
            forget("unit");
            clear();
            status.setText(Messages.Hex_Nothing);
            return;
        }
        long asked = unit;
        ask("unit", (inspection, monitor) -> inspection.unit(asked, MOST), found -> {
            if (found.unreadable() != null) {
                bytes = new byte[0];
                description = "";
                text.setText("");
                say(NLS.bind(Messages.Hex_Unreadable, found.unit(), found.unreadable()));
                return;
            }
            bytes = found.bytes();
            description = found.holds();
            shownUnit = found.unit();
            text.setText(dump(bytes, found.offset()));
            say(NLS.bind(Messages.Hex_Status, new Object[] { found.unit(), snapshot.units(), found.offset(),
                    snapshot.unitBytes(), description }));
        });
    }

    /** Lines of 16 bytes: the volume offset, the bytes in hexadecimal, and as ASCII where printable. */
    public static String dump(byte[] data, long base) {
        StringBuilder out = new StringBuilder(data.length * 4 + data.length / 16 * 12);
        for (int line = 0; line < data.length; line += 16) {
            out.append(String.format("%010x  ", base + line));
            StringBuilder ascii = new StringBuilder(16);
            for (int i = line; i < line + 16; i++) {
                if (i < data.length) {
                    int b = data[i] & 0xFF;
                    out.append(Character.forDigit(b >> 4, 16)).append(Character.forDigit(b & 15, 16)).append(' ');
                    ascii.append(b >= 0x20 && b < 0x7F ? (char) b : '.');
                } else {
                    out.append("   ");
                }
                if (i == line + 7) {
                    out.append(' ');
                }
            }
            out.append(' ').append(ascii).append('\n');
        }
        return out.toString();
    }

    /** The unit whose bytes are shown; -1 when none (for tests). */
    public long unit() {
        return shownUnit;
    }

    /** The unit's bytes as shown (for tests). */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** What the unit is, as the module describes it (for tests). */
    public String description() {
        return description;
    }

    /** The text shown (for tests). */
    public String text() {
        return text.getText();
    }

    @Override
    public void setFocus() {
        text.setFocus();
    }

}
