package org.extentlab.internal.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** What the protocol views share: a line saying what they show, above a canvas or a table. */
public final class Views {
    private Views() {
    }

    /** A white canvas filling the rest of {@code parent}, drawn by {@code painter}. */
    static Canvas canvas(Composite parent, int style, Consumer<GC> painter) {
        Canvas canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | style);
        canvas.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        canvas.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        canvas.addPaintListener(e -> painter.accept(e.gc));
        return canvas;
    }

    /** A column's labels: {@code text} of each element of {@code type}, nothing for others. */
    static <T> org.eclipse.jface.viewers.ColumnLabelProvider labels(Class<T> type,
            java.util.function.Function<T, String> text) {
        return new org.eclipse.jface.viewers.ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return type.isInstance(element) ? text.apply(type.cast(element)) : "";
            }
        };
    }

    /** Lays {@code parent} out in one column and puts the status line at its top. */
    static Label statusLine(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        Label status = new Label(parent, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return status;
    }

    /** A view's selection for the workbench: what was last clicked in it. */
    static final class Selections implements ISelectionProvider {
        private final List<ISelectionChangedListener> listeners = new ArrayList<>();
        private ISelection selection = StructuredSelection.EMPTY;

        @Override
        public void addSelectionChangedListener(ISelectionChangedListener listener) {
            listeners.add(listener);
        }

        @Override
        public void removeSelectionChangedListener(ISelectionChangedListener listener) {
            listeners.remove(listener);
        }

        @Override
        public ISelection getSelection() {
            return selection;
        }

        @Override
        public void setSelection(ISelection selection) {
            this.selection = selection;
            SelectionChangedEvent event = new SelectionChangedEvent(this, selection);
            List.copyOf(listeners).forEach(l -> l.selectionChanged(event));
        }
    }

    /**
     * An event's operation ID for a student: the number, and for 0 what it means there (a mapping-only
     * blockmapFile, a completeIO of an overwrite no blockmap began, a transfer through what was mapped
     * before); "" when the event has none.
     */
    public static String operation(org.extentlab.kernel.sim.TraceEvent event) {
        long id = event.operationId();
        if (id != 0) {
            return id < 0 ? "" : Long.toString(id);
        }
        return switch (event.name()) {
        case "blockmapFile" -> Messages.Operation_MappingOnly;
        case "completeIO" -> Messages.Operation_NoBlockmap;
        default -> Messages.Operation_NoneBegun;
        };
    }

    /** "1 file", "3 files": a count with its noun, singular or plural ({@code nouns}: "file|files"). */
    public static String count(long n, String nouns) {
        String[] forms = nouns.split("\\|");
        return n + " " + (n == 1 || forms.length == 1 ? forms[0] : forms[1]);
    }
}
